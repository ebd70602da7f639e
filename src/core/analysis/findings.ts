// What the map means, as data: coverage of roles, the five factors, the Higgins & Kram type,
// structure, goal alignment and growth suggestions. No wording here: each finding carries a code
// that the interface turns into text from content/ui, and thresholds come from content/analysis.yaml.
import type { AnalysisSettings } from '../../schemas/analysis.ts';
import type { Person, Workbook } from '../workbook.ts';
import {
  BACKGROUND_ATTRIBUTES,
  CLOSENESS,
  SOURCES,
  STAGES,
  closenessOf,
  isPlanned,
  type Closeness,
  type Source,
  type Stage,
} from '../person.ts';
import { diversity, type Diversity } from './diversity.ts';
import { constraint, density, effectiveSize, efficiency, tieCount, type Tie } from './structure.ts';

export interface RoleCoverage {
  role: string;
  people: number;
  close: number;
  status: 'none' | 'distant-only' | 'ok';
}

export type NetworkType = 'receptive' | 'traditional' | 'opportunistic' | 'entrepreneurial';

export interface Suggestion {
  gap: keyof AnalysisSettings['suggestions'];
  /** What the gap is about: a role id, a stage, a need id or a background attribute. */
  subject?: string;
  /** The worksheet that helps. */
  worksheet: string;
}

export interface Analysis {
  people: number;
  coverage: RoleCoverage[];
  sources: {
    distinct: number;
    counts: Record<Source, number>;
    homeShare: number;
    status: 'none' | 'narrow' | 'ok';
  };
  stages: { counts: Record<Stage, number>; missing: Stage[] };
  strength: { counts: Record<Closeness, number>; status: 'none' | 'no-close' | 'no-distant' | 'mixed' };
  backgrounds: Record<(typeof BACKGROUND_ATTRIBUTES)[number], Diversity>;
  type: {
    type: NetworkType;
    range: 'low' | 'high';
    ties: 'weak' | 'strong';
    distinctSources: number;
    closeShare: number;
  } | null;
  structure: {
    ties: number;
    density: number;
    effectiveSize: number;
    efficiency: number;
    constraint: number;
  } | null;
  goals: { need: string; supporters: string[] }[];
  suggestions: Suggestion[];
}

/** Counts of a property over people, with every expected key present. */
function tally<K extends string>(keys: readonly K[], values: (K | undefined)[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) if (v !== undefined && v in out) out[v]++;
  return out;
}

/** Which needs (ids chosen on Know yourself) someone in the network answers, and who. */
export function goalAlignment(
  needs: readonly string[],
  people: readonly Person[],
  settings: AnalysisSettings,
) {
  return needs.map((need) => {
    const rule = settings.needs[need];
    const supporters = rule
      ? people.filter(
          (p) =>
            !isPlanned(p) &&
            (p.roles.some((r) => rule.roles.includes(r)) ||
              (p.supports ?? []).some((s) => rule.supports.includes(s))),
        )
      : [];
    return { need, supporters: supporters.map((p) => p.id) };
  });
}

/**
 * The needs the participant ticked, which goal alignment checks the network against. `where` is the
 * worksheet and field that hold them, as content/analysis.yaml declares (`answers.needs`).
 */
export function chosenNeeds(
  answers: Workbook['answers'],
  where: AnalysisSettings['answers']['needs'],
): string[] {
  const needs = answers[where.worksheet]?.[where.field];
  return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : [];
}

