import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launchChromium, withPage } from './browser.ts';
import { builtPages } from './site-pages.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages().filter((p) => p !== '/'); // the root only redirects; tested on its own below
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page, in every locale', () => {
  it('the site has both locales', () => {
    expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(11);
    expect(pages.filter((p) => p.startsWith('/es/')).length).toBe(
      pages.filter((p) => p.startsWith('/en/')).length,
    );
  });

  it.each(pages)('%s loads cleanly, stays on its origin and has no axe violation', async (path) => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      await page.goto(baseUrl + path);
      const lang = await page.getAttribute('html', 'lang');
      expect(lang).toBe(path.startsWith('/es/') ? 'es' : 'en');
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/.{40,}/);
      expect(await page.locator('h1').count()).toBe(1);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(await axeViolations(page)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.failedRequests).toEqual([]);
      expect(trouble.foreignRequests).toEqual([]);
      // Only worksheet, agenda and cohort pages carry JavaScript, and only their own bundle; a
      // locale's home page only the setup of the offline worker; guides none at all.
      if (['/worksheets/', '/agendas/', '/cohort/'].some((part) => path.includes(part)))
        expect(trouble.scripts.every((u) => u.startsWith(`${baseUrl}/_astro/`))).toBe(true);
      else if (/^\/[a-z]{2}\/$/.test(path))
        expect(trouble.scripts.every((u) => /\/_astro\/(OfflineSupport|base-path|routes)\b/.test(u))).toBe(
          true,
        );
      else expect(trouble.scripts).toEqual([]);
    });
  });

  it.each(pages)('%s reflows at 320 CSS pixels without sideways scrolling', async (path) => {
    await withPage(browser, baseUrl, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await page.goto(baseUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

describe('guidance pages ship no JavaScript', () => {
  it.each(pages.filter((p) => p.includes('/guides/')))('%s has no script element', (path) => {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    expect(html).not.toMatch(/<script\b/i);
  });
});

describe('the accessibility check itself', () => {
  it('reports a violation when there is one, so a green run means something', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(baseUrl + '/en/');
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = '/brand/logo.svg';
        document.querySelector('main')!.append(img);
      });
      expect((await axeViolations(page)).map((v) => v.split(':')[0])).toContain('image-alt');
    });
  });
});

describe('the site root', () => {
  it('sends the visitor to the default locale and lists every language', async () => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      const html = readFileSync('dist/index.html', 'utf8');
      expect(html).toMatch(/hreflang="es"/);
      await page.goto(baseUrl + '/');
      await page.waitForURL(`${baseUrl}/en/`);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('an unknown address shows the not-found page with a way home', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      const response = await page.goto(baseUrl + '/en/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.locator('main a[href="/en/"]').count()).resolves.toBe(1);
    });
  });
});

describe('language switcher', () => {
  it('keeps the page when switching language, both ways', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(baseUrl + '/en/guides/roles/');
      await page.locator('.language-switcher a[lang="es"]').click();
      await page.waitForURL(`${baseUrl}/es/guides/roles/`);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect(page.locator('.language-switcher a[aria-current]').getAttribute('lang')).resolves.toBe(
        'es',
      );
      await page.locator('.language-switcher a[lang="en"]').click();
      await page.waitForURL(`${baseUrl}/en/guides/roles/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    });
  });

  it('is usable by keyboard alone', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(baseUrl + '/en/');
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.getAttribute('lang') === 'es')) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/es/`);
    });
  });
});

describe('print', () => {
  it('hides navigation, writes out link targets and keeps the content', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(baseUrl + '/en/guides/network/');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('.language-switcher').isVisible()).resolves.toBe(false);
      await expect(page.locator('.skip-link').isVisible()).resolves.toBe(false);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      const after = await page
        .locator('main .prose a[href^="/"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toMatch(/^" \(" attr\(href\) "\)"$|\/en\/guides\//);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  it('shows navigation on screen', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await page.goto(baseUrl + '/en/guides/network/');
      await expect(page.locator('.site-nav').isVisible()).resolves.toBe(true);
    });
  });
});
