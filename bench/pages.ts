// Page benchmarks, one page of each type (test/e2e/page-types.ts): load to quiet, elements, up-front
// JavaScript and layout shift in headless Chromium, and Lighthouse (mobile) scores.
import { launchChromium, withPage } from '../test/e2e/browser.ts';
import { runLighthouse, CATEGORIES, type Category } from '../test/e2e/lighthouse-run.ts';
import { PAGE_TYPES, type PageType } from '../test/e2e/page-types.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import { pageScripts, upfrontJs } from '../test/e2e/upfront-js.ts';
import { median } from './map.ts';

export interface PageFigures {
  type: PageType;
  /** From navigation to quiet (every island defined, no request for 500 ms, an idle moment), median ms. */
  loadMs: number;
  domNodes: number;
  /** Up-front JavaScript, gzip bytes. */
  jsBytes: number;
  /** Layout shift during load (the largest of the runs). */
  shift: number;
}

/** Load figures for each page type, a median of `runs` loads in a fresh profile each. */
export async function pageFigures(dist: string, runs = 3): Promise<PageFigures[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const out: PageFigures[] = [];
    for (const type of PAGE_TYPES) {
      const jsBytes = await withPage(browser, server.url, { javaScriptEnabled: false }, async ({ page }) => {
        await page.goto(server.url + type.path);
        return (await upfrontJs(dist, await pageScripts(page))).bytes;
      });
      const loads: number[] = [];
      let shift = 0;
      let domNodes = 0;
      for (let i = 0; i < runs; i++)
        await withPage(browser, server.url, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
          await page.addInitScript(() => {
            const w = window as unknown as { __shift: number };
            w.__shift = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
                if (!e.hadRecentInput) w.__shift += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(server.url + type.path);
          await page.waitForLoadState('networkidle');
          const r = await page.evaluate(async () => {
            await new Promise<void>((resolve) => {
              const defined = () =>
                [...document.querySelectorAll('*')]
                  .filter((el) => el.localName.startsWith('mnk-'))
                  .every((el) => customElements.get(el.localName));
              const check = () => (defined() ? requestIdleCallback(() => resolve()) : setTimeout(check, 10));
              check();
            });
            // Quiet: the last resource the page fetched, or the islands' idle work, whichever came later.
            const lastFetch = Math.max(
              0,
              ...performance
                .getEntriesByType('resource')
                .map((e) => (e as PerformanceResourceTiming).responseEnd),
            );
            return {
              quiet: Math.max(performance.now(), lastFetch),
              nodes: document.getElementsByTagName('*').length,
              shift: (window as unknown as { __shift: number }).__shift,
            };
          });
          loads.push(r.quiet);
          domNodes = r.nodes;
          shift = Math.max(shift, r.shift);
        });
      out.push({ type, loadMs: median(loads), domNodes, jsBytes, shift });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface LighthouseFigures {
  type: PageType;
  /** Median score of the runs per category. */
  scores: Record<Category, number | null>;
  /** Largest layout shift Lighthouse saw. */
  cls: number;
  /** What keeps a category below 100 (from the last run). */
  failed: Record<Category, string[]>;
}

/** Lighthouse (mobile, simulated slow 4G and CPU) on each page type, `runs` times; medians. */
export async function lighthouseFigures(dist: string, runs = 3): Promise<LighthouseFigures[]> {
  const server = await serveStatic(dist);
  try {
    const urls = PAGE_TYPES.map((t) => server.url + t.path);
    const rounds: Awaited<ReturnType<typeof runLighthouse>>[] = [];
    for (let i = 0; i < runs; i++) rounds.push(await runLighthouse(urls));
    return PAGE_TYPES.map((type, p) => {
      const scores = {} as LighthouseFigures['scores'];
      for (const c of CATEGORIES) {
        const values = rounds.map((r) => r[p]!.scores[c]).filter((s): s is number => s !== null);
        scores[c] = values.length ? median(values) : null;
      }
      return {
        type,
        scores,
        cls: Math.max(...rounds.map((r) => r[p]!.cls)),
        failed: rounds.at(-1)![p]!.failed,
      };
    });
  } finally {
    await server.close();
  }
}
