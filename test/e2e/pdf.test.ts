// The PDF buttons in a real browser: the report and one filled worksheet are made from the
// workbook in localStorage, downloaded, and read back with poppler and qpdf; nothing is fetched
// from another origin, and the PDF code loads, in its own thread, only once the buttons are in view.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, withPage } from './browser.ts';
import { LONG_NAMES, pdfInfo, pdfText, sampleWorkbook, SCRIPT_NAMES } from '../unit/pdf-fixtures.ts';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'mnk-e2e-pdf-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function withWorkbook(page: Page, path: string, workbook = sampleWorkbook(SCRIPT_NAMES.length)) {
  await page.goto(`${baseUrl}${path}`);
  await page.evaluate(
    (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
    workbook,
  );
  await page.reload();
}

async function download(page: Page, button: string, file: string): Promise<string> {
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file);
  await pdf.saveAs(path);
  return path;
}

describe('filled PDFs made in the browser', () => {
  it('the report holds every name, whatever its script, with title, outline and page numbers', async () => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      await withWorkbook(page, '/en/worksheets/');
      await page.getByLabel('Name on the cover (optional)').fill('Zoë Ångström-Núñez');
      const file = await download(page, 'Download my report (PDF)', 'report.pdf');
      await expect
        .poll(() => page.locator('[data-pdf-status]').textContent())
        .toBe('Your PDF was downloaded.');

      execFileSync('qpdf', ['--check', file]);
      expect(pdfInfo(file)).toMatch(/Title:\s+My mentoring network · Zoë Ångström-Núñez/);
      expect(pdfInfo(file)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      const words = pdfText(file);
      for (const name of SCRIPT_NAMES) expect(words, name).toContain(name);
      for (const part of [
        'My map',
        'The people in my network',
        'What my map shows',
        'My goals and who supports them',
        'Action plan',
        'My worksheets',
      ]) {
        expect(words).toContain(part);
      }
      // Bookmarks, as a reader's outline panel lists them.
      const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' });
      expect(outline).toContain('The people in my network');
      expect(trouble.foreignRequests).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('one worksheet with its answers, on US Letter when chosen', async () => {
    await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
      await withWorkbook(page, '/en/worksheets/action-plan/');
      await page.getByLabel('Paper size').selectOption('letter');
      const file = await download(page, 'Download this worksheet with my answers (PDF)', 'action-plan.pdf');
      execFileSync('qpdf', ['--check', file]);
      expect(pdfInfo(file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
      const words = pdfText(file);
      expect(words).toContain('Action plan');
      expect(words).toContain('Join the writing group');
      expect(words).toContain('December 15, 2026'); // dates written out in the page's language
      expect(words).toContain('محمد عبد الله'); // the "who" of a step, in Arabic
      expect(trouble.consoleErrors).toEqual([]);
    });
  });

  it('the report made in the browser breaks long names between words, shows supports and counts its pages', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      const workbook = sampleWorkbook(LONG_NAMES.length, LONG_NAMES);
      await withWorkbook(page, '/en/worksheets/', workbook);
      const file = await download(page, 'Download my report (PDF)', 'long-names.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
      const layout = (n: number) =>
        execFileSync('pdftotext', ['-layout', '-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' });
      const people = layout(3);
      expect(people).toContain('The people in my network');
      for (const word of ['Featherstonehaugh', 'Cholmondeley-', 'Marjoribanks', '欧阳娜娜'])
        expect(people).toContain(word);
      // The support set for every other person, written out.
      const described = workbook.network.people.filter((p) => p.supports?.length).length;
      expect(people.match(/Coaching/g)?.length).toBe(described);
      for (let n = 2; n <= pages; n++)
        expect(layout(n).replace(/ /g, ''), `page ${n}`).toContain(`${n}/${pages}`);
    });
  });

  it('a Spanish page makes a Spanish report', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      await withWorkbook(page, '/es/worksheets/network-map/');
      const file = await download(page, 'Descargar mi informe (PDF)', 'informe.pdf');
      const words = pdfText(file);
      expect(words).toContain('Las personas de mi red');
      expect(words).toContain('अनीता शर्मा');
      expect(pdfInfo(file)).toMatch(/Title:\s+Mi red de mentoría/);
    });
  });
  it('loads the PDF maker only once its buttons have been in view, prepares the report, and a click then downloads it', async () => {
    await withPage(
      browser,
      baseUrl,
      // A small phone: the buttons, under the worksheet's title and intro, are below the fold.
      { viewport: { width: 360, height: 640 } },
      async ({ page, trouble }) => {
        await withWorkbook(page, '/en/worksheets/know-yourself/');
        await page.waitForLoadState('networkidle');
        const maker = () => trouble.scripts.filter((s) => s.includes('pdf-worker'));
        expect(maker()).toEqual([]);
        expect(await page.locator('mnk-pdf').getAttribute('data-prepared')).toBeNull();
        await page.locator('mnk-pdf').scrollIntoViewIfNeeded();
        await page.waitForSelector('mnk-pdf[data-prepared]', { state: 'attached', timeout: 90_000 });
        expect(maker()).toHaveLength(1);
        const file = await download(page, 'Download my report (PDF)', 'prepared.pdf');
        execFileSync('qpdf', ['--check', file]);
        expect(pdfText(file)).toContain('The people in my network');
        // A change after the preparation is in the file: the name typed on the cover.
        await page.getByLabel('Name on the cover (optional)').fill('Ana Ruiz');
        const named = await download(page, 'Download my report (PDF)', 'prepared-named.pdf');
        expect(pdfInfo(named)).toMatch(/Title:\s+My mentoring network · Ana Ruiz/);
        expect(maker()).toHaveLength(1); // one maker for the page, started once
        expect(trouble.consoleErrors).toEqual([]);
      },
    );
  });

  it("says why a report could not be made, in the page's language, and keeps the button working", async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      // The fonts cannot be fetched (a dropped connection in the room), from before the page opens,
      // so the report prepared while the page is shown cannot be drawn either.
      await page.route('**/fonts/**', (route) => route.abort());
      await withWorkbook(page, '/es/worksheets/');
      await page.getByRole('button', { name: 'Descargar mi informe (PDF)' }).click();
      await expect
        .poll(() => page.locator('[data-pdf-status]').textContent(), { timeout: 60_000 })
        .toBe(
          'No se ha podido crear el PDF: no se pudo cargar un tipo de letra necesario. Comprueba la conexión y vuelve a intentarlo.',
        );
      // Once the fonts are back, the same button makes the report.
      await page.unroute('**/fonts/**');
      const file = await download(page, 'Descargar mi informe (PDF)', 'report-after-failure.pdf');
      execFileSync('qpdf', ['--check', file]);
    });
  });
});
