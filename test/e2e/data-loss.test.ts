// The data-loss scenarios of issue 14, each as the participant meets it: what they typed is kept,
// or they are told what happened and how to get it back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, withPage, type PageOptions } from './browser.ts';

const baseUrl = inject('baseUrl');
const mapPage = (locale = 'en') => `${baseUrl}/${locale}/worksheets/network-map/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PROFILE: PageOptions = { viewport: { width: 1280, height: 800 } };

const storedRaw = (page: Page) => page.evaluate(() => localStorage.getItem('mnk:workbook'));
const stored = async (page: Page) => JSON.parse((await storedRaw(page)) ?? 'null')?.workbook;

async function saved(page: Page) {
  await page
    .locator('[data-status]')
    .filter({ hasText: /Saved|Guardado/ })
    .waitFor();
}

/** Adds a person through quick add (name, then Enter). */
async function add(page: Page, name: string) {
  await page.locator('#qa-name').fill(name);
  await page.locator('#qa-name').press('Enter');
  await page.locator('[data-people-list] li', { hasText: name }).waitFor();
}

describe('undo cannot corrupt (scenario 2)', () => {
  it('after Delete all, the Undo of an earlier removal is not offered, and saving goes on', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(mapPage());
      await add(page, 'Ana Ruiz');
      await add(page, 'Bo Lee');
      // Tie them: Ana's editor, "knows" Bo.
      await page.locator('[data-people-list] li', { hasText: 'Ana Ruiz' }).locator('.person-pick').click();
      await page.locator('[data-knows-title]').click();
      await page.locator('#pe-knows').fill('Bo');
      await page.locator('[data-knows-list] input[type=checkbox]').first().check();
      await saved(page);
      expect((await stored(page)).network.ties).toHaveLength(1);
      await page.getByRole('button', { name: 'Remove: Ana Ruiz' }).click();
      const undo = page.locator('[data-action="undo"]');
      expect(await undo.isVisible()).toBe(true);
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      expect(await undo.isVisible()).toBe(false);
      expect(await storedRaw(page)).toBeNull();
      // Work goes on and is kept.
      await add(page, 'Chidi Okafor');
      await saved(page);
      expect(await page.locator('[data-save-error]').isVisible()).toBe(false);
      await page.reload();
      await page.locator('[data-people-list] li', { hasText: 'Chidi Okafor' }).waitFor();
      const wb = await stored(page);
      expect(wb.network.people.map((p: { name: string }) => p.name)).toEqual(['Chidi Okafor']);
      expect(wb.network.ties).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });
});
