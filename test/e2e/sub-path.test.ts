// The sample fork (test/fixtures/forks/institution: its own brand, nine needs-based roles, a third
// language), published in a folder of its university's site as its kit.yaml says
// (https://www.northfield.example.edu/mentoring/): built from a copy, served only under /mentoring/,
// crawled in Chromium; then used with the network gone after a first visit, and updated.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium, withPage } from './browser.ts';
import { fixtureEnvelope } from './map-fixture.ts';
import { builtPages } from './site-pages.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const fork = 'test/fixtures/forks/institution/content';
const BASE = '/mentoring/';
const root = mkdtempSync(join(tmpdir(), 'kit-sub-path-'));
const outDir = join(root, 'dist');
const roleIds = (parse(readFileSync(join(fork, 'roles.yaml'), 'utf8')) as { id: string }[]).map((r) => r.id);
let server: StaticServer;
let browser: Browser;
let site: string;

beforeAll(async () => {
  // A copy, so Astro's cache for this content stays out of the repository.
  cpSync(fork, join(root, 'content'), { recursive: true });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    stdio: 'ignore',
    env: { ...process.env, KIT_CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server = await serveStatic(outDir, 0, BASE);
  site = `${server.url}${BASE}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Requests that failed, leaving out those a navigation cut short (a favicon, on reload). */
const failed = (requests: string[]) => requests.filter((r) => !r.endsWith('net::ERR_ABORTED'));

/** Every address a page refers to (links, scripts, styles, images, the PDF data), resolved. */
const referencesOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [data-data]')].flatMap((el) =>
      ['href', 'src', 'data-data']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => !!value && !value.startsWith('#'))
        .map((value) => new URL(value, location.href).href),
    ),
  );

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path());
}

describe('published in a folder of another site', () => {
  it('every page, link and file is found under the folder, and nothing points outside it', async () => {
    const pages = builtPages(outDir);
    expect(pages.length).toBeGreaterThan(40);
    const references = new Set<string>();
    await withPage(browser, server.url, { serviceWorkers: 'block' }, async ({ page, trouble }) => {
      for (const path of pages) {
        const response = await page.goto(`${server.url}${BASE}${path.slice(1)}`);
        expect(response?.status(), path).toBe(200);
        // The site's root page only sends the browser on to the first language's home page, inside
        // the folder; that move ends before the next page is asked for, so the two never overlap.
        if (path === '/') await page.waitForURL(`${site}en/`);
        else for (const ref of await referencesOf(page)) references.add(ref);
      }
      expect(failed(trouble.failedRequests)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
    const internal = [...references].filter((r) => r.startsWith(server.url));
    expect(internal.filter((r) => !r.startsWith(site))).toEqual([]);
    const missing: string[] = [];
    for (const ref of internal) if (!(await fetch(ref)).ok) missing.push(ref);
    expect(missing).toEqual([]);
    // Links between languages are absolute, from kit.yaml's site.
    const html = readFileSync(join(outDir, 'en/guides/mapping/index.html'), 'utf8');
    expect(html).toContain(
      '<link rel="alternate" hreflang="es" href="https://www.northfield.example.edu/mentoring/es/guides/mapping/">',
    );
  });

  it.each([
    'fr/',
    'fr/guides/',
    'fr/guides/roles/',
    'fr/worksheets/',
    'fr/worksheets/know-yourself/',
    'fr/worksheets/network-map/',
    'fr/worksheets/accountability-check-in/',
    'fr/agendas/workshop-60/',
    'fr/agendas/workshop-60/present/',
    'fr/cohort/',
  ])('%s, in the language the fork added, is in French and has no axe violation', async (path) => {
    await withPage(browser, server.url, { serviceWorkers: 'block' }, async ({ page, trouble }) => {
      await page.goto(site + path);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await axeViolations(page)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
      expect(failed(trouble.failedRequests)).toEqual([]);
    });
  });

  it('the report and the map image are made in the browser, fonts and data found under the folder', async () => {
    await withPage(browser, server.url, { serviceWorkers: 'block' }, async ({ page, trouble }) => {
      await page.goto(`${site}en/worksheets/`);
      await page.evaluate(
        (envelope) => localStorage.setItem('mnk:workbook', envelope),
        fixtureEnvelope(12, 8, roleIds),
      );
      await page.reload();
      const report = await download(page, 'Download my report (PDF)');
      expect(report.subarray(0, 5).toString()).toBe('%PDF-');
      await page.goto(`${site}en/worksheets/network-map/`);
      const png = await download(page, 'Download the map (PNG, for print)');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(failed(trouble.failedRequests)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });
});

describe('offline after a first visit', () => {
  it('guides, worksheets, the map, the report, the image and the presenter view work with no network; a new version keeps the workbook', async () => {
    await withPage(browser, server.url, {}, async ({ page }) => {
      await page.goto(`${site}en/`);
      // Six people, named in Latin and Cyrillic letters: the fonts for Chinese, Korean and emoji are
      // kept only once used (each is megabytes), so a first visit does not fetch them for everyone.
      await page.evaluate(
        (envelope) => localStorage.setItem('mnk:workbook', envelope),
        fixtureEnvelope(6, 5, roleIds),
      );
      // The worker has kept every file once it is active and controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

      server.setOffline(true);
      try {
        await page.goto(`${site}es/guides/mapping/`);
        await expect.poll(() => page.locator('h1').textContent()).toBeTruthy();
        await page.goto(`${site}en/worksheets/`);
        const report = await download(page, 'Download my report (PDF)');
        expect(report.subarray(0, 5).toString()).toBe('%PDF-');
        await page.goto(`${site}en/worksheets/network-map/`);
        const png = await download(page, 'Download the map (PNG, for print)');
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        await page.goto(`${site}en/agendas/workshop-60/present/?start=09:30`);
        await expect.poll(() => page.locator('h1, h2').first().isVisible()).toBe(true);
        // A page that does not exist gets the kit's own "not found", not the browser's error.
        const missing = await page.goto(`${site}en/no-such-page/`);
        expect(missing?.status()).toBe(200);
        await expect.poll(() => page.locator('main h1').count()).toBe(1);
      } finally {
        server.setOffline(false);
      }

      // A new version is published: the page says so, and using it keeps every answer.
      const worker = await (await fetch(`${site}sw.js`)).text();
      server.replaceFile(
        `${BASE}sw.js`,
        worker.replace(/^const VERSION = "(\w+)";/m, 'const VERSION = "$1-next";'),
      );
      const before = await page.evaluate(() => localStorage.getItem('mnk:workbook'));
      await page.goto(`${site}en/worksheets/`);
      const notice = page.locator('[data-new-version]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      await expect(notice.textContent()).resolves.toContain('Your answers stay in this browser.');
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: 'Use the new version' }).click(),
      ]);
      await expect
        .poll(() => page.evaluate(() => caches.keys()))
        .toEqual(expect.arrayContaining([expect.stringMatching(/-next$/)]));
      expect(await page.evaluate(() => localStorage.getItem('mnk:workbook'))).toBe(before);
      await expect.poll(() => notice.isVisible()).toBe(false);
    });
  });
});
