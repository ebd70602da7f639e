import { describe, expect, it } from 'vitest';
import { supportFindings } from '../../src/core/analysis/support.ts';
import type { Person } from '../../src/core/workbook.ts';

const p = (id: string, extra: Partial<Person> = {}): Person => ({ id, name: id, roles: ['peer'], ...extra });
const WORKPLACE = ['department', 'institution'] as const;

describe('supportFindings', () => {
  it('counts Kram’s two functions, sponsors and people giving several kinds, among described people', () => {
    const s = supportFindings(
      [
        p('a', { supports: ['sponsorship', 'coaching'] }),
        p('b', { supports: ['friendship'] }),
        p('c', { supports: ['coaching', 'friendship'] }),
        p('d'),
      ],
      [],
      WORKPLACE,
    );
    expect(s).toMatchObject({
      described: 3,
      career: 2,
      psychosocial: 2,
      sponsors: ['a'],
      multiplex: ['a', 'c'],
    });
  });

  it('finds one person carrying more than half of the needs', () => {
    const goals = [
      { need: 'n1', supporters: ['a'] },
      { need: 'n2', supporters: ['a', 'b'] },
      { need: 'n3', supporters: [] },
    ];
    const s = supportFindings([p('a'), p('b'), p('c', { roles: ['skills'] })], goals, WORKPLACE);
    expect(s.reliance).toEqual({ person: 'a', by: 'needs', needs: 2, ofNeeds: 3, roles: 1, ofRoles: 2 });
  });

  it('finds one person holding more than half of the roles covered, and nobody when the load is shared', () => {
    const heavy = supportFindings(
      [p('a', { roles: ['developmental', 'skills', 'peer'] }), p('b', { roles: ['peer'] })],
      [],
      WORKPLACE,
    );
    expect(heavy.reliance?.person).toBe('a');
    const shared = supportFindings(
      [p('a', { roles: ['skills'] }), p('b', { roles: ['peer'] })],
      [],
      WORKPLACE,
    );
    expect(shared.reliance).toBeNull();
    // One need is too few to speak of carrying most of them.
    expect(supportFindings([p('a')], [{ need: 'n', supporters: ['a'] }], WORKPLACE).reliance).toBeNull();
  });

  it('counts the people the participant mentors when content names the mentee roles', () => {
    const people = [p('a', { roles: ['mentee'] }), p('b', { roles: ['peer', 'mentee'] }), p('c')];
    expect(supportFindings(people, [], WORKPLACE, 0.5, ['mentee']).mentees).toBe(2);
    expect(supportFindings(people, [], WORKPLACE).mentees).toBeNull();
  });

  it('E-I index: −1 all inside the workplace, +1 all outside, null with no source', () => {
    const ei = (sources: Person['source'][]) =>
      supportFindings(
        sources.map((source, i) => p(`p${i}`, { source })),
        [],
        WORKPLACE,
      ).ei;
    expect(ei(['department', 'institution'])).toEqual({ index: -1, inside: 2, outside: 0 });
    expect(ei(['external', 'personal'])).toEqual({ index: 1, inside: 0, outside: 2 });
    expect(ei(['department', 'external', 'personal', undefined])).toEqual({
      index: 1 / 3,
      inside: 1,
      outside: 2,
    });
    expect(ei([undefined])).toBeNull();
  });
});
