// The JavaScript a page loads up front, counted the way docs/architecture.md#budgets says: inline
// scripts and the module files a page names, with everything they import statically, gzipped.
// What `import()` loads on demand (the map editor, the PDF code, satori) is not counted.
// Shared by the browser suite (budgets.test.ts) and `npm run bench`.
import { init, parse } from 'es-module-lexer';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A `<script>` element of a page: its `src`, or its text when inline. */
export interface PageScript {
  type: string;
  src: string | null;
  text: string;
}

/** Types of `<script>` that hold data, not code. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'importmap']);

/**
 * The page's script elements as the browser parsed them from the HTML. The page should be opened
 * with JavaScript off, so that what islands add later is not counted as up front.
 */
export function pageScripts(page: Page): Promise<PageScript[]> {
  return page.$$eval('script', (els) =>
    els.map((el) => ({
      type: el.getAttribute('type') ?? '',
      src: el.getAttribute('src'),
      text: el.textContent ?? '',
    })),
  );
}

export interface UpfrontJs {
  /** Gzipped bytes of all of it. */
  bytes: number;
  /** The module files counted, as site paths. */
  files: string[];
}

/** Up-front JavaScript of a page of the site built in `dist`, from its script elements. */
export async function upfrontJs(dist: string, scripts: readonly PageScript[]): Promise<UpfrontJs> {
  await init;
  const seen = new Set<string>();
  let bytes = 0;
  const staticImports = (code: string, from: string) =>
    parse(code)[0]
      .filter((i) => i.d === -1 && i.n) // -1: a static import; dynamic ones load on demand
      .map((i) => (i.n!.startsWith('/') ? i.n! : posix.join(posix.dirname(from), i.n!)));
  const addModule = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path));
    bytes += gzipSync(code).length;
    for (const dep of staticImports(code.toString('utf8'), path)) addModule(dep);
  };
  for (const s of scripts) {
    if (DATA_TYPES.has(s.type)) continue;
    if (s.src) addModule(new URL(s.src, 'http://site/').pathname);
    else {
      bytes += gzipSync(Buffer.from(s.text)).length;
      if (s.type === 'module') for (const dep of staticImports(s.text, '/')) addModule(dep);
    }
  }
  return { bytes, files: [...seen] };
}
