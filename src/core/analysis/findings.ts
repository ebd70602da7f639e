// What the map means, as data: coverage of roles, the five factors, the Higgins & Kram type (range
// as social systems), structure, the support you get, goal alignment, next steps, what is still
// open and what the plan would change. No wording here: each finding carries a code that the
// interface turns into text from content/ui, and thresholds come from content/analysis.yaml.
import type { AnalysisSettings } from '../../schemas/analysis.ts';
import type { Gap } from './gaps.ts';
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
import { diversity, groupKey, type Diversity } from './diversity.ts';
import { supportFindings, type SupportFindings } from './support.ts';
import { constraint, density, effectiveSize, efficiency, tieCount, type Tie } from './structure.ts';

export interface RoleCoverage {
  role: string;
  people: number;
  close: number;
  status: 'none' | 'distant-only' | 'ok';
}

export type NetworkType = 'receptive' | 'traditional' | 'opportunistic' | 'entrepreneurial';

export type { Gap };

export interface Suggestion {
  gap: Gap;
  /** What the gap is about: a role id, a stage, a need id or a background attribute. */
  subject?: string;
  /** The social systems a sources gap asks for (ids of `systems` in content/analysis.yaml). */
  systems?: string[];
  /** The worksheet that helps. */
  worksheet: string;
}

/**
 * Higgins and Kram's range, as social systems: the one computation behind the network type, the
 * sources finding and the sources advice, so that the three cannot disagree.
 */
export interface Range {
  /** `none` with no source answered; `narrow` is low range, `ok` high. */
  status: 'none' | 'narrow' | 'ok';
  /** People per system, in content order. */
  systems: { system: string; people: number }[];
  /** Systems with somebody in them. */
  present: number;
  /** Systems with nobody, in content order. */
  missing: string[];
  /** The system holding at least `typology.dominantShare` of the people with a source. */
  dominant: { system: string; share: number } | null;
  /** What would widen the range: the missing systems, or, when none is missing, those beside the dominant one. */
  widenWith: string[];
}

/** A need and who supports it: linked by the participant, or guessed from roles and kinds of support. */
export interface Goal {
  need: string;
  supporters: string[];
  basis: 'linked' | 'guess';
}

/** Something the participant has not told the kit yet, so the findings cannot be complete. */
export type OpenItem =
  | { kind: 'few-people'; more: number }
  | { kind: 'no-source' | 'no-closeness' | 'no-stage' | 'no-background' | 'no-supports'; people: number }
  | { kind: 'planned'; people: string[] }
  | { kind: 'no-needs' }
  | { kind: 'ties' };

export interface Analysis {
  /** People who support the participant now: the measures count only them. */
  people: number;
  /** Ids of planned (potential) people, in map order: drawn on the map, counted apart. */
  planned: string[];
  coverage: RoleCoverage[];
  sources: Range & {
    counts: Record<Source, number>;
    /** People with a source given. */
    withSource: number;
    /** Share of people with a source in the participant's own department and institution. */
    homeShare: number;
  };
  /** `missing`: stages nobody with a given stage is at; empty while no stage is given. */
  stages: { counts: Record<Stage, number>; withStage: number; missing: Stage[] };
  strength: { counts: Record<Closeness, number>; status: 'none' | 'no-close' | 'no-distant' | 'mixed' };
  backgrounds: Record<(typeof BACKGROUND_ATTRIBUTES)[number], Diversity>;
  type: {
    type: NetworkType;
    range: 'low' | 'high';
    ties: 'weak' | 'strong';
    /** Social systems present (the range). */
    systems: number;
    closeShare: number;
  } | null;
  /** Why no type is named yet: people still to add, people whose source is not given. */
  typeWait: { morePeople: number; withoutSource: number } | null;
  structure: {
    /** `ties` when ties are marked; `none-know` when the participant said none of them know each other. */
    basis: 'ties' | 'none-know';
    ties: number;
    density: number;
    effectiveSize: number;
    efficiency: number;
    constraint: number;
  } | null;
  goals: Goal[];
  /** Kram's functions, sponsorship, multiplexity, over-reliance and the E-I index (support.ts). */
  support: SupportFindings;
  suggestions: Suggestion[];
  /** What is still unanswered: "no gaps" is said only when this and the suggestions are empty. */
  open: OpenItem[];
  /** The network as if the planned people supported the participant now; null with nobody planned. */
  plan: PlanEffect | null;
}

