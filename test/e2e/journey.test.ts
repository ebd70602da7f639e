// The participant's path through the kit (issue 18): where each worksheet sits and what comes next,
// the worksheet list's progress, answers offered from the map and the needs, one calendar file for
// every date, drafts that are never replaced unasked, and a save status that tells the truth.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { emptyWorkbook, writeWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { launchChromium, withPage, type PageOptions } from './browser.ts';

const baseUrl = inject('baseUrl');
const scratch = mkdtempSync(join(tmpdir(), 'kit-journey-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PROFILE: PageOptions = {
  viewport: { width: 1280, height: 800 },
  permissions: ['clipboard-read', 'clipboard-write'],
};

/** The path as content/journey.yaml declares it. */
const steps = (parse(readFileSync('content/journey.yaml', 'utf8')) as { steps: string[] }).steps;
/** A worksheet's title in a locale, from its content file. */
const title = (locale: string, slug: string) =>
  (parse(readFileSync(`content/worksheets/${locale}/${slug}.yaml`, 'utf8')) as { title: string }).title;

const ws = (slug: string, locale = 'en') => `${baseUrl}/${locale}/worksheets/${slug}/`;

const WORDS = {
  en: {
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    next: (t: string) => `Next step: ${t}`,
    progress: { 'not-started': 'Not started', started: 'Started', done: 'Done' },
    nothingSaved: 'Nothing saved yet.',
    saved: 'Saved in this browser',
    delete: 'Delete all my data',
    draft: 'Draft it from my answers',
    subject: 'Subject: ',
    planned: 'planned, on my map',
    current: 'on my map',
    need: 'one of my needs',
    calendar: /calendar reminder/,
  },
  es: {
    step: (n: number, total: number) => `Paso ${n} de ${total}`,
    next: (t: string) => `Paso siguiente: ${t}`,
    progress: { 'not-started': 'Sin empezar', started: 'Empezada', done: 'Terminada' },
    nothingSaved: 'Nada guardado aún.',
    saved: 'Guardado en este navegador',
    delete: 'Borrar todos mis datos',
    draft: 'Redactarlo con mis respuestas',
    subject: 'Asunto: ',
    planned: 'planificada, en mi mapa',
    current: 'en mi mapa',
    need: 'una de mis necesidades',
    calendar: /recordatorio de calendario/,
  },
} as const;
const LOCALES = ['en', 'es'] as const;

async function saved(page: Page) {
  await page
    .locator('[data-status]')
    .filter({ hasText: /Saved|Guardado/ })
    .waitFor();
}

async function stored(page: Page) {
  const raw = await page.evaluate(() => localStorage.getItem('mnk:workbook'));
  return raw ? (JSON.parse(raw) as { workbook: Workbook }).workbook : null;
}

/** A workbook with two people on the map (one planned) and two needs ticked, as a file. */
function seedFile(): string {
  const workbook: Workbook = {
    ...emptyWorkbook(),
    answers: { 'know-yourself': { 'needs-now': ['funding', 'writing-feedback'] } },
    network: {
      people: [
        { id: 'p-0000000001', name: 'Ana Campos', roles: ['developmental'], status: 'current' },
        { id: 'p-0000000002', name: 'Dr Rivera', roles: ['skills'], status: 'potential' },
      ],
      ties: [],
    },
  };
  const file = join(scratch, 'seed.mentoring-network.json');
  writeFileSync(file, writeWorkbook(workbook));
  return file;
}

/** The options a text box offers: value and what each is. */
function offered(page: Page, input: string) {
  return page.evaluate(
    (selector) =>
      [...(document.querySelector<HTMLInputElement>(selector)!.list?.options ?? [])].map((o) => [
        o.value,
        o.label,
      ]),
    input,
  );
}

describe('the journey', () => {
  for (const locale of LOCALES) {
    it(`every worksheet says its step and links the next one (${locale})`, async () => {
      const w = WORDS[locale];
      await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
        for (const [i, slug] of steps.entries()) {
          await page.goto(ws(slug, locale));
          await expect(page.locator('.journey-step').textContent()).resolves.toContain(
            w.step(i + 1, steps.length),
          );
          const next = steps[i + 1];
          const links = page.locator('a[rel="next"]');
          if (next) {
            expect(await links.getAttribute('href')).toBe(`/${locale}/worksheets/${next}/`);
            expect((await links.textContent())?.trim()).toBe(w.next(title(locale, next)));
            // The step line under the title names the same next step.
            expect(await page.locator('.journey-step a').getAttribute('href')).toBe(
              `/${locale}/worksheets/${next}/`,
            );
            expect(await page.locator('.journey-end').count()).toBe(0);
          } else {
            // The last step: nothing next, and what to take away instead.
            expect(await links.count()).toBe(0);
            const end = page.locator('.journey-end');
            await end.locator('[data-make="report"]').waitFor();
            await end.locator('[data-workbook-action="download"]').waitFor();
            await end.locator('[data-action="reminder"]').waitFor();
          }
        }
        expect(trouble.consoleErrors).toEqual([]);
      });
    });
  }

  it('the home page sends participants to the first step, and the last step gives the report, workbook and dates', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(`${baseUrl}/en/`);
      await page.locator('.card-participant a.button').click();
      await page.waitForURL(ws(steps[0]!));
      await page.goto(ws(steps.at(-1)!));
      await page.fill('#f-review-date', '2027-05-31');
      const end = page.locator('.journey-end');
      const [report] = await Promise.all([
        page.waitForEvent('download'),
        end.locator('[data-make="report"]').click(),
      ]);
      expect(report.suggestedFilename()).toMatch(/\.pdf$/);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        end.locator('[data-workbook-action="download"]').click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.mentoring-network\.json$/);
      const [ics] = await Promise.all([
        page.waitForEvent('download'),
        end.locator('[data-action="reminder"]').click(),
      ]);
      expect(ics.suggestedFilename()).toBe('review-my-mentoring-network.ics');
      await end.locator('.action-status').filter({ hasText: 'one event' }).waitFor();
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  for (const locale of LOCALES) {
    it(`the worksheet list shows not started, started and done after filling two worksheets (${locale})`, async () => {
      const w = WORDS[locale];
      await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
        const states = async () => {
          await page.goto(`${baseUrl}/${locale}/worksheets/`);
          await page.locator('[data-progress]:not([hidden])').first().waitFor();
          return Object.fromEntries(
            await page
              .locator('[data-worksheet]')
              .evaluateAll((items) =>
                items.map((li) => [
                  (li as HTMLElement).dataset.worksheet,
                  li.querySelector('[data-progress]')!.textContent,
                ]),
              ),
          ) as Record<string, string>;
        };
        expect(new Set(Object.values(await states()))).toEqual(new Set([w.progress['not-started']]));
        // Know yourself: every question answered.
        await page.goto(ws('know-yourself', locale));
        await page.fill('#f-short-term', 'Two papers');
        await page.fill('#f-long-term', 'A group of my own');
        await page.fill('#f-success', 'Work I am proud of');
        await page.check('#f-needs-now-funding');
        await page.fill('#f-top-need', 'Funding');
        await page.check('#f-stage-postdoc');
        await saved(page);
        // Elevator pitch: one answer of several.
        await page.goto(ws('elevator-pitch', locale));
        await page.fill('#f-who', 'I am Sam');
        await saved(page);
        const after = await states();
        expect(after['know-yourself']).toBe(w.progress.done);
        expect(after['elevator-pitch']).toBe(w.progress.started);
        for (const slug of steps.filter((s) => s !== 'know-yourself' && s !== 'elevator-pitch'))
          expect(after[slug]).toBe(w.progress['not-started']);
      });
    });
  }
});

