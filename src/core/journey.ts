// The participant's path through the worksheets (content/journey.yaml): where a worksheet sits on it,
// and how far the participant has got with each worksheet, from what the workbook holds.
import { isEmptyAnswer } from './answers.ts';
import type { AnswerValue } from './workbook.ts';

/** A worksheet's place on the path: its number (from 1), the number of steps, and its neighbours. */
export interface Place {
  step: number;
  of: number;
  previous?: string | undefined;
  next?: string | undefined;
}

/** Where `slug` sits on the path `steps`, or `null` when the path leaves it out. */
export function placeOnPath(steps: readonly string[], slug: string): Place | null {
  const i = steps.indexOf(slug);
  if (i < 0) return null;
  return { step: i + 1, of: steps.length, previous: steps[i - 1], next: steps[i + 1] };
}

export type Progress = 'not-started' | 'started' | 'done';

/**
 * How far a worksheet is filled in. `fields` are the ids of its fields that keep an answer;
 * `network` is true when it also holds the map's people (a people field). Started: anything is
 * there. Done: every such field has an answer (one ticked box is an answer to a checklist) and, for
 * the map, at least one person is on it. A worksheet with nothing to answer is never started.
 */
export function progressOf(
  fields: readonly string[],
  network: boolean,
  answers: Readonly<Record<string, AnswerValue>> | undefined,
  people: number,
): Progress {
  const answered = fields.filter((id) => !isEmptyAnswer(answers?.[id])).length;
  const parts = fields.length + (network ? 1 : 0);
  const filled = answered + (network && people > 0 ? 1 : 0);
  if (parts === 0 || filled === 0) return 'not-started';
  return filled === parts ? 'done' : 'started';
}