/** What the plan would change: the type, and which next steps it would close, leave or add. */
export interface PlanEffect {
  type: NetworkType | null;
  closes: Suggestion[];
  leaves: Suggestion[];
  adds: Suggestion[];
}

/** Counts of a property over people, with every expected key present. */
function tally<K extends string>(keys: readonly K[], values: (K | undefined)[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) if (v !== undefined && v in out) out[v]++;
  return out;
}

/**
 * Which needs (ids chosen on Know yourself) someone in the network answers, and who. The people the
 * participant linked to a need answer it (`basis: linked`); for a need nobody is linked to, the kit
 * guesses from roles and kinds of support (`basis: guess`, the table `needs` in content/analysis.yaml).
 */
export function goalAlignment(
  needs: readonly string[],
  people: readonly Person[],
  settings: AnalysisSettings,
): Goal[] {
  const current = people.filter((p) => !isPlanned(p));
  return needs.map((need) => {
    const linked = current.filter((p) => (p.meets ?? []).includes(need));
    if (linked.length) return { need, supporters: linked.map((p) => p.id), basis: 'linked' as const };
    const rule = settings.needs[need];
    const guessed = rule
      ? current.filter(
          (p) =>
            p.roles.some((r) => rule.roles.includes(r)) ||
            (p.supports ?? []).some((s) => rule.supports.includes(s)),
        )
      : [];
    return { need, supporters: guessed.map((p) => p.id), basis: 'guess' as const };
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

/**
 * A network analysed as the page shows it: the kit's roles and settings, and the needs the
 * participant ticked in their answers. One place for the findings, the summary line by the map,
 * the report and the anonymous summary, so they cannot analyse differently.
 */
export function analyseWith(
  context: { roles: readonly { id: string }[]; settings: AnalysisSettings },
  answers: Workbook['answers'],
  network: Parameters<typeof analyse>[0],
): Analysis {
  return analyse(
    network,
    context.roles.map((r) => r.id),
    chosenNeeds(answers, context.settings.answers.needs),
    context.settings,
  );
}

/** Range as social systems (docs/analysis.md#network-type), from the people's source counts. */
export function rangeOf(counts: Record<Source, number>, settings: AnalysisSettings): Range {
  const systems = Object.entries(settings.systems).map(([system, sources]) => ({
    system,
    people: sources.reduce((n, s) => n + counts[s], 0),
  }));
  const withSource = systems.reduce((n, s) => n + s.people, 0);
  const present = systems.filter((s) => s.people > 0).length;
  const missing = systems.filter((s) => s.people === 0).map((s) => s.system);
  const largest = systems.reduce((a, b) => (b.people > a.people ? b : a), systems[0]!);
  const share = withSource === 0 ? 0 : largest.people / withSource;
  const dominant =
    withSource > 0 && present > 1 && share >= settings.typology.dominantShare
      ? { system: largest.system, share }
      : // All in one system: that system holds everyone, which the missing ones already say.
        null;
  const high = present >= settings.typology.highRangeFromSystems && dominant === null;
  return {
    status: withSource === 0 ? 'none' : high ? 'ok' : 'narrow',
    systems,
    present,
    missing,
    dominant,
    widenWith: missing.length
      ? missing
      : dominant
        ? systems.filter((s) => s.system !== dominant.system).map((s) => s.system)
        : [],
  };
}

/** The network as it would be if every planned person supported the participant now. */
export function withPlan<N extends { people: readonly Person[] }>(network: N): N {
  return {
    ...network,
    people: network.people.map((p) => (isPlanned(p) ? { ...p, status: 'current' as const } : p)),
  };
}

/**
 * Next steps one by one for comparing two analyses: a step about several social systems counts once
 * per system, so a plan that brings one of two missing systems closes that one and leaves the other.
 */
function steps(suggestions: readonly Suggestion[]): Map<string, Suggestion> {
  const out = new Map<string, Suggestion>();
  for (const g of suggestions) {
    if (g.systems?.length)
      for (const system of g.systems) out.set(`system:${system}`, { ...g, systems: [system] });
    else out.set(`${g.gap}:${g.subject ?? ''}`, g);
  }
  return out;
}

/** Which of today's next steps the plan would close or leave, and which it would add. */
export function planEffect(today: Analysis, planned: Analysis): PlanEffect {
  const [now, then] = [steps(today.suggestions), steps(planned.suggestions)];
  return {
    type: planned.type?.type ?? null,
    closes: [...now].filter(([k]) => !then.has(k)).map(([, g]) => g),
    leaves: [...now].filter(([k]) => then.has(k)).map(([, g]) => g),
    adds: [...then].filter(([k]) => !now.has(k)).map(([, g]) => g),
  };
}

export function analyse(
  network: { people: readonly Person[]; ties: readonly Tie[]; noTiesAmong?: readonly string[] | undefined },
  roles: readonly string[],
  needs: readonly string[],
  settings: AnalysisSettings,
): Analysis {
  // Potential mentors are plans, not support: they are drawn on the map but not counted here.
  const people = network.people.filter((p) => !isPlanned(p));
  const planned = network.people.filter(isPlanned).map((p) => p.id);

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
  const range = rangeOf(sourceCounts, settings);
  const sources = {
    ...range,
    counts: sourceCounts,
    withSource,
    homeShare: withSource === 0 ? 0 : (sourceCounts.department + sourceCounts.institution) / withSource,
  };

  const stageCounts = tally(
    STAGES,
    people.map((p) => p.stage),
  );
  const withStage = STAGES.reduce((n, s) => n + stageCounts[s], 0);
  // A stage is missing only among the people whose stage is given: with none given, nothing is known.
  const stages = {
    counts: stageCounts,
    withStage,
    missing: withStage === 0 ? [] : STAGES.filter((s) => stageCounts[s] === 0),
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

  const declined = new Set(settings.declinedAnswers.map(groupKey));
  const backgrounds = Object.fromEntries(
    BACKGROUND_ATTRIBUTES.map((a) => [
      a,
      diversity(
        people.map((p) => p.background?.[a]),
        settings.minAnswersForDiversity,
        settings.backgroundCategories[a],
        declined,
      ),
    ]),
  ) as Analysis['backgrounds'];

  // Enough to say: a type only from `typeFrom.people` current people, with at least
  // `typeFrom.withSourceShare` of them with a source.
  const morePeople = Math.max(0, settings.typeFrom.people - people.length);
  const withoutSource = people.length - withSource;
  const enough =
    morePeople === 0 && people.length > 0 && withSource / people.length >= settings.typeFrom.withSourceShare;
  const closeShare = people.length === 0 ? 0 : strengthCounts.close / people.length;
  const ties = closeShare >= settings.typology.strongTiesFromCloseShare ? 'strong' : 'weak';
  const high = range.status === 'ok';
  const type = enough
    ? ({
        type: (high
          ? ties === 'weak'
            ? 'opportunistic'
            : 'entrepreneurial'
          : ties === 'weak'
            ? 'receptive'
            : 'traditional') as NetworkType,
        range: high ? 'high' : 'low',
        ties,
        systems: range.present,
        closeShare,
      } as const)
    : null;

  const ids = people.map((p) => p.id);
  const idSet = new Set(ids);
  const tieList = network.ties.filter(([a, b]) => idSet.has(a) && idSet.has(b));
  const saidNone = new Set(network.noTiesAmong ?? []);
  const basis =
    tieList.length > 0
      ? ('ties' as const)
      : people.length > 0 && ids.every((id) => saidNone.has(id))
        ? ('none-know' as const)
        : null;
  const structure =
    basis === null
      ? null
      : {
          basis,
          ties: tieCount(ids, tieList),
          density: density(ids, tieList),
          effectiveSize: effectiveSize(ids, tieList),
          efficiency: efficiency(ids, tieList),
          constraint: constraint(ids, tieList),
        };

  const goals = goalAlignment(needs, people, settings);
  // The participant's own group for the E-I index: the social system of their home department.
  const home = Object.values(settings.systems).find((sources) => sources.includes('department')) ?? [];
  // Over-reliance on needs rests on the needs the participant linked, never on a guess from roles.
  const support = supportFindings(
    people,
    goals.filter((g) => g.basis === 'linked'),
    home,
    settings.support.relianceShare,
    settings.support.menteeRoles,
  );
  const oneSided =
    support.described > 0 && (support.career === 0 || support.psychosocial === 0)
      ? support.career === 0
        ? 'career'
        : 'psychosocial'
      : null;

  const s = settings.suggestions;
  const suggestions: Suggestion[] = [
    ...coverage
      .filter((c) => c.status === 'none')
      .map((c) => ({
        gap: 'missing-role' as const,
        subject: c.role,
        worksheet: settings.roleSuggestions[c.role] ?? s['missing-role']!,
      })),
    ...coverage
      .filter((c) => c.status === 'distant-only')
      .map((c) => ({ gap: 'distant-only' as const, subject: c.role, worksheet: s['distant-only']! })),
    ...(range.status === 'narrow'
      ? [{ gap: 'narrow-sources' as const, systems: range.widenWith, worksheet: s['narrow-sources']! }]
      : range.status === 'ok' && range.missing.length
        ? [{ gap: 'missing-system' as const, systems: range.missing, worksheet: s['missing-system']! }]
        : []),
    ...stages.missing.map((st) => ({
      gap: 'missing-stage' as const,
      subject: st,
      worksheet: s['missing-stage']!,
    })),
    ...(strength.status === 'no-close' ? [{ gap: 'no-close' as const, worksheet: s['no-close']! }] : []),
    ...(strength.status === 'no-distant'
      ? [{ gap: 'no-distant' as const, worksheet: s['no-distant']! }]
      : []),
    ...(structure && people.length > 1 && structure.efficiency < settings.structure.redundantBelowEfficiency
      ? [{ gap: 'redundant' as const, worksheet: s['redundant']! }]
      : []),
    ...(support.described > 0 && support.sponsors.length === 0
      ? [{ gap: 'no-sponsor' as const, worksheet: s['no-sponsor']! }]
      : []),
    ...(oneSided ? [{ gap: 'one-sided' as const, subject: oneSided, worksheet: s['one-sided']! }] : []),
    ...(support.reliance
      ? [{ gap: 'over-reliance' as const, subject: support.reliance.person, worksheet: s['over-reliance']! }]
      : []),
    ...goals
      .filter((g) => g.supporters.length === 0)
      .map((g) => ({ gap: 'unmet-need' as const, subject: g.need, worksheet: s['unmet-need']! })),
    ...BACKGROUND_ATTRIBUTES.filter(
      (a) => backgrounds[a].status === 'ok' && (backgrounds[a] as { categories: number }).categories === 1,
    ).map((a) => ({ gap: 'low-diversity' as const, subject: a, worksheet: s['low-diversity']! })),
  ].filter((x) => x.worksheet !== undefined);

  const unanswered = (
    kind: 'no-source' | 'no-closeness' | 'no-stage' | 'no-background' | 'no-supports',
    n: number,
  ) => (n > 0 ? [{ kind, people: n }] : []);
  const open: OpenItem[] = [
    ...(morePeople > 0 ? [{ kind: 'few-people' as const, more: morePeople }] : []),
    ...unanswered('no-source', withoutSource),
    ...unanswered('no-closeness', people.filter((p) => p.closeness === undefined).length),
    ...unanswered('no-stage', people.length - withStage),
    ...unanswered(
      'no-background',
      people.filter((p) => !BACKGROUND_ATTRIBUTES.some((a) => (p.background?.[a] ?? '').trim() !== ''))
        .length,
    ),
    ...unanswered('no-supports', people.length - support.described),
    ...(people.length > 1 && structure === null ? [{ kind: 'ties' as const }] : []),
    ...(needs.length === 0 ? [{ kind: 'no-needs' as const }] : []),
    ...(planned.length ? [{ kind: 'planned' as const, people: planned }] : []),
  ];

  const result: Analysis = {
    people: people.length,
    planned,
    coverage,
    sources,
    stages,
    strength,
    backgrounds,
    type,
    typeWait: type ? null : { morePeople, withoutSource },
    structure,
    goals,
    support,
    suggestions,
    open,
    plan: null,
  };
  // The plan's own analysis has nobody planned, so this runs once.
  if (planned.length) result.plan = planEffect(result, analyse(withPlan(network), roles, needs, settings));
  return result;
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

/**
 * How much of the network stayed between two versions (Dobrow & Higgins 2019 follow it over time):
 * people in both ÷ people in either, by id; 1 when both are empty.
 */
export function overlap(before: { people: readonly Person[] }, after: { people: readonly Person[] }): number {
  const old = new Set(before.people.map((p) => p.id));
  const now = new Set(after.people.map((p) => p.id));
  const either = new Set([...old, ...now]).size;
  const both = [...now].filter((id) => old.has(id)).length;
  return either === 0 ? 1 : both / either;
}
