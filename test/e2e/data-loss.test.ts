// The data-loss scenarios of issue 14, each as the participant meets it: what they typed is kept,
// or they are told what happened and how to get it back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, withPage, type PageOptions } from './browser.ts';
import { emptyWorkbook, type Workbook } from '../../src/core/workbook.ts';

const baseUrl = inject('baseUrl');
const mapPage = (locale = 'en') => `${baseUrl}/${locale}/worksheets/network-map/`;
const ws = (slug: string, locale = 'en') => `${baseUrl}/${locale}/worksheets/${slug}/`;
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

/** Opens a person's editor with its details shown. */
async function openEditor(page: Page, name: string) {
  await page.locator('[data-people-list] li', { hasText: name }).locator('.person-pick').click();
  await page.locator('.more-details > summary').click();
}

/**
 * Makes the edits in two tabs before either tab's save reaches the other: the tabs share one
 * clock (installed by the test before its pages load), paused while the edits are made.
 */
async function atOnce(context: BrowserContext, page: Page, edits: () => Promise<void>) {
  await context.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await edits();
  await context.clock.runFor(2000);
  await context.clock.resume();
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

/** Puts a workbook into this browser's storage as the kit stores it, then reloads. */
async function seed(page: Page, url: string, workbook: Workbook) {
  await page.goto(url);
  await page.evaluate(
    (env) => localStorage.setItem('mnk:workbook', env),
    JSON.stringify({ revision: 1, stamp: 'seed', workbook }),
  );
  await page.reload();
}

describe('answers beyond a field’s limits (scenario 4)', () => {
  it('a table of 16 rows where 15 are allowed is shown whole, flagged, and kept at the first keystroke', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      const rows = Array.from({ length: 16 }, (_, i) => ({ name: `Person ${i + 1}` }));
      await seed(page, ws('meeting-new-people'), {
        ...emptyWorkbook(),
        answers: { 'meeting-new-people': { 'people-found': rows } },
      });
      const field = page.locator('[data-field="people-found"]');
      const names = field.locator('input[data-column="name"]');
      await expect.poll(() => names.count()).toBe(16);
      expect(await names.nth(15).inputValue()).toBe('Person 16');
      expect(await field.locator('.error').textContent()).toMatch(/more entries than this question allows/);
      await names.nth(0).fill('Person 1, edited');
      await saved(page);
      const kept = (await stored(page)).answers['meeting-new-people']['people-found'];
      expect(kept).toHaveLength(16);
      expect(kept[0]).toEqual({ name: 'Person 1, edited' });
      expect(kept[15]).toEqual({ name: 'Person 16' });
    });
  });

  it('a choice the question no longer has is written out, and replaced only after a confirmation', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await seed(page, ws('know-yourself', 'es'), {
        ...emptyWorkbook(),
        answers: { 'know-yourself': { stage: 'astronaut' } },
      });
      const error = page.locator('[data-field="stage"] .error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(
        /Tu respuesta anterior se conserva hasta que cambies esta: astronaut/,
      );
      const before = await storedRaw(page);
      const asked: string[] = [];
      page.once('dialog', (d) => {
        asked.push(d.message());
        return d.dismiss();
      });
      await page.click('#f-stage-postdoc'); // not check(): the click is meant to be undone
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toMatch(/¿Sustituirla por la nueva\?/);
      expect(await page.isChecked('#f-stage-postdoc')).toBe(false);
      // Nothing was scheduled for saving (a change says "Saving…" at once), and nothing stored changed.
      expect(await page.locator('[data-status]').textContent()).not.toMatch(/Guardando/);
      expect(await storedRaw(page)).toBe(before);
      page.once('dialog', (d) => d.accept());
      await page.check('#f-stage-postdoc');
      await saved(page);
      expect((await stored(page)).answers['know-yourself'].stage).toBe('postdoc');
    });
  });
});

