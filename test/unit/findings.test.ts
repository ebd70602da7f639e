import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, compareNetworks, goalAlignment, overlap } from '../../src/core/analysis/findings.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';
import { CLOSENESS, PREFER_NOT_TO_SAY, SOURCES, STAGES, SUPPORT_FUNCTIONS } from '../../src/core/person.ts';
import { findingLines } from './findings-fixtures.ts';
import type { Person } from '../../src/core/workbook.ts';

const settings = analysisSchema.parse(parse(readFileSync('content/analysis.yaml', 'utf8')));
const ROLES = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];
const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  roles: ['peer'],
  ...extra,
});

describe('analysis of a known network', () => {
  // Five people from two sources, mostly close: a "traditional" network (low range, strong ties).
  const people: Person[] = [
    person('a', {
      roles: ['developmental'],
      closeness: 'close',
      source: 'department',
      stage: 'above',
      supports: ['coaching'],
      background: { gender: 'woman' },
    }),
    person('b', {
      roles: ['skills'],
      closeness: 'close',
      source: 'department',
      stage: 'above',
      background: { gender: 'man' },
    }),
    person('c', {
      roles: ['peer'],
      closeness: 'close',
      source: 'institution',
      stage: 'same',
      background: { gender: PREFER_NOT_TO_SAY },
    }),
    person('d', { roles: ['work-life'], closeness: 'distant', source: 'department', stage: 'same' }),
    person('e', {
      roles: ['skills'],
      closeness: 'moderate',
      source: 'department',
      stage: 'above',
      background: { gender: 'woman' },
    }),
    person('f', { roles: ['mentee'], closeness: 'close', status: 'potential' }),
  ];
  const result = analyse(
    {
      people,
      ties: [
        ['a', 'b'],
        ['b', 'e'],
      ],
    },
    ROLES,
    ['career-advice', 'mentoring-others', 'work-life'],
    settings,
  );

  it('leaves potential people out of the counts', () => expect(result.people).toBe(5));

  it('finds roles with nobody, or only distant people', () => {
    expect(result.coverage.map((c) => [c.role, c.status])).toEqual([
      ['developmental', 'ok'],
      ['skills', 'ok'],
      ['work-life', 'distant-only'],
      ['peer', 'ok'],
      ['mentee', 'none'],
    ]);
  });

  it('measures sources, stages and strength', () => {
    // Department and institution are one social system, the workplace: one system of three.
    expect(result.sources).toMatchObject({
      present: 1,
      missing: ['elsewhere', 'personal'],
      dominant: null,
      homeShare: 1,
      status: 'narrow',
    });
    expect(result.stages.missing).toEqual(['below']);
    expect(result.strength).toEqual({ counts: { close: 3, moderate: 1, distant: 1 }, status: 'mixed' });
  });

  it('is a traditional network under the content cut-offs', () => {
    expect(result.type).toEqual({
      type: 'traditional',
      range: 'low',
      ties: 'strong',
      systems: 1,
      closeShare: 0.6,
    });
  });

  it('reports diversity only with enough answers, without "prefer not to say"', () => {
    expect(result.backgrounds.gender).toMatchObject({ status: 'ok', answers: 3, categories: 2 });
    expect(result.backgrounds.ethnicity).toEqual({ status: 'not-enough', answers: 0, minimum: 3 });
  });

  it('computes structure from the ties', () => {
    expect(result.structure).toMatchObject({ ties: 2, density: 0.2, effectiveSize: 4.2 });
  });

  it('flags needs nobody answers, and suggests a worksheet for each gap', () => {
    // Nobody is linked to a need, so each is a guess from roles and kinds of support.
    expect(result.goals).toEqual([
      { need: 'career-advice', supporters: ['a'], basis: 'guess' },
      { need: 'mentoring-others', supporters: [], basis: 'guess' },
      { need: 'work-life', supporters: ['d'], basis: 'guess' },
    ]);
    expect(result.suggestions).toEqual([
      { gap: 'missing-role', subject: 'mentee', worksheet: 'meeting-new-people' },
      { gap: 'distant-only', subject: 'work-life', worksheet: 'first-meeting' },
      { gap: 'narrow-sources', systems: ['elsewhere', 'personal'], worksheet: 'meeting-new-people' },
      { gap: 'missing-stage', subject: 'below', worksheet: 'meeting-new-people' },
      // Only A's support is described, coaching: nobody sponsors, nobody gives personal support.
      { gap: 'no-sponsor', worksheet: 'approaching-a-mentor' },
      { gap: 'one-sided', subject: 'psychosocial', worksheet: 'approaching-a-mentor' },
      { gap: 'unmet-need', subject: 'mentoring-others', worksheet: 'approaching-a-mentor' },
    ]);
  });
});

