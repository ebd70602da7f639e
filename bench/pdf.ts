// PDF benchmarks: the report made in headless Chromium from a workbook of n people (time and
// size, against docs/architecture.md#budgets: a first click faster than Chromium's print-to-PDF of
// the same data, repeats within 0.5 s, 400 KB at 60 people), and the build-time blank PDFs in Node.
// The first click is timed three ways: cold, prepared, and after a change (see reportTimings).
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
  /** A click right after the page loads, before anything is prepared: the maker's code, fonts and data load then. */
  coldMs: number;
  /** The first click once the buttons have been on screen and the report prepared (what a participant meets). */
  preparedMs: number;
  /** The first click after a change the maker has not seen (a new cover name): made by the warm maker. */
  changedMs: number;
  /** Median of 3 more clicks, each after another change. */
  ms: number;
  bytes: number;
}

type Maker = { makeFile(kind: 'report'): Promise<{ blob: Blob }> };

/**
 * The report at each size, made in headless Chromium as a participant meets it. Cold: in a fresh
 * page of the map worksheet, a click before its buttons come into view (so nothing was prepared).
 * Prepared: the buttons scrolled into view, the report prepared, then the click. Changed: the cover
 * name changed (with no input event, as if typed and clicked at once), then a click; 3 more such
 * clicks give the repeat.
 */
export async function reportTimings(
  dist: string,
  cases: { people: number; scripts: 'latin' | 'all' }[],
): Promise<ReportTiming[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const out: ReportTiming[] = [];
  try {
    for (const c of cases) {
      const workbook = c.scripts === 'latin' ? sampleWorkbook(c.people, LATIN) : sampleWorkbook(c.people);
      const open = async () => {
        const page = await browser.newPage(); // a fresh page: nothing loaded yet
        await page.goto(`${server.url}/en/worksheets/network-map/`);
        await page.evaluate(
          (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
          workbook,
        );
        await page.reload();
        return page;
      };
      const cold = await open();
      const coldMs = await cold.evaluate(async () => {
        const t0 = performance.now();
        await (document.querySelector('mnk-pdf') as unknown as Maker).makeFile('report');
        return performance.now() - t0;
      });
      await cold.close();
      const page = await open();
      await page.locator('mnk-pdf').scrollIntoViewIfNeeded();
      await page.waitForSelector('mnk-pdf[data-prepared]', { state: 'attached', timeout: 300_000 });
      const r = await page.evaluate(async () => {
        const el = document.querySelector('mnk-pdf') as unknown as Maker;
        const name = document.querySelector<HTMLInputElement>('mnk-pdf [data-name]')!;
        const click = async () => {
          const t0 = performance.now();
          const { blob } = await el.makeFile('report');
          return { ms: performance.now() - t0, bytes: blob.size };
        };
        const prepared = await click();
        const changed: { ms: number; bytes: number }[] = [];
        for (const cover of ['Ana', 'Bo', 'Chidi', 'Dana']) {
          name.value = cover;
          changed.push(await click());
        }
        return { prepared, changed };
      });
      out.push({
        ...c,
        coldMs,
        preparedMs: r.prepared.ms,
        changedMs: r.changed[0]!.ms,
        ms: median(r.changed.slice(1).map((x) => x.ms)),
        bytes: r.prepared.bytes,
      });
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
