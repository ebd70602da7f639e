// core/cohort.ts: many anonymous summaries added up, with small groups suppressed.
import { describe, expect, it } from 'vitest';
import { addSummaries, cohortPicture, MIN_GROUP } from '../../src/core/cohort.ts';
import type { AnonymousSummary, NetworkSummary } from '../../src/core/cohort-summary.ts';

const ROLES = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];

function map(roles: Record<string, number>, type: NetworkSummary['type'], gaps: string[]): NetworkSummary {
  const current = Object.values(roles).reduce((a, b) => a + b, 0);
  return {
    month: '2026-11',
    current,
    planned: 0,
    roles: Object.fromEntries(ROLES.map((r) => [r, roles[r] ?? 0])),
    sources: { department: current, institution: 0, external: 0, personal: 0, unknown: 0 },
    stages: { above: 0, same: current, below: 0, unknown: 0 },
    closeness: { close: current, moderate: 0, distant: 0 },
    type,
    gaps,
  };
}

const summary = (i: number, now: NetworkSummary, before?: NetworkSummary): AnonymousSummary => ({
  format: 'mentoring-network-kit/anonymous-summary',
  version: 1,
  id: `participant${String(i).padStart(5, '0')}`,
  now,
  ...(before ? { before } : {}),
});

/** Twelve participants: every third has no peer; four maps are named "receptive", the rest none. */
const twelve = Array.from({ length: 12 }, (_, i) =>
  summary(
    i,
    map({ developmental: 1, peer: i % 3 === 0 ? 0 : 2 }, i < 4 ? 'receptive' : null, [
      'missing-role:mentee',
      ...(i % 3 === 0 ? ['missing-role:peer'] : []),
    ]),
    i < 6 ? map({ developmental: 1 }, null, ['missing-role:peer', 'missing-role:mentee']) : undefined,
  ),
);

describe('cohortPicture', () => {
  it('at 12 participants shows the share missing each role, the types and the commonest gaps', () => {
    const c = cohortPicture(twelve, ROLES);
    expect(c.participants).toBe(12);
    expect(c.missingRoles).toEqual({
      shown: true,
      from: 12,
      value: [
        { role: 'developmental', share: { count: 0, of: 12 } },
        { role: 'skills', share: { count: 12, of: 12 } },
        { role: 'work-life', share: { count: 12, of: 12 } },
        { role: 'peer', share: { count: 4, of: 12 } },
        { role: 'mentee', share: { count: 12, of: 12 } },
      ],
    });
    expect(c.types.shown && c.types.value).toEqual([
      { type: 'receptive', share: { count: 4, of: 12 } },
      { type: 'traditional', share: { count: 0, of: 12 } },
      { type: 'opportunistic', share: { count: 0, of: 12 } },
      { type: 'entrepreneurial', share: { count: 0, of: 12 } },
      { type: 'none', share: { count: 8, of: 12 } },
    ]);
    expect(c.gaps.shown && c.gaps.value).toEqual([
      { gap: 'missing-role:mentee', share: { count: 12, of: 12 } },
      { gap: 'missing-role:peer', share: { count: 4, of: 12 } },
    ]);
  });

  it('compares before and after for the participants with two maps, when they are at least five', () => {
    const c = cohortPicture(twelve, ROLES);
    expect(c.change.shown).toBe(true);
    if (!c.change.shown) return;
    expect(c.change.from).toBe(6);
    expect(c.change.value.people).toEqual({ before: 1, after: 3 });
    expect(c.change.value.missingRoles.find((r) => r.role === 'peer')).toEqual({
      role: 'peer',
      before: 6,
      after: 2,
    });
  });

  it.each([4, 5])('at %i participants shows figures only from five', (n) => {
    const c = cohortPicture(twelve.slice(6, 6 + n), ROLES);
    expect(c.participants).toBe(n);
    for (const figure of [c.missingRoles, c.types, c.gaps]) {
      expect(figure.shown).toBe(n >= MIN_GROUP);
      expect(figure.from).toBe(n);
    }
    // None of these has an earlier map: no comparison, and it says from how many.
    expect(c.change).toEqual({ shown: false, from: 0 });
  });

  it('suppresses the comparison alone when fewer than five have two maps', () => {
    const c = cohortPicture([...twelve.slice(2, 6), ...twelve.slice(6)], ROLES);
    expect(c.missingRoles.shown).toBe(true);
    expect(c.change).toEqual({ shown: false, from: 4 });
  });

  it('is empty, and suppressed, with no one', () => {
    const c = cohortPicture([], ROLES);
    expect(c.participants).toBe(0);
    expect(c.types.shown).toBe(false);
  });
});

describe('addSummaries', () => {
  it('leaves out a summary given twice, and counts it', () => {
    const first = addSummaries([], twelve.slice(0, 3));
    expect(first).toEqual({ summaries: twelve.slice(0, 3), duplicates: 0 });
    const again = addSummaries(first.summaries, [twelve[1]!, twelve[3]!, twelve[3]!]);
    expect(again.summaries.map((s) => s.id)).toEqual(twelve.slice(0, 4).map((s) => s.id));
    expect(again.duplicates).toBe(2);
  });
});
