// The cohort as a facilitator sees it: many participants' anonymous summaries (core/cohort-summary.ts)
// added up. Any figure built from fewer than MIN_GROUP participants is suppressed, so no figure can
// point at one person in a small group.
import type { AnonymousSummary, NetworkSummary } from './cohort-summary.ts';

/** Fewest participants a figure may be built from. */
export const MIN_GROUP = 5;

export type TypeOrNone = NonNullable<NetworkSummary['type']> | 'none';
export const TYPES_OR_NONE: readonly TypeOrNone[] = [
  'receptive',
  'traditional',
  'opportunistic',
  'entrepreneurial',
  'none',
];

/** How many of the participants a figure counts, out of how many it is built from. */
export interface Share {
  count: number;
  of: number;
}

/** A figure, or why it is not shown: built from fewer than MIN_GROUP participants. */
export type Figure<T> = { shown: true; from: number; value: T } | { shown: false; from: number };

export interface CohortPicture {
  participants: number;
  /** Per role: participants with nobody in it now. */
  missingRoles: Figure<{ role: string; share: Share }[]>;
  /** How many participants' maps are of each type ('none': too little yet to name one). */
  types: Figure<{ type: TypeOrNone; share: Share }[]>;
  /** The next steps that fired most often, most common first. */
  gaps: Figure<{ gap: string; share: Share }[]>;
  /** Participants whose summaries hold two maps: their earlier map beside their latest. */
  change: Figure<{
    people: { before: number; after: number };
    missingRoles: { role: string; before: number; after: number }[];
    types: { type: TypeOrNone; before: number; after: number }[];
  }>;
}

const figure = <T>(from: number, value: () => T): Figure<T> =>
  from >= MIN_GROUP ? { shown: true, from, value: value() } : { shown: false, from };

const typeOf = (n: NetworkSummary): TypeOrNone => n.type ?? 'none';
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The cohort from its summaries (one per participant), for the kit's roles in their order. */
export function cohortPicture(
  summaries: readonly AnonymousSummary[],
  roles: readonly string[],
): CohortPicture {
  const n = summaries.length;
  const share = (count: number): Share => ({ count, of: n });
  const missing = (s: NetworkSummary, role: string) => (s.roles[role] ?? 0) === 0;
  const gapCounts = new Map<string, number>();
  for (const s of summaries) for (const gap of s.now.gaps) gapCounts.set(gap, (gapCounts.get(gap) ?? 0) + 1);
  const twice = summaries.filter((s) => s.before);
  return {
    participants: n,
    missingRoles: figure(n, () =>
      roles.map((role) => ({ role, share: share(summaries.filter((s) => missing(s.now, role)).length) })),
    ),
    types: figure(n, () =>
      TYPES_OR_NONE.map((type) => ({
        type,
        share: share(summaries.filter((s) => typeOf(s.now) === type).length),
      })),
    ),
    gaps: figure(n, () =>
      [...gapCounts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 10)
        .map(([gap, count]) => ({ gap, share: share(count) })),
    ),
    change: figure(twice.length, () => ({
      people: {
        before: median(twice.map((s) => s.before!.current)),
        after: median(twice.map((s) => s.now.current)),
      },
      missingRoles: roles.map((role) => ({
        role,
        before: twice.filter((s) => missing(s.before!, role)).length,
        after: twice.filter((s) => missing(s.now, role)).length,
      })),
      types: TYPES_OR_NONE.map((type) => ({
        type,
        before: twice.filter((s) => typeOf(s.before!) === type).length,
        after: twice.filter((s) => typeOf(s.now) === type).length,
      })),
    })),
  };
}

/** Adds summaries to those already taken, leaving out any already there (the same file twice). */
export function addSummaries(
  taken: readonly AnonymousSummary[],
  more: readonly AnonymousSummary[],
): { summaries: AnonymousSummary[]; duplicates: number } {
  const seen = new Set(taken.map((s) => s.id));
  const summaries = [...taken];
  let duplicates = 0;
  for (const s of more) {
    if (seen.has(s.id)) duplicates++;
    else {
      seen.add(s.id);
      summaries.push(s);
    }
  }
  return { summaries, duplicates };
}
