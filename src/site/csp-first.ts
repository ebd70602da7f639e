// Puts each built page's Content-Security-Policy first in <head>, and drops the hash of an empty
// style. Astro writes the policy's <meta> where it writes the head's own elements, after the
// layout's links (icon, brand stylesheet, alternates), and a policy applies only to what follows
// it. Astro also hashes every CSS chunk, an empty one included: the hash of "" would allow an
// empty inline <style>, which nothing here writes. The policy itself is Astro's, unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const OPEN = '<meta http-equiv="content-security-policy"';
const CHARSET = '<meta charset="utf-8">';
const EMPTY_HASH = ` 'sha256-${createHash('sha256').update('').digest('base64')}'`;

/**
 * The page with its policy moved right after the charset and without the empty hash; unchanged
 * when it has no policy. The policy's own text has no `>` (directives, quoted keywords, base64
 * hashes), so the element ends at the first `>` after it starts.
 */
export function policyFirst(html: string): string {
  const start = html.indexOf(OPEN);
  const charset = html.indexOf(CHARSET);
  if (start < 0 || charset < 0) return html;
  const end = html.indexOf('>', start) + 1;
  const meta = html.slice(start, end).replaceAll(EMPTY_HASH, '');
  const rest = html.slice(0, start) + html.slice(end);
  const at = charset + CHARSET.length;
  return rest.slice(0, at) + meta + rest.slice(at);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function cspFirst(): AstroIntegration {
  return {
    name: 'mentoring-kit:csp-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = policyFirst(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