describe('two tabs, one person (scenario 1)', () => {
  it('the open editor follows the other tab’s save; a note typed in both shows both versions and a choice', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page: a, context, trouble }) => {
      await context.clock.install(); // one clock for both tabs: see atOnce
      await a.goto(mapPage());
      await add(a, 'Ana Ruiz');
      await saved(a);
      const b = await context.newPage();
      await b.goto(mapPage());
      await openEditor(a, 'Ana Ruiz');
      await openEditor(b, 'Ana Ruiz');

      // Tab A sets closeness, year and a note; tab B's open editor shows them.
      await a.locator('#pe-closeness').selectOption('close');
      await a.fill('#pe-since', '2015');
      await a.fill('#pe-notes', 'From A');
      await saved(a);
      await expect.poll(() => b.inputValue('#pe-notes')).toBe('From A');
      expect(await b.inputValue('#pe-closeness')).toBe('close');
      expect(await b.inputValue('#pe-since')).toBe('2015');
      // Typing in B's note keeps A's closeness and year.
      await b.fill('#pe-notes', 'From B');
      await saved(b);
      const person = async () => (await stored(a)).network.people[0];
      expect(await person()).toMatchObject({ closeness: 'close', since: 2015, notes: 'From B' });
      await expect.poll(() => a.inputValue('#pe-notes')).toBe('From B');

      // Both type in the note before either save reaches the other.
      await atOnce(context, a, async () => {
        await a.fill('#pe-notes', 'A again');
        await b.fill('#pe-notes', 'B again');
      });
      // The tab that saved second merged, kept its text and shows the other beside the field.
      await expect
        .poll(
          async () =>
            (await a.locator('.conflict-note').count()) + (await b.locator('.conflict-note').count()),
        )
        .toBe(1);
      const [mine, other] = (await a.locator('.conflict-note').count()) ? [a, b] : [b, a];
      const [myText, otherText] = mine === a ? ['A again', 'B again'] : ['B again', 'A again'];
      expect(await mine.inputValue('#pe-notes')).toBe(myText);
      expect(await mine.locator('.conflict-note').textContent()).toContain(
        `Another tab saved something else here: “${otherText}”. This tab's version is kept: “${myText}”.`,
      );
      // The workbook bar names the person, not an id; the other side is under Recover in both tabs.
      expect(await mine.locator('[data-notice-text]').textContent()).toContain(
        '“Ana Ruiz” (the notes about them)',
      );
      expect(await mine.locator('[data-notice-text]').textContent()).not.toContain('person/');
      for (const page of [a, b])
        await expect
          .poll(() => page.locator('[data-recover-title]').textContent())
          .toBe('Recover (1 copy kept aside)');
      // The other tab follows what is stored.
      await expect.poll(() => other.inputValue('#pe-notes')).toBe(myText);
      // Choosing the other version puts it in the field and in storage, and the other tab follows.
      await mine.getByRole('button', { name: "Use the other tab's" }).click();
      expect(await mine.inputValue('#pe-notes')).toBe(otherText);
      expect(await mine.locator('.conflict-note').count()).toBe(0);
      await saved(mine);
      expect((await person()).notes).toBe(otherText);
      await expect.poll(() => other.inputValue('#pe-notes')).toBe(otherText);
      expect(await person()).toMatchObject({ closeness: 'close', since: 2015 });
      expect(trouble.consoleErrors).toEqual([]);
    });
  });
});

