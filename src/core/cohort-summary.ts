// The anonymous summary a participant may give their facilitator: what their map shows, as counts
// and ids from the kit's own vocabulary, never anything they typed. Anonymous by construction: the
// summary is built only from fixed sets (roles, sources, stages, closeness, network types, gap ids)
// and numbers, so no name, note, alias, free-text answer or person id can reach it; dates go no finer
// than the month. The facilitator's cohort page (core/cohort.ts) reads many of them.
import * as z from 'zod/mini';
import type { Analysis } from './analysis/findings.ts';
import { ID_PATTERN } from './ids.ts';
import { BACKGROUND_ATTRIBUTES, CLOSENESS, SOURCES, STAGES, closenessOf, isPlanned } from './person.ts';
import type { Workbook } from './workbook.ts';

export const SUMMARY_FORMAT = 'mentoring-network-kit/anonymous-summary';
/** The version this code writes; a newer one is refused with a message, not misread. */
export const SUMMARY_VERSION = 1;
/** File name suffix of a saved summary. */
export const SUMMARY_SUFFIX = '.anonymous-summary.json';

const count = z.number().check(z.int(), z.gte(0), z.lte(500));
const kitId = z.string().check(z.regex(ID_PATTERN));
const counts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

const networkSummary = z.strictObject({
  /** The month the map is from: its snapshot's, or the summary's own for the map of now. */
  month,
  /** People who support the participant now, and people they plan to approach. */
  current: count,
  planned: count,
  /** Current people per role (a person with two roles counts in both). */
  roles: z.record(kitId, count),
  sources: counts([...SOURCES, 'unknown']),
  stages: counts([...STAGES, 'unknown']),
  closeness: counts(CLOSENESS),
  /** The network type, or null while there is too little to name one. */
  type: z.nullable(z.enum(['receptive', 'traditional', 'opportunistic', 'entrepreneurial'])),
  /** The next steps that fired: a gap id, with what it is about when that is a kit id ("missing-role:peer"). */
  gaps: z
    .array(
      z.string().check(
        z.refine((step) => {
          const [gap, subject, ...rest] = step.split(':');
          return (
            ID_PATTERN.test(gap!) && rest.length === 0 && (subject === undefined || ID_PATTERN.test(subject))
          );
        }),
      ),
    )
    .check(z.maxLength(200)),
});
export type NetworkSummary = z.infer<typeof networkSummary>;

export const summarySchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(SUMMARY_VERSION),
  /** Random, made when the summary is saved: it tells the same file given twice, and nothing else. */
  id: z.string().check(z.regex(/^[a-z0-9]{16}$/)),
  /** The map of now, and the latest snapshot's when there is one. */
  now: networkSummary,
  before: z.optional(networkSummary),
});
export type AnonymousSummary = z.infer<typeof summarySchema>;

type Network = Workbook['network'];

/** A fixed set's count of each value, every key present. */
function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v]++;
  return out;
}

const monthOf = (iso: string) => iso.slice(0, 7);

/** The kit's own words a gap may be about: roles and needs from content, the fixed vocabularies. */
export interface Vocabulary {
  roles: readonly string[];
  needs: readonly string[];
}

/**
 * One map as counts. `analysis` is the kit's analysis of that same network (core/analysis): its type
 * and its next steps. A step's subject is copied only when it is one of the kit's own words.
 */
export function summariseNetwork(
  network: Network,
  analysis: Pick<Analysis, 'type' | 'suggestions'>,
  vocabulary: Vocabulary,
  when: string,
): NetworkSummary {
  const current = network.people.filter((p) => !isPlanned(p));
  const words = new Set<string>([
    ...vocabulary.roles,
    ...vocabulary.needs,
    ...STAGES,
    ...SOURCES,
    ...BACKGROUND_ATTRIBUTES,
  ]);
  const gaps = analysis.suggestions.map((s) =>
    s.subject !== undefined && words.has(s.subject) ? `${s.gap}:${s.subject}` : s.gap,
  );
  return {
    month: monthOf(when),
    current: current.length,
    planned: network.people.length - current.length,
    roles: Object.fromEntries(
      vocabulary.roles.map((role) => [role, current.filter((p) => p.roles.includes(role)).length]),
    ),
    sources: tally(
      [...SOURCES, 'unknown'] as const,
      current.map((p) => p.source ?? 'unknown'),
    ),
    stages: tally(
      [...STAGES, 'unknown'] as const,
      current.map((p) => p.stage ?? 'unknown'),
    ),
    closeness: tally(CLOSENESS, current.map(closenessOf)),
    type: analysis.type?.type ?? null,
    gaps: [...new Set(gaps)],
  };
}

/**
 * The participant's summary: the map of now and, when they took one, their latest snapshot.
 * `analyse` is the kit's analysis with the page's roles, needs and settings.
 */
export function anonymousSummary(
  workbook: Workbook,
  vocabulary: Vocabulary,
  analyse: (network: Network) => Pick<Analysis, 'type' | 'suggestions'>,
  id: string,
  now: Date,
): AnonymousSummary {
  const latest = workbook.snapshots.at(-1);
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    id,
    now: summariseNetwork(workbook.network, analyse(workbook.network), vocabulary, now.toISOString()),
    ...(latest
      ? { before: summariseNetwork(latest.network, analyse(latest.network), vocabulary, latest.takenAt) }
      : {}),
  };
}

/** A summary's id from 16 random bytes (crypto.getRandomValues): 16 letters and digits. */
export function summaryId(random: Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...random.subarray(0, 16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Why a file is not a summary this page can read. */
export type SummaryProblem = 'not-json' | 'not-summary' | 'newer' | 'damaged';

/** Reads one summary file's text: the summary, or why it is refused. */
export function readSummary(text: string): { summary: AnonymousSummary } | { problem: SummaryProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SUMMARY_FORMAT)
    return { problem: 'not-summary' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SUMMARY_VERSION) return { problem: 'newer' };
  const parsed = summarySchema.safeParse(data);
  return parsed.success ? { summary: parsed.data } : { problem: 'damaged' };
}

/** Pasted text holding one summary or several, one after another: each top-level JSON object. */
export function pastedSummaries(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' && depth++ === 0) start = i;
    else if (c === '}' && depth > 0 && --depth === 0) out.push(text.slice(start, i + 1));
  }
  return out.length ? out : [text];
}
