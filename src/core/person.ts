// Vocabulary of a person in the network: ids stored in workbooks (labels live in content/ui).

/** Kram's (1985) mentoring functions, the kinds of support a person can give. */
export const SUPPORT_FUNCTIONS = {
  career: ['sponsorship', 'exposure', 'coaching', 'protection', 'challenging'],
  psychosocial: ['role-modelling', 'acceptance', 'counselling', 'friendship'],
} as const;

/** Background attributes the diversity analysis can use; each may be left out or declined. */
export const BACKGROUND_ATTRIBUTES = ['gender', 'ethnicity', 'focus', 'degree'] as const;

/** Stored instead of a value when the participant prefers not to say. */
export const PREFER_NOT_TO_SAY = ':prefer-not-to-say';

/** A new person id: short, random, and valid as a workbook id. */
export function newPersonId(random: () => string = () => crypto.randomUUID()): string {
  return `p-${random().replace(/-/g, '').slice(0, 10).toLowerCase()}`;
}
