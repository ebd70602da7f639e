import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
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

/** Every map test: a profile a little narrower than the default; a dialog the map opens is trouble. */
const PROFILE: PageOptions = { viewport: { width: 1200, height: 900 }, recordDialogs: true };

/** Where a person is drawn: their ring and sector, from the geometry of the live SVG. */
async function placeOf(page: Page, name: string) {
  return page.evaluate((name) => {
    const svg = document.querySelector('[data-map-canvas] svg')!;
    const g = [...svg.querySelectorAll('g[data-person]')].find(
      (el) => el.querySelector('title')?.textContent === name,
    );
    if (!g) return null;
    const label = [...g.querySelectorAll('text')].at(-1)!;
    const x = Number(label.getAttribute('x'));
    const y = Number(label.getAttribute('y')) - 13 - 18; // back from the label baseline to the symbol's centre
    const rings = [...svg.querySelectorAll(':scope > circle[fill^="#"]')]
      .map((c) => Number(c.getAttribute('r')))
      .filter((r) => r > 46)
      .sort((a, b) => a - b);
    const r = Math.hypot(x, y);
    const ring = ['close', 'moderate', 'distant'][rings.findIndex((outer) => r < outer)];
    const roles = 5;
    const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
    return { ring, sector: Math.floor(angle / ((2 * Math.PI) / roles)) };
  }, name);
}

const twelve: [name: string, role: string, closeness: string][] = [
  ['Ana Ruiz', 'developmental', 'close'],
  ['Bo Lee', 'skills', 'moderate'],
  ['Chidi Okafor', 'work-life', 'distant'],
  ['Dana Cohen', 'peer', 'close'],
  ['Élodie Faure', 'mentee', 'moderate'],
  ['Farid Haddad', 'developmental', 'distant'],
  ['Γιώργος Π.', 'skills', 'close'],
  ['Иван Петров', 'work-life', 'moderate'],
  ['李小龍', 'peer', 'distant'],
  ['محمد علي', 'mentee', 'close'],
  ['<img src=x onerror=alert(1)>', 'developmental', 'moderate'],
  ['अनीता शर्मा', 'skills', 'distant'],
];
const sectorOf: Record<string, number> = { developmental: 0, skills: 1, 'work-life': 2, peer: 3, mentee: 4 };

