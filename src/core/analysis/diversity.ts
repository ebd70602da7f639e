// Heterogeneity of one background attribute among your people (Blau 1977; Agresti & Agresti 1978).
// Only answers count: an empty value or "prefer not to say" (ticked, or typed in words the content
// lists) is no category. docs/analysis.md#blau-index-and-iqv states the rule.
import { PREFER_NOT_TO_SAY } from '../person.ts';

export type Diversity =
  | {
      status: 'ok';
      answers: number;
      /** Groups the answers fall in. */
      categories: number;
      /** K, the groups possible: from content where it says, otherwise the groups seen. */
      possible: number;
      /** Whether K came from content. */
      known: boolean;
      blau: number;
      /** Blau's largest value with K groups: 1 − 1/K. */
      blauMax: number;
      iqv: number;
    }
  | { status: 'not-enough'; answers: number; minimum: number };

/** Blau's index: 1 − Σ p_k². */
export function blau(shares: readonly number[]): number {
  return 1 - shares.reduce((s, p) => s + p * p, 0);
}

/** Index of qualitative variation: Blau normalised by its maximum for K categories, K/(K−1) · Blau; 0 when K < 2. */
export function iqv(shares: readonly number[], possibleCategories: number): number {
  return possibleCategories < 2 ? 0 : (possibleCategories / (possibleCategories - 1)) * blau(shares);
}

/**
 * The form two typed answers share when a person would call them the same: Unicode NFC (a composed
 * and a decomposed "é" are one letter), lower case and single spaces.
 */
export function groupKey(value: string): string {
  return value.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Whether a value is an answer: not empty, not "prefer not to say" ticked or typed. */
export function isAnswer(value: string | undefined, declined: ReadonlySet<string> = new Set()): boolean {
  const key = groupKey(value ?? '');
  return key !== '' && value !== PREFER_NOT_TO_SAY && !declined.has(key);
}

/**
 * Diversity of the given values. Free-text answers are grouped by `groupKey`; `declined` holds
 * typed forms of "prefer not to say" (already through `groupKey`). K, the number of possible
 * categories, is the number seen unless content says more.
 */
export function diversity(
  values: readonly (string | undefined)[],
  minimumAnswers: number,
  possibleCategories?: number,
  declined: ReadonlySet<string> = new Set(),
): Diversity {
  const answers = values.filter((v): v is string => isAnswer(v, declined)).map(groupKey);
  if (answers.length < minimumAnswers)
    return { status: 'not-enough', answers: answers.length, minimum: minimumAnswers };
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  const shares = [...counts.values()].map((c) => c / answers.length);
  const k = Math.max(possibleCategories ?? counts.size, counts.size);
  return {
    status: 'ok',
    answers: answers.length,
    categories: counts.size,
    possible: k,
    known: possibleCategories !== undefined && possibleCategories >= counts.size,
    blau: blau(shares),
    blauMax: 1 - 1 / k,
    iqv: iqv(shares, k),
  };
}
