// What the PDF endpoints share: the fonts read from npm once per build, the kit's branding (names,
// colour, logo) and words for a locale, in the shape the pure PDF module takes; and the same,
// as JSON, for the filled PDFs the browser makes.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { contentDir } from '../check/content-dir.ts';
import { pick } from '../core/i18n.ts';
import type { FindingsContext } from '../render/findings-text.ts';
import { pdfFontsFor, type Paper } from '../render/pdf/layout.ts';
import type { PdfBrand, PdfOptions, WorksheetInput } from '../render/pdf/document.ts';
import { pdfWords } from '../render/pdf/words.ts';
import { drawNetworkMap } from '../render/map-words.ts';
import { getKit, getRoles, getTranslator, getUiStrings, getWorksheets, splitId } from './data.ts';
import { findingsContext } from './findings-context.ts';
import { npmFont } from './npm-fonts.ts';

let logo: Promise<PdfBrand['logo']> | undefined;
/** kit.yaml's logo as PDFs take it: PNG and JPEG as they are, SVG drawn to a 600 px PNG. */
function loadLogo(path: string): Promise<PdfBrand['logo']> {
  logo ??= (async () => {
    const bytes = await readFile(join(contentDir(), path));
    switch (extname(path).toLowerCase()) {
      case '.png':
        return { bytes, type: 'png' as const };
      case '.jpg':
      case '.jpeg':
        return { bytes, type: 'jpg' as const };
      case '.svg':
        return {
          bytes: new Resvg(bytes, { fitTo: { mode: 'width', value: 600 } }).render().asPng(),
          type: 'png' as const,
        };
      default:
        return undefined; // WebP and ICO: pdf-lib cannot embed them; the PDFs go without a logo
    }
  })();
  return logo;
}

async function brandFor(locale: string): Promise<PdfBrand> {
  const kit = await getKit();
  const links: PdfBrand['links'] = {};
  for (const key of ['researchNetworking', 'mentoringPrograms'] as const) {
    const link = kit.links[key];
    if (link) links[key] = { label: pick(link.label, locale), url: link.url };
  }
  return {
    kitName: pick(kit.kit.name, locale),
    institution: pick(kit.institution.name, locale),
    primary: kit.colours.primary,
    links,
    logo: await loadLogo(kit.institution.logo),
  };
}

export async function pdfOptions(locale: string, paper?: Paper): Promise<PdfOptions> {
  const kit = await getKit();
  const brand = await brandFor(locale);
  const t = await getTranslator(locale);
  const words = pdfWords(t);
  const roles = (await getRoles()).map((r) => ({ id: r.id, name: pick(r.name, locale) }));
  const blankMap = drawNetworkMap(t, roles, { people: [], ties: [] });
  // A translation into Arabic or Chinese, say, brings the fonts it needs, and only those.
  const text = JSON.stringify([
    brand.kitName,
    brand.institution,
    brand.links,
    words,
    blankMap,
    (await getWorksheets(locale)).map((e) => e.data),
  ]);
  return {
    fonts: await pdfFontsFor(text, npmFont),
    paper: paper ?? kit.paper,
    locale,
    brand,
    words,
    blankMap,
  };
}

export async function worksheetInputs(locale: string): Promise<WorksheetInput[]> {
  return (await getWorksheets(locale)).map((e) => ({ slug: splitId(e.id).slug, worksheet: e.data }));
}

/** Everything but the participant's data that the browser needs to make a filled PDF. */
export interface PdfData {
  locale: string;
  /** kit.yaml's paper, the default of the paper choice. */
  paper: Paper;
  brand: Omit<PdfBrand, 'logo'> & { logo?: { base64: string; type: 'png' | 'jpg' } };
  /** Every interface string of the locale (content/ui). */
  strings: Record<string, string>;
  worksheets: WorksheetInput[];
  findings: FindingsContext;
}

export async function pdfData(locale: string): Promise<PdfData> {
  const { logo: image, ...brand } = await brandFor(locale);
  return {
    locale,
    paper: (await getKit()).paper,
    brand: {
      ...brand,
      ...(image ? { logo: { base64: Buffer.from(image.bytes).toString('base64'), type: image.type } } : {}),
    },
    strings: await getUiStrings(locale),
    worksheets: await worksheetInputs(locale),
    findings: await findingsContext(locale),
  };
}

/** A PDF as the body of a static endpoint. */
export const pdfResponse = (bytes: Uint8Array) =>
  new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