/** Adds a person with the keyboard only: type, Tab to the selects, pick with arrow keys, Enter. */
async function addByKeyboard(page: Page, name: string, role: string, closeness: string) {
  await page.focus('#qa-name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < sectorOf[role]!; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < ['close', 'moderate', 'distant'].indexOf(closeness); i++)
    await page.keyboard.press('ArrowDown');
  await page.focus('#qa-name');
  await page.keyboard.press('Enter');
}

describe('the network map', () => {
  it('12 people added by keyboard alone land in their sector and ring, and stay after a reload', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve) await addByKeyboard(page, name, role, closeness);
      expect(await page.locator('[data-people-list] > li').count()).toBe(12);
      for (const [name, role, closeness] of twelve)
        expect(await placeOf(page, name), name).toEqual({ ring: closeness, sector: sectorOf[role] });
      await page.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      await page.reload();
      for (const [name, role, closeness] of twelve)
        expect(await placeOf(page, name), name).toEqual({ ring: closeness, sector: sectorOf[role] });
      // A name that looks like markup is text everywhere: list, table, ties, map.
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(
        await page.locator('[data-people-table] th', { hasText: '<img src=x onerror=alert(1)>' }).count(),
      ).toBe(1);
      expect(
        await page.locator('[data-map-canvas] title', { hasText: '<img src=x onerror=alert(1)>' }).count(),
      ).toBe(1);
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.dialogs).toEqual([]);
    });
  });

  it('editing a person moves them on the map; remove and undo; reorder', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      const bo = page.locator('[data-people-list] > li', { hasText: 'Bo Lee' });
      await bo.getByRole('button', { name: 'Edit: Bo Lee' }).click();
      await bo.getByLabel('How close').selectOption('close');
      await bo.getByLabel('Main role').selectOption('mentee');
      expect(await placeOf(page, 'Bo Lee')).toEqual({ ring: 'close', sector: 4 });
      await bo.getByLabel('Career stage compared with yours').selectOption('above');
      await bo.getByLabel('Where they come from').selectOption('external');
      await bo.getByRole('button', { name: 'Done' }).click();
      expect(await page.locator('[data-people-table] tr', { hasText: 'Bo Lee' }).textContent()).toMatch(
        /Further along.*Another institution/,
      );

      await page.getByRole('button', { name: 'Remove: Ana Ruiz' }).click();
      expect(await page.locator('[data-people-list] > li').count()).toBe(2);
      expect(await placeOf(page, 'Ana Ruiz')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-people-list] > li').first().textContent()).toContain('Ana Ruiz');

      await page.getByRole('button', { name: 'Move down: Ana Ruiz' }).click();
      expect(await page.locator('[data-people-list] > li strong').allTextContents()).toEqual([
        'Bo Lee',
        'Ana Ruiz',
        'Chidi Okafor',
      ]);
      await page.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      await page.reload();
      expect(await page.locator('[data-people-list] > li strong').allTextContents()).toEqual([
        'Bo Lee',
        'Ana Ruiz',
        'Chidi Okafor',
      ]);
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.dialogs).toEqual([]);
    });
  });

  it('moving someone to the top or bottom leaves focus on a button that still works', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      const focused = () =>
        page.evaluate(() => ({
          label: document.activeElement?.getAttribute('aria-label'),
          disabled: (document.activeElement as HTMLButtonElement).disabled,
        }));
      await page.getByRole('button', { name: 'Move up: Bo Lee' }).click();
      expect(await focused()).toEqual({ label: 'Move down: Bo Lee', disabled: false });
      await page.getByRole('button', { name: 'Move down: Ana Ruiz' }).focus();
      await page.keyboard.press('Enter');
      expect(await focused()).toEqual({ label: 'Move up: Ana Ruiz', disabled: false });
      expect(await page.locator('[data-people-list] > li strong').allTextContents()).toEqual([
        'Bo Lee',
        'Chidi Okafor',
        'Ana Ruiz',
      ]);
    });
  });

  it('marks who knows whom, draws the tie, and shows initials only on request', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      await page.locator('.ties-panel summary').click();
      await page.locator('fieldset.tie-group', { hasText: 'Ana Ruiz knows' }).getByLabel('Bo Lee').check();
      expect(
        await page
          .locator('fieldset.tie-group', { hasText: 'Bo Lee knows' })
          .getByLabel('Ana Ruiz')
          .isChecked(),
      ).toBe(true);
      expect(await page.locator('[data-map-canvas] line[stroke="#5b6472"]').count()).toBe(1);
      await page.getByLabel('Show initials only').check();
      const labels = await page
        .locator('[data-map-canvas] g[data-person] text:last-of-type')
        .allTextContents();
      expect(labels).toEqual(['AR', 'BL', 'CO']);
      await page.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      const stored = await page.evaluate(
        () => JSON.parse(localStorage.getItem('mnk:workbook')!).workbook.network.ties,
      );
      expect(stored).toHaveLength(1);
    });
  });

  it('stops at 500 people with a message, and stores nothing more', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.evaluate(() => {
        const t = new Date().toISOString();
        const people = Array.from({ length: 500 }, (_, i) => ({
          id: `p${i}`,
          name: `Person ${i}`,
          roles: ['peer'],
        }));
        const workbook = {
          schemaVersion: 2,
          createdAt: t,
          updatedAt: t,
          answers: {},
          network: { people, ties: [] },
          snapshots: [],
        };
        localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook }));
      });
      await page.reload();
      await page.fill('#qa-name', 'One too many');
      await page.getByRole('button', { name: 'Add to my map' }).click();
      expect(await page.locator('#qa-error').textContent()).toMatch(/at most 500 people/);
      expect(await page.locator('[data-people-list] > li').count()).toBe(500);
      expect(
        (await page.evaluate(() => JSON.parse(localStorage.getItem('mnk:workbook')!))).workbook.network
          .people,
      ).toHaveLength(500);
    });
  });

  it('refuses a person without a name, with a message', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.getByRole('button', { name: 'Add to my map' }).click();
      expect(await page.locator('#qa-error').textContent()).toMatch(/Write a name/);
      expect(await page.getAttribute('#qa-name', 'aria-invalid')).toBe('true');
      expect(await page.locator('[data-people-list] > li').count()).toBe(0);
    });
  });

  it('has no axe violations with people on it, in both locales', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      for (const locale of ['en', 'es']) {
        await page.goto(mapPage(locale));
        if (locale === 'en')
          for (const [name, role, closeness] of twelve.slice(0, 4))
            await addByKeyboard(page, name, role, closeness);
        await page
          .locator('[data-people-list] > li')
          .first()
          .getByRole('button', { name: /^(Edit|Editar)/ })
          .click();
        await page.locator('.ties-panel summary').click();
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    });
  });

  it('prints an empty map to draw on, and a table to write in, when blank', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-map-canvas] svg').isVisible()).toBe(true);
      expect(await page.locator('.blank-row').first().isVisible()).toBe(true);
      expect(await page.locator('.quick-add').isVisible()).toBe(false);
    });
  });

  it('downloads the map as SVG with text as paths, and as a print-resolution PNG', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve) await addByKeyboard(page, name, role, closeness);
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Download the map (SVG)' }).click(),
      ]);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(svgDownload.suggestedFilename()).toBe('my-mentoring-network.svg');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<text\b/);
      expect(svg).not.toMatch(/onerror|<img/);
      expect(svg).not.toMatch(/(href|url)\(?\s*=?\s*["']?https?:/);
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Download the map (PNG, for print)' }).click(),
      ]);
      const png = readFileSync(await pngDownload.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(Math.max(width, height)).toBeGreaterThanOrEqual(2480);
    });
  });
});
