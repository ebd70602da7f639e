// Every locale has the same pages and the same interface strings: a page missing in one locale is a
// broken language switch, a missing string an untranslated button. (Worksheets must also have the
// same fields in every locale: worksheet-shape.ts.)
import { extname, join } from 'node:path';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { listFiles, type ContentFolder } from './source.ts';

/** Each slug must exist in every locale; `pathOf` names a locale's file of a slug. */
export function fileParity(
  slugs: Map<string, Set<string>>,
  pathOf: (locale: string, slug: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  // Each slug with the first locale that has it: the file to translate from.
  const firstHaving = new Map<string, string>();
  for (const [locale, own] of slugs)
    for (const slug of own) if (!firstHaving.has(slug)) firstHaving.set(slug, locale);
  for (const [slug, fromLocale] of firstHaving) {
    for (const [locale, own] of slugs) {
      if (!own.has(slug))
        problems.push({
          file: pathOf(locale, slug),
          message: messages.missingInLocale({ from: pathOf(fromLocale, slug), fromLocale, locale }),
        });
    }
  }
  return problems;
}

/** A folder under `collection` for a locale kit.yaml does not list is never built. */
export async function strayLocaleFolders(
  content: ContentFolder,
  collection: string,
  locales: readonly string[],
): Promise<Problem[]> {
  return (await listFiles(join(content.dir, collection)))
    .filter((dir) => !locales.includes(dir) && !extname(dir))
    .map((dir) => ({
      file: content.rel(join(collection, dir)),
      message: messages.strayLocaleFolder({ dir, locales }),
    }));
}

/**
 * Every interface string of one locale must exist in the others. `explained` holds `locale key`
 * pairs already reported another way (a misspelt key), which would only echo here.
 */
export function uiKeyParity(
  keys: Map<string, Set<string>>,
  content: ContentFolder,
  explained: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  for (const [locale, own] of keys) {
    for (const [other, theirs] of keys) {
      for (const key of theirs) {
        if (!own.has(key) && !explained.has(`${locale} ${key}`) && !explained.has(`* ${key}`))
          problems.push({
            file: content.rel(join('ui', `${locale}.yaml`)),
            field: key,
            message: messages.missingUiKey({ other, locale }),
          });
      }
    }
  }
  return problems;
}