describe('answers offered from the map and the needs', () => {
  for (const locale of LOCALES) {
    it(`offers map people in Approaching a mentor and the Action plan, and puts every date in one calendar file (${locale})`, async () => {
      const w = WORDS[locale];
      await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          return d.dismiss();
        });
        // Opening a file into an empty browser replaces nothing, so it asks nothing.
        await page.goto(ws('approaching-a-mentor', locale));
        await page.setInputFiles('#workbook-file', seedFile());
        await page.locator('[data-notice]').filter({ hasText: 'seed.mentoring-network.json' }).waitFor();
        expect(dialogs).toEqual([]);

        await expect
          .poll(() => offered(page, '#f-mentor-name'))
          .toEqual([
            ['Ana Campos', w.current],
            ['Dr Rivera', w.planned],
          ]);
        await page.fill('#f-mentor-name', 'Dr Rivera');
        await page.getByRole('button', { name: w.draft }).click();
        expect(await page.inputValue('#f-email-draft')).toContain('Dr Rivera');
        await saved(page);
        expect((await stored(page))!.answers['approaching-a-mentor']!['mentor-name']).toBe('Dr Rivera');

        await page.goto(ws('action-plan', locale));
        const who = '[data-field="actions"] [data-row]:nth-child(1) [data-column="who"]';
        const need = '[data-field="actions"] [data-row]:nth-child(1) [data-column="need"]';
        await expect
          .poll(() => offered(page, who))
          .toEqual([
            ['Ana Campos', w.current],
            ['Dr Rivera', w.planned],
          ]);
        const needs = await offered(page, need);
        expect(needs.map(([, label]) => label)).toEqual([w.need, w.need]);
        expect(needs).toHaveLength(2);
        // The second row's boxes offer the same (rows share one list).
        const row = (n: number, column: string) =>
          `[data-field="actions"] [data-row]:nth-child(${n}) [data-column="${column}"]`;
        expect(await offered(page, row(2, 'who'))).toHaveLength(2);
        await page.fill(row(1, 'who'), 'Dr Rivera');
        await page.fill(row(1, 'need'), needs[0]![0]!);
        await page.fill(row(1, 'action'), 'Write to ask for a short call');
        await page.fill(row(1, 'by-when'), '2027-01-15');
        await page.fill(row(2, 'who'), 'Ana Campos');
        await page.fill(row(2, 'action'), 'Ask for feedback on a draft');
        await page.fill(row(2, 'by-when'), '2027-02-20');
        await page.fill(row(3, 'action'), 'A step without a date');
        await page.fill('#f-review-date', '2027-06-30');
        await saved(page);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: w.calendar }).click(),
        ]);
        const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
        const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        expect(events.map((e) => e.startDate.toString())).toEqual(['2027-06-30', '2027-01-15', '2027-02-20']);
        expect(events[1]!.summary).toContain('Write to ask for a short call');
        expect(events[1]!.description).toContain('Dr Rivera');
        expect(events[2]!.description).toContain('Ana Campos');
        expect(new Set(events.map((e) => e.uid)).size).toBe(3);
        expect(dialogs).toEqual([]);
        expect(trouble.consoleErrors).toEqual([]);
      });
    });
  }
});

