import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** How this machine allows Chromium to run: no sandbox or GPU, nothing fetched in the background. */
export const CHROMIUM_SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, started the way this machine allows (no background networking, fresh profile);
 * `extraArgs` add switches (the bench's unthrottled frame rate).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_SWITCHES, ...extraArgs] });
}

/** What went wrong while a page was open: console errors, failed or foreign requests, dialogs. */
export interface PageTrouble {
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to another origin; they are blocked, so a test can prove that nothing leaves the site. */
  foreignRequests: string[];
  /** Every script the page requested. */
  scripts: string[];
  /** Dialogs the page opened, when `recordDialogs` is set (each is dismissed). */
  dialogs: string[];
}

export interface PageOptions {
  /** 1280 × 900 unless given. */
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Browser permissions granted to the site's origin, such as `clipboard-read`. */
  permissions?: string[];
  /**
   * Record and dismiss every dialog. Off by default, because a test that answers a dialog itself
   * (`page.once('dialog', …)`) must be the only one to answer it.
   */
  recordDialogs?: boolean;
  /** A touch screen (touch events, and pointer events of type touch). */
  hasTouch?: boolean;
  /** Service workers run unless blocked (a crawl that must see every request reach the server). */
  serviceWorkers?: 'allow' | 'block';
}

export interface OpenPage {
  page: Page;
  /** The fresh profile the page lives in: another tab of the same person is `context.newPage()`. */
  context: BrowserContext;
  trouble: PageTrouble;
}

/**
 * Runs `body` with a page in a fresh browser profile (its own storage, like another person's
 * computer) that records trouble, and closes the profile afterwards, whether the body passed or threw.
 */
export async function withPage<T>(
  browser: Browser,
  baseUrl: string,
  options: PageOptions,
  body: (open: OpenPage) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  // Playwright's 30 s per step failed on a loaded machine (filling a field at 500 people); steps
  // wait for what they need, so a longer limit only changes how long a real failure takes to show.
  context.setDefaultTimeout(90_000);
  try {
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: baseUrl });
    const page = await context.newPage();
    const trouble: PageTrouble = {
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
      scripts: [],
      dialogs: [],
    };
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
    page.on('requestfailed', (r) =>
      trouble.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`),
    );
    page.on('response', (r) => {
      if (r.status() >= 400) trouble.failedRequests.push(`${r.url()} ${r.status()}`);
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') trouble.scripts.push(r.url());
    });
    if (options.recordDialogs)
      page.on('dialog', (d) => {
        trouble.dialogs.push(d.message());
        return d.dismiss();
      });
    return await body({ page, context, trouble });
  } finally {
    await context.close();
  }
}