describe('two tabs, one answer (scenario 1, Spanish page)', () => {
  it('the answer typed in both is kept in one tab with the other beside it, and either can be chosen', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page: a, context, trouble }) => {
      await context.clock.install();
      await a.goto(ws('know-yourself', 'es'));
      await a.fill('#f-success', 'Primera');
      await saved(a);
      const b = await context.newPage();
      await b.goto(ws('know-yourself', 'es'));
      expect(await b.inputValue('#f-success')).toBe('Primera');
      await atOnce(context, a, async () => {
        await a.fill('#f-success', 'La de A');
        await b.fill('#f-success', 'La de B');
      });
      const note = (p: Page) => p.locator('[data-field="success"] .conflict-note');
      await expect.poll(async () => (await note(a).count()) + (await note(b).count())).toBe(1);
      const [mine, other] = (await note(a).count()) ? [a, b] : [b, a];
      const [myText, otherText] = mine === a ? ['La de A', 'La de B'] : ['La de B', 'La de A'];
      expect(await mine.inputValue('#f-success')).toBe(myText);
      expect(await note(mine).textContent()).toContain(
        `Otra pestaña guardó aquí algo distinto: «${otherText}». Se mantiene la versión de esta pestaña: «${myText}».`,
      );
      expect(await mine.locator('[data-notice-text]').textContent()).toContain(
        'Las dos pestañas cambiaron «¿Qué significa para ti tener éxito?»',
      );
      await expect.poll(() => other.inputValue('#f-success')).toBe(myText);
      await note(mine).getByRole('button', { name: 'Usar la de la otra pestaña' }).click();
      expect(await mine.inputValue('#f-success')).toBe(otherText);
      await saved(mine);
      expect((await stored(a)).answers['know-yourself'].success).toBe(otherText);
      await expect.poll(() => other.inputValue('#f-success')).toBe(otherText);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });
});

describe('removed in one tab, changed in the other (scenario 1)', () => {
  it('is named by the person’s name, with both versions and the choice in the workbook bar', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page: a, context }) => {
      await context.clock.install();
      await a.goto(mapPage());
      await add(a, 'Ana Ruiz');
      await saved(a);
      const b = await context.newPage();
      await b.goto(mapPage());
      await openEditor(b, 'Ana Ruiz');
      await atOnce(context, a, async () => {
        await a.getByRole('button', { name: 'Remove: Ana Ruiz' }).click();
        await b.fill('#pe-notes', 'Still here');
      });
      const bar = (p: Page) => p.locator('mnk-workbook-bar .conflict-note');
      await expect.poll(async () => (await bar(a).count()) + (await bar(b).count())).toBe(1);
      const mine = (await bar(a).count()) ? a : b;
      const removedHere = mine === a;
      const notice = (await mine.locator('[data-notice]').textContent()) ?? '';
      expect(notice).toContain('Both tabs changed “Ana Ruiz”');
      expect(notice).not.toMatch(/person\/|p-[0-9a-f]/);
      expect(await bar(mine).textContent()).toContain(
        removedHere
          ? "Another tab saved something else here: “Ana Ruiz”. This tab's version is kept: (removed)."
          : "Another tab saved something else here: (removed). This tab's version is kept: “Ana Ruiz”.",
      );
      await bar(mine).getByRole('button', { name: "Use the other tab's" }).click();
      await saved(mine);
      const people = (await stored(a)).network.people;
      // The other tab's side won: Ana is back with the note, or gone.
      expect(people.map((p: { name: string; notes?: string }) => [p.name, p.notes])).toEqual(
        removedHere ? [['Ana Ruiz', 'Still here']] : [],
      );
      for (const page of [a, b])
        await expect.poll(() => page.locator('[data-people-list] li').count()).toBe(removedHere ? 1 : 0);
    });
  });
});

