/**
 * The sub-path the kit is published under: `/` at a domain root, `/mentoring/` below one. The
 * build writes it in as text (`define` in astro.config.mjs, from kit.yaml's `site`), in pages and
 * islands alike; plain Node, where the content check runs, has none, so the check works on site
 * paths. Not `import.meta.env.BASE_URL`: while pages are built, Astro reads that one from the
 * environment when a variable of that name is set there (as test runners do).
 */
declare const __KIT_BASE__: string | undefined;
const BASE = (typeof __KIT_BASE__ === 'string' ? __KIT_BASE__ : '/').replace(/\/?$/, '/');

/** A path from the site's root (`/en/guides/`) as the browser must ask for it. */
export const withBase = (sitePath: string): string => BASE + sitePath.replace(/^\//, '');

/** A path the browser shows (`/mentoring/en/guides/`) back as a path from the site's root. */
export const withoutBase = (path: string): string =>
  path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
