// PDF benchmarks: the report made in headless Chromium from a workbook of n people (time and
// size, against docs/architecture.md#budgets: a first click faster than Chromium's print-to-PDF of
// the same data, repeats within 0.5 s, 400 KB at 60 people), and the build-time blank PDFs in Node.
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import { optionsFor, sampleWorkbook, sheetsOf } from '../test/unit/pdf-fixtures.ts';
import { blankWorksheetPdf, packetPdf } from '../src/render/pdf/blank.ts';
import { PAPERS } from '../src/render/pdf/layout.ts';
import { median } from './map.ts';

/** Names as a European cohort types them; the all-scripts case is measured on its own line. */
const LATIN = [
  'Ana Ruiz',
  'Bo Lee',
  'Chidi Okafor',
  'Dana Cohen',
  'Élodie Faure',
  'Łukasz Żółć',
  'Γιώργος Π.',
  'Иван Петров',
  'Nguyễn Hà',
  'Søren Ødegård',
];

export interface ReportTiming {
  people: number;
  scripts: 'latin' | 'all';
  firstMs: number;
  ms: number;
  bytes: number;
}

/** Median of 3 reports after a first one (which also loads the PDF code, the fonts and the page data). */
export async function reportTimings(
  dist: string,
  cases: { people: number; scripts: 'latin' | 'all' }[],
): Promise<ReportTiming[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const out: ReportTiming[] = [];
  try {
    for (const c of cases) {
      const page = await browser.newPage(); // a fresh page: nothing loaded yet
      await page.goto(`${server.url}/en/worksheets/`);
      const workbook = c.scripts === 'latin' ? sampleWorkbook(c.people, LATIN) : sampleWorkbook(c.people);
      await page.evaluate(
        (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
        workbook,
      );
      await page.reload();
      const r = await page.evaluate(async () => {
        const el = document.querySelector('mnk-pdf') as unknown as {
          makeFile(kind: 'report'): Promise<{ blob: Blob }>;
        };
        let t0 = performance.now();
        await el.makeFile('report');
        const firstMs = performance.now() - t0;
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 3; i++) {
          t0 = performance.now();
          bytes = (await el.makeFile('report')).blob.size;
          times.push(performance.now() - t0);
        }
        return { firstMs, times, bytes };
      });
      out.push({ ...c, firstMs: r.firstMs, ms: median(r.times), bytes: r.bytes });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Chromium's own print-to-PDF (`page.pdf()`, the browser's print to a file) of a page with the same
 * workbook the report is made from (60 people, Latin names), as the reference the report is held
 * to: the map worksheet, which shows that data (the map, the people), once its map is drawn; and
 * the worksheet list, the page the report is made on in reportTimings. The first print is in a
 * fresh browser (as the first report loads its code, Chromium's first print starts its own), then
 * the median of 3 repeats.
 */
export async function printTimings(
  dist: string,
  people = 60,
): Promise<{ path: string; firstMs: number; ms: number; bytes: number }[]> {
  const server = await serveStatic(dist);
  const out: { path: string; firstMs: number; ms: number; bytes: number }[] = [];
  try {
    for (const path of ['/en/worksheets/network-map/', '/en/worksheets/']) {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}${path}`);
        await page.evaluate(
          (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
          sampleWorkbook(people, LATIN),
        );
        await page.reload();
        await page.waitForLoadState('networkidle');
        if (path.includes('network-map'))
          await page.waitForFunction(
            (n) => document.querySelectorAll('[data-map-canvas] svg g[data-person][tabindex]').length === n,
            people,
          );
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 4; i++) {
          const t0 = performance.now();
          bytes = (await page.pdf({ format: 'A4', printBackground: true })).length;
          times.push(performance.now() - t0);
        }
        out.push({ path, firstMs: times[0]!, ms: median(times.slice(1)), bytes });
      } finally {
        await browser.close();
      }
    }
    return out;
  } finally {
    await server.close();
  }
}

/** Seconds to make every build-time PDF of one locale in Node: each worksheet and the packet, in both papers. */
export async function buildPdfSeconds(locale = 'en'): Promise<{ seconds: number; files: number }> {
  const sheets = sheetsOf(locale);
  const t0 = performance.now();
  let files = 0;
  for (const paper of PAPERS) {
    const options = await optionsFor(locale, paper);
    for (const s of sheets) {
      await blankWorksheetPdf(s, options);
      files++;
    }
    await packetPdf(sheets, options);
    files++;
  }
  return { seconds: (performance.now() - t0) / 1000, files };
}
