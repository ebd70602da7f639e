// Links between guides must land on a page that exists: the site's own routes for each locale are
// computed from the guides and worksheets it has, and every internal link is resolved against them.
import { agendaRoutes, guidePath, localeRoutes } from '../core/routes.ts';
import type { Entry } from './collections.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';

/** A link written in a guide, with the line it sits on. */
export interface FoundLink {
  href: string;
  line: number;
}

/** Finds Markdown and HTML links in an MDX body, skipping code, so the check can resolve each one. */
export function findLinks(body: string, firstLine: number): FoundLink[] {
  // Blank out code so that examples in backticks are not taken for links, keeping line numbers.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const prose = body.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank);
  const found: FoundLink[] = [];
  const patterns = [/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\bhref=["']([^"']+)["']/g];
  for (const re of patterns) {
    for (const m of prose.matchAll(re)) {
      const href = m[1];
      if (href === undefined) continue; // both patterns always capture; this narrows the type
      const line = firstLine + prose.slice(0, m.index).split('\n').length - 1;
      found.push({ href, line });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** True for links that leave the site or stay on the same page: the check does not resolve those. */
export function isExternal(href: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
}

/** The site path a link points to from `fromPath`, without query or fragment. */
export function resolveLink(href: string, fromPath: string): string {
  const url = new URL(href, `https://kit.invalid${fromPath}`);
  return url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
}

/** Every internal link of every guide, checked against the pages of the guide's locale. */
export function brokenLinks(
  guides: readonly Entry<'guides'>[],
  slugs: {
    guides: Map<string, Set<string>>;
    worksheets: Map<string, Set<string>>;
    agendas?: Map<string, Set<string>>;
  },
): Problem[] {
  const problems: Problem[] = [];
  // The pages of every locale, in each: a link to a page that one locale still lacks is that page's
  // missing translation, which locale-parity.ts reports once, not a broken link in every guide.
  const all = (m?: Map<string, Set<string>>) => [...new Set([...(m?.values() ?? [])].flatMap((s) => [...s]))];
  for (const g of guides) {
    if (!g.body) continue;
    const routes = localeRoutes(g.locale, all(slugs.guides), all(slugs.worksheets));
    for (const route of agendaRoutes(g.locale, all(slugs.agendas))) routes.add(route);
    for (const link of findLinks(g.body.text, g.body.line)) {
      if (isExternal(link.href)) continue;
      const target = resolveLink(link.href, guidePath(g.locale, g.slug));
      if (!routes.has(target))
        problems.push({
          file: g.file,
          line: link.line,
          message: messages.brokenLink({ href: link.href, target }),
        });
    }
  }
  return problems;
}
