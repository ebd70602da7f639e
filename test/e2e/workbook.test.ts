import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, withPage, type PageOptions } from './browser.ts';
import { readWorkbook } from '../../src/core/workbook-schema.ts';

const baseUrl = inject('baseUrl');
const scratch = mkdtempSync(join(tmpdir(), 'kit-e2e-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every workbook test: Playwright's default window, and the clipboard the e-mail draft is copied to. */
const PROFILE: PageOptions = {
  viewport: { width: 1280, height: 720 },
  permissions: ['clipboard-read', 'clipboard-write'],
};

const ws = (slug: string, locale = 'en') => `${baseUrl}/${locale}/worksheets/${slug}/`;

/** Waits until the page says its answers are saved. */
async function saved(page: Page) {
  await page
    .locator('[data-status]')
    .filter({ hasText: /Saved|Guardado/ })
    .waitFor();
}

async function stored(page: Page) {
  const raw = await page.evaluate(() => localStorage.getItem('mnk:workbook'));
  return raw ? (JSON.parse(raw) as { revision: number; workbook: any }).workbook : null;
}

/** Fills one field of every type, across the worksheets that have them. */
async function fillEveryFieldType(page: Page) {
  await page.goto(ws('know-yourself'));
  await page.fill('#f-short-term', 'Submit two papers.\nLead a small grant.');
  await page.fill('#f-top-need', 'Feedback on <b>writing</b> & "style"');
  await page.check('#f-needs-now-funding');
  await page.check('#f-needs-now-visibility');
  await page.check('#f-stage-postdoc');
  await saved(page);

  await page.goto(ws('elevator-pitch'));
  await page.fill('#f-pitch', 'I study how neighbourhoods shape heart health. '.repeat(20));
  await page.check('#f-clarity-3');
  await saved(page);

  await page.goto(ws('cv-refresh'));
  await page.check('#f-cv-items-publications');
  await page.fill('#f-next-update', '2027-03-15');
  await saved(page);

  await page.goto(ws('meeting-new-people'));
  const places = page.locator('[data-field="places"]');
  await places.locator('input').nth(0).fill('Spring symposium');
  await places.locator('input').nth(1).fill('Методы семинар');
  await places.locator('input').nth(2).fill('Journal club');
  await places.getByRole('button', { name: /^Add/ }).click();
  await places.locator('input').nth(3).fill('Alumni network');
  await page.locator('[data-field="people-found"] input[data-column="name"]').first().fill('Dr Rivera');
  await page.locator('[data-field="people-found"] input[data-column="why"]').first().fill('Cohort methods');
  await saved(page);

  await page.goto(ws('action-plan'));
  await page.locator('[data-field="actions"] input[data-column="who"]').first().fill('A work-life mentor');
  await page.locator('[data-field="actions"] input[data-column="by-when"]').first().fill('2027-02-01');
  await page.fill('#f-review-date', '2027-05-31');
  await saved(page);

  await page.goto(ws('approaching-a-mentor'));
  await page.fill('#f-mentor-name', 'Dr Rivera');
  await page.fill('#f-mentor-email', 'a.rivera@example.edu');
  await page.fill('#f-request', 'a 20-minute conversation');
  await page.getByRole('button', { name: 'Draft it from my answers' }).click();
  await saved(page);
}

/** Checks that everything filled by fillEveryFieldType is on screen again. */
async function expectEveryFieldType(page: Page) {
  await page.goto(ws('know-yourself'));
  expect(await page.inputValue('#f-short-term')).toBe('Submit two papers.\nLead a small grant.');
  expect(await page.inputValue('#f-top-need')).toBe('Feedback on <b>writing</b> & "style"');
  expect(await page.isChecked('#f-needs-now-funding')).toBe(true);
  expect(await page.isChecked('#f-needs-now-visibility')).toBe(true);
  expect(await page.isChecked('#f-needs-now-career-advice')).toBe(false);
  expect(await page.isChecked('#f-stage-postdoc')).toBe(true);

  await page.goto(ws('elevator-pitch'));
  expect(await page.inputValue('#f-pitch')).toContain('neighbourhoods');
  expect(await page.isChecked('#f-clarity-3')).toBe(true);
  expect(await page.locator('[data-field="pitch"] .counter').textContent()).toMatch(
    /140 words: about 65 seconds to say, over the 60 seconds/,
  );

  await page.goto(ws('cv-refresh'));
  expect(await page.isChecked('#f-cv-items-publications')).toBe(true);
  expect(await page.inputValue('#f-next-update')).toBe('2027-03-15');

  await page.goto(ws('meeting-new-people'));
  const places = page.locator('[data-field="places"] input');
  expect(await places.count()).toBe(4);
  expect(await places.nth(1).inputValue()).toBe('Методы семинар');
  expect(await places.nth(3).inputValue()).toBe('Alumni network');
  expect(
    await page.locator('[data-field="people-found"] input[data-column="why"]').first().inputValue(),
  ).toBe('Cohort methods');

  await page.goto(ws('action-plan'));
  expect(await page.locator('[data-field="actions"] input[data-column="by-when"]').first().inputValue()).toBe(
    '2027-02-01',
  );
  expect(await page.inputValue('#f-review-date')).toBe('2027-05-31');

  await page.goto(ws('approaching-a-mentor'));
  const draft = await page.inputValue('#f-email-draft');
  expect(draft).toMatch(/Dr Rivera/);
  expect(draft).toMatch(/a 20-minute conversation/);
  expect(await page.getAttribute('[data-action="mail"]', 'href')).toMatch(
    /^mailto:a\.rivera@example\.edu\?subject=/,
  );
}

describe('the workbook keeps what a participant typed', () => {
  it('fills every field type, reloads, and finds everything; text stays text', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await fillEveryFieldType(page);
      await page.reload();
      await expectEveryFieldType(page);
      // The answer with markup is shown as typed, never parsed as HTML.
      await page.goto(ws('know-yourself'));
      expect(await page.locator('[data-field="top-need"] b').count()).toBe(0);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('downloads the workbook and opens it in a fresh browser profile', async () => {
    const file = join(scratch, 'mine.mentoring-network.json');
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await fillEveryFieldType(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download my workbook' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^mentoring-network-\d{4}-\d{2}-\d{2}\.mentoring-network\.json$/,
      );
      await download.saveAs(file);
      const read = readWorkbook(readFileSync(file, 'utf8'));
      expect(read.ok).toBe(true);
    });
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(ws('know-yourself'));
      expect(await page.inputValue('#f-short-term')).toBe('');
      page.once('dialog', (d) => d.accept());
      await page.setInputFiles('#workbook-file', file);
      await page.locator('[data-notice]').filter({ hasText: 'Opened mine.mentoring-network.json' }).waitFor();
      expect(await page.inputValue('#f-short-term')).toBe('Submit two papers.\nLead a small grant.');
      await expectEveryFieldType(page);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('refuses bad files with a message and keeps the current answers', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.fill('#f-success', 'Keep me');
      await saved(page);
      const before = await stored(page);
      const bad: [string, string, RegExp][] = [
        ['notes.mentoring-network.json', 'not json at all', /is not a workbook file: it is not JSON/],
        ['list.mentoring-network.json', '[1,2]', /is JSON but not a workbook/],
        [
          'future.mentoring-network.json',
          JSON.stringify({ ...before, schemaVersion: 99 }),
          /newer version of the kit \(version 99\)/,
        ],
        [
          'broken.mentoring-network.json',
          JSON.stringify({ ...before, answers: { 'know-yourself': { success: { x: 1 } } } }),
          /cannot be opened\. Where: the answer to “success” in worksheet “know-yourself”\. Problem: a value of the wrong kind/,
        ],
        ['empty.mentoring-network.json', '', /is empty/],
      ];
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        return d.dismiss();
      });
      for (const [name, text, message] of bad) {
        const path = join(scratch, name);
        writeFileSync(path, text);
        await page.setInputFiles('#workbook-file', path);
        await page.locator('[data-notice-text]').filter({ hasText: message }).waitFor();
        expect(await page.locator('[data-notice-text]').textContent()).toContain(
          'Your current answers were not changed.',
        );
        expect(await page.inputValue('#f-success')).toBe('Keep me');
      }
      expect(dialogs).toBe(0); // a bad file never reaches the replace question
      expect(await stored(page)).toEqual(before);
      // A good file that the participant decides not to open changes nothing either.
      const good = join(scratch, 'other.mentoring-network.json');
      writeFileSync(
        good,
        JSON.stringify({ ...before, answers: { 'know-yourself': { success: 'Replaced' } } }),
      );
      await page.setInputFiles('#workbook-file', good);
      await expect.poll(() => dialogs).toBe(1);
      expect(await page.inputValue('#f-success')).toBe('Keep me');
      expect(await stored(page)).toEqual(before);
    });
  });

  it('two tabs: each keeps its own changes, and a clash is reported', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ context, page: a }) => {
      await a.goto(ws('know-yourself'));
      const b = await context.newPage();
      await b.goto(ws('know-yourself'));
      await a.fill('#f-success', 'From tab A');
      await saved(a);
      // Tab B learns of A's save without reloading.
      await expect.poll(() => b.inputValue('#f-success')).toBe('From tab A');
      await b.fill('#f-long-term', 'From tab B');
      await saved(b);
      await a.reload();
      expect(await a.inputValue('#f-success')).toBe('From tab A');
      expect(await a.inputValue('#f-long-term')).toBe('From tab B');

      // Both change the same field: A saves first (its page is being hidden) while B still waits to save.
      await b.fill('#f-top-need', 'B says');
      await a.fill('#f-top-need', 'A says');
      await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      await b
        .locator('[data-notice-text]')
        .filter({ hasText: 'Both tabs changed “Which one need matters most now?”' })
        .waitFor();
      expect(await b.locator('[data-status]').textContent()).toMatch(
        /together with changes made in another tab/,
      );
      expect((await stored(a)).answers['know-yourself']['top-need']).toBe('B says');
      // A is told and shows the answer that was kept; nothing else was lost.
      await expect.poll(() => a.inputValue('#f-top-need')).toBe('B says');
      expect(await a.inputValue('#f-success')).toBe('From tab A');
      expect(await a.inputValue('#f-long-term')).toBe('From tab B');
    });
  });

  it('deletes all data after confirmation, and not without it', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.fill('#f-success', 'Soon gone');
      await saved(page);
      page.once('dialog', (d) => d.dismiss());
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      expect(await page.inputValue('#f-success')).toBe('Soon gone');
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await page.locator('[data-notice-text]').filter({ hasText: 'All your data was deleted' }).waitFor();
      expect(await page.inputValue('#f-success')).toBe('');
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mnk:'))),
      ).toEqual([]);
      await page.reload();
      expect(await page.inputValue('#f-success')).toBe('');
    });
  });

  it('Delete all in one tab is not undone by another tab with unsaved changes', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ context, page: a }) => {
      await a.goto(ws('know-yourself'));
      await a.fill('#f-success', 'Soon gone');
      await saved(a);
      const b = await context.newPage();
      await b.goto(ws('know-yourself'));
      // B has an unsaved change (its save waits for a pause) when A deletes everything.
      await b.evaluate(() => {
        const input = document.querySelector<HTMLTextAreaElement>('#f-long-term')!;
        input.value = 'Typed in B';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      a.once('dialog', (d) => d.accept());
      await a.getByRole('button', { name: 'Delete all my data' }).click();
      await new Promise((r) => setTimeout(r, 200));
      await b.evaluate(() => window.dispatchEvent(new Event('pagehide'))); // B saves what it has
      expect(await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mnk:')))).toEqual(
        [],
      );
      expect(await b.inputValue('#f-success')).toBe('');
      expect(await b.locator('[data-status]').textContent()).toMatch(
        /deleted from this browser in another tab/,
      );
    });
  });

  it('keeps damaged stored data aside and says so', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate(() =>
        localStorage.setItem('mnk:workbook', '{"revision": 3, "workbook": {"schemaVersion": 2, "answ'),
      );
      await page.reload();
      await page
        .locator('[data-notice-text]')
        .filter({ hasText: 'could not be read. It was kept aside' })
        .waitFor();
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('mnk:workbook:damaged:'))
          .map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual(['{"revision": 3, "workbook": {"schemaVersion": 2, "answ']);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the damaged data' }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(
        '{"revision": 3, "workbook": {"schemaVersion": 2, "answ',
      );
      await page.fill('#f-success', 'A fresh start');
      await saved(page);
    });
  });

  it('another tab removing the workbook resets this tab and leaves damaged copies alone', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ context, page: a }) => {
      await a.goto(ws('know-yourself'));
      await a.fill('#f-success', 'Stored once');
      await saved(a);
      await a.evaluate(() =>
        localStorage.setItem('mnk:workbook:damaged:2026-01-01T00:00:00.000Z', 'old damaged data'),
      );
      const b = await context.newPage();
      await b.goto(ws('know-yourself'));
      expect(await b.inputValue('#f-success')).toBe('Stored once');
      await a.evaluate(() => localStorage.removeItem('mnk:workbook'));
      await expect.poll(() => b.inputValue('#f-success')).toBe('');
      expect(
        await b.evaluate(() => localStorage.getItem('mnk:workbook:damaged:2026-01-01T00:00:00.000Z')),
      ).toBe('old damaged data');
    });
  });

  it('offers the damaged data itself when there was no room to keep it aside, and does not overwrite it', async () => {
    const damaged = '{"revision": 3, "workbook": {"schemaVersion": 2, "answ';
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate((raw) => {
        localStorage.setItem('mnk:workbook', raw);
        let i = 0;
        for (let size = 1024 * 1024; size >= 16; size /= 4) {
          try {
            for (;;) localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
          } catch {
            /* this size no longer fits */
          }
        }
      }, damaged);
      await page.reload();
      await page.locator('[data-notice-text]').filter({ hasText: 'no room to keep it aside' }).waitFor();
      expect(await page.locator('[data-save-error][role=alert]').textContent()).toMatch(
        /^Not saved: .*could not be read/,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the damaged data' }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);
      await page.fill('#f-success', 'Typed anyway');
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      expect(await page.evaluate(() => localStorage.getItem('mnk:workbook'))).toBe(damaged);
      expect(await page.locator('[data-save-error][role=alert]').textContent()).toMatch(
        /^Not saved: .*could not be read/,
      );
      // Once there is room, the damaged data is kept aside and the answers are saved.
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('filler-')) localStorage.removeItem(key);
      });
      await page.fill('#f-success', 'Typed anyway, saved');
      await saved(page);
      expect((await stored(page)).answers['know-yourself'].success).toBe('Typed anyway, saved');
      expect(
        await page.evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => k.startsWith('mnk:workbook:damaged:'))
            .map((k) => localStorage.getItem(k)),
        ),
      ).toEqual([damaged]);
    });
  });

  it('reports a full storage quota and keeps the answer on the page', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate(() => {
        // Fill the origin's storage to the brim: big pieces first, then ever smaller ones.
        let i = 0;
        for (let size = 1024 * 1024; size >= 16; size /= 4) {
          try {
            for (;;) localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
          } catch {
            /* this size no longer fits */
          }
        }
      });
      await page.fill('#f-success', 'y'.repeat(4000));
      await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
      expect(await page.inputValue('#f-success')).toHaveLength(4000);
      // Once there is room again, the next change saves everything.
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('filler-')) localStorage.removeItem(key);
      });
      await page.fill('#f-long-term', 'Later');
      await saved(page);
      expect((await stored(page)).answers['know-yourself'].success).toHaveLength(4000);
    });
  });

  it('asks before leaving when a save failed and changes are unsaved, and not otherwise', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate(() => {
        const setItem = Storage.prototype.setItem;
        (window as any).failSaves = true;
        Storage.prototype.setItem = function (key: string, value: string) {
          if ((window as any).failSaves) throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      });
      await page.click('#f-success'); // the browser asks only on a page the person has used
      await page.keyboard.type('Not stored yet');
      await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
      const dialog = page.waitForEvent('dialog');
      await page.close({ runBeforeUnload: true });
      const asked = await dialog;
      expect(asked.type()).toBe('beforeunload');
      await asked.dismiss(); // stay on the page
      await page.evaluate(() => {
        (window as any).failSaves = false;
      });
      await page.keyboard.type('!');
      await saved(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        return d.accept();
      });
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      expect(dialogs).toBe(0);
    });
  });

  it('saves when the page is hidden, before the usual pause', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.fill('#f-success', 'Typed just before closing');
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      expect((await stored(page))?.answers['know-yourself'].success).toBe('Typed just before closing');
    });
  });

  it('keeps what was typed when the page is left before the validator has loaded', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      // The workbook's validator loads on demand (islands/store.ts); here it never arrives.
      await page.route('**/_astro/workbook-schema.*.js', () => {});
      await page.goto(ws('know-yourself'));
      await page.fill('#f-success', 'Typed before the validator');
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      expect((await stored(page))?.answers['know-yourself'].success).toBe('Typed before the validator');
      const envelope = await page.evaluate(() => JSON.parse(localStorage.getItem('mnk:workbook')!));
      expect(envelope.checked).toBeUndefined(); // written without the validator
      // The next page reads it with the validator, as anything stored unchecked.
      await page.unroute('**/_astro/workbook-schema.*.js');
      await page.reload();
      await expect.poll(() => page.inputValue('#f-success')).toBe('Typed before the validator');
    });
  });

  it('answers stay with the worksheet when the language changes', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.check('#f-stage-postdoc');
      await page.fill('#f-success', 'Same answer');
      await saved(page);
      await page.locator('.language-switcher a[lang="es"]').click();
      await page.waitForURL(ws('know-yourself', 'es'));
      expect(await page.isChecked('#f-stage-postdoc')).toBe(true);
      expect(await page.inputValue('#f-success')).toBe('Same answer');
    });
  });
});