describe('the four network types', () => {
  const make = (sources: Person['source'][], close: number) =>
    sources.map((source, i) => person(`p${i}`, { source, closeness: i < close ? 'close' : 'distant' }));
  it.each([
    ['receptive', make(['department', 'department', 'institution', 'department'], 1)],
    ['traditional', make(['department', 'department', 'institution', 'department'], 3)],
    ['opportunistic', make(['department', 'external', 'personal', 'institution'], 1)],
    ['entrepreneurial', make(['department', 'external', 'personal', 'institution'], 2)],
  ] as const)('%s', (type, people) => {
    expect(analyse({ people, ties: [] }, ROLES, [], settings).type?.type).toBe(type);
  });
});

describe('edge cases', () => {
  it('an empty network has every role missing and no type or structure', () => {
    const r = analyse({ people: [], ties: [] }, ROLES, ['funding'], settings);
    expect(r.coverage.every((c) => c.status === 'none')).toBe(true);
    expect(r.type).toBeNull();
    expect(r.structure).toBeNull();
    expect(r.sources.status).toBe('none');
    expect(r.strength.status).toBe('none');
    expect(r.goals).toEqual([{ need: 'funding', supporters: [], basis: 'guess' }]);
  });

  it('one person, no ties', () => {
    const r = analyse({ people: [person('a', { closeness: 'close' })], ties: [] }, ROLES, [], settings);
    expect(r.strength.status).toBe('no-distant');
    expect(r.structure).toBeNull();
    // Too little to say: no type, and what to add first.
    expect(r.type).toBeNull();
    expect(r.typeWait).toEqual({ morePeople: 3, withoutSource: 1 });
  });

  it('an unknown need is never met rather than an error', () => {
    expect(goalAlignment(['no-such-need'], [person('a')], settings)).toEqual([
      { need: 'no-such-need', supporters: [], basis: 'guess' },
    ]);
  });
});

describe('comparing two versions of the network', () => {
  it('finds added, lost, closer, farther and role changes', () => {
    const before = {
      people: [
        person('a', { closeness: 'distant' }),
        person('b', { closeness: 'close' }),
        person('c'),
        person('d', { roles: ['skills'] }),
      ],
    };
    const after = {
      people: [
        person('a', { closeness: 'close' }),
        person('b', { closeness: 'moderate' }),
        person('d', { roles: ['skills', 'peer'] }),
        person('e'),
      ],
    };
    expect(compareNetworks(before, after)).toEqual({
      added: ['e'],
      lost: ['c'],
      closer: ['a'],
      farther: ['b'],
      roleChanged: ['d'],
    });
  });
});

describe('overlap between two versions of the network', () => {
  it('is the people in both out of the people in either', () => {
    const v = (...ids: string[]) => ({ people: ids.map((id) => person(id)) });
    expect(overlap(v('a', 'b', 'c'), v('b', 'c', 'd'))).toBe(0.5);
    expect(overlap(v('a'), v('a'))).toBe(1);
    expect(overlap(v('a'), v('b'))).toBe(0);
    expect(overlap(v(), v())).toBe(1);
  });
});

describe('goals linked to people', () => {
  it('uses the people the participant linked, not the guess from roles; planned people do not count', () => {
    const people = [
      person('fam', { roles: ['work-life'] }),
      person('pal', { roles: ['peer'], meets: ['work-life'] }),
      person('new', { roles: ['peer'], meets: ['work-life'], status: 'potential' }),
    ];
    expect(goalAlignment(['work-life', 'peer-support'], people, settings)).toEqual([
      { need: 'work-life', supporters: ['pal'], basis: 'linked' },
      { need: 'peer-support', supporters: ['pal'], basis: 'guess' },
    ]);
    // Linked only to a planned person: still a guess from the current people.
    expect(goalAlignment(['work-life'], [people[0]!, people[2]!], settings)).toEqual([
      { need: 'work-life', supporters: ['fam'], basis: 'guess' },
    ]);
  });
});

