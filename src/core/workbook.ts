// The workbook: everything a participant enters, as one JSON document. Pure: runs in the browser
// (through the islands) and in Node (tests, JSON Schema). Its one validator, the zod schema, lives
// in core/workbook-schema.ts, which the browser loads only when something must be checked (an
// opened file, a save, stored data not yet known to be valid): here are the types, the migrations
// and what the page needs up front.
import type * as z from 'zod/mini';
import { BACKGROUND_ATTRIBUTES, SUPPORT_FUNCTIONS } from './person.ts';
import type { IssueFacts, WorkbookIssue } from './workbook-issue.ts';
import type { answerValue, personSchema, workbookSchema } from './workbook-schema.ts';

/** The version this code writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_VERSION = 3;

/** Largest workbook file accepted, in bytes: far above a real one, small enough to refuse junk fast. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most people a network may hold. */
export const MAX_PEOPLE = 500;

/** File name suffix of a downloaded workbook. */
const FILE_SUFFIX = '.mentoring-network.json';

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

export type Workbook = z.infer<typeof workbookSchema>;
export type Person = z.infer<typeof personSchema>;
/** One answer: text (and dates, choices), several ids, a level, or table rows. */
export type AnswerValue = z.infer<typeof answerValue>;

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
 * Names the rules of the workbook schema (core/workbook-schema.ts): the digest of its JSON Schema,
 * kept here so that a page can use it without loading the schema. A stored workbook's `checked`
 * digest includes it, so data checked under other rules is checked again; a unit test fails when the
 * schema changes and this is not updated (test/unit/workbook-schema.test.ts).
 */
export const SCHEMA_FINGERPRINT = '1a1bwzyq30a';

/**
 * A digest of text (53-bit cyrb53, not a cryptographic hash: it tells the text the validator
 * accepted from any other, such as data changed by hand or damaged, not from a forgery, and nothing
 * trusts it for more than that).
 */
export function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The digest a stored workbook's JSON text carries once the validator accepted it, under this version and these rules. */
export const checkedDigest = (text: string) => digest(`${CURRENT_VERSION}:${SCHEMA_FINGERPRINT}:${text}`);

/** The workbook as file text: stable key order, readable indentation. */
export function writeWorkbook(workbook: Workbook): string {
  return JSON.stringify(workbook, null, 2) + '\n';
}

/** A download file name such as `mentoring-network-2026-11-26.mentoring-network.json`. */
export function workbookFileName(now = new Date()): string {
  return `mentoring-network-${now.toISOString().slice(0, 10)}${FILE_SUFFIX}`;
}
