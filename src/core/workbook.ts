// The workbook: everything a participant enters, as one JSON document. Pure: runs in the browser
// (through the islands) and in Node (tests, JSON Schema). zod/mini keeps the browser bundle small.
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids.ts';
import { BACKGROUND_ATTRIBUTES, CLOSENESS, SOURCES, STAGES, STATUSES, SUPPORT_FUNCTIONS } from './person.ts';
import { firstIssue, type IssueFacts, type WorkbookIssue } from './workbook-issue.ts';

/** The version this code writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_VERSION = 3;

/** Largest workbook file accepted, in bytes: far above a real one, small enough to refuse junk fast. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most people a network may hold. */
export const MAX_PEOPLE = 500;

/** File name suffix of a downloaded workbook. */
const FILE_SUFFIX = '.mentoring-network.json';

const id = z.string().check(z.regex(ID_PATTERN));
const isoTime = z.iso.datetime({ offset: true });
const cell = z.string().check(z.maxLength(2000));

/** One answer: text (and dates, choices), several ids, a level, or table rows. */
const answerValue = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number().check(z.int(), z.gte(0), z.lte(100)),
  z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(200)),
  z.array(z.record(id, cell)).check(z.maxLength(100)),
]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Characters that show nothing on their own: spaces, zero-width and other format marks, controls. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}]/gu;
const CONTROL = /\p{Cc}/u;

/**
 * Why a person's name (or "shown as" name) cannot be kept: it shows nothing (only spaces or zero-width
 * marks), or it holds control characters, which no keyboard types and no output can draw. One rule for
 * an opened file and the form alike.
 */
export function nameProblem(name: string): 'blank-text' | 'control-chars' | null {
  if (name.replace(INVISIBLE, '') === '') return 'blank-text';
  return CONTROL.test(name) ? 'control-chars' : null;
}

// minLength is what the published JSON Schema can say of it; the refinements say the rest.
const nameText = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.refine((s) => nameProblem(s) !== 'blank-text', {
    params: { code: 'blank-text' satisfies WorkbookIssue },
  }),
  z.refine((s) => nameProblem(s) !== 'control-chars', {
    params: { code: 'control-chars' satisfies WorkbookIssue },
  }),
);

/** A person in the participant's network (filled in by the network-map worksheet). */
const personSchema = z.strictObject({
  id,
  name: nameText,
  /** "Shown as": a pseudonym drawn instead of initials when the participant shows initials only. */
  alias: z.optional(nameText),
  /** Role ids from content/roles.yaml; the first is the primary role. */
  roles: z.array(id).check(z.minLength(1), z.maxLength(9)),
  closeness: z.optional(z.enum(CLOSENESS)),
  stage: z.optional(z.enum(STAGES)),
  source: z.optional(z.enum(SOURCES)),
  supports: z.optional(z.array(id).check(z.maxLength(20))),
  background: z.optional(z.record(id, z.string().check(z.maxLength(100)))),
  since: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2200))),
  status: z.optional(z.enum(STATUSES)),
  notes: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * The needs (option ids of the needs field, content/analysis.yaml `answers.needs`) the participant
   * linked to this person: "they support me in this". Optional; goal alignment guesses from roles
   * where no one is linked.
   */
  meets: z.optional(z.array(id).check(z.maxLength(50))),
});
export type Person = z.infer<typeof personSchema>;

const network = z.strictObject({
  people: z.array(personSchema).check(z.maxLength(MAX_PEOPLE)),
  /** Pairs of person ids: "these two know each other". */
  ties: z.array(z.tuple([id, id])).check(z.maxLength(5000)),
  /**
   * The people of whom the participant answered "none of these people know each other" (ids), so
   * that no ties is an answer, not a blank. Optional: older workbooks load unchanged; someone added
   * later is not covered until the participant answers again.
   */
  noTiesAmong: z.optional(z.array(id).check(z.maxLength(MAX_PEOPLE))),
});

