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

/**
 * The words a content file lists for initials to leave out (titles such as "Dr." or "Prof.",
 * post-nominals, "bin"): `person.initials.skip` in content/ui, separated by commas. A word matches
 * whatever its case and its dots ("dr", "Dr.", "DR" all match "Dr.").
 */
export const skipWords = (list: string): string[] =>
  list
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

const bare = (word: string) =>
  word
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[.'"\u05F3\u05F4]/gu, '');

// Scripts without letter case need their own idea of an initial:
// - Chinese, Japanese and Korean names are a few characters, one syllable each, family name first
//   and often without spaces; people abbreviate by the family name, and two characters would be
//   half the name. Their initials are the name's first character (李小龍 → 李).
// - Arabic letters join: two first letters side by side read as a word (م and ع make مع, "with").
//   Arabic abbreviations separate letters with dots (ص.ب), so initials do too (محمد علي → م.ع), and
//   the article ال is not a name's initial (الفيصل → ف).
// - Devanagari and the other Brahmic scripts write a syllable as one cluster (a consonant with its
//   vowel sign or a conjunct): an initial is the word's first cluster, never half of one, dotted
//   as their abbreviations are (अनीता शर्मा → अ.श). Thai abbreviations are dotted consonants: a
//   word's first consonant, without the vowel written before it or the marks above (สมชาย ใจดี → ส.จ).
// - Hebrew abbreviations mark the last letter with gershayim (דנה כהן → ד״כ).
// - Cased scripts (Latin, Greek, Cyrillic, …) take each word's first letter, upper case (AMR).
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ARABIC = /^\p{Script=Arabic}/u;
const HEBREW = /^\p{Script=Hebrew}/u;
const DOTTED =
  /^[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}]/u;
const THAI_LEADING_VOWEL = /^[\u0E40-\u0E44]/u;

let graphemes: Intl.Segmenter | undefined;
function firstGrapheme(word: string): string {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(word)) return segment;
  return '';
}

/** A word's initial: its first grapheme from its first letter, as its script abbreviates. */
function initialOf(word: string): string {
  let w = word.replace(/^[^\p{L}]+/u, '');
  if (ARABIC.test(w) && /^(ال|أل)\p{L}{2}/u.test(w)) w = w.slice(2);
  // A Thai initial is the consonant alone, without the vowel or tone marks written over it.
  if (/^\p{Script=Thai}/u.test(w))
    return String.fromCodePoint(w.replace(THAI_LEADING_VOWEL, '').codePointAt(0)!);
  const first = firstGrapheme(w);
  return first.toLocaleUpperCase() === first.toLocaleLowerCase() ? first : first.toLocaleUpperCase();
}

/**
 * Initials of a name, in any script (see above for scripts without letter case): up to three, from
 * the name's words, leaving out the words in `skip` (titles such as "Dr.") and, in a name written
 * with capitals, its lower-case particles ("Ludwig van Beethoven" → "LB"). A name made only of
 * skipped words keeps them; a name without a letter gives "?".
 */
export function initials(name: string, skip: readonly string[] = []): string {
  const titles = new Set(skip.map(bare));
  // Words part at spaces, hyphens and punctuation. A title is matched with its dots ("Ph.D."); then
  // dots part what is left ("J.R.R. Tolkien" has four words).
  const byDots = (w: string) => w.split('.').filter((part) => /\p{L}/u.test(part));
  const words = name
    .normalize('NFC')
    .split(/[\s\-‐‑–—_,;:/()]+/u)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const named = words.filter((w) => !titles.has(bare(w))).flatMap(byDots);
  const candidates = named.length > 0 ? named : words.flatMap(byDots);
  const first = candidates[0]!.replace(/^[^\p{L}]+/u, '');
  if (CJK.test(first)) return firstGrapheme(first);
  const capitalised = candidates.some((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
  const kept = capitalised ? candidates.filter((w) => !/^[^\p{L}]*\p{Ll}/u.test(w)) : candidates;
  const chosen = kept.slice(0, 3).map(initialOf);
  if (HEBREW.test(chosen[0]!) && chosen.length > 1) return `${chosen.slice(0, -1).join('')}״${chosen.at(-1)}`;
  return chosen.join(DOTTED.test(chosen[0]!) ? '.' : '');
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
