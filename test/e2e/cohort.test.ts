// The anonymous summary a participant saves for their facilitator, and the facilitator's cohort page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AnonymousSummary, NetworkSummary } from '../../src/core/cohort-summary.ts';
import { axeViolations } from './axe.ts';
import { launchChromium, withPage, type PageOptions } from './browser.ts';
import { fixtureEnvelope, fixturePeople } from './map-fixture.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PROFILE: PageOptions = { viewport: { width: 1280, height: 900 } };

/** A participant's summary with nobody as a mentee, and for every third no peer either. */
function summary(i: number, withBefore: boolean): AnonymousSummary {
  const map = (peers: number, type: NetworkSummary['type']): NetworkSummary => ({
    month: '2026-11',
    current: 2 + peers,
    planned: 0,
    roles: { developmental: 1, skills: 1, 'work-life': 0, peer: peers, mentee: 0 },
    sources: { department: 2, institution: peers, external: 0, personal: 0, unknown: 0 },
    stages: { above: 2, same: peers, below: 0, unknown: 0 },
    closeness: { close: 2, moderate: peers, distant: 0 },
    type,
    gaps: ['missing-role:mentee', ...(peers ? [] : ['missing-role:peer'])],
  });
  return {
    format: 'mentoring-network-kit/anonymous-summary',
    version: 1,
    id: `participant${String(i).padStart(5, '0')}`,
    now: map(i % 3 === 0 ? 0 : 2, i < 4 ? 'traditional' : null),
    ...(withBefore ? { before: { ...map(0, null), month: '2026-05' } } : {}),
  };
}

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

async function addFiles(page: Page, files: ReturnType<typeof file>[], submit = 'Add to the cohort') {
  await page.locator('#cohort-files').setInputFiles(files);
  await page.getByRole('button', { name: submit }).click();
}

describe('the anonymous summary', () => {
  it('is shown in words before it is saved, and neither holds a name', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(`${baseUrl}/en/worksheets/network-map/`);
      await page.evaluate((env) => localStorage.setItem('mnk:workbook', env), fixtureEnvelope(12));
      await page.reload();
      const show = page.getByRole('button', { name: 'Show what the summary holds' });
      await show.click();
      await expect.poll(() => page.locator('[data-summary-lines] li').count()).toBeGreaterThan(5);
      expect(await show.getAttribute('aria-expanded')).toBe('true');
      const shown = await page.locator('[data-summary-preview]').innerText();
      expect(shown).toContain('12 people support you now; none planned.');
      expect(shown).toMatch(/Your map, [A-Z][a-z]+ \d{4}/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save the summary' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('my-mentoring-network.anonymous-summary.json');
      const saved = readFileSync(await download.path(), 'utf8');
      expect(JSON.parse(saved)).toMatchObject({
        format: 'mentoring-network-kit/anonymous-summary',
        version: 1,
      });
      for (const p of fixturePeople(12)) {
        expect(shown).not.toContain(p.name);
        expect(saved).not.toContain(p.name);
        expect(saved).not.toContain(`"${p.id}"`);
      }
      expect(await page.locator('[data-summary-status]').textContent()).toContain('Saved as');
      expect(trouble.consoleErrors).toEqual([]);
    });
  });
});

describe('the cohort page', () => {
  it('adds up 12 summaries with a bar and words for each figure, and a CSV of them', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page, trouble }) => {
      await page.goto(`${baseUrl}/en/cohort/`);
      await addFiles(
        page,
        Array.from({ length: 12 }, (_, i) => file(`s${i}.json`, summary(i, i < 6))),
      );
      await expect.poll(() => page.locator('[data-cohort-count]').textContent()).toBe('12 participants');
      const roles = page.locator('[data-figure="missingRoles"]');
      expect(await roles.getByRole('row', { name: /Mentee/ }).innerText()).toContain('12 of 12 (100%)');
      expect(await roles.getByRole('row', { name: /Peer mentor/ }).innerText()).toContain('4 of 12 (33%)');
      expect(
        await page
          .locator('[data-figure="types"]')
          .getByRole('row', { name: /Traditional/ })
          .innerText(),
      ).toContain('4 of 12');
      expect(await page.locator('[data-figure="gaps"]').innerText()).toContain('Missing role: Mentee');
      // Six have an earlier map: before and after are shown for them.
      const change = page.locator('[data-figure="change"]');
      expect(await change.innerText()).toContain('Median number of people: 2 before, 4 now.');
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
      ]);
      const text = readFileSync(await csv.path(), 'utf8');
      expect(text.split('\r\n')[0]).toBe('Figure,What,Participants,Out of');
      expect(text).toContain('Roles missing from their maps,Mentee,12,12');
      expect(await axeViolations(page)).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('shows no figure from fewer than five, and refuses files that are not summaries, in Spanish too', async () => {
    await withPage(browser, baseUrl, PROFILE, async ({ page }) => {
      await page.goto(`${baseUrl}/es/cohort/`);
      const four = Array.from({ length: 4 }, (_, i) => file(`s${i}.json`, summary(i, true)));
      const workbook = { schemaVersion: 3, network: { people: [{ id: 'a', name: 'Ana Ruiz' }] } };
      await addFiles(
        page,
        [
          ...four,
          file('copia.json', summary(0, true)),
          file('cuaderno.json', workbook),
          file('roto.json', '{ no'),
        ],
        'Añadir a la cohorte',
      );
      // The files are read in the background: wait for the page to say what it made of them.
      await expect.poll(() => page.locator('[data-cohort-count]').textContent()).toBe('4 personas');
      const status = await page.locator('[data-cohort-status]').innerText();
      expect(status).toContain('4 resúmenes añadidos; 4 personas en total.');
      expect(status).toContain('1 resumen ya estaba y se dejó fuera (el mismo archivo dos veces).');
      expect(status).toContain('cuaderno.json no se añadió: no es un resumen anónimo de este kit');
      expect(status).toContain('roto.json no se añadió: no es un archivo de resumen');
      expect(await page.locator('[data-figure="missingRoles"]').innerText()).toContain(
        'No se muestra: se calcularía con 4 personas, menos de 5.',
      );
      expect(await page.locator('main').innerText()).not.toMatch(/\d+ de 4/);
      // A fifth participant, dropped on the page: the figures of now appear; the comparison still
      // waits for a fifth pair.
      const dropped = await page.evaluateHandle(
        (text) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 's5.json', { type: 'application/json' }));
          return transfer;
        },
        JSON.stringify(summary(5, false)),
      );
      await page.locator('mnk-cohort').dispatchEvent('drop', { dataTransfer: dropped });
      await expect.poll(() => page.locator('[data-cohort-count]').textContent()).toBe('5 personas');
      const roles = await page.locator('[data-figure="missingRoles"]').innerText();
      // Spanish writes a space (a narrow no-break one) before the percent sign.
      expect(roles).toMatch(/Persona mentorizada\s+5 de 5 \(100\s%\)/u);
      expect(await page.locator('[data-figure="change"]').innerText()).toContain(
        'se calcularía con 4 personas, menos de 5',
      );
    });
  });
});
