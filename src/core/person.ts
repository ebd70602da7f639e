// The person vocabulary: every field of a person in the network that has a fixed set of values,
// in the order the kit shows them, with its default. The workbook's schema, the map, the analysis,
// the renderers and the forms all take their lists from here; labels live in content/ui
// (`person.<field>.<value>`), so a fork translates them without touching this file.

/** How close a person is, innermost ring first. Unanswered counts as distant (the weakest claim). */
export const CLOSENESS = ['close', 'moderate', 'distant'] as const;
export type Closeness = (typeof CLOSENESS)[number];
export const DEFAULT_CLOSENESS: Closeness = 'distant';

/** Where a person comes from, from nearest to farthest from the participant's home unit. */
export const SOURCES = ['department', 'institution', 'external', 'personal'] as const;
export type Source = (typeof SOURCES)[number];

/** A person's career stage relative to the participant. */
export const STAGES = ['above', 'same', 'below'] as const;
export type Stage = (typeof STAGES)[number];

/** Initials of a name, in any script: the first letter of up to three words ("Ana María Ruiz" → "AMR"). */
export function initials(name: string): string {
  const words = name.split(/[\s\-‐.]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  // A single word in a script without spaces (e.g. Chinese) keeps its first character only.
  return words
    .slice(0, 3)
    .map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0]!.toLocaleUpperCase())
    .join('');
}

/** Whether a person supports the participant now, or is someone they plan to approach. */
export const STATUSES = ['current', 'potential'] as const;
export type Status = (typeof STATUSES)[number];
export const DEFAULT_STATUS: Status = 'current';

/** Kram's (1985) mentoring functions, the kinds of support a person can give. */
export const SUPPORT_FUNCTIONS = {
  career: ['sponsorship', 'exposure', 'coaching', 'protection', 'challenging'],
  psychosocial: ['role-modelling', 'acceptance', 'counselling', 'friendship'],
} as const;

/** Background attributes the diversity analysis can use; each may be left out or declined. */
export const BACKGROUND_ATTRIBUTES = ['gender', 'ethnicity', 'focus', 'degree'] as const;
export type BackgroundAttribute = (typeof BACKGROUND_ATTRIBUTES)[number];

/** Stored instead of a value when the participant prefers not to say. */
export const PREFER_NOT_TO_SAY = ':prefer-not-to-say';

/** A person's closeness, with the default for an unanswered one. */
export const closenessOf = (person: { closeness?: Closeness | undefined }): Closeness =>
  person.closeness ?? DEFAULT_CLOSENESS;

/** Whether a person is a plan (a potential mentor), not someone who supports the participant now. */
export const isPlanned = (person: { status?: Status | undefined }): boolean => person.status === 'potential';

/** A new person id: short, random, and valid as a workbook id. */
export function newPersonId(random: () => string = () => crypto.randomUUID()): string {
  return `p-${random().replace(/-/g, '').slice(0, 10).toLowerCase()}`;
}
