import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, started the way this machine allows (no background networking, fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What went wrong while a page loaded: console errors, failed or foreign requests. */
export interface PageTrouble {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  scripts: string[];
}

/**
 * Opens a fresh page that records trouble. Requests to another origin are blocked and recorded,
 * so a test can prove that nothing leaves the site.
 */
export async function openWatchedPage(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 900 },
) {
  const context = await browser.newContext({ viewport });
  const page: Page = await context.newPage();
  const trouble: PageTrouble = { consoleErrors: [], failedRequests: [], foreignRequests: [], scripts: [] };
  const origin = new URL(baseUrl).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    trouble.foreignRequests.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => trouble.consoleErrors.push(e.message));
  page.on('requestfailed', (r) => trouble.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.failedRequests.push(`${r.url()} ${r.status()}`);
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') trouble.scripts.push(r.url());
  });
  return { page, trouble, close: () => context.close() };
}
