// The budgets of DESIGN.md that are not timings, held by the suite (the timings are printed by
// `npm run bench` and never fail a test): guidance pages ship no JavaScript; each page type's
// up-front JavaScript is within its budget; nothing moves on load; fonts come only for the scripts
// a participant typed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, withPage } from './browser.ts';
import { PAGE_TYPES } from './page-types.ts';
import { builtPages } from './site-pages.ts';
import { pageScripts, upfrontJs } from './upfront-js.ts';
import { sampleWorkbook } from '../unit/pdf-fixtures.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Guidance pages in every locale: each guide and the guides index. */
const guidance = builtPages().filter((p) => /^\/[^/]+\/guides\/.*$/.test(p));

describe('JavaScript', () => {
  it('the site has guidance pages in both locales', () => {
    expect(guidance.filter((p) => p.startsWith('/en/guides/')).length).toBeGreaterThan(3);
    expect(guidance.filter((p) => p.startsWith('/es/guides/')).length).toBeGreaterThan(3);
  });

  it.each(guidance)('%s ships no JavaScript', async (path) => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      const code = (await pageScripts(page)).filter((s) => s.type !== 'application/json');
      expect(code).toEqual([]);
      expect(trouble.scripts).toEqual([]);
    });
  });

  it.each(PAGE_TYPES.map((t) => [t.name, t] as const))(
    '%s: up-front JavaScript within its budget',
    async (_, type) => {
      // JavaScript off: the script elements as built, before any island adds to the page.
      await withPage(browser, baseUrl, { javaScriptEnabled: false }, async ({ page }) => {
        await page.goto(baseUrl + type.path);
        const js = await upfrontJs('dist', await pageScripts(page));
        expect(
          js.bytes,
          `${type.path} loads ${js.bytes} B gzip up front (${js.files.join(', ')})`,
        ).toBeLessThanOrEqual(type.jsBudget);
      });
    },
  );
});

/** Starts recording layout shifts before the page's own code runs. */
const RECORD_SHIFTS = () => {
  const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null }[];
    }[]) {
      if (e.hadRecentInput) continue;
      w.__shifts.push({
        value: e.value,
        sources: e.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return el
            ? `${el.localName}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`
            : '?';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Waits until the page is quiet: every island on it defined, the network idle, two frames and an idle moment. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('mnk-'))
      .every((el) => customElements.get(el.localName)),
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve()))),
      ),
  );
  await page.waitForLoadState('networkidle');
}

describe('nothing moves on load', () => {
  const viewports = [
    { name: 'laptop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ];
  it.each(PAGE_TYPES.flatMap((t) => viewports.map((v) => [t.name, v.name, t, v] as const)))(
    '%s (%s): no layout shift',
    async (_, __, type, viewport) => {
      await withPage(browser, baseUrl, { viewport }, async ({ page }) => {
        await page.addInitScript(RECORD_SHIFTS);
        await page.goto(baseUrl + type.path);
        await settled(page);
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
        );
        expect(shifts, JSON.stringify(shifts)).toEqual([]);
      });
    },
  );

  it('the map page with people on it: no layout shift', async () => {
    await withPage(browser, baseUrl, { viewport: { width: 1280, height: 800 } }, async ({ page }) => {
      await page.goto(`${baseUrl}/en/worksheets/network-map/`);
      await page.evaluate(
        (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
        sampleWorkbook(30),
      );
      await page.addInitScript(RECORD_SHIFTS);
      await page.reload();
      await settled(page);
      await expect.poll(() => page.locator('mnk-network g[data-person]').count()).toBe(30);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
      );
      expect(shifts, JSON.stringify(shifts)).toEqual([]);
    });
  });
});

describe('fonts', () => {
  /** The font files a page fetched, by name. */
  const fontsOf = (requests: string[]) =>
    requests.filter((u) => u.includes('/fonts/')).map((u) => u.slice(u.lastIndexOf('/') + 1));

  it('no page type fetches a font on load (the pages use the system fonts)', async () => {
    for (const type of PAGE_TYPES)
      await withPage(browser, baseUrl, {}, async ({ page }) => {
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(baseUrl + type.path);
        await settled(page);
        expect(fontsOf(requests), type.path).toEqual([]);
      });
  });

  it.each([
    ['Latin, Greek and Cyrillic names', ['Ana Ruiz', 'Γιώργος Π.', 'Иван Петров'], []],
    ['an Arabic name among them', ['Ana Ruiz', 'محمد علي'], ['noto-sans-arabic-regular.ttf']],
  ] as const)('the report with %s fetches the fonts of those scripts only', async (_, names, extra) => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${baseUrl}/en/worksheets/`);
      await page.evaluate(
        (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
        sampleWorkbook(names.length, [...names]),
      );
      await page.reload();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download my report (PDF)' }).click(),
      ]);
      const fonts = fontsOf(requests);
      expect(
        fonts.filter((f) => f.startsWith('noto-sans-regular') || f.startsWith('noto-sans-bold')),
      ).not.toEqual([]);
      const others = fonts.filter((f) => !/^noto-sans-(regular|bold)\b/.test(f));
      expect(others.filter((f) => !f.endsWith('-bold.ttf'))).toEqual(extra);
    });
  });
});
