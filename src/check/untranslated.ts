// Text a later locale left in the first locale's words: a copied file not yet translated. Warnings,
// not errors, because some text does read the same in two languages (a name, "PDF"); a file left
// wholly untranslated is one warning, not hundreds.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectionName } from './collections.ts';
import { perLocale } from './collections.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import type { ContentFolder, Parsed } from './source.ts';
import type { LocaleStrings } from './ui-strings.ts';
import { dotted } from './zod-problems.ts';

/** Text with words to translate: two or more words of three letters or more, placeholders aside. */
export function hasWords(text: string): boolean {
  const words = text.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [];
  return words.length >= 2;
}

/** How many untranslated strings are named one by one; beyond, the file gets one warning. */
const namedOneByOne = 5;

/**
 * Strings of a later locale word for word the same as the first locale's: a warning, because some
 * text does read the same, but a copied file left in English is the common case. Many in one file
 * are one warning, not hundreds.
 */
export function untranslatedStrings(strings: Map<string, LocaleStrings>): Problem[] {
  const [first, ...rest] = [...strings];
  if (!first) return [];
  const [from, reference] = first;
  const problems: Problem[] = [];
  for (const [, { file, parsed, data }] of rest) {
    const same = Object.keys(data).filter(
      (key) => key !== 'locale.name' && data[key] === reference.data[key] && hasWords(data[key]!),
    );
    if (same.length > namedOneByOne)
      problems.push({
        file,
        severity: 'warning',
        message: messages.untranslatedMany({ n: same.length, from, examples: same.slice(0, 3).join(', ') }),
      });
    else
      for (const key of same)
        problems.push({
          file,
          line: parsed.lineOf([key]),
          field: key,
          severity: 'warning',
          message: messages.untranslated({ from }),
        });
  }
  return problems;
}

/** Warnings for one file: each text by its field, or one for the file when there are many. */
function warn(file: string, from: string, found: { field: string; line?: number | undefined }[]): Problem[] {
  if (found.length > namedOneByOne)
    return [
      {
        file,
        severity: 'warning',
        message: messages.untranslatedMany({
          n: found.length,
          from,
          examples: found
            .slice(0, 3)
            .map((f) => f.field)
            .join(', '),
        }),
      },
    ];
  return found.map((f) => ({
    file,
    ...f,
    severity: 'warning' as const,
    message: messages.untranslated({ from }),
  }));
}

/**
 * Texts given per locale inside one file (kit.yaml, roles.yaml, factors.yaml: `{ en: …, es: … }`)
 * whose later locales repeat the first locale's words.
 */
export function untranslatedTexts(file: string, parsed: Parsed, locales: readonly string[]): Problem[] {
  const [from, ...rest] = locales;
  if (!from || !rest.length) return [];
  const found: { field: string; line?: number | undefined }[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    const entries = value as Record<string, unknown>;
    const text = entries[from];
    if (typeof text === 'string' && hasWords(text)) {
      for (const locale of rest)
        if (entries[locale] === text)
          found.push({ field: dotted([...path, locale]), line: parsed.lineOf([...path, locale]) });
      return;
    }
    for (const [k, v] of Object.entries(entries)) visit(v, [...path, k]);
  };
  visit(parsed.data, []);
  return warn(file, from, found);
}

/** A page of a later locale that is a byte-for-byte copy of the first locale's. */
export async function untranslatedFiles(
  content: ContentFolder,
  name: CollectionName,
  slugs: Map<string, Set<string>>,
): Promise<Problem[]> {
  const [first, ...rest] = [...slugs.keys()];
  if (!first) return [];
  const { ext } = perLocale[name];
  const read = (locale: string, slug: string) =>
    readFile(join(content.dir, name, locale, slug + ext), 'utf8').catch(() => undefined);
  const problems: Problem[] = [];
  for (const slug of slugs.get(first) ?? []) {
    const original = await read(first, slug);
    for (const locale of rest) {
      if (original !== undefined && (await read(locale, slug)) === original)
        problems.push({
          file: content.rel(join(name, locale, slug + ext)),
          severity: 'warning',
          message: messages.untranslatedFile({ from: content.rel(join(name, first, slug + ext)) }),
        });
    }
  }
  return problems;
}
