// Lighthouse (npm `lighthouse`, pinned) on Debian's Chromium, mobile, against the local static
// server: shared by the browser suite (accessibility, best practices and SEO must be 100: not
// timings) and `npm run bench` (performance too, which depends on the machine's speed).
// Fully offline: the pages are served on loopback, every request to another origin is blocked, and
// Chromium runs with its background networking off, so nothing is fetched from outside.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, CHROMIUM_SWITCHES } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  /** 0–100 for each category; `null` when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Cumulative layout shift during load, as Lighthouse measured it. */
  cls: number;
  /** The audits of a category below 100 that did not pass, by id with their title (what to fix). */
  failed: Record<Category, string[]>;
}

/** The browser suite's switches (test/e2e/browser.ts), headless, with nothing installed besides. */
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_SWITCHES,
  '--disable-default-apps',
  '--disable-extensions',
];

/**
 * Runs Lighthouse's default (mobile) configuration on each URL in turn, in one Chromium with a fresh
 * profile. `categories` limits what is run (the suite leaves performance out).
 */
export async function runLighthouse(
  urls: readonly string[],
  categories: readonly Category[] = CATEGORIES,
): Promise<LighthouseResult[]> {
  const profile = mkdtempSync(join(tmpdir(), 'kit-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
    logLevel: 'silent',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const origin = new URL(url).origin;
      const runner = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
          // Screenshots are not needed and cost time on a loaded machine.
          disableFullPageScreenshot: true,
        },
        undefined,
      );
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = runner.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const foreign = (
        lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined
      )?.items
        ?.map((i) => i.url)
        .filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
      if (foreign?.length) throw new Error(`${url} requested another origin: ${foreign.join(', ')}`);
      const scores = {} as LighthouseResult['scores'];
      const failed = {} as LighthouseResult['failed'];
      for (const c of CATEGORIES) {
        const cat = lhr.categories[c];
        scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
        failed[c] = (cat?.auditRefs ?? [])
          .filter((r) => r.weight > 0)
          .map((r) => lhr.audits[r.id]!)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id}: ${a.title}`);
      }
      results.push({
        scores,
        cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN),
        failed,
      });
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
