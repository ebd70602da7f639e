// The workbook: everything a participant enters, as one JSON document. Pure: runs in the browser
// (through the islands) and in Node (tests, JSON Schema). zod/mini keeps the browser bundle small.
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids.ts';
import { CLOSENESS, SOURCES, STAGES, STATUSES } from './person.ts';
import { firstIssue, type WorkbookIssue } from './workbook-issue.ts';

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

/** A person in the participant's network (filled in by the network-map worksheet). */
const personSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  /** "Shown as": a pseudonym drawn instead of initials when the participant shows initials only. */
  alias: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
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
    z.refine((wb) => new Set(wb.network.people.map((p) => p.id)).size === wb.network.people.length, {
      message: 'two people share an id',
      path: ['network', 'people'],
      params: { code: 'duplicate-id' satisfies WorkbookIssue },
    }),
    z.refine(
      (wb) => {
        const ids = new Set(wb.network.people.map((p) => p.id));
        return wb.network.ties.every(([a, b]) => a !== b && ids.has(a) && ids.has(b));
      },
      {
        message: 'a tie names a person who is not in the network, or ties a person to themselves',
        path: ['network', 'ties'],
        params: { code: 'bad-tie' satisfies WorkbookIssue },
      },
    ),
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
  | { code: 'not-json' }
  | { code: 'not-a-workbook' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-version' }
  | { code: 'invalid'; path: string; detail: WorkbookIssue };

export type ReadResult =
  { ok: true; workbook: Workbook; migratedFrom?: number } | { ok: false; error: WorkbookError };

/** Reads a workbook from text (a file or stored data): parse, migrate, validate. Never half-reads. */
export function readWorkbook(text: string): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large', bytes } };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  return migrateAndValidate(doc);
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
  if (!result.success) {
    return { ok: false, error: { code: 'invalid', ...firstIssue(result.error.issues) } };
  }
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
