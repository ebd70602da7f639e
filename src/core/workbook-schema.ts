// The workbook's one validator (DESIGN.md: one validator for import, load and save): the zod schema
// of the workbook document, the JSON Schema published in dist/ is made from it, and what reads a
// workbook from text (an opened file, stored data) runs it. In the browser this module loads on
// demand (islands/store.ts): zod is most of its weight, and a page does not need it to show what it
// stored itself after this schema accepted it.
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids.ts';
import { CLOSENESS, SOURCES, STAGES, STATUSES } from './person.ts';
import {
  CURRENT_VERSION,
  MAX_FILE_BYTES,
  MAX_PEOPLE,
  migrations,
  nameProblem,
  vocabularyIssue,
  type ReadResult,
  type Vocabulary,
  type Workbook,
  type WorkbookError,
} from './workbook.ts';
import { firstIssue, type IssueFacts, type WorkbookIssue } from './workbook-issue.ts';

const id = z.string().check(z.regex(ID_PATTERN));
const isoTime = z.iso.datetime({ offset: true });
const cell = z.string().check(z.maxLength(2000));

/** One answer: text (and dates, choices), several ids, a level, or table rows. */
export const answerValue = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number().check(z.int(), z.gte(0), z.lte(100)),
  z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(200)),
  z.array(z.record(id, cell)).check(z.maxLength(100)),
]);

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
export const personSchema = z.strictObject({
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

/** The schema as JSON Schema (published as /workbook.schema.json, and fingerprinted in core/workbook.ts). */
export const workbookJsonSchema = () =>
  z.toJSONSchema(workbookSchema, { target: 'draft-2020-12', unrepresentable: 'any' });

/** What the schema refuses first in `workbook` (a workbook about to be saved), or `null` when it passes. */
export function workbookProblem(workbook: Workbook): IssueFacts | null {
  const checked = workbookSchema.safeParse(workbook);
  return checked.success ? null : firstIssue(checked.error.issues);
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
