import { resolve } from 'node:path';

/** Where the kit's content lives: `content/`, or `KIT_CONTENT_DIR` (used by tests that break a copy on purpose). */
export function contentDir(projectDir = process.cwd()): string {
  return resolve(projectDir, process.env.KIT_CONTENT_DIR ?? 'content');
}
