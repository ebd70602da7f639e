import { describe, expect, it } from 'vitest';
import { blau, diversity, iqv } from '../../src/core/analysis/diversity.ts';
import { PREFER_NOT_TO_SAY } from '../../src/core/person.ts';

describe('diversity', () => {
  it('Blau and IQV by hand', () => {
    expect(blau([0.5, 0.5])).toBe(0.5);
    expect(iqv([0.5, 0.5], 2)).toBe(1);
    expect(blau([1])).toBe(0);
    expect(blau([0.25, 0.25, 0.25, 0.25])).toBe(0.75);
    expect(iqv([0.25, 0.25, 0.25, 0.25], 4)).toBe(1);
    expect(iqv([0.5, 0.5], 4)).toBeCloseTo((4 / 3) * 0.5, 10);
    expect(iqv([1], 1)).toBe(0);
  });

  it('counts only answers, grouping spelling variants, and leaves "prefer not to say" out', () => {
    const d = diversity(['Woman', 'woman ', 'Man', PREFER_NOT_TO_SAY, '', undefined, 'non-binary'], 3);
    expect(d).toEqual({
      status: 'ok',
      answers: 4,
      categories: 3,
      possible: 3,
      known: false,
      blau: 1 - (0.25 + 0.0625 + 0.0625),
      blauMax: 1 - 1 / 3,
      iqv: 1.5 * (1 - 0.375),
    });
  });

  it('says "not enough answers" below the minimum', () => {
    expect(diversity(['Woman', PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY], 3)).toEqual({
      status: 'not-enough',
      answers: 1,
      minimum: 3,
    });
    expect(diversity([PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY], 3).status).toBe('not-enough');
  });

  it('everyone in one category has no diversity', () => {
    expect(diversity(['Epidemiology', 'epidemiology', 'EPIDEMIOLOGY'], 3)).toEqual({
      status: 'ok',
      answers: 3,
      categories: 1,
      possible: 1,
      known: false,
      blau: 0,
      blauMax: 0,
      iqv: 0,
    });
  });

  it('uses the known number of possible categories for IQV', () => {
    const d = diversity(['a', 'b', 'a', 'b'], 2, 4);
    expect(d.status === 'ok' && d.iqv).toBeCloseTo((4 / 3) * 0.5, 10);
  });
});
