// What each worksheet field type does, in one table: where its answer is kept, how the page holds
// it, whether it prints on a blank form and in a filled PDF, and what a valid answer is. The form
// (islands/worksheet-form.ts), the blank and filled PDFs (render/pdf/blank.ts, render/pdf/filled.ts)
// and the answer check all read it; the PDFs' drawing per kind stays in render/pdf, keyed by the
// same types. The types themselves are declared by the worksheet schema (schemas/worksheet.ts).
import { isIsoDate } from './ics.ts';
import { MAX_LONG, MAX_SHORT, type AnswerProblem } from './answers.ts';
import type { AnswerValue } from './workbook.ts';
import type { FieldType } from '../schemas/worksheet.ts';

/**
 * The parts of a field of type K that decide what its answer may be. Structural, so that the form
 * can read them from its markup and content fields fit them as they are.
 */
export type FieldShape<K extends FieldType = FieldType> = K extends FieldType
  ? { type: K } & (K extends 'single-choice' | 'multiple-choice'
      ? { options: readonly { id: string }[] }
      : K extends 'checklist'
        ? { items: readonly { id: string }[] }
        : K extends 'rating'
          ? { levels: readonly unknown[] }
          : K extends 'list'
            ? { max: number }
            : K extends 'table'
              ? { max: number; columns: readonly { id: string }[] }
              : unknown)
  : never;

export interface FieldKind<K extends FieldType> {
  /**
   * Where what the field shows is kept: with the worksheet's answers, in the workbook's network
   * (the people field edits it, the findings field reads it), or nowhere (a tool on screen).
   */
  stores: 'answer' | 'network' | 'nothing';
  /**
   * How the page holds it (components/worksheet/): one text box, boxes to tick, rows to add,
   * buttons that store nothing, or an island of its own that works on the network.
   */
  screen: 'text' | 'choice' | 'rows' | 'tool' | 'network';
  /** Printed on the blank, fillable PDF (a form field to write in, or the people grid). */
  blank: boolean;
  /** Printed in a filled PDF (one worksheet with its answers, the report). */
  filled: boolean;
  /** Why a non-empty answer does not fit the field, or `null` when it fits. */
  problem: (field: FieldShape<K>, value: AnswerValue) => AnswerProblem | null;
}

const text =
  (max: number) =>
  (_field: unknown, value: AnswerValue): AnswerProblem | null =>
    typeof value !== 'string' ? 'wrong-type' : value.length > max ? 'too-long' : null;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const someOf = (ids: readonly { id: string }[], value: AnswerValue): AnswerProblem | null => {
  if (!isStringArray(value)) return 'wrong-type';
  const known = new Set(ids.map((o) => o.id));
  return value.every((v) => known.has(v)) ? null : 'unknown-option';
};

/** Fields that store nothing with the answers: anything found under their id is not theirs. */
const storesNothing = (): AnswerProblem => 'wrong-type';

