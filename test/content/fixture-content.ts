import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away copy of content/ for a test to break on purpose. */
export function copyOfContent() {
  const root = mkdtempSync(join(tmpdir(), 'kit-content-'));
  const dir = join(root, 'content');
  cpSync('content', dir, { recursive: true });
  return {
    dir,
    /** Replaces the first occurrence of `from` in a file (fails loudly if `from` is not there). */
    edit(file: string, from: string | RegExp, to: string) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(path, next);
    },
    read(file: string) {
      return readFileSync(join(dir, file), 'utf8');
    },
    write(file: string, text: string) {
      writeFileSync(join(dir, file), text);
    },
    remove(file: string) {
      rmSync(join(dir, file), { recursive: true });
    },
    rename(file: string, to: string) {
      renameSync(join(dir, file), join(dir, to));
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
