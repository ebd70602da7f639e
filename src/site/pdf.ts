// What the build-time PDF endpoints share: the fonts read from npm once per build, and the
// kit's branding and words for a locale, in the shape the pure PDF module takes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pick } from '../core/i18n.ts';
import { FONT_FILES, type FontFile } from '../render/fonts.ts';
import { pdfFontsFor } from '../render/pdf/layout.ts';
import type { PdfOptions, WorksheetInput } from '../render/pdf/worksheet.ts';
import { pdfWords } from '../render/pdf/words.ts';
import { getKit, getTranslator, getWorksheets, splitId } from './data.ts';

const require = createRequire(resolve(process.cwd(), 'package.json'));
// One byte array per font for the whole build: the PDF module caches parsed fonts by it.
const fontBytes = new Map<string, Promise<Uint8Array>>();
function npmFont(file: FontFile['file']): Promise<Uint8Array> {
  let bytes = fontBytes.get(file);
  if (!bytes) fontBytes.set(file, (bytes = readFile(require.resolve(FONT_FILES.find((f) => f.file === file)!.npm))));
  return bytes;
}

export async function pdfOptions(locale: string): Promise<PdfOptions> {
  const kit = await getKit();
  const links: PdfOptions['brand']['links'] = {};
  for (const key of ['researchNetworking', 'mentoringPrograms'] as const) {
    const link = kit.links[key];
    if (link) links[key] = { label: pick(link.label, locale), url: link.url };
  }
  const brand = { kitName: pick(kit.kit.name, locale), institution: pick(kit.institution.name, locale), primary: kit.colours.primary, links };
  const words = pdfWords(await getTranslator(locale));
  // A translation into Arabic or Chinese, say, brings the fonts it needs, and only those.
  const text = JSON.stringify([brand, words, (await getWorksheets(locale)).map((e) => e.data)]);
  return { fonts: await pdfFontsFor(text, npmFont), paper: kit.paper, locale, brand, words };
}

export async function worksheetInputs(locale: string): Promise<WorksheetInput[]> {
  return (await getWorksheets(locale)).map((e) => ({ slug: splitId(e.id).slug, worksheet: e.data }));
}

/** A PDF as the body of a static endpoint. */
export const pdfResponse = (bytes: Uint8Array) =>
  new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