describe('worksheet tools', () => {
  it('downloads a calendar reminder for the review date', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('action-plan'));
      await page.getByRole('button', { name: /calendar reminder/ }).click();
      await page
        .locator('[data-field="review-reminder"] .action-status')
        .filter({ hasText: 'Choose the date above first' })
        .waitFor();
      await page.fill('#f-review-date', '2027-05-31');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /calendar reminder/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('review-my-mentoring-network.ics');
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8'))).getFirstSubcomponent(
          'vevent',
        )!,
      );
      expect(event.startDate.toString()).toBe('2027-05-31');
      expect(event.summary).toBe('Review my mentoring network');
    });
  });

  it('copies the e-mail draft', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('approaching-a-mentor'));
      await page.fill('#f-mentor-name', 'Dr Rivera');
      await page.getByRole('button', { name: 'Draft it from my answers' }).click();
      await page.fill('#f-email-draft', (await page.inputValue('#f-email-draft')) + '\nEdited by hand.');
      await page.getByRole('button', { name: 'Copy the message' }).click();
      await page.locator('[data-field="email-draft"] .action-status').filter({ hasText: 'copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        /Dr Rivera[\s\S]*Edited by hand\.$/,
      );
    });
  });

  it('cuts a draft built from long answers to the longest answer, and saves it', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('approaching-a-mentor'));
      await page.fill('#f-my-intro', 'a'.repeat(15_000));
      await page.fill('#f-goals-needs', 'b'.repeat(15_000));
      await page.getByRole('button', { name: 'Draft it from my answers' }).click();
      expect(await page.inputValue('#f-email-draft')).toHaveLength(20_000);
      await saved(page);
      expect((await stored(page)).answers['approaching-a-mentor']['email-draft']).toHaveLength(20_000);
    });
  });

  it('runs the practice timer and stops it', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('elevator-pitch'));
      const timer = page.locator('[data-field="timer"]');
      await timer.getByRole('button', { name: 'Start' }).click();
      await expect.poll(() => timer.locator('[data-elapsed]').textContent(), { timeout: 5000 }).toBe('0:01');
      await timer.getByRole('button', { name: 'Stop' }).click();
      const stopped = await timer.locator('[data-elapsed]').textContent();
      await page.waitForTimeout(1200);
      expect(await timer.locator('[data-elapsed]').textContent()).toBe(stopped);
      await timer.getByRole('button', { name: 'Reset' }).click();
      expect(await timer.locator('[data-elapsed]').textContent()).toBe('0:00');
    });
  });

  it('lists and tables grow and shrink by keyboard', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('meeting-new-people'));
      const places = page.locator('[data-field="places"]');
      await places.getByRole('button', { name: /^Add/ }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Typed in a new row');
      expect(await places.locator('input').count()).toBe(4);
      expect(await places.locator('input').nth(3).inputValue()).toBe('Typed in a new row');
      expect(await places.getByLabel(/ 4$/).inputValue()).toBe('Typed in a new row');
      await places.getByRole('button', { name: /Remove .* 1$/ }).click();
      expect(await places.locator('input').count()).toBe(3);
      await saved(page);
      expect((await stored(page)).answers['meeting-new-people'].places).toEqual(['Typed in a new row']);
    });
  });
});

