// core/cohort-summary.ts: the anonymous summary, built from the kit's own words and numbers only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis/findings.ts';
import {
  anonymousSummary,
  pastedSummaries,
  readSummary,
  summaryId,
  SUMMARY_FORMAT,
  type AnonymousSummary,
} from '../../src/core/cohort-summary.ts';
import { CLOSENESS, SOURCES, STAGES } from '../../src/core/person.ts';
import type { Person, Workbook } from '../../src/core/workbook.ts';
import { ROLE_IDS, settings, who } from './findings-fixtures.ts';

const NEEDS = Object.keys(settings.needs);
const vocabulary = { roles: ROLE_IDS, needs: NEEDS };
const analyseWith = (needs: string[]) => (network: Workbook['network']) =>
  analyse(network, ROLE_IDS, needs, settings);
const fixedId = 'abcdefghij012345';

function workbook(people: Person[], extra: Partial<Workbook> = {}): Workbook {
  const at = '2026-11-29T10:00:00.000Z';
  return {
    schemaVersion: 3,
    createdAt: at,
    updatedAt: at,
    answers: {},
    network: { people, ties: [] },
    snapshots: [],
    ...extra,
  } as Workbook;
}

describe('anonymousSummary', () => {
  it('counts current and planned people, roles, sources, stages and closeness', () => {
    const people = [
      who({ roles: ['peer'], source: 'department', stage: 'same', closeness: 'close' }),
      who({ roles: ['peer', 'mentee'], source: 'external', closeness: 'moderate' }),
      who({ roles: ['developmental'], status: 'potential' }),
    ];
    const s = anonymousSummary(
      workbook(people),
      vocabulary,
      analyseWith([]),
      fixedId,
      new Date('2026-11-29'),
    );
    expect(s.format).toBe(SUMMARY_FORMAT);
    expect(s.now).toMatchObject({
      month: '2026-11',
      current: 2,
      planned: 1,
      sources: { department: 1, institution: 0, external: 1, personal: 0, unknown: 0 },
      stages: { above: 0, same: 1, below: 0, unknown: 1 },
      closeness: { close: 1, moderate: 1, distant: 0 },
    });
    expect(s.now.roles).toMatchObject({ peer: 2, mentee: 1, developmental: 0 });
    expect(s.now.gaps).toContain('missing-role:developmental');
    expect(s.before).toBeUndefined();
  });

  it('adds the latest snapshot as the map before, dated by its month only', () => {
    const before = { people: [who({ roles: ['peer'] })], ties: [] };
    const s = anonymousSummary(
      workbook([who({ roles: ['peer'] }), who({ roles: ['mentee'] })], {
        snapshots: [{ id: 's-1', takenAt: '2026-05-14T09:30:00.000Z', network: before }],
      }),
      vocabulary,
      analyseWith([]),
      fixedId,
      new Date('2026-11-29T10:00:00Z'),
    );
    expect(s.before).toMatchObject({ month: '2026-05', current: 1 });
    expect(s.now.current).toBe(2);
    expect(JSON.stringify(s)).not.toMatch(/14|09:30|T10/);
  });

  it('never carries a name, alias, note, id or typed word, whatever the workbook holds', () => {
    // The summary of a workbook is the same as that of the workbook with everything typed in it (and
    // every person id) replaced: it cannot depend on, so cannot carry, anything a participant wrote.
    const typed = fc.string({ minLength: 1, maxLength: 20 });
    const person = fc.record({
      name: typed,
      alias: fc.option(typed, { nil: undefined }),
      notes: fc.option(typed, { nil: undefined }),
      roles: fc.subarray(ROLE_IDS, { minLength: 1 }),
      closeness: fc.constantFrom(...CLOSENESS),
      source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
      stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
      status: fc.constantFrom('current' as const, 'potential' as const),
      gender: fc.option(typed, { nil: undefined }),
    });
    type Drawn = typeof person extends fc.Arbitrary<infer T> ? T : never;
    const book = (drawn: Drawn[], answer: string, mask: (text: string) => string) =>
      workbook(
        drawn.map(({ gender, name, alias, notes, ...p }, i) => ({
          ...p,
          id: mask(`p${i}`),
          name: mask(name),
          ...(alias === undefined ? {} : { alias: mask(alias) }),
          ...(notes === undefined ? {} : { notes: mask(notes) }),
          ...(gender === undefined ? {} : { background: { gender: mask(gender) } }),
        })) as Person[],
        { answers: { 'know-yourself': { goals: mask(answer) } } },
      );
    const summary = (b: Workbook) =>
      anonymousSummary(b, vocabulary, analyseWith(NEEDS.slice(0, 2)), fixedId, new Date('2026-11-29'));
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), typed, (drawn, answer) => {
        const real = summary(book(drawn, answer, (x) => x));
        // Replaced one for one, as the findings group answers (after NFC and case folding).
        const tokens = new Map<string, string>();
        const mask = (x: string) => {
          const key = x.normalize('NFC').toLocaleLowerCase();
          if (!tokens.has(key)) tokens.set(key, `masked${tokens.size}`);
          return tokens.get(key)!;
        };
        const masked = summary(book(drawn, answer, mask));
        expect(real).toEqual(masked);
        expect(readSummary(JSON.stringify(real))).toEqual({ summary: real });
      }),
      { numRuns: 150 },
    );
  });

  it('holds no name even when names and notes are written in its own words', () => {
    const people = ['peer', 'mentee', 'traditional', '2026-11'].map((word) =>
      who({ name: `Ana ${word}`, notes: `met at ${word}`, roles: ['peer'] }),
    );
    const text = JSON.stringify(
      anonymousSummary(workbook(people), vocabulary, analyseWith([]), fixedId, new Date('2026-11-29')),
    );
    expect(text).not.toMatch(/Ana|met at/);
  });
});

