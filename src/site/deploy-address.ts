// Where the kit is published, read from kit.yaml before Astro starts: `site` gives Astro its site
// (absolute links between languages) and its base (the sub-path every page and file lives under).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../check/content-dir.ts';
import { siteAddress } from '../schemas/kit.ts';

export interface DeployAddress {
  /** The origin, e.g. `https://www.example.edu`. */
  site: string;
  /** The sub-path, `/` or e.g. `/mentoring/`. */
  base: string;
}

/**
 * kit.yaml's `site`, split for Astro. A missing or broken setting gives the domain-root defaults:
 * the content check, which runs first in the build, then names the file and field.
 */
export function deployAddress(dir = contentDir()): DeployAddress | undefined {
  let value: unknown;
  try {
    value = (parse(readFileSync(join(dir, 'kit.yaml'), 'utf8')) as { site?: unknown } | null)?.site;
  } catch {
    return undefined;
  }
  const checked = siteAddress.safeParse(value);
  if (!checked.success) return undefined;
  const url = new URL(checked.data);
  return { site: url.origin, base: url.pathname };
}
