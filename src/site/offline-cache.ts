// Writes the service worker (src/site/offline-worker.js) into the built site with the list of
// files it keeps from the first visit, and a version that changes whenever any of them does: a
// browser sees a new sw.js, installs the new version beside the old, and the page offers it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_FILE } from '../core/routes.ts';

/** Fonts bigger than this (Chinese, Korean, emoji) are kept when first used, not on the first visit. */
const LARGEST_PRECACHED_FONT = 1_000_000;

/** Every file of the built site, as paths relative to it with `/` separators, sorted. */
function siteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The URL a file is asked for by: a page by its folder (`en/guides/`), anything else by its path. */
export function urlOf(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}

/** Which files the first visit keeps: all but the service worker itself and the largest fonts. */
export function precached(files: readonly { path: string; size: number }[]): string[] {
  return files
    .filter((f) => f.path !== SERVICE_WORKER_FILE)
    .filter((f) => !(f.path.endsWith('.ttf') && f.size > LARGEST_PRECACHED_FONT))
    .map((f) => f.path);
}

/** The worker's source with its version, scope and file list written in. */
export function serviceWorker(dir: string, base: string, workerSource: string): string {
  const files = siteFiles(dir)
    .filter((path) => path !== SERVICE_WORKER_FILE)
    .map((path) => ({ path, size: statSync(join(dir, path)).size }));
  const hash = createHash('sha256');
  for (const { path } of files)
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(dir, path)));
  hash.update(workerSource);
  const version = hash.digest('hex').slice(0, 16);
  const urls = precached(files).map((path) => urlOf(path, base));
  return [
    `const VERSION = ${JSON.stringify(version)};`,
    `const SCOPE = ${JSON.stringify(base)};`,
    `const PRECACHE = ${JSON.stringify(urls)};`,
    workerSource,
  ].join('\n');
}

export function offlineCache(): AstroIntegration {
  let base = '/';
  return {
    name: 'mentoring-kit:offline-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const source = readFileSync(fileURLToPath(new URL('./offline-worker.js', import.meta.url)), 'utf8');
        writeFileSync(join(out, SERVICE_WORKER_FILE), serviceWorker(out, base, source));
      },
    },
  };
}
