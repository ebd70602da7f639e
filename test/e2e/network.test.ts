import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launchChromium, withPage, type PageOptions } from './browser.ts';
import { fixtureEnvelope } from './map-fixture.ts';

const baseUrl = inject('baseUrl');
const mapPage = (locale = 'en') => `${baseUrl}/${locale}/worksheets/network-map/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every map test: a wide screen (map and people side by side); a dialog the map opens is trouble. */
const PROFILE: PageOptions = { viewport: { width: 1280, height: 800 }, recordDialogs: true };

/** Where a person is drawn: their ring and sector, from the geometry of the live SVG. */
async function placeOf(page: Page, name: string) {
  return page.evaluate((name) => {
    const svg = document.querySelector('[data-map-canvas] svg')!;
    const g = [...svg.querySelectorAll('g[data-person]')].find(
      (el) => el.querySelector('title')?.textContent === name,
    );
    if (!g) return null;
    const box = (g.querySelector('path') as SVGPathElement).getBBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
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

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('mnk:workbook') ?? 'null')?.workbook.network);

const storedPerson = async (page: Page, name: string) =>
  (await stored(page))?.people.find((p: { name: string }) => p.name === name);

async function seed(page: Page, people: number) {
  await page.goto(mapPage());
  await page.evaluate((env) => localStorage.setItem('mnk:workbook', env), fixtureEnvelope(people));
  await page.reload();
  await drawn(page);
}

/** Waits for the editor (it loads as the map nears the screen) to draw the people. */
const drawn = (page: Page) => page.locator('[data-map-canvas] g[data-person]').first().waitFor();

const onMap = (page: Page, name: string) => page.locator(`[data-map-canvas] g[aria-label^="${name}:"]`);

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
/** The letter that picks each option by type-ahead in the quick-add selects (first letters differ). */
const letter: Record<string, string> = {
  developmental: 'd',
  skills: 's',
  'work-life': 'w',
  peer: 'p',
  mentee: 'm',
  close: 'c',
  moderate: 'm',
  distant: 'd',
};

/** Adds a person with the keyboard only: type the name, Tab and a letter per select, Enter. */
async function addByKeyboard(page: Page, name: string, role: string, closeness: string) {
  await page.locator('#qa-name').waitFor(); // the editor loads as the map nears the screen
  await page.focus('#qa-name');
  await page.keyboard.type(name);
  for (const key of ['Tab', letter[role]!, 'Tab', letter[closeness]!, 'Enter'])
    await page.keyboard.press(key);
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
      await drawn(page);
      for (const [name, role, closeness] of twelve)
        expect(await placeOf(page, name), name).toEqual({ ring: closeness, sector: sectorOf[role] });
      // The line by the map says what it shows, and leads to the findings.
      const summary = page.locator('[data-map-summary]');
      await expect
        .poll(() => summary.textContent())
        .toMatch(/^12 people · .+ · (no gaps|\d+ gaps?): see what your map shows$/);
      expect(await summary.getAttribute('href')).toBe('#s-findings');
      // A name that looks like markup is text everywhere: list, table, map.
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

  it('quick entry takes all five by keyboard in at most 10 keystrokes beyond the name', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.locator('#qa-name').waitFor();
      await page.focus('#qa-name');
      await page.keyboard.type('Zara Quick');
      // Main role Peer mentor, close, from another institution, further along: Tab and a letter each.
      const keys = ['Tab', 'p', 'Tab', 'c', 'Tab', 'a', 'Tab', 'f', 'Enter'];
      for (const key of keys) await page.keyboard.press(key);
      expect(keys.length).toBeLessThanOrEqual(10);
      await expect
        .poll(() => storedPerson(page, 'Zara Quick'))
        .toMatchObject({
          roles: ['peer'],
          closeness: 'close',
          source: 'external',
          stage: 'above',
        });
      // The confirmation and the map are in view, and the name field is ready for the next person.
      expect(await page.locator('[data-announce-text]').textContent()).toBe('Zara Quick was added.');
      expect(await page.locator('[data-map-canvas]').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('qa-name');
    });
  });

  it('the editor opens beside the map; edits move the person; remove and undo', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      await page.locator('[data-people-list] li', { hasText: 'Bo Lee' }).locator('.person-pick').click();
      expect(await page.locator('#pe-title').textContent()).toBe('Details of Bo Lee');
      await page.locator('#pe-closeness').selectOption('close');
      await page.locator('#pe-role').selectOption('mentee');
      await expect.poll(() => placeOf(page, 'Bo Lee')).toEqual({ ring: 'close', sector: 4 }); // next frame
      await page.locator('#pe-stage').selectOption('above');
      await page.locator('#pe-source').selectOption('external');
      await page.getByRole('button', { name: 'Done' }).click();
      // The table's row follows once the browser is idle (people-list.ts).
      await expect
        .poll(() => page.locator('[data-people-table] tr', { hasText: 'Bo Lee' }).textContent())
        .toMatch(/Further along.*Another institution/);
      // Selecting a person on the map opens the same editor.
      await onMap(page, 'Ana Ruiz').click();
      expect(await page.locator('#pe-title').textContent()).toBe('Details of Ana Ruiz');
      await page.getByRole('button', { name: 'Remove: Ana Ruiz' }).click();
      expect(await page.locator('[data-people-list] > li').count()).toBe(2);
      expect(await placeOf(page, 'Ana Ruiz')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-people-list] > li').first().textContent()).toContain('Ana Ruiz');
      expect(await placeOf(page, 'Ana Ruiz')).toEqual({ ring: 'close', sector: 0 });
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.dialogs).toEqual([]);
    });
  });

  it('dragging a person from the outer ring to the inner one makes them close, and Undo takes it back', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(mapPage());
      await addByKeyboard(page, 'Chidi Okafor', 'work-life', 'distant');
      const person = onMap(page, 'Chidi Okafor');
      await person.scrollIntoViewIfNeeded();
      // From the person straight towards you, into the close ring: same sector, inner ring.
      const { from, to } = await page.evaluate(() => {
        const svg = document.querySelector('[data-map-canvas] svg')!;
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
        };
        const discs = [...svg.querySelectorAll(':scope > circle[fill^="#"]')].map(centre);
        const you = discs.reduce((a, b) => (a.r < b.r ? a : b));
        const close = discs.filter((d) => d.r > you.r).reduce((a, b) => (a.r < b.r ? a : b));
        const from = centre(svg.querySelector('g[data-person] path')!);
        const d = Math.hypot(from.x - you.x, from.y - you.y);
        const r = you.r + 0.6 * (close.r - you.r);
        return { from, to: { x: you.x + ((from.x - you.x) * r) / d, y: you.y + ((from.y - you.y) * r) / d } };
      });
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
      // A live preview: the target cell is outlined while the person follows the pointer.
      expect(await page.locator('[data-map-canvas] .drop-target').count()).toBe(1);
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
      await expect.poll(async () => (await storedPerson(page, 'Chidi Okafor'))?.closeness).toBe('close');
      expect(await placeOf(page, 'Chidi Okafor')).toEqual({ ring: 'close', sector: 2 });
      expect(await page.locator('[data-announce-text]').textContent()).toBe(
        'Chidi Okafor is now Close, Work-life mentor.',
      );
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(async () => (await storedPerson(page, 'Chidi Okafor'))?.closeness).toBe('distant');
      expect(await placeOf(page, 'Chidi Okafor')).toEqual({ ring: 'distant', sector: 2 });
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('keys move a focused person a ring in or out and to another sector, and say so', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      await onMap(page, 'Bo Lee').focus();
      await page.keyboard.press('ArrowUp');
      expect(await page.locator('[role="status"] [data-announce-text]').textContent()).toBe(
        'Bo Lee is now Close, Skills or scientific mentor.',
      );
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('[data-announce-text]').textContent()).toBe(
        'Bo Lee is now Close, Work-life mentor.',
      );
      // The focus stays on the person, so the keys go on working.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Bo Lee: Work-life mentor, Close',
      );
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await placeOf(page, 'Bo Lee')).toEqual({ ring: 'distant', sector: 2 });
      await expect
        .poll(() => storedPerson(page, 'Bo Lee'))
        .toMatchObject({
          closeness: 'distant',
          roles: ['work-life'],
        });
      // People are reached by Tab in map order: sector by sector, inner ring first.
      const order = await page
        .locator('[data-map-canvas] g[data-person]')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')!.split(':')[0]));
      expect(order).toEqual(['Ana Ruiz', 'Bo Lee', 'Chidi Okafor']);
    });
  });

  it('a redraw changes only what changed, and draws what a fresh page draws', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 60);
      // The drawing as markup, without what focus and selection add (classes, the overlay).
      const drawing = () =>
        page.evaluate(() =>
          [...document.querySelector('[data-map-canvas] svg')!.children]
            .filter((el) => !el.matches('.map-overlay'))
            .map((el) => {
              const copy = el.cloneNode(true) as Element;
              copy.removeAttribute('class');
              return copy.outerHTML;
            }),
        );
      await page.locator('[data-map-canvas] g[data-person="p1"]').focus();
      // The elements drawn so far, to tell which of them the redraw keeps.
      const before = await page.evaluateHandle(
        () => new WeakSet([...document.querySelector('[data-map-canvas] svg')!.children]),
      );
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      // The moved person is the same element, so the focus never left them.
      expect(await page.evaluate((before) => before.has(document.activeElement!), before)).toBe(true);
      const kept = await page.evaluate((before) => {
        const children = [...document.querySelector('[data-map-canvas] svg')!.children];
        return { all: children.length, kept: children.filter((el) => before.has(el)).length };
      }, before);
      expect(kept.kept).toBeGreaterThan(kept.all / 2);
      const patched = await drawing();
      await page.reload();
      await drawn(page);
      expect(await drawing()).toEqual(patched);
    });
  });

  it('prints the people table as it is after a move, even straight after the key', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 12);
      const person = page.locator('[data-map-canvas] g[data-person="p1"]');
      // "Name: Role, Closeness", before and after a ring's move (farther, or closer from the outer ring).
      const [name, was] = (await person.getAttribute('aria-label'))!.split(/: .*, /);
      await person.focus();
      await page.keyboard.press(was === 'Distant' ? 'ArrowUp' : 'ArrowDown');
      const now = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!;
      const closeness = now.split(', ').at(-1)!;
      expect(now.startsWith(`${name}: `) && closeness !== was).toBe(true);
      // The list's row says so at once (its texts change in place).
      const listed = await page.locator('[data-people-list] [data-person="p1"]').textContent();
      expect(listed).toContain(closeness);
      expect(listed).not.toContain(was);
      // The table's row is redrawn when the browser is idle, or before printing if that comes first.
      const { execFileSync } = await import('node:child_process');
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
        input: await page.pdf({ format: 'A4' }),
        encoding: 'utf8',
      });
      const row = text.split('\n').find((line) => line.includes(name!));
      expect(row).toContain(closeness);
      expect(row).not.toContain(was);
    });
  });

  it('ties two people by selecting them on the map, and lists them under "knows"', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      for (const [name, role, closeness] of twelve.slice(0, 3))
        await addByKeyboard(page, name, role, closeness);
      await onMap(page, 'Ana Ruiz').click();
      await onMap(page, 'Bo Lee').click({ modifiers: ['Shift'] });
      expect(await page.locator('[data-announce-text]').textContent()).toBe(
        'Ana Ruiz and Bo Lee know each other.',
      );
      await expect.poll(async () => (await stored(page)).ties).toHaveLength(1);
      expect(await page.locator('[data-map-canvas] svg [data-tie]').count()).toBe(1);
      // The selected person's ties are highlighted.
      expect(await page.locator('[data-map-canvas] .tie-highlight').count()).toBe(1);
      // "Link people" does the same without Shift.
      await page.getByRole('button', { name: 'Link people' }).click();
      await onMap(page, 'Chidi Okafor').click();
      await expect.poll(async () => (await stored(page)).ties).toHaveLength(2);
      await page.getByRole('button', { name: 'Link people' }).click();
      // The "knows" list: the people marked, and a search for the others; unticking unties.
      await page.locator('[data-knows] summary').click();
      expect(await page.locator('[data-knows-title]').textContent()).toBe('Ana Ruiz knows (2 people)');
      await page.locator('[data-knows-list]').getByLabel('Bo Lee').uncheck();
      await expect.poll(async () => (await stored(page)).ties).toHaveLength(1);
      await page.getByLabel('Find someone they know').fill('bo');
      expect(await page.locator('[data-knows-list] li').allTextContents()).toEqual([' Bo Lee']);
    });
  });

  it('on a phone the map fits the screen with you in the middle, and the editor is a sheet below it', async () => {
    const phone = { viewport: { width: 390, height: 844 }, recordDialogs: true };
    await withPage(browser, baseUrl, phone, async ({ page }) => {
      await seed(page, 12);
      await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
      const geometry = () =>
        page.evaluate(() => {
          const box = document.querySelector('[data-map-canvas]')!.getBoundingClientRect();
          const you = [...document.querySelectorAll('[data-map-canvas] svg > circle')]
            .find((c) => c.getAttribute('fill') === '#1b1f24')!
            .getBoundingClientRect();
          return {
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            dx: Math.abs(you.x + you.width / 2 - (box.left + box.width / 2)) / box.width,
            dy: Math.abs(you.y + you.height / 2 - (box.top + box.height / 2)) / box.height,
            scrollWidth: document.documentElement.scrollWidth,
          };
        });
      const g = await geometry();
      expect(g.box.left).toBeGreaterThanOrEqual(0);
      expect(g.box.right).toBeLessThanOrEqual(390);
      expect(g.box.top).toBeGreaterThanOrEqual(0);
      expect(g.box.bottom).toBeLessThanOrEqual(844);
      expect(g.dx).toBeLessThanOrEqual(0.1);
      expect(g.dy).toBeLessThanOrEqual(0.1);
      expect(g.scrollWidth).toBeLessThanOrEqual(390);
      // Zoom in and back.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      expect(await page.locator('[data-map-canvas] svg').evaluate((s) => s.style.transform)).toMatch(/scale/);
      await page.getByRole('button', { name: 'Fit the map' }).click();
      expect((await geometry()).dy).toBeLessThanOrEqual(0.1);
      // After "Add to my map" the map and the confirmation are in view.
      await page.fill('#qa-name', 'Yusuf Added');
      await page.getByRole('button', { name: 'Add to my map' }).click();
      await expect
        .poll(async () => {
          const map = (await page.locator('[data-map-canvas]').boundingBox())!;
          const said = (await page.locator('[data-announce-text]').boundingBox())!;
          return map.y >= -1 && said.y + said.height <= 844;
        })
        .toBe(true);
      expect(await page.locator('[data-announce-text]').textContent()).toBe('Yusuf Added was added.');
      // Tapping a person opens the editor over the lower part of the screen; the map stays in view.
      await page.locator('[data-map-canvas] g[data-person]').first().click();
      const sheet = await page.locator('[data-editor]').boundingBox();
      expect(await page.locator('[data-editor]').evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
      expect(sheet!.y + sheet!.height).toBeCloseTo(844, 0);
      // The page scrolls (smoothly) until the map sits above the sheet.
      await expect
        .poll(async () => {
          const map = (await page.locator('[data-map-canvas]').boundingBox())!;
          return map.y >= -1 && map.y + map.height <= sheet!.y + 1;
        })
        .toBe(true);
    });
  });

  it('on a touch screen two fingers pinch the map larger and one finger moves it', async () => {
    const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };
    await withPage(browser, baseUrl, phone, async ({ page }) => {
      await seed(page, 12);
      await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
      const box = (await page.locator('[data-map-canvas]').boundingBox())!;
      const placement = async () => {
        const css = await page.locator('[data-map-canvas] svg').evaluate((s) => s.style.transform);
        const [x, y, scale] = [...css.matchAll(/-?[\d.]+(?:e[-+]?\d+)?/g)].map((m) => Number(m[0]));
        return { x: x!, y: y!, scale: scale! };
      };
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: points.map(([x, y], id) => ({ x, y, id })),
        });
      const cdp = await page.context().newCDPSession(page);
      // Fingers on the band above the circle, where no one is drawn.
      const y = box.y + 12;
      const middle = box.x + box.width / 2;
      const before = await placement();
      await touch('touchStart', [
        [middle - 30, y],
        [middle + 30, y],
      ]);
      for (const spread of [45, 60]) {
        await touch('touchMove', [
          [middle - spread, y],
          [middle + spread, y],
        ]);
      }
      await touch('touchEnd', []);
      const pinched = await placement();
      expect(pinched.scale / before.scale).toBeCloseTo(2, 1);
      // One finger drags the map itself along.
      await touch('touchStart', [[box.x + 20, y]]);
      await touch('touchMove', [[box.x + 70, y + 30]]);
      await touch('touchEnd', []);
      const moved = await placement();
      expect(moved.x - pinched.x).toBeCloseTo(50, 0);
      expect(moved.y - pinched.y).toBeCloseTo(30, 0);
      expect(moved.scale).toBe(pinched.scale);
    });
  });

  it('with initials only on (and after a reload), no full name is in the page nor in the report PDF', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      const names = ['Zenobia Quartermaine', 'Bartholomew Ashdown', 'Chidi Okafor'];
      for (const name of names) await addByKeyboard(page, name, 'peer', 'close');
      await page
        .locator('[data-people-list] li', { hasText: 'Chidi Okafor' })
        .locator('.person-pick')
        .click();
      await page.locator('.more-details summary').click();
      await page.locator('#pe-alias').fill('The Boss');
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByLabel('Show initials only').check();
      await page.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      await page.reload();
      await drawn(page);
      expect(await page.getByLabel('Show initials only').isChecked()).toBe(true);
      const text = await page.evaluate(() => document.body.innerText);
      for (const name of names) expect(text).not.toContain(name);
      expect(text).toContain('The Boss');
      expect(await page.locator('[data-people-table] th[scope="row"]').allTextContents()).toEqual([
        'ZQ',
        'BA',
        'The Boss',
      ]);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 90_000 }),
        page.getByRole('button', { name: 'Download my report (PDF)' }).click(),
      ]);
      const { execFileSync } = await import('node:child_process');
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], {
        encoding: 'utf8',
      });
      for (const name of names) expect(pdf).not.toContain(name);
      expect(pdf).toContain('ZQ');
      // The workbook itself keeps the real names.
      expect((await stored(page)).people.map((p: { name: string }) => p.name)).toEqual(names);
    });
  });

  it('stays small at 500 people, and stops there with a message', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 500);
      expect(await page.locator('[data-people-list] > li').count()).toBe(500);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      expect(nodes).toBeLessThan(20_000);
      await page.fill('#qa-name', 'One too many');
      await page.getByRole('button', { name: 'Add to my map' }).click();
      expect(await page.locator('#qa-error').textContent()).toMatch(/at most 500 people/);
      expect((await stored(page)).people).toHaveLength(500);
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

  it('has no axe violations with people on it and the editor open, in both locales', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 12);
      for (const locale of ['en', 'es']) {
        await page.goto(mapPage(locale));
        await page.locator('[data-people-list] .person-pick').first().click();
        await page.locator('[data-knows] summary').click();
        await page.locator('.more-details summary').click();
        await page.locator('[data-knows-search]').fill('a');
        await page.locator('[data-map-canvas] g[data-person]').nth(3).focus();
        expect(await axeViolations(page)).toEqual([]);
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
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
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
      // satori's layout engine, fetched once for both files, from the site; the fonts of the
      // scripts the names use, in bold only where a text is bold (roles and "You", in Latin).
      expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([
        expect.stringMatching(/\/wasm\/satori-layout\.[0-9a-f]+\.wasm$/),
      ]);
      const fonts = requests.filter((u) => u.includes('/fonts/')).map((u) => u.slice(u.lastIndexOf('/') + 1));
      expect(fonts.sort()).toEqual([
        'noto-sans-arabic-regular.ttf',
        'noto-sans-bold.ttf',
        'noto-sans-devanagari-regular.ttf',
        'noto-sans-regular.ttf',
        'noto-sans-sc-regular.ttf',
      ]);
    });
  });
  it('at 30 people on a laptop every name is whole, at least 12 px, and clear of every other', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, 30);
      await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('[data-map-canvas] svg g[data-person]')].map((g) => {
          // The source's letter is the first text of a person; the name's lines follow it.
          const lines = [...g.querySelectorAll('text')].slice(1);
          const scale = g.getScreenCTM()!.a;
          const boxes = lines.map((l) => l.getBoundingClientRect());
          return {
            text: lines.map((l) => l.textContent).join(' '),
            px: Math.min(...lines.map((l) => parseFloat(getComputedStyle(l).fontSize) * scale)),
            box: {
              left: Math.min(...boxes.map((b) => b.left)),
              right: Math.max(...boxes.map((b) => b.right)),
              top: Math.min(...boxes.map((b) => b.top)),
              bottom: Math.max(...boxes.map((b) => b.bottom)),
            },
          };
        }),
      );
      expect(labels).toHaveLength(30);
      for (const l of labels) {
        expect(l.text, l.text).not.toContain('…');
        expect(l.px, l.text).toBeGreaterThanOrEqual(12);
      }
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left ||
            b.box.right <= a.box.left ||
            a.box.bottom <= b.box.top ||
            b.box.bottom <= a.box.top;
          expect(apart, `${a.text} / ${b.text}`).toBe(true);
        }
    });
  });
  it('against the last snapshot the map shows who is new, who is gone, who moved and whose role changed', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.evaluate((envelope) => {
        const stored = JSON.parse(envelope);
        const now = stored.workbook.network.people;
        // Six months ago: p5 was still there, p0 was distant, p1 moderate, and p2 was a peer mentor.
        const before = [
          ...now.slice(0, 5).map((p: { id: string }) => ({ ...p })),
          { id: 'p5', name: 'Gone Person', roles: ['mentee'], closeness: 'close' },
        ];
        before[0].closeness = 'distant';
        before[1].closeness = 'close';
        before[2].roles = ['peer'];
        stored.workbook.network.people = now.filter((p: { id: string }) => p.id !== 'p5');
        stored.workbook.network.ties = stored.workbook.network.ties.filter(
          (t: string[]) => !t.includes('p5'),
        );
        stored.workbook.snapshots = [
          { id: 's1', takenAt: '2026-05-01T10:00:00.000Z', network: { people: before, ties: [] } },
        ];
        localStorage.setItem('mnk:workbook', JSON.stringify(stored));
      }, fixtureEnvelope(8));
      await page.reload();
      await drawn(page);
      await page.getByLabel('Show what changed since the last snapshot').check();
      const map = page.locator('[data-map-canvas] svg');
      await expect.poll(() => map.locator('g[data-ghost="p5"]').count()).toBe(1);
      expect(await map.locator('g[data-ghost="p5"] title').textContent()).toBe('Gone Person');
      const legend = (await map.textContent()) ?? '';
      for (const said of [
        'New since the last snapshot',
        'No longer in the network (where they were)',
        'Moved closer (arrow from the old ring)',
        'Moved farther (arrow from the old ring)',
        'Role changed',
      ])
        expect(legend).toContain(said);
      // Turned off, the map is today's alone.
      await page.getByLabel('Show what changed since the last snapshot').uncheck();
      await expect.poll(() => map.locator('g[data-ghost]').count()).toBe(0);
    });
  });
});