describe('drafts are never replaced unasked', () => {
  for (const locale of LOCALES) {
    it(`drafting over an edited draft asks first, and Undo brings it back; copy has the subject (${locale})`, async () => {
      const w = WORDS[locale];
      await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
        await page.goto(ws('approaching-a-mentor', locale));
        await page.fill('#f-mentor-name', 'Dr Rivera');
        await page.fill('#f-connection', 'Bo Lee suggested I write to you');
        await page.fill('#f-request', 'a short call.');
        const draftButton = page.getByRole('button', { name: w.draft });
        const answered: string[] = [];
        // Drafting over an empty box, or over an untouched draft, asks nothing.
        page.on('dialog', (d) => {
          answered.push(d.message());
          return answered.length === 1 ? d.dismiss() : d.accept();
        });
        await draftButton.click();
        const first = await page.inputValue('#f-email-draft');
        // The answer that is a paragraph of its own ends as a sentence; one inside a question does not double it.
        expect(first).toContain('Bo Lee suggested I write to you.');
        expect(first).not.toContain('call.?');
        await draftButton.click();
        // Nor over a draft this page made, when only the answers changed since.
        await page.fill('#f-request', 'a quick call');
        await draftButton.click();
        expect(answered).toEqual([]);
        expect(await page.inputValue('#f-email-draft')).toContain('a quick call');

        const edited = `${first}\n\nSam Lee\nPostdoc`;
        await page.fill('#f-email-draft', edited);
        await page.fill('#f-request', 'a 20-minute call');
        await draftButton.click(); // asked, and refused: the signature stays
        expect(answered).toHaveLength(1);
        expect(await page.inputValue('#f-email-draft')).toBe(edited);
        await draftButton.click(); // asked, and accepted
        expect(answered).toHaveLength(2);
        const fresh = await page.inputValue('#f-email-draft');
        expect(fresh).toContain('20-minute call');
        expect(fresh).not.toContain('Sam Lee');
        const undo = page.locator('[data-field="email-draft"] [data-action="undo-draft"]');
        await undo.click();
        expect(await page.inputValue('#f-email-draft')).toBe(edited);
        expect(await undo.isHidden()).toBe(true);
        await saved(page);
        expect((await stored(page))!.answers['approaching-a-mentor']!['email-draft']).toBe(edited);
        // Typing in a new draft ends its Undo, which would otherwise throw the typing away.
        await draftButton.click(); // asked again (their draft is back), and accepted
        expect(answered).toHaveLength(3);
        expect(await undo.isVisible()).toBe(true);
        await page.locator('#f-email-draft').press('End');
        await page.keyboard.type(' Thanks');
        expect(await undo.isHidden()).toBe(true);
        await page.fill('#f-email-draft', edited);

        await page.locator('[data-field="email-draft"] [data-action="copy"]').click();
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()))
          .toMatch(new RegExp(`^${w.subject}\\S[^\\n]*20-minute call\\n\\n[\\s\\S]*Sam Lee\\nPostdoc$`));
      });
    });
  }

  it('joins the three pitch parts into a draft, asking before replacing an edited one', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('elevator-pitch'));
      await page.fill('#f-who', "I'm Sam, a postdoc in cardiology");
      await page.fill('#f-what', 'I study how neighbourhoods shape heart health.');
      await page.fill('#f-why', 'Cities could plan healthier streets');
      const join = page.locator('[data-field="pitch"] [data-action="join"]');
      await join.click();
      expect(await page.inputValue('#f-pitch')).toBe(
        "I'm Sam, a postdoc in cardiology. I study how neighbourhoods shape heart health. Cities could plan healthier streets.",
      );
      await page.fill('#f-pitch', 'My own pitch');
      let asked = 0;
      page.once('dialog', (d) => {
        asked++;
        return d.dismiss();
      });
      await join.click();
      expect(asked).toBe(1);
      expect(await page.inputValue('#f-pitch')).toBe('My own pitch');
    });
  });
});

