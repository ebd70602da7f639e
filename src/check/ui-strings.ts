// The interface strings (content/ui/<locale>.yaml) beyond their schema: keys the pages use but no
// locale has (the build would stop on the first page that asks), keys misspelt in one locale,
// `{placeholders}` a string fills that the page never gives (shown to participants as written),
// and a language named like another in the switcher. (Strings left untranslated: untranslated.ts.)
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { placeholderNames } from '../core/i18n.ts';
import { fieldTypes } from '../schemas/worksheet.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import type { Parsed } from './source.ts';

/** One locale's valid strings, as collections.ts readUi gives them. */
export interface LocaleStrings {
  file: string;
  parsed: Parsed;
  data: Record<string, string>;
}

type Strings = Map<string, LocaleStrings>;

/** The kit's own code, which the check reads to know which keys and placeholder names it uses. */
const srcDir = join(import.meta.dirname, '..');

/** What the code says about interface strings: the keys it asks for by name, and every identifier it has. */
export interface CodeWords {
  keys: Set<string>;
  identifiers: Set<string>;
}

let cached: Promise<CodeWords> | undefined;

/**
 * Reads src/ once: keys written whole as `t('nav.guides')` (keys built from data, such as
 * `analysis.system.${id}`, are checked where that data is), and the identifiers a placeholder's name
 * must be one of, since the page fills `{role}` from a value it names `role`.
 */
export function codeWords(dir = srcDir): Promise<CodeWords> {
  if (dir !== srcDir) return readCode(dir);
  cached ??= readCode(dir);
  return cached;
}

/** Keys the pages build from a schema's values rather than write whole: one per field type. */
const keysFromSchemas = () => fieldTypes.map(({ type }) => `fieldTypes.${type}`);

