// What an answer is, whatever its field: how long a text may be, the reasons an answer may not fit
// its field, and when it counts as empty. What fits each field type is in core/field-kinds.ts.
import type { AnswerValue } from './workbook.ts';

/** Why an answer does not fit its field; each code has a message in content/ui (`answer.<code>`). */
export type AnswerProblem =
  'wrong-type' | 'too-long' | 'bad-date' | 'unknown-option' | 'out-of-range' | 'too-many';

/** Longest text answers, in characters. */
export const MAX_SHORT = 500;
export const MAX_LONG = 20_000;

/** Whether an answer is empty (and so is not stored). */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