describe('what assistive technology hears', () => {
  it('the save status is rewritten only when its kind changes, not on every keystroke', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.evaluate(() => {
        (window as any).statusWrites = [];
        new MutationObserver(() =>
          (window as any).statusWrites.push(document.querySelector('[data-status]')!.textContent),
        ).observe(document.querySelector('[data-status]')!, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await page.click('#f-success');
      await page.keyboard.type('abcdef');
      await saved(page);
      const writes = await page.evaluate(() => (window as any).statusWrites as string[]);
      expect(writes).toHaveLength(2);
      expect(writes[0]).toBe('Saving…');
    });
  });

  it('a full list says so as an alert', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('meeting-new-people'));
      const places = page.locator('[data-field="places"]');
      for (let i = 3; i < 12; i++) await places.getByRole('button', { name: /^Add/ }).click();
      expect(await places.locator('input').count()).toBe(12);
      await places.getByRole('button', { name: /^Add/ }).click();
      expect(await places.getByRole('alert').textContent()).toBe('This list is full.');
    });
  });

  it('table rows keep their numbered names after adding and removing, in both languages', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      for (const [locale, row, remove] of [
        ['en', 'row', 'Remove'],
        ['es', 'fila', 'Quitar'],
      ] as const) {
        await page.goto(ws('meeting-new-people', locale));
        const table = page.locator('[data-field="people-found"]');
        await table.locator('[data-action="add-row"]').click();
        await table.locator('[data-action="remove-row"]').first().click();
        const names = await table
          .locator('tbody tr')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.querySelector('input')!.getAttribute('aria-label'),
              r.querySelector('[data-action="remove-row"]')!.textContent,
            ]),
          );
        const first = await table.locator('thead th').first().textContent();
        expect(names).toEqual([1, 2, 3].map((n) => [`${first}, ${row} ${n}`, `${remove} ${row} ${n}`]));
      }
    });
  });
});