describe('kept aside stays reachable under Recover (scenario 7)', () => {
  const DAMAGED = '{"revision": 3, "workbook": {"schemaVersion": 2, "answ';

  it('a second tab keeping damaged data aside: the first tab says so, both list it until it is deleted', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page: first, context }) => {
      await first.goto(ws('know-yourself'));
      await first.fill('#f-success', 'Before the damage');
      await saved(first);
      expect(await first.locator('[data-recover]').isVisible()).toBe(false);
      await first.evaluate((raw) => localStorage.setItem('mnk:workbook', raw), DAMAGED);
      const second = await context.newPage();
      await second.goto(ws('know-yourself'));
      await second.locator('[data-notice-text]').filter({ hasText: 'could not be read' }).waitFor();
      // The first tab is told the truth, not that everything was deleted.
      await first.locator('[data-status]').filter({ hasText: 'kept it aside, not deleted' }).waitFor();
      for (const page of [first, second])
        await expect
          .poll(() => page.locator('[data-recover-title]').textContent())
          .toBe('Recover (1 copy kept aside)');
      // Still there after a reload, and downloadable as it was.
      await second.reload();
      await second.locator('[data-recover-title]').click();
      const item = second.locator('[data-recover-list] li');
      expect(await item.textContent()).toMatch(/^Damaged data, kept aside on /);
      const [download] = await Promise.all([
        second.waitForEvent('download'),
        item.getByRole('button', { name: /^Download/ }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(DAMAGED);
      // Gone only when the participant deletes it.
      second.once('dialog', (d) => d.accept());
      await item.getByRole('button', { name: /^Delete/ }).click();
      expect(await second.locator('[data-recover]').isVisible()).toBe(false);
      await second.reload();
      await second.locator('[data-status]').filter({ hasText: 'Saved' }).waitFor();
      expect(await second.locator('[data-recover]').isVisible()).toBe(false);
    });
  });

  it('in Spanish too', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself', 'es'));
      await page.evaluate((raw) => localStorage.setItem('mnk:workbook', raw), DAMAGED);
      await page.reload();
      await expect
        .poll(() => page.locator('[data-recover-title]').textContent())
        .toBe('Recuperar (1 copia apartada)');
      await page.locator('[data-recover-title]').click();
      expect(await page.locator('[data-recover-list] li').textContent()).toMatch(
        /^Datos dañados, apartados el /,
      );
    });
  });
});

describe('the download button stays under the click (scenario 5)', () => {
  it('with a newer version stored, the first click on Download downloads, though the blur rewrites the status', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate(
        (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 9, workbook: wb })),
        {
          ...emptyWorkbook(),
          schemaVersion: 99,
        },
      );
      await page.reload();
      await page.locator('[data-save-error]').filter({ hasText: 'newer version' }).waitFor();
      await page.fill('#f-success', 'Typed here');
      // The field still has the focus: the click blurs it, which saves (and fails) again.
      const button = page.locator('[data-action="download"]');
      // Where the button is in the page (the viewport may scroll as the focus moves; the page may not move).
      const place = () =>
        button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          return { x: r.x + scrollX, y: r.y + scrollY, height: r.height };
        });
      const before = await place();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(JSON.parse(readFileSync(await download.path(), 'utf8')).answers['know-yourself'].success).toBe(
        'Typed here',
      );
      expect(await place()).toEqual(before);
      await page.locator('[data-save-error]').filter({ hasText: 'newer version' }).waitFor();
      expect(await place()).toEqual(before);
      // The newer kit's workbook is listed under Recover, as a file that kit opens.
      await page.locator('[data-recover-title]').click();
      const item = page.locator('[data-recover-list] li');
      expect(await item.textContent()).toMatch(/^The workbook saved by a newer version of the kit/);
      expect(await item.getByRole('button', { name: /^Delete/ }).count()).toBe(0); // that is Delete all's
      const [newer] = await Promise.all([
        page.waitForEvent('download'),
        item.getByRole('button', { name: /^Download/ }).click(),
      ]);
      expect(JSON.parse(readFileSync(await newer.path(), 'utf8')).schemaVersion).toBe(99);
    });
  });
});