describe('a save status that tells the truth', () => {
  for (const locale of LOCALES) {
    it(`says nothing is saved on a fresh profile and after Delete all (${locale})`, async () => {
      const w = WORDS[locale];
      await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
        const status = page.locator('[data-status]');
        await page.goto(ws('know-yourself', locale));
        await status.filter({ hasText: w.nothingSaved }).waitFor();
        await page.goto(`${baseUrl}/${locale}/worksheets/`);
        await status.filter({ hasText: w.nothingSaved }).waitFor();
        await page.goto(ws('know-yourself', locale));
        await page.fill('#f-success', 'Something');
        await status.filter({ hasText: w.saved }).waitFor();
        await page.reload();
        await status.filter({ hasText: w.saved }).waitFor();
        page.once('dialog', (d) => d.accept());
        await page.getByRole('button', { name: w.delete }).click();
        await status.filter({ hasText: w.nothingSaved }).waitFor();
        await page.reload();
        await status.filter({ hasText: w.nothingSaved }).waitFor();
        expect(await stored(page)).toBeNull();
      });
    });
  }
});

describe('the map', () => {
  it('Enter on the closeness list of quick add adds the person', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(ws('network-map'));
      await page.locator('#qa-name').waitFor({ state: 'visible' });
      await page.fill('#qa-name', 'Ada Lovelace');
      await page.selectOption('#qa-closeness', 'close');
      await page.focus('#qa-closeness');
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await stored(page))?.network.people.map((p) => [p.name, p.closeness]))
        .toEqual([['Ada Lovelace', 'close']]);
      expect(await page.inputValue('#qa-name')).toBe('');
    });
  });
});
