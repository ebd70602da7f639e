// Makes a filled PDF in the browser, in the PDF maker's own thread (islands/pdf-worker.ts): fetches
// the page data (worksheets, words, branding) and the fonts the text needs, runs the analysis of
// the workbook and hands the results to the pure PDF module. Nothing leaves the browser.
import { analyseWith } from '../core/analysis/findings.ts';
import { translator, type Translate } from '../core/i18n.ts';
import type { Workbook } from '../core/workbook.ts';
import { findingsText, type FindingsContext } from '../render/findings-text.ts';
import type { FontFile } from '../render/fonts.ts';
import { drawNetworkMap } from '../render/map-words.ts';
import type { PdfOptions } from '../render/pdf/document.ts';
import { filledWorksheetPdf, type FilledData } from '../render/pdf/filled.ts';
import { pdfFontsFor, type Paper } from '../render/pdf/layout.ts';
import { reportPdf } from '../render/pdf/report.ts';
import { pdfWords } from '../render/pdf/words.ts';
import type { PdfData } from '../site/pdf.ts';
import { failsAs } from './failure.ts';
import { fetchFont, fetchJsonOnce } from './fetch-once.ts';

export interface PdfRequest {
  kind: 'report' | 'worksheet';
  /** The worksheet of the page (for `worksheet`). */
  slug: string;
  /** Where the page data is: /<locale>/pdf/data.json. */
  dataUrl: string;
  paper: Paper;
  participant: string;
  /** As the page shows it: with "Show initials only" on, the people's shown names, never the real ones. */
  workbook: Workbook;
}

// One byte array per fetched font: the PDF module keeps each font parsed, and its shaping and
// widths measured, by that array, so a new one each time would parse the font for every PDF.
const fontViews = new WeakMap<ArrayBuffer, Uint8Array>();
async function fontBytes(file: FontFile['file']): Promise<Uint8Array> {
  const buffer = await fetchFont(file);
  let view = fontViews.get(buffer);
  if (!view) fontViews.set(buffer, (view = new Uint8Array(buffer)));
  return view;
}

const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A filled document's data for a workbook: with people, its map and the findings in words too. */
export function filledData(
  workbook: Workbook,
  context: FindingsContext,
  t: Translate,
  locale: string,
  cover: { participant: string; date: string },
): FilledData {
  const data: FilledData = {
    workbook,
    roles: context.roles,
    actionPlan: context.settings.answers.actionPlan,
    t,
    ...cover,
  };
  if (workbook.network.people.length === 0) return data;
  const map = drawNetworkMap(t, context.roles, workbook.network, { showTies: true });
  const analysis = analyseWith(context, workbook.answers, workbook.network);
  return {
    ...data,
    map: { scene: map, description: map.description },
    findings: findingsText(analysis, workbook, context, t, locale),
  };
}

export async function makePdf(request: PdfRequest): Promise<{ name: string; blob: Blob }> {
  const page = await failsAs('load-failed', fetchJsonOnce<PdfData>(request.dataUrl));
  const { locale, findings: context } = page;
  const t = translator(page.strings, locale);
  const { participant, workbook } = request;
  const sheet = page.worksheets.find((s) => s.slug === request.slug);
  if (request.kind === 'worksheet' && !sheet) throw new Error(`no worksheet ${request.slug}`);
  const filled = filledData(workbook, context, t, locale, {
    participant,
    date: new Date().toLocaleDateString(locale, { dateStyle: 'long' }),
  });
  const { logo, ...brand } = page.brand;
  const words = pdfWords(t);
  // Fonts for every script in the participant's text and the page's own; the big ones only if used.
  // The titles that initials leave out (in many scripts) are only matched against names, never printed.
  const { 'person.initials.skip': _matchedOnly, ...printedStrings } = page.strings;
  const text = JSON.stringify([
    participant,
    workbook.answers,
    workbook.network.people.map((p) => p.name),
    brand,
    sheet ?? page.worksheets,
    printedStrings,
  ]);
  const options: PdfOptions = {
    fonts: await failsAs('fonts-unavailable', pdfFontsFor(text, fontBytes)),
    paper: request.paper,
    locale,
    words,
    brand: { ...brand, ...(logo ? { logo: { bytes: fromBase64(logo.base64), type: logo.type } } : {}) },
  };
  const bytes = await failsAs(
    'render-failed',
    request.kind === 'worksheet'
      ? filledWorksheetPdf(sheet!, filled, options)
      : reportPdf(page.worksheets, filled, options),
  );
  const day = new Date().toISOString().slice(0, 10);
  const name =
    request.kind === 'worksheet' ? `${request.slug}-${day}.pdf` : `${t('report.fileName')}-${day}.pdf`;
  return { name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }) };
}
