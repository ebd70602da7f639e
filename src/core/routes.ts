/**
 * The site's URLs, in one place: pages and islands build their links from these and the content
 * check resolves guide links against them. Each carries the base the kit is published under.
 */
import { withBase, withoutBase } from './base-path.ts';

export const homePath = (locale: string) => withBase(`/${locale}/`);
export const guidesPath = (locale: string) => withBase(`/${locale}/guides/`);
export const guidePath = (locale: string, slug: string) => withBase(`/${locale}/guides/${slug}/`);
export const worksheetsPath = (locale: string) => withBase(`/${locale}/worksheets/`);
export const worksheetPath = (locale: string, slug: string) => withBase(`/${locale}/worksheets/${slug}/`);
/** The facilitator's picture of a cohort, from anonymous summaries. */
export const cohortPath = (locale: string) => withBase(`/${locale}/cohort/`);

/** The same page in another locale: swaps the locale's path segment (after the base). */
export function switchLocale(path: string, from: string, to: string): string {
  const sitePath = withoutBase(path);
  const prefix = `/${from}/`;
  return sitePath.startsWith(prefix) ? withBase(`/${to}/${sitePath.slice(prefix.length)}`) : homePath(to);
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

/** Files of the whole site: the brand's colours, a logo or favicon from content/, a font. */
export const brandCssPath = () => withBase('/brand.css');
export const brandFilePath = (file: string) => withBase(`/brand/${file}`);
export const fontPath = (file: string) => withBase(`/fonts/${file}.ttf`);
/** satori's layout engine (WebAssembly), under a name with a hash of its bytes (src/site/layout-wasm.ts). */
export const layoutWasmFile = (hash: string) => `satori-layout.${hash}.wasm`;
export const layoutWasmPath = (hash: string) => withBase(`/wasm/${layoutWasmFile(hash)}`);
/** Everything the kit publishes lives below this path: the offline worker's and the app's scope. */
export const withBaseScope = () => withBase('/');
/** The offline worker (src/site/offline-cache.ts writes it at the site's root, below the base). */
export const SERVICE_WORKER_FILE = 'sw.js';
export const serviceWorkerPath = () => withBase(`/${SERVICE_WORKER_FILE}`);
/** The web app manifest, so the kit can be installed and opened like an app (offline too). */
export const manifestPath = () => withBase('/manifest.webmanifest');

/** Build-time PDFs, in each paper size: a blank fillable worksheet, and all of them as the participant packet. */
export const worksheetPdfPath = (locale: string, slug: string, paper: 'a4' | 'letter') =>
  withBase(`/${locale}/pdf/${paper}/${slug}.pdf`);
export const packetPdfPath = (locale: string, paper: 'a4' | 'letter') =>
  withBase(`/${locale}/pdf/${paper}/participant-packet.pdf`);
/** The facilitator's guide to an agenda, as a PDF built with the site. */
export const facilitatorGuidePdfPath = (locale: string, slug: string, paper: 'a4' | 'letter') =>
  withBase(`/${locale}/pdf/${paper}/agendas/${slug}.pdf`);
/** What the browser fetches, only when asked, to make a filled PDF: worksheets, words, branding. */
export const pdfDataPath = (locale: string) => withBase(`/${locale}/pdf/data.json`);

/** An agenda's page, its presenter view for the projector and the facilitator's notes window. */
export const agendaPath = (locale: string, slug: string) => withBase(`/${locale}/agendas/${slug}/`);
export const presenterPath = (locale: string, slug: string) =>
  withBase(`/${locale}/agendas/${slug}/present/`);
export const presenterNotesPath = (locale: string, slug: string) =>
  withBase(`/${locale}/agendas/${slug}/notes/`);

/** The pages of a locale's agendas (each with its presenter view and notes window), given their slugs. */
export function agendaRoutes(locale: string, agendaSlugs: Iterable<string>): string[] {
  return [...agendaSlugs].flatMap((slug) =>
    [agendaPath, presenterPath, presenterNotesPath].map((path) => path(locale, slug)),
  );
}