/** Every field type, with what it does. A type added to the schema without a row here fails to compile. */
export const FIELD_KINDS = {
  'short-text': { stores: 'answer', screen: 'text', blank: true, filled: true, problem: text(MAX_SHORT) },
  'long-text': { stores: 'answer', screen: 'text', blank: true, filled: true, problem: text(MAX_LONG) },
  composer: { stores: 'answer', screen: 'text', blank: true, filled: true, problem: text(MAX_LONG) },
  date: {
    stores: 'answer',
    screen: 'text',
    blank: true,
    filled: true,
    problem: (_f, value) => (typeof value !== 'string' ? 'wrong-type' : isIsoDate(value) ? null : 'bad-date'),
  },
  'single-choice': {
    stores: 'answer',
    screen: 'choice',
    blank: true,
    filled: true,
    problem: (f, value) =>
      typeof value !== 'string'
        ? 'wrong-type'
        : f.options.some((o) => o.id === value)
          ? null
          : 'unknown-option',
  },
  'multiple-choice': {
    stores: 'answer',
    screen: 'choice',
    blank: true,
    filled: true,
    problem: (f, value) => someOf(f.options, value),
  },
  checklist: {
    stores: 'answer',
    screen: 'choice',
    blank: true,
    filled: true,
    problem: (f, value) => someOf(f.items, value),
  },
  rating: {
    stores: 'answer',
    screen: 'choice',
    blank: true,
    filled: true,
    problem: (f, value) =>
      typeof value !== 'number'
        ? 'wrong-type'
        : Number.isInteger(value) && value >= 1 && value <= f.levels.length
          ? null
          : 'out-of-range',
  },
  list: {
    stores: 'answer',
    screen: 'rows',
    blank: true,
    filled: true,
    problem: (f, value) => {
      if (!isStringArray(value)) return 'wrong-type';
      return value.length > f.max ? 'too-many' : value.some((v) => v.length > MAX_SHORT) ? 'too-long' : null;
    },
  },
  table: {
    stores: 'answer',
    screen: 'rows',
    blank: true,
    filled: true,
    problem: (f, value) => {
      if (
        !Array.isArray(value) ||
        !value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
      )
        return 'wrong-type';
      const columns = new Set(f.columns.map((c) => c.id));
      const rows = value as Record<string, string>[];
      if (rows.length > f.max) return 'too-many';
      return rows.every((r) => Object.keys(r).every((k) => columns.has(k))) ? null : 'unknown-option';
    },
  },
  timer: { stores: 'nothing', screen: 'tool', blank: false, filled: false, problem: storesNothing },
  reminder: { stores: 'nothing', screen: 'tool', blank: false, filled: false, problem: storesNothing },
  // On paper the people are listed in a grid, with an empty map to draw on.
  people: { stores: 'network', screen: 'network', blank: true, filled: true, problem: storesNothing },
  // Findings need the analysis, so a blank form has nothing to print for them.
  findings: { stores: 'network', screen: 'network', blank: false, filled: true, problem: storesNothing },
  // Made on screen for the facilitator, never printed: the findings already print the map's picture.
  'anonymous-summary': {
    stores: 'network',
    screen: 'network',
    blank: false,
    filled: false,
    problem: storesNothing,
  },
} as const satisfies { readonly [K in FieldType]: FieldKind<K> };

type Kinds = typeof FIELD_KINDS;

/** Every field type, in the table's order. */
export const FIELD_TYPES = Object.keys(FIELD_KINDS) as FieldType[];

/** The field types printed on a blank form; render/pdf/blank.ts draws each of them. */
export type BlankType = { [K in FieldType]: Kinds[K]['blank'] extends true ? K : never }[FieldType];

/** The field types printed in a filled PDF; render/pdf/filled.ts draws each of them. */
export type FilledType = { [K in FieldType]: Kinds[K]['filled'] extends true ? K : never }[FieldType];

/** The field types whose answers are kept with the worksheet's answers. */
export type AnswerType = { [K in FieldType]: Kinds[K]['stores'] extends 'answer' ? K : never }[FieldType];

/** A field printed on a blank form. */
export const printsBlank = <F extends { type: FieldType }>(
  field: F,
): field is Extract<F, { type: BlankType }> => FIELD_KINDS[field.type].blank;

/** A field printed in a filled PDF. */
export const printsFilled = <F extends { type: FieldType }>(
  field: F,
): field is Extract<F, { type: FilledType }> => FIELD_KINDS[field.type].filled;

/** A field that exists only on screen: it stores nothing and prints nowhere. */
export const isScreenOnly = (type: FieldType): boolean =>
  !FIELD_KINDS[type].blank && !FIELD_KINDS[type].filled;

/**
 * Checks one answer against its field; `null` means it fits. Empty answers always fit. The form shows
 * the problem beside the field, and an answer restored from a workbook that no longer fits the
 * current worksheet is kept in the workbook but not shown.
 */
export function answerProblem(field: FieldShape, value: AnswerValue | undefined): AnswerProblem | null {
  if (value === undefined || value === '') return null;
  // TypeScript cannot tie the row to the field's own type through the union; the key makes it so.
  const problem = FIELD_KINDS[field.type].problem as (f: FieldShape, v: AnswerValue) => AnswerProblem | null;
  return problem(field, value);
}
