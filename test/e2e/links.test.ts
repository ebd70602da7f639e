import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from './site-pages.ts';

/** Every link and asset reference inside the built site points at a file that exists. */
describe('internal links of the built site', () => {
  it.each(builtPages())('%s links only to pages and files that exist', (path) => {
    const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
    const html = readFileSync(file, 'utf8');
    const refs = [...html.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    const broken = refs
      .filter((r) => !/^([a-z]+:|#)/i.test(r))
      .map((r) => new URL(r, `https://kit.invalid${path}`).pathname)
      .filter((p) => !existsSync(`dist${p}`) || (p.endsWith('/') && !existsSync(`dist${p}index.html`)));
    expect(broken).toEqual([]);
  });
});