export function analyse(
  network: { people: readonly Person[]; ties: readonly Tie[] },
  roles: readonly string[],
  needs: readonly string[],
  settings: AnalysisSettings,
): Analysis {
  // Potential mentors are plans, not support: they are drawn on the map but not counted here.
  const people = network.people.filter((p) => !isPlanned(p));

  const coverage: RoleCoverage[] = roles.map((role) => {
    const inRole = people.filter((p) => p.roles.includes(role));
    const close = inRole.filter((p) => closenessOf(p) !== 'distant').length;
    return {
      role,
      people: inRole.length,
      close,
      status: inRole.length === 0 ? 'none' : close === 0 ? 'distant-only' : 'ok',
    };
  });

  const sourceCounts = tally(
    SOURCES,
    people.map((p) => p.source),
  );
  const withSource = SOURCES.reduce((s, k) => s + sourceCounts[k], 0);
  const distinct = SOURCES.filter((k) => sourceCounts[k] > 0).length;
  const homeShare = withSource === 0 ? 0 : (sourceCounts.department + sourceCounts.institution) / withSource;
  const sources = {
    distinct,
    counts: sourceCounts,
    homeShare,
    status:
      withSource === 0
        ? ('none' as const)
        : distinct < settings.typology.highRangeFromSources || homeShare >= settings.homeShareHigh
          ? ('narrow' as const)
          : ('ok' as const),
  };

  const stageCounts = tally(
    STAGES,
    people.map((p) => p.stage),
  );
  const stages = {
    counts: stageCounts,
    missing: people.length === 0 ? [...STAGES] : STAGES.filter((s) => stageCounts[s] === 0),
  };

  const strengthCounts = tally(CLOSENESS, people.map(closenessOf));
  const strength = {
    counts: strengthCounts,
    status:
      people.length === 0
        ? ('none' as const)
        : strengthCounts.close === 0
          ? ('no-close' as const)
          : strengthCounts.distant + strengthCounts.moderate === 0
            ? ('no-distant' as const)
            : ('mixed' as const),
  };

  const backgrounds = Object.fromEntries(
    BACKGROUND_ATTRIBUTES.map((a) => [
      a,
      diversity(
        people.map((p) => p.background?.[a]),
        settings.minAnswersForDiversity,
      ),
    ]),
  ) as Analysis['backgrounds'];

  const closeShare = people.length === 0 ? 0 : strengthCounts.close / people.length;
  const range = distinct >= settings.typology.highRangeFromSources ? 'high' : 'low';
  const ties = closeShare >= settings.typology.strongTiesFromCloseShare ? 'strong' : 'weak';
  const type =
    people.length === 0
      ? null
      : ({
          type: (range === 'low'
            ? ties === 'weak'
              ? 'receptive'
              : 'traditional'
            : ties === 'weak'
              ? 'opportunistic'
              : 'entrepreneurial') as NetworkType,
          range,
          ties,
          distinctSources: distinct,
          closeShare,
        } as const);

  const ids = people.map((p) => p.id);
  const tieList = network.ties.filter(([a, b]) => ids.includes(a) && ids.includes(b));
  const structure =
    tieList.length === 0
      ? null
      : {
          ties: tieCount(ids, tieList),
          density: density(ids, tieList),
          effectiveSize: effectiveSize(ids, tieList),
          efficiency: efficiency(ids, tieList),
          constraint: constraint(ids, tieList),
        };

  const goals = goalAlignment(needs, people, settings);

  const s = settings.suggestions;
  const suggestions: Suggestion[] = [
    ...coverage
      .filter((c) => c.status === 'none')
      .map((c) => ({ gap: 'missing-role' as const, subject: c.role, worksheet: s['missing-role']! })),
    ...coverage
      .filter((c) => c.status === 'distant-only')
      .map((c) => ({ gap: 'distant-only' as const, subject: c.role, worksheet: s['distant-only']! })),
    ...(sources.status === 'narrow'
      ? [{ gap: 'narrow-sources' as const, worksheet: s['narrow-sources']! }]
      : []),
    ...(people.length > 0
      ? stages.missing.map((st) => ({
          gap: 'missing-stage' as const,
          subject: st,
          worksheet: s['missing-stage']!,
        }))
      : []),
    ...(strength.status === 'no-close' ? [{ gap: 'no-close' as const, worksheet: s['no-close']! }] : []),
    ...(strength.status === 'no-distant'
      ? [{ gap: 'no-distant' as const, worksheet: s['no-distant']! }]
      : []),
    ...goals
      .filter((g) => g.supporters.length === 0)
      .map((g) => ({ gap: 'unmet-need' as const, subject: g.need, worksheet: s['unmet-need']! })),
    ...BACKGROUND_ATTRIBUTES.filter(
      (a) => backgrounds[a].status === 'ok' && (backgrounds[a] as { categories: number }).categories === 1,
    ).map((a) => ({ gap: 'low-diversity' as const, subject: a, worksheet: s['low-diversity']! })),
  ].filter((x) => x.worksheet !== undefined);

  return {
    people: people.length,
    coverage,
    sources,
    stages,
    strength,
    backgrounds,
    type,
    structure,
    goals,
    suggestions,
  };
}

export interface NetworkChange {
  added: string[];
  lost: string[];
  closer: string[];
  farther: string[];
  roleChanged: string[];
}

// Inner rings rank first: a smaller rank is closer.
const rank = Object.fromEntries(CLOSENESS.map((c, i) => [c, i])) as Record<Closeness, number>;

/** What changed between two versions of the network (a snapshot and now, or two snapshots), by person id. */
export function compareNetworks(
  before: { people: readonly Person[] },
  after: { people: readonly Person[] },
): NetworkChange {
  const old = new Map(before.people.map((p) => [p.id, p]));
  const now = new Map(after.people.map((p) => [p.id, p]));
  const change: NetworkChange = { added: [], lost: [], closer: [], farther: [], roleChanged: [] };
  for (const [id, p] of now) {
    const q = old.get(id);
    if (!q) {
      change.added.push(id);
      continue;
    }
    const d = rank[closenessOf(p)] - rank[closenessOf(q)];
    if (d < 0) change.closer.push(id);
    if (d > 0) change.farther.push(id);
    if (p.roles.join(' ') !== q.roles.join(' ')) change.roleChanged.push(id);
  }
  for (const id of old.keys()) if (!now.has(id)) change.lost.push(id);
  return change;
}