describe('the type, the sources finding and the advice never contradict one another', () => {
  const NEEDS = Object.keys(settings.needs);
  const arbPerson = fc.record({
    source: fc.option(fc.constantFrom(...SOURCES), { nil: undefined }),
    closeness: fc.option(fc.constantFrom(...CLOSENESS), { nil: undefined }),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
    status: fc.constantFrom('current', 'current', 'potential') as fc.Arbitrary<'current' | 'potential'>,
    roles: fc.subarray(ROLES, { minLength: 1 }),
    supports: fc.option(fc.subarray([...SUPPORT_FUNCTIONS.career, ...SUPPORT_FUNCTIONS.psychosocial]), {
      nil: undefined,
    }),
    meets: fc.option(fc.subarray(NEEDS), { nil: undefined }),
    background: fc.option(
      fc.record({ gender: fc.constantFrom('woman', 'man', 'Woman', PREFER_NOT_TO_SAY, '') }),
      {
        nil: undefined,
      },
    ),
  });
  const arbSettings = fc.record({
    highRangeFromSystems: fc.integer({ min: 1, max: 3 }),
    dominantShare: fc.double({ min: 0.34, max: 1, noNaN: true }),
  });

  it('over random networks and cut-offs', () => {
    fc.assert(
      fc.property(fc.array(arbPerson, { maxLength: 25 }), arbSettings, (rows, cut) => {
        const s = { ...settings, typology: { ...settings.typology, ...cut } };
        const people = rows.map((r, i) => ({ id: `p${i}`, name: `P${i}`, ...r }));
        const a = analyse({ people, ties: [] }, ROLES, [], s);
        const gaps = a.suggestions.map((g) => g.gap);
        const narrow = a.suggestions.find((g) => g.gap === 'narrow-sources');
        const missing = a.suggestions.find((g) => g.gap === 'missing-system');
        // The type's range is the sources finding's status.
        if (a.type) expect(a.type.range === 'high').toBe(a.sources.status === 'ok');
        if (a.type) expect(a.type.systems).toBe(a.sources.present);
        // Advice to widen exactly when the finding says the range is narrow…
        expect(gaps.includes('narrow-sources')).toBe(a.sources.status === 'narrow');
        // …naming only systems nobody comes from, or, when one dominates, the others.
        for (const id of narrow?.systems ?? []) {
          expect(id).not.toBe(a.sources.dominant?.system);
          if (a.sources.missing.length) expect(a.sources.missing).toContain(id);
        }
        // A high range with a system missing asks for exactly that system.
        if (missing) {
          expect(a.sources.status).toBe('ok');
          expect(missing.systems).toEqual(a.sources.missing);
        }
        // Every missing system is named by one piece of advice once anyone has a source.
        if (a.sources.status !== 'none')
          expect([...(narrow?.systems ?? []), ...(missing?.systems ?? [])].sort()).toEqual(
            expect.arrayContaining([...a.sources.missing].sort()),
          );
        // A type only from enough people, each with a source; otherwise what to add first.
        if (a.type) {
          expect(a.people).toBeGreaterThanOrEqual(s.typeFrom.people);
          expect(a.typeWait).toBeNull();
        } else expect(a.typeWait!.morePeople + a.typeWait!.withoutSource).toBeGreaterThan(0);
        // The plan splits today's next steps into those it closes and those it leaves.
        if (a.plan) {
          const count = (gs: typeof a.suggestions) => gs.reduce((n, g) => n + (g.systems?.length || 1), 0);
          expect(a.plan.closes.length + a.plan.leaves.length).toBe(count(a.suggestions));
        } else expect(a.planned).toEqual([]);
        // "No gaps" needs nothing open as well.
        if (a.open.length === 0) expect(a.people).toBeGreaterThanOrEqual(s.typeFrom.people);
      }),
      { numRuns: 500 },
    );
  });

  it('in words too: a high range is never told to widen, a low one always is', () => {
    fc.assert(
      fc.property(
        fc.array(arbPerson, { maxLength: 15 }),
        fc.constantFrom('en', 'es'),
        fc.subarray(NEEDS),
        fc.constantFrom('none', 'some', 'said-none'),
        (rows, locale, needs, tied) => {
          const people = rows.map((r, i) => ({ id: `p${i}`, name: `P${i}`, ...r }));
          const ids = people.map((p) => p.id);
          // Every sentence renders in both locales, whatever is answered: ties, "none of them", needs, links.
          const lines = findingLines(
            locale,
            {
              people,
              ties: tied === 'some' && ids.length > 1 ? [[ids[0]!, ids[1]!]] : [],
              ...(tied === 'said-none' ? { noTiesAmong: ids } : {}),
            },
            needs,
          );
          expect(lines.every((l) => l.text.trim() !== '' && !/[{}]/.test(l.text))).toBe(true);
          const type = lines.find((l) => l.data?.['network-type'])?.data?.['network-type'];
          const sources = lines.filter((l) => l.data?.sources).map((l) => l.data!.sources);
          const widen = lines.some((l) => l.data?.suggestion === 'narrow-sources');
          if (type === 'opportunistic' || type === 'entrepreneurial') {
            expect(sources.every((x) => x === 'ok')).toBe(true);
            expect(widen).toBe(false);
          }
          if (type === 'receptive' || type === 'traditional') expect(widen).toBe(true);
          const noGaps = lines.some((l) => l.data?.suggestion === 'none');
          if (noGaps) expect(lines.some((l) => l.data?.open)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
