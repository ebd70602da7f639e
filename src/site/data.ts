// Data access for pages: the only place that talks to astro:content, so components stay simple.
import { getCollection, getEntry } from 'astro:content';
import { translator } from '../core/i18n.ts';
import type { Guide } from '../schemas/guide.ts';

export async function getKit() {
  const entry = await getEntry('kit', 'kit');
  if (!entry) throw new Error('content/kit.yaml did not load: run npm run check');
  return entry.data;
}

/**
 * The origin the kit is published at (`https://mentoring.example.edu`), from kit.yaml's `site`:
 * printed pages write the site's links out in full from it (brand.css); the links' paths already
 * carry the folder, if any.
 */
export async function getSiteOrigin(): Promise<string> {
  return new URL((await getKit()).site).origin;
}

/** The locales of the kit, default first. */
export async function getLocales() {
  return (await getKit()).locales;
}

/** A locale's interface strings, as content/ui/<locale>.yaml has them. */
export async function getUiStrings(locale: string) {
  const entry = await getEntry('ui', locale);
  if (!entry) throw new Error(`content/ui/${locale}.yaml did not load: run npm run check`);
  return entry.data;
}

/** `t(key, values)` for a locale's interface strings. */
export async function getTranslator(locale: string) {
  return translator(await getUiStrings(locale), locale);
}

/** Splits a per-locale entry id (`en/roles`) into its parts. */
export function splitId(id: string) {
  const [locale, ...rest] = id.split('/');
  return { locale: locale!, slug: rest.join('/') };
}

/** A locale's entries of a per-locale collection, sorted by their `order`. */
async function ofLocale<C extends 'guides' | 'agendas' | 'programs' | 'worksheets'>(
  collection: C,
  locale: string,
) {
  const entries = await getCollection(collection, (e) => splitId(e.id).locale === locale);
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export const getGuides = (locale: string) => ofLocale('guides', locale);
export const getAgendas = (locale: string) => ofLocale('agendas', locale);
export const getPrograms = (locale: string) => ofLocale('programs', locale);

/** The participant's path: worksheet file names in order (content/journey.yaml). */
export async function getJourney(): Promise<string[]> {
  const entry = await getEntry('journey', 'journey');
  if (!entry) throw new Error('content/journey.yaml did not load: run npm run check');
  return entry.data.steps;
}

/** A locale's worksheets in the journey's order; any the journey leaves out follow, by their `order`. */
export async function getWorksheets(locale: string) {
  const steps = await getJourney();
  const place = (id: string) => {
    const i = steps.indexOf(splitId(id).slug);
    return i < 0 ? steps.length : i;
  };
  return (await ofLocale('worksheets', locale)).sort((a, b) => place(a.id) - place(b.id));
}

/** The first guide of each audience: where the home page sends each kind of user. */
export async function getStartGuides(locale: string) {
  const guides = await getGuides(locale);
  const start = (audience: Guide['audience']) => {
    const g = guides.find((x) => x.data.audience === audience);
    if (!g) throw new Error(`content/guides/${locale}/ has no guide for ${audience}s: run npm run check`);
    return splitId(g.id).slug;
  };
  return {
    participant: start('participant'),
    facilitator: start('facilitator'),
    institution: start('institution'),
  };
}

export async function getRoles() {
  return (await getCollection('roles')).map((e) => e.data).sort((a, b) => a.position - b.position);
}

export async function getFactors() {
  return (await getCollection('factors')).map((e) => e.data).sort((a, b) => a.position - b.position);
}

/** Thresholds and rules of the analysis (content/analysis.yaml). */
export async function getAnalysisSettings() {
  const entry = await getEntry('analysis', 'analysis');
  if (!entry) throw new Error('content/analysis.yaml did not load: run npm run check');
  const { id: _id, ...settings } = entry.data;
  return settings;
}