describe('worksheets on paper', () => {
  it('a blank worksheet prints writing lines and no buttons', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.workbook-bar').isVisible()).toBe(false);
      expect(await page.locator('#f-short-term').isVisible()).toBe(false);
      expect(await page.locator('[data-field="short-term"] .paper-line').first().isVisible()).toBe(true);
      expect(await page.locator('[data-field="short-term"] .paper-line').count()).toBe(4);
      expect(await page.locator('.name-line').isVisible()).toBe(true);
      expect(await page.locator('button:visible').count()).toBe(0);
    });
  });

  it('a filled worksheet prints the answers in place of the lines', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('know-yourself'));
      await page.fill('#f-short-term', 'Submit two papers.');
      await saved(page);
      await page.emulateMedia({ media: 'print' });
      const answer = page.locator('[data-field="short-term"] .print-answer');
      expect(await answer.isVisible()).toBe(true);
      expect(await answer.textContent()).toBe('Submit two papers.');
      expect(await page.locator('[data-field="short-term"] .paper-line').first().isVisible()).toBe(false);
      expect(await page.locator('[data-field="long-term"] .paper-line').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  it('without JavaScript the worksheet is still a whole form, and says it will not save', async () => {
    await withPage(browser, baseUrl, { ...PROFILE, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(ws('approaching-a-mentor'));
      expect(await page.locator('form.worksheet textarea, form.worksheet input').count()).toBeGreaterThan(10);
      expect(await page.locator('noscript').count()).toBe(1);
      expect(await page.locator('.bar-row').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Draft it from my answers' }).isVisible()).toBe(false);
    });
  });
});
