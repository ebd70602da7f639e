import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeOnPath, progressOf } from '../../src/core/journey.ts';

describe('place on the path', () => {
  const steps = ['know-yourself', 'network-map', 'action-plan'];

  it('gives the step number, the count and the neighbours', () => {
    expect(placeOnPath(steps, 'know-yourself')).toEqual({
      step: 1,
      of: 3,
      previous: undefined,
      next: 'network-map',
    });
    expect(placeOnPath(steps, 'network-map')).toEqual({
      step: 2,
      of: 3,
      previous: 'know-yourself',
      next: 'action-plan',
    });
    expect(placeOnPath(steps, 'action-plan')).toMatchObject({ step: 3, of: 3, next: undefined });
  });

  it('is null for a worksheet the path leaves out, and on an empty path', () => {
    expect(placeOnPath(steps, 'cv-refresh')).toBeNull();
    expect(placeOnPath([], 'know-yourself')).toBeNull();
  });

  it('walks every step once from first to last by its next links', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1 }), (path) => {
        const seen = [path[0]!];
        let place = placeOnPath(path, path[0]!);
        while (place?.next) {
          seen.push(place.next);
          place = placeOnPath(path, place.next);
        }
        expect(seen).toEqual(path);
      }),
    );
  });
});

describe('progress of a worksheet', () => {
  const fields = ['goals', 'needs', 'stage'];

  it('is not started with no answers, started with some, done with all', () => {
    expect(progressOf(fields, false, undefined, 0)).toBe('not-started');
    expect(progressOf(fields, false, {}, 0)).toBe('not-started');
    expect(progressOf(fields, false, { goals: 'Two papers' }, 0)).toBe('started');
    expect(progressOf(fields, false, { goals: 'x', needs: ['funding'], stage: 'postdoc' }, 0)).toBe('done');
  });

  it('does not count empty answers or answers to fields it does not list', () => {
    expect(progressOf(fields, false, { goals: '', needs: [], other: 'x' }, 0)).toBe('not-started');
    expect(progressOf(fields, false, { goals: 'x', needs: [], stage: 'postdoc' }, 0)).toBe('started');
  });

  it('counts the people on the map for a worksheet that holds them', () => {
    expect(progressOf([], true, undefined, 0)).toBe('not-started');
    expect(progressOf([], true, undefined, 1)).toBe('done');
    expect(progressOf(['gaps'], true, undefined, 3)).toBe('started');
    expect(progressOf(['gaps'], true, { gaps: 'None' }, 0)).toBe('started');
    expect(progressOf(['gaps'], true, { gaps: 'None' }, 3)).toBe('done');
    // People belong to the map's worksheet only.
    expect(progressOf(fields, false, {}, 12)).toBe('not-started');
  });

  it('is never started for a worksheet with nothing to answer', () => {
    expect(progressOf([], false, { anything: 'x' }, 5)).toBe('not-started');
  });
});
