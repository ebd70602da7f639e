// Ids the kit stores or links by: content file names (a page's address, and for worksheets the key
// of the saved answers) and the ids of list entries. Their pattern is src/core/ids.ts, shared with
// the workbook, so whatever passes here can be saved.
import { ID_PATTERN, MAX_ID_LENGTH } from '../core/ids.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import type { Parsed } from './source.ts';

/**
 * A file name must be an id: Astro would silently rewrite a name like `My Sheet.yaml`. The message
 * suggests the nearest name that is one.
 */
export function checkFileName(slug: string, ext: string, file: string): Problem | undefined {
  if (ID_PATTERN.test(slug)) return undefined;
  const suggestion = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return { file, message: messages.badFileName({ slug, suggestion, ext }) };
}

/** Each entry of a list (roles.yaml, factors.yaml) needs an id of its own. */
export function duplicateIds(entries: readonly { id: string }[], file: string, parsed: Parsed): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  entries.forEach(({ id }, i) => {
    if (seen.has(id))
      problems.push({
        file,
        line: parsed.lineOf([i, 'id']),
        field: `[${i + 1}].id`,
        message: messages.duplicateId({ id }),
      });
    seen.add(id);
  });
  return problems;
}
