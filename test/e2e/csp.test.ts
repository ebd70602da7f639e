// The Content-Security-Policy of every built page: first in <head>, with no hash that allows an
// empty inline style; and pages in use (the map, an opened PDF panel, a worksheet) break none of it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, withPage } from './browser.ts';
import { builtPages } from './site-pages.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const file = (path: string) => `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;

describe('the Content-Security-Policy', () => {
  it('comes right after the charset on every page, and allows no empty style', () => {
    const head = '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="';
    const empty = createHash('sha256').update('').digest('base64');
    const wrong = builtPages()
      .filter((p) => p.endsWith('/'))
      .filter((p) => {
        const html = readFileSync(file(p), 'utf8');
        return !html.includes(head) || html.includes(empty);
      });
    expect(wrong).toEqual([]);
  });

  it('is not violated on the pages that run code', async () => {
    for (const path of ['/en/', '/en/worksheets/know-yourself/', '/es/worksheets/network-map/'])
      await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
        await page.addInitScript(() => {
          (window as any).violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as any).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        });
        await page.goto(`${baseUrl}${path}`);
        await page.locator('footer').scrollIntoViewIfNeeded(); // islands that load near the screen
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as any).violations), path).toEqual([]);
        expect(trouble.consoleErrors, path).toEqual([]);
      });
  });
});
