// What the build-time PDF endpoints share: the fonts read from npm once per build, and the
// kit's branding and words for a locale, in the shape the pure PDF module takes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pick } from '../core/i18n.ts';
import { FONT_FILES } from '../render/map-image.ts';
import type { PdfFonts } from '../render/pdf/layout.ts';
import type { PdfOptions, WorksheetInput } from '../render/pdf/worksheet.ts';
import { pdfWords } from '../render/pdf/words.ts';
import { getKit, getTranslator, getWorksheets, splitId } from './data.ts';

const require = createRequire(resolve(process.cwd(), 'package.json'));
const npmFile = (file: string) => FONT_FILES.find((f) => f.file === file)!.npm;

let fonts: Promise<PdfFonts> | undefined;
function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([
    readFile(require.resolve(npmFile('noto-sans-regular'))),
    readFile(require.resolve(npmFile('noto-sans-bold'))),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

export async function pdfOptions(locale: string): Promise<PdfOptions> {
  const kit = await getKit();
  const links: PdfOptions['brand']['links'] = {};
  for (const key of ['researchNetworking', 'mentoringPrograms'] as const) {
    const link = kit.links[key];
    if (link) links[key] = { label: pick(link.label, locale), url: link.url };
  }
  return {
    fonts: await loadFonts(),
    paper: kit.paper,
    locale,
    brand: { kitName: pick(kit.kit.name, locale), institution: pick(kit.institution.name, locale), primary: kit.colours.primary, links },
    words: pdfWords(await getTranslator(locale)),
  };
}

export async function worksheetInputs(locale: string): Promise<WorksheetInput[]> {
  return (await getWorksheets(locale)).map((e) => ({ slug: splitId(e.id).slug, worksheet: e.data }));
}

/** A PDF as the body of a static endpoint. */
export const pdfResponse = (bytes: Uint8Array) =>
  new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