describe('readSummary', () => {
  const good = (): AnonymousSummary =>
    anonymousSummary(workbook([who({ roles: ['peer'] })]), vocabulary, analyseWith([]), fixedId, new Date());

  it('reads back a summary it wrote', () => {
    expect(readSummary(JSON.stringify(good()))).toEqual({ summary: good() });
  });

  it('refuses what is not a summary, one from a newer kit, and a damaged one, saying which', () => {
    expect(readSummary('not json {')).toEqual({ problem: 'not-json' });
    expect(readSummary('{"schemaVersion":3,"network":{}}')).toEqual({ problem: 'not-summary' });
    expect(readSummary(JSON.stringify({ ...good(), version: 2 }))).toEqual({ problem: 'newer' });
    expect(readSummary(JSON.stringify({ ...good(), name: 'Ana Ruiz' }))).toEqual({ problem: 'damaged' });
    const typedGap = { ...good(), now: { ...good().now, gaps: ['missing-role:Ana Ruiz'] } };
    expect(readSummary(JSON.stringify(typedGap))).toEqual({ problem: 'damaged' });
    const future = { ...good(), now: { ...good().now, month: '2026-11-29' } };
    expect(readSummary(JSON.stringify(future))).toEqual({ problem: 'damaged' });
  });
});

describe('summaryId', () => {
  it('is 16 letters and digits from 16 random bytes', () => {
    const id = summaryId(new Uint8Array(16).map((_, i) => i * 7));
    expect(id).toMatch(/^[a-z0-9]{16}$/);
  });
});

describe('pastedSummaries', () => {
  it('finds each summary in text pasted one after another, braces in strings included', () => {
    const a = JSON.stringify({ format: 'x', note: 'a } b { "c"' });
    const b = JSON.stringify({ format: 'y', nested: { deep: [1, { x: 2 }] } });
    expect(pastedSummaries(`${a}\n\n${b}\n`)).toEqual([a, b]);
  });

  it('hands back text with no object whole, so that it is refused with a reason', () => {
    expect(pastedSummaries('not a summary')).toEqual(['not a summary']);
  });
});