describe('unfinished input is kept (scenario 8)', () => {
  it('a name typed in Add a person but not added, and the cover name, survive a reload; Delete all removes them', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(mapPage());
      await page.locator('#qa-name').fill('Not added yet');
      await page.locator('mnk-pdf [data-name]').fill('Dr. Ada Lovelace');
      await page.reload();
      await page.locator('mnk-pdf [data-name]').waitFor();
      // The quick-add row shows once the map editor has loaded, and with it the kept name.
      await page.locator('#qa-name').waitFor();
      expect(await page.inputValue('#qa-name')).toBe('Not added yet');
      expect(await page.inputValue('mnk-pdf [data-name]')).toBe('Dr. Ada Lovelace');
      // Added: the kept name goes, the person stays.
      await page.locator('#qa-name').press('Enter');
      await page.locator('[data-people-list] li', { hasText: 'Not added yet' }).waitFor();
      await saved(page);
      await page.reload();
      await page.locator('[data-people-list] li', { hasText: 'Not added yet' }).waitFor();
      expect(await page.inputValue('#qa-name')).toBe('');
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await page.reload();
      await page.locator('mnk-pdf [data-name]').waitFor();
      expect(await page.inputValue('mnk-pdf [data-name]')).toBe('');
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mnk:workbook'))),
      ).toEqual([]);
    });
  });
});

describe('odd text is treated alike by the form and an opened file (scenario 9)', () => {
  for (const [what, name, message] of [
    ['only spaces', '   ', 'Write a name, initials or a pseudonym first.'],
    ['a zero-width space', '\u200B', 'Write a name, initials or a pseudonym first.'],
    ['a control character', 'Ana\u0007', 'Write a name without control characters'],
  ])
    it(`Add a person refuses a name of ${what}, as opening a file does`, async () => {
      await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
        await page.goto(mapPage());
        await page.locator('#qa-name').fill(name!);
        await page.locator('#qa-name').press('Enter');
        await page.locator('#qa-error').filter({ hasText: message! }).waitFor();
        expect(await page.locator('[data-people-list] li').count()).toBe(0);
      });
    });
});

describe('what the editor has no control for is kept (scenario 3)', () => {
  it('a stored person’s unknown second role, support and background question survive an edit', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      const person = {
        id: 'p1',
        name: 'Ana Ruiz',
        roles: ['peer', 'janitor'],
        supports: ['coaching', 'bribery'],
        background: { gender: 'woman', shoe: '42' },
      };
      await seed(page, mapPage(), { ...emptyWorkbook(), network: { people: [person], ties: [] } });
      await openEditor(page, 'Ana Ruiz');
      await page.fill('#pe-notes', 'Edited');
      await saved(page);
      expect((await stored(page)).network.people[0]).toMatchObject({
        ...person,
        notes: 'Edited',
      });
    });
  });

  it('a file with a role the kit does not have is refused by name, on the Spanish page too', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself', 'es'));
      const wb = {
        ...emptyWorkbook(),
        network: { people: [{ id: 'p1', name: 'Ana', roles: ['astronaut'] }], ties: [] },
      };
      await page.setInputFiles('[data-action="open"]', {
        name: 'roles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(wb)),
      });
      const text = await page.locator('[data-notice-text]').filter({ hasText: 'roles.json' }).textContent();
      expect(text).toContain(
        'Dónde: la persona 1 de la lista («Ana»), sus roles. Problema: el rol «astronaut», que este kit no tiene.',
      );
      expect(text).toContain('«developmental»');
    });
  });
});

describe('a file not in UTF-8 (scenario 9)', () => {
  it('is read as Windows-1252 with a warning, before and after it replaces anything', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      const wb = { ...emptyWorkbook(), answers: { 'know-yourself': { success: 'José Muñoz, café' } } };
      const latin1 = Buffer.from(JSON.stringify(wb), 'latin1');
      const asked: string[] = [];
      page.once('dialog', (d) => {
        asked.push(d.message());
        return d.accept();
      });
      await page.setInputFiles('[data-action="open"]', {
        name: 'latin.json',
        mimeType: 'application/json',
        buffer: latin1,
      });
      const notice = page.locator('[data-notice-text]').filter({ hasText: 'was not saved as UTF-8' });
      await notice.waitFor();
      expect(asked[0]).toMatch(/was not saved as UTF-8, so it was read as windows-1252/);
      expect(await page.inputValue('#f-success')).toBe('José Muñoz, café');
    });
  });
});
