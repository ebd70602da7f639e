import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyse, compareNetworks, goalAlignment } from '../../src/core/analysis/findings.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';
import { PREFER_NOT_TO_SAY } from '../../src/core/person.ts';
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
    expect(result.goals).toEqual([
      { need: 'career-advice', supporters: ['a'] },
      { need: 'mentoring-others', supporters: [] },
      { need: 'work-life', supporters: ['d'] },
    ]);
    expect(result.suggestions).toEqual([
      { gap: 'missing-role', subject: 'mentee', worksheet: 'meeting-new-people' },
      { gap: 'distant-only', subject: 'work-life', worksheet: 'first-meeting' },
      { gap: 'narrow-sources', systems: ['elsewhere', 'personal'], worksheet: 'meeting-new-people' },
      { gap: 'missing-stage', subject: 'below', worksheet: 'meeting-new-people' },
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
    expect(r.goals).toEqual([{ need: 'funding', supporters: [] }]);
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
      { need: 'no-such-need', supporters: [] },
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