export const workbookSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_VERSION),
    createdAt: isoTime,
    updatedAt: isoTime,
    /** Answers by worksheet id, then by field id: ids, not labels, so a language switch keeps them. */
    answers: z.record(id, z.record(id, answerValue)),
    network,
    /** Dated copies of the network, for comparing over time. */
    snapshots: z
      .array(
        z.strictObject({
          id,
          takenAt: isoTime,
          label: z.optional(z.string().check(z.maxLength(200))),
          network,
        }),
      )
      .check(z.maxLength(100)),
  })
  .check(
    z.superRefine((wb, ctx) => {
      const seen = new Set<string>();
      wb.network.people.forEach((p, i) => {
        if (seen.has(p.id))
          ctx.addIssue({
            code: 'custom',
            message: 'two people share an id',
            path: ['network', 'people', i, 'id'],
            params: { code: 'duplicate-id' satisfies WorkbookIssue, names: [p.id] },
          });
        seen.add(p.id);
      });
      wb.network.ties.forEach(([a, b], i) => {
        if (a !== b && seen.has(a) && seen.has(b)) return;
        ctx.addIssue({
          code: 'custom',
          message: 'a tie names a person who is not in the network, or ties a person to themselves',
          path: ['network', 'ties', i],
          params: {
            code: 'bad-tie' satisfies WorkbookIssue,
            names: a === b ? [a] : [a, b].filter((x) => !seen.has(x)),
          },
        });
      });
    }),
  );
export type Workbook = z.infer<typeof workbookSchema>;

/** A new, empty workbook. */
export function emptyWorkbook(now = new Date()): Workbook {
  const t = now.toISOString();
  return {
    schemaVersion: CURRENT_VERSION,
    createdAt: t,
    updatedAt: t,
    answers: {},
    network: { people: [], ties: [] },
    snapshots: [],
  };
}

/**
 * Whether a workbook holds nothing the participant entered: no answers, no people or ties, no
 * snapshots. Opening a file over it replaces nothing.
 */
export function isBlankWorkbook(workbook: Workbook): boolean {
  return (
    Object.keys(workbook.answers).length === 0 &&
    workbook.network.people.length === 0 &&
    workbook.network.ties.length === 0 &&
    workbook.snapshots.length === 0
  );
}

/**
 * Migrations, by the version they start from. Each takes a document of that version (already
 * checked to be an object) and returns one of the next version.
 * - 1 → 2: version 1 held only worksheet answers (`answers`, `updatedAt`); version 2 adds
 *   `createdAt`, the network (people and ties) and snapshots.
 * - 2 → 3: version 3 lets a person carry an `alias` (optional), so a version-2 document is already
 *   a version-3 one: only the version changes.
 */
export const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (doc) => ({
    schemaVersion: 2,
    createdAt: doc.updatedAt,
    updatedAt: doc.updatedAt,
    answers: doc.answers,
    network: { people: [], ties: [] },
    snapshots: [],
    ...extraKeys(doc, ['schemaVersion', 'updatedAt', 'answers']),
  }),
  2: (doc) => ({ ...doc, schemaVersion: 3 }),
};

// Unknown keys are carried into the next version so that validation refuses them rather than dropping them silently.
function extraKeys(doc: Record<string, unknown>, known: string[]) {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !known.includes(k)));
}

