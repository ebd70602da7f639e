import { z } from 'astro/zod';
import { ID_PATTERN, MAX_ID_LENGTH } from '../core/ids.ts';

/**
 * A content id that participants' workbooks store (or that names a content file): the workbook's
 * own pattern, so whatever passes the check can be saved. Never rename one once the kit is in use.
 */
export function contentId(example: string) {
  return z.string().regex(ID_PATTERN, {
    error: `use lower-case letters, digits and dashes, at most ${MAX_ID_LENGTH} characters, e.g. ${example}`,
  });
}
