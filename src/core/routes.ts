/**
 * The site's URLs, in one place: pages build their links from these and the content check
 * resolves guide links against them.
 */
export const homePath = (locale: string) => `/${locale}/`;
const guidesPath = (locale: string) => `/${locale}/guides/`;
export const guidePath = (locale: string, slug: string) => `/${locale}/guides/${slug}/`;
export const worksheetsPath = (locale: string) => `/${locale}/worksheets/`;
export const worksheetPath = (locale: string, slug: string) => `/${locale}/worksheets/${slug}/`;
/** The facilitator's picture of a cohort, from anonymous summaries. */
export const cohortPath = (locale: string) => `/${locale}/cohort/`;

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(path: string, from: string, to: string): string {
  const prefix = `/${from}/`;
  return path.startsWith(prefix) ? `/${to}/${path.slice(prefix.length)}` : homePath(to);
}

/** Every page a locale has, given the slugs of its guides and worksheets. */
export function localeRoutes(
  locale: string,
  guideSlugs: Iterable<string>,
  worksheetSlugs: Iterable<string> = [],
): Set<string> {
  const routes = new Set([homePath(locale), guidesPath(locale), worksheetsPath(locale), cohortPath(locale)]);
  for (const slug of guideSlugs) routes.add(guidePath(locale, slug));
  for (const slug of worksheetSlugs) routes.add(worksheetPath(locale, slug));
  return routes;
}

/** Build-time PDFs, in each paper size: a blank fillable worksheet, and all of them as the participant packet. */
export const worksheetPdfPath = (locale: string, slug: string, paper: 'a4' | 'letter') =>
  `/${locale}/pdf/${paper}/${slug}.pdf`;
export const packetPdfPath = (locale: string, paper: 'a4' | 'letter') =>
  `/${locale}/pdf/${paper}/participant-packet.pdf`;
/** The facilitator's guide to an agenda, as a PDF built with the site. */
export const facilitatorGuidePdfPath = (locale: string, slug: string, paper: 'a4' | 'letter') =>
  `/${locale}/pdf/${paper}/agendas/${slug}.pdf`;
/** What the browser fetches, only when asked, to make a filled PDF: worksheets, words, branding. */
export const pdfDataPath = (locale: string) => `/${locale}/pdf/data.json`;

/** An agenda's page, its presenter view for the projector and the facilitator's notes window. */
export const agendaPath = (locale: string, slug: string) => `/${locale}/agendas/${slug}/`;
export const presenterPath = (locale: string, slug: string) => `/${locale}/agendas/${slug}/present/`;
export const presenterNotesPath = (locale: string, slug: string) => `/${locale}/agendas/${slug}/notes/`;

/** The pages of a locale's agendas (each with its presenter view and notes window), given their slugs. */
export function agendaRoutes(locale: string, agendaSlugs: Iterable<string>): string[] {
  return [...agendaSlugs].flatMap((slug) =>
    [agendaPath, presenterPath, presenterNotesPath].map((path) => path(locale, slug)),
  );
}