async function readCode(dir: string): Promise<CodeWords> {
  const keys = new Set<string>(keysFromSchemas());
  const identifiers = new Set<string>();
  const files = (await readdir(dir, { recursive: true })).filter((f) =>
    ['.ts', '.astro'].includes(extname(f)),
  );
  for (const file of files) {
    const code = await readFile(join(dir, file), 'utf8');
    for (const m of code.matchAll(/\bt\(\s*['"]([a-z][a-zA-Z0-9-]*(?:\.[a-z][a-zA-Z0-9-]*)+)['"]/g))
      keys.add(m[1]!);
    // Property names of object literals (`{ role: name }`, `{ n }`), with comments left out, which
    // quote placeholders as examples: the names a page can hand to a string.
    const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    for (const m of bare.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\s*(?=[:,}])/g)) identifiers.add(m[1]!);
  }
  return { keys, identifiers };
}

/** Edit distance (Levenshtein) of two short strings: how a misspelt key is matched to the right one. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Keys one locale has that no other has, matched with a key the others have and it lacks, at an
 * edit distance of at most 2: a misspelling, named as such in the locale that has it. Returns the
 * problems and the `locale key` pairs they explain (`* key` for the misspelt key in every locale).
 */
export function misspeltKeys(strings: Strings, code: CodeWords) {
  const problems: Problem[] = [];
  const explained = new Set<string>();
  const locales = [...strings.keys()];
  for (const [locale, own] of strings) {
    const others = locales.filter((l) => l !== locale);
    const theirs = new Set(others.flatMap((l) => Object.keys(strings.get(l)!.data)));
    const lacking = [...theirs].filter((k) => !(k in own.data));
    const extra = Object.keys(own.data).filter(
      (k) => (others.length ? !theirs.has(k) : true) && !code.keys.has(k),
    );
    for (const key of extra) {
      // With one locale only, the code's keys are the ones to match.
      const candidates = others.length ? lacking : [...code.keys].filter((k) => !(k in own.data));
      const meant = candidates
        .map((k) => ({ k, d: distance(k, key) }))
        .filter(({ d }) => d <= 2)
        .sort((a, b) => a.d - b.d)[0]?.k;
      if (!meant) continue;
      problems.push({
        file: own.file,
        line: own.parsed.lineOf([key]),
        field: key,
        message: messages.misspeltUiKey({
          key,
          meant,
          others: others.length
            ? others
                .filter((l) => meant in strings.get(l)!.data)
                .map((l) => `ui/${l}.yaml`)
                .join(' and ')
            : "the kit's pages use",
        }),
      });
      explained.add(`${locale} ${meant}`).add(`* ${key}`);
    }
  }
  return { problems, explained };
}

/** Keys the code asks for by name that no locale has: deleted everywhere, the build would stop. */
export function keysInNoLocale(strings: Strings, code: CodeWords, explained: ReadonlySet<string>): Problem[] {
  const first = [...strings.values()][0];
  if (!first) return [];
  const locales = [...strings.keys()];
  return [...code.keys]
    .filter((key) => locales.every((l) => !(key in strings.get(l)!.data)))
    .filter((key) => !locales.some((l) => explained.has(`${l} ${key}`)))
    .sort()
    .map((key) => ({ file: first.file, field: key, message: messages.uiKeyInNoLocale({ locales }) }));
}

/**
 * Placeholders must be ones the page fills. A name no other locale's string has and the code never
 * names is a typo (`{rol}` for `{role}`), named in the locale that has it with the name the others use;
 * a name the other locales fill that this one lacks is reported once no typo explains it.
 */
export function placeholderProblems(strings: Strings, code: CodeWords): Problem[] {
  const problems: Problem[] = [];
  const locales = [...strings.keys()];
  const keys = new Set(locales.flatMap((l) => Object.keys(strings.get(l)!.data)));
  for (const key of keys) {
    const names = new Map(
      locales
        .filter((l) => key in strings.get(l)!.data)
        .map((l) => [l, placeholderNames(strings.get(l)!.data[key]!)] as const),
    );
    for (const [locale, own] of names) {
      const at = {
        file: strings.get(locale)!.file,
        line: strings.get(locale)!.parsed.lineOf([key]),
        field: key,
      };
      const others = [...names].filter(([l]) => l !== locale).map(([, n]) => n);
      if (!others.length) continue; // with nothing to compare with, the code's names alone are too few to judge
      const elsewhere = new Set(others.flatMap((n) => [...n]));
      const lacking = [...elsewhere].filter((n) => !own.has(n) && code.identifiers.has(n));
      // A name only this locale has is a typo when the code never names it, or when it stands where
      // the first locale (the one translated from) has a name the code does give.
      const unknown = [...own].filter(
        (n) =>
          !elsewhere.has(n) && (!code.identifiers.has(n) || (locale !== locales[0] && lacking.length > 0)),
      );
      for (const name of unknown)
        problems.push({
          ...at,
          message: messages.unknownPlaceholder({ name, expected: lacking.map((n) => `{${n}}`).join(' or ') }),
        });
      if (unknown.length) continue;
      // A name every other locale fills (and the code knows) that this one dropped.
      // (A count only choosing a plural form is no value shown: a language may not need it.)
      const shown = (l: string) => placeholderNames(strings.get(l)!.data[key]!, { counts: false });
      const otherLocales = [...names.keys()].filter((l) => l !== locale);
      for (const name of lacking.filter((n) => otherLocales.every((l) => shown(l).has(n)))) {
        const other = [...names].find(([l, n]) => l !== locale && n.has(name))![0];
        problems.push({ ...at, message: messages.missingPlaceholder({ name, other }) });
      }
    }
  }
  return problems;
}

/** Each locale's `locale.name` is its own: the switcher lists them side by side. */
export function localeNames(strings: Strings): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const [locale, { file, parsed, data }] of strings) {
    const name = data['locale.name'];
    if (name === undefined) continue;
    const other = seen.get(name.trim().toLowerCase());
    if (other)
      problems.push({
        file,
        line: parsed.lineOf(['locale.name']),
        field: 'locale.name',
        message: messages.localeNameTaken({ name, other }),
      });
    else seen.set(name.trim().toLowerCase(), locale);
  }
  return problems;
}
