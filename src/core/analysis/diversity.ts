// Heterogeneity of one background attribute among your people (Blau 1977; Agresti & Agresti 1978).
// Only answers count: an empty value or "prefer not to say" is no category.
import { PREFER_NOT_TO_SAY } from '../person.ts';

export type Diversity =
  | { status: 'ok'; answers: number; categories: number; blau: number; iqv: number }
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
 * Diversity of the given values. Free-text answers are grouped case- and space-insensitively.
 * K, the number of possible categories, is the number seen unless the caller knows more.
 */
export function diversity(
  values: readonly (string | undefined)[],
  minimumAnswers: number,
  possibleCategories?: number,
): Diversity {
  const answers = values
    .map((v) => (v ?? '').trim())
    .filter((v) => v !== '' && v !== PREFER_NOT_TO_SAY)
    .map((v) => v.toLocaleLowerCase().replace(/\s+/g, ' '));
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
    blau: blau(shares),
    iqv: iqv(shares, k),
  };
}