/** Why a file or stored text is not a workbook this kit can open. Each code has a message in content/ui. */
export type WorkbookError =
  | { code: 'too-large'; bytes: number }
  | { code: 'empty' }
  | { code: 'not-json'; line?: number; column?: number }
  | { code: 'not-a-workbook' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-version' }
  | ({ code: 'invalid'; person?: string } & IssueFacts);

export type ReadResult =
  { ok: true; workbook: Workbook; migratedFrom?: number } | { ok: false; error: WorkbookError };

/**
 * The ids a workbook may use that come from the kit's content (roles) or its person vocabulary
 * (kinds of support, background attributes). The schema cannot know a fork's roles, so a file is
 * checked against them apart: an opened file naming a role this kit lacks is refused by name, where
 * the map would otherwise have nowhere to draw the person and the editor no way to show the role.
 */
export interface Vocabulary {
  roles: readonly string[];
}

const SUPPORT_IDS: readonly string[] = Object.values(SUPPORT_FUNCTIONS).flat();

/** The first id a workbook uses that the kit does not know, in the network or a snapshot. */
export function vocabularyIssue(workbook: Workbook, vocabulary: Vocabulary): IssueFacts | null {
  const roles = new Set(vocabulary.roles);
  const supports = new Set(SUPPORT_IDS);
  const backgrounds = new Set<string>(BACKGROUND_ATTRIBUTES);
  const networks: [(string | number)[], Workbook['network']][] = [
    [['network'], workbook.network],
    ...workbook.snapshots.map((s, i): [(string | number)[], Workbook['network']] => [
      ['snapshots', i, 'network'],
      s.network,
    ]),
  ];
  for (const [where, network] of networks)
    for (const [i, p] of network.people.entries()) {
      const check = (field: string, ids: readonly string[], known: Set<string>, detail: WorkbookIssue) => {
        const unknown = ids.filter((id) => !known.has(id));
        if (unknown.length === 0) return null;
        const at = [...where, 'people', i, field];
        return { path: at.join('.'), at, detail, names: unknown };
      };
      const found =
        check('roles', p.roles, roles, 'unknown-role') ??
        check('supports', p.supports ?? [], supports, 'unknown-support') ??
        check('background', Object.keys(p.background ?? {}), backgrounds, 'unknown-background');
      if (found) return found;
    }
  return null;
}

/** How a file's bytes were read: UTF-8 as the kit writes them, or a guess the participant is told about. */
export type FileEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

/**
 * A workbook file's bytes as text. The kit writes UTF-8; a file saved by an editor in UTF-16 (with its
 * byte order mark) is read as such, and bytes that are not UTF-8 at all are read as Windows-1252
 * (Latin-1's superset, what most Western editors save), so "é" stays "é" rather than "�", and the
 * caller tells the participant which guess was made.
 */
export function decodeWorkbookBytes(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
    return { text: new TextDecoder(a === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Reads a workbook from text (a file or stored data): parse, migrate, validate. Never half-reads.
 * With a vocabulary (an opened file), ids the kit does not know are refused too; stored data is read
 * without one, so that a fork's changed roles never make a participant's own data unreadable.
 */
export function readWorkbook(text: string, vocabulary?: Vocabulary): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large', bytes } };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch (e) {
    return { ok: false, error: { code: 'not-json', ...jsonErrorAt(trimmed, e) } };
  }
  const result = migrateAndValidate(doc);
  if (!result.ok || !vocabulary) return result;
  const unknown = vocabularyIssue(result.workbook, vocabulary);
  return unknown ? { ok: false, error: invalid(unknown, result.workbook) } : result;
}

/**
 * Where JSON.parse stopped, as a line and column, when the engine says (V8 and SpiderMonkey give a
 * position or a line and column in the message; the message itself is never shown).
 */
function jsonErrorAt(text: string, e: unknown): { line?: number; column?: number } {
  const message = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return {};
  const before = text.slice(0, Number(pos[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** An `invalid` error, with the name of the person it is about when there is one. */
function invalid(facts: IssueFacts, doc: unknown): WorkbookError {
  const at = facts.at;
  const i = at.indexOf('people');
  let node: unknown = doc;
  for (const key of i >= 0 ? at.slice(0, i + 2) : [])
    node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  // A name that is itself the problem (blank, too long, control codes) is not repeated back.
  const name =
    isPlainObject(node) && typeof node.name === 'string' && at[i + 2] !== 'name' && !nameProblem(node.name)
      ? node.name.slice(0, 100)
      : undefined;
  return { code: 'invalid', ...facts, ...(name ? { person: name } : {}) };
}

/** Migrates a parsed document to the current version and validates it. */
function migrateAndValidate(doc: unknown): ReadResult {
  if (!isPlainObject(doc) || !('schemaVersion' in doc))
    return { ok: false, error: { code: 'not-a-workbook' } };
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { code: 'bad-version' } };
  if (version > CURRENT_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  let current: Record<string, unknown> = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return { ok: false, error: { code: 'bad-version' } };
    current = migrate(current);
  }
  const result = workbookSchema.safeParse(current);
  if (!result.success) return { ok: false, error: invalid(firstIssue(result.error.issues), current) };
  return { ok: true, workbook: result.data, ...(version < CURRENT_VERSION ? { migratedFrom: version } : {}) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The workbook as file text: stable key order, readable indentation. */
export function writeWorkbook(workbook: Workbook): string {
  return JSON.stringify(workbook, null, 2) + '\n';
}

/** A download file name such as `mentoring-network-2026-11-26.mentoring-network.json`. */
export function workbookFileName(now = new Date()): string {
  return `mentoring-network-${now.toISOString().slice(0, 10)}${FILE_SUFFIX}`;
}
