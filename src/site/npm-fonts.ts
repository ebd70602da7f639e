// The kit's font files, read from their npm packages once per process (Node only, no astro:*):
// the build serves them at /fonts/ and embeds them in PDFs, and the tests use the same bytes.
// One byte array per font: the PDF module caches parsed fonts by it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { FONT_FILES, type FontFile } from '../render/fonts.ts';

const require = createRequire(resolve(process.cwd(), 'package.json'));
const bytes = new Map<string, Promise<Uint8Array>>();

export function npmFont(file: FontFile['file']): Promise<Uint8Array> {
  let font = bytes.get(file);
  if (!font)
    bytes.set(file, (font = readFile(require.resolve(FONT_FILES.find((f) => f.file === file)!.npm))));
  return font;
}
