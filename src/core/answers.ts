// What a valid answer is for each field type. Used by the form (error text) and when restoring a
// workbook against the current worksheets (an answer that no longer fits is kept, not shown).
import { isIsoDate } from './ics.ts';
import type { AnswerValue } from './workbook.ts';

/** The parts of a worksheet field that decide what its answer may be (structurally, so core stays free of content types). */
export type FieldShape =
  | { type: 'short-text' | 'composer' }
  | { type: 'long-text' }
  | { type: 'date' }
  | { type: 'single-choice' | 'multiple-choice'; options: readonly { id: string }[] }
  | { type: 'checklist'; items: readonly { id: string }[] }
  | { type: 'rating'; levels: readonly unknown[] }
  | { type: 'list'; max: number }
  | { type: 'table'; max: number; columns: readonly { id: string }[] }
  | { type: 'timer' | 'reminder' };

/** Why an answer does not fit its field; each code has a message in content/ui (`answer.<code>`). */
export type AnswerProblem =
  'wrong-type' | 'too-long' | 'bad-date' | 'unknown-option' | 'out-of-range' | 'too-many';

/** Longest text answers, in characters. */
export const MAX_SHORT = 500;
export const MAX_LONG = 20_000;

/** Checks one answer against its field; `null` means it fits. Empty answers always fit. */
export function answerProblem(field: FieldShape, value: AnswerValue | undefined): AnswerProblem | null {
  if (value === undefined || value === '') return null;
  switch (field.type) {
    case 'short-text':
      return typeof value !== 'string' ? 'wrong-type' : value.length > MAX_SHORT ? 'too-long' : null;
    case 'long-text':
    case 'composer':
      return typeof value !== 'string' ? 'wrong-type' : value.length > MAX_LONG ? 'too-long' : null;
    case 'date':
      return typeof value !== 'string' ? 'wrong-type' : isIsoDate(value) ? null : 'bad-date';
    case 'single-choice':
      return typeof value !== 'string'
        ? 'wrong-type'
        : field.options.some((o) => o.id === value)
          ? null
          : 'unknown-option';
    case 'multiple-choice':
    case 'checklist': {
      if (!isStringArray(value)) return 'wrong-type';
      const ids = new Set((field.type === 'checklist' ? field.items : field.options).map((o) => o.id));
      return value.every((v) => ids.has(v)) ? null : 'unknown-option';
    }
    case 'rating':
      return typeof value !== 'number'
        ? 'wrong-type'
        : Number.isInteger(value) && value >= 1 && value <= field.levels.length
          ? null
          : 'out-of-range';
    case 'list':
      if (!isStringArray(value)) return 'wrong-type';
      return value.length > field.max
        ? 'too-many'
        : value.some((v) => v.length > MAX_SHORT)
          ? 'too-long'
          : null;
    case 'table': {
      if (
        !Array.isArray(value) ||
        !value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
      )
        return 'wrong-type';
      const columns = new Set(field.columns.map((c) => c.id));
      const rows = value as Record<string, string>[];
      if (rows.length > field.max) return 'too-many';
      return rows.every((r) => Object.keys(r).every((k) => columns.has(k))) ? null : 'unknown-option';
    }
    case 'timer':
    case 'reminder':
      return 'wrong-type'; // these store nothing
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Whether an answer is empty (and so is not stored). */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
