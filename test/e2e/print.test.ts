// Printing from the browser: every worksheet page, blank and filled, printed by Chromium to PDF on
// A4 and on Letter, read back with poppler page by page. No page is empty or holds only the
// footer, the map page prints its table and intro on the first page and the map alone on the
// next, screen-only hints stay off paper, and the site's links print as full addresses.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Workbook } from '../../src/core/workbook.ts';
import { worksheetSchema, type Worksheet } from '../../src/schemas/worksheet.ts';
import { sampleWorkbook } from '../unit/pdf-fixtures.ts';
import { launchChromium, withPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'mnk-e2e-print-'));
const LOCALES = ['en', 'es'] as const;
const PAPERS = ['A4', 'Letter'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const worksheetsOf = (locale: string) =>
  readdirSync(`content/worksheets/${locale}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      slug: f.replace(/\.yaml$/, ''),
      worksheet: worksheetSchema.parse(parse(readFileSync(`content/worksheets/${locale}/${f}`, 'utf8'))),
    }));

const ui = (locale: string) =>
  parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>;

/** An answer for every question of a worksheet, as a participant who filled it all in would have. */
function answersFor(ws: Worksheet): Record<string, unknown> {
  const long = 'An answer long enough to run over a line or two on paper, the way written answers do.';
  const answers: Record<string, unknown> = {};
  for (const field of ws.sections.flatMap((s) => s.fields)) {
    switch (field.type) {
      case 'short-text':
        answers[field.id] = 'A short answer';
        break;
      case 'long-text':
      case 'composer':
        answers[field.id] = `${long}\n${long}`;
        break;
      case 'date':
        answers[field.id] = '2027-02-01';
        break;
      case 'single-choice':
        answers[field.id] = field.options[0]!.id;
        break;
      case 'multiple-choice':
        answers[field.id] = field.options.slice(0, 2).map((o) => o.id);
        break;
      case 'checklist':
        answers[field.id] = field.items.slice(0, 2).map((o) => o.id);
        break;
      case 'rating':
        answers[field.id] = 2;
        break;
      case 'list':
        answers[field.id] = ['A first item', 'A second item'];
        break;
      case 'table':
        answers[field.id] = [1, 2].map((row) =>
          Object.fromEntries(
            field.columns.map((c) => [c.id, c.type === 'date' ? `2027-01-1${row}` : `Cell ${row}`]),
          ),
        );
        break;
      default:
        break; // the network, tools and summaries keep nothing with the answers
    }
  }
  return answers;
}

/** Every worksheet answered, and a map of 14 people with names in every script. */
function filledWorkbook(locale: string): Workbook {
  const workbook = sampleWorkbook(14);
  workbook.answers = Object.fromEntries(
    worksheetsOf(locale).map(({ slug, worksheet }) => [slug, answersFor(worksheet)]),
  ) as Workbook['answers'];
  return workbook;
}

/** Waits until the islands have filled the page in: the answers, the map's people and its findings. */
async function ready(page: Page, slug: string, filled: boolean): Promise<void> {
  await page.locator('form.worksheet [data-js-only]:not([hidden])').first().waitFor({ state: 'attached' });
  if (filled)
    // Some answer is on the page: a written one, a ticked box or a row typed in.
    await page.waitForFunction(
      () =>
        document.querySelector('form.worksheet :is(.print-answer:not(:empty), input:checked)') !== null ||
        [...document.querySelectorAll<HTMLInputElement>('form.worksheet input[type="text"]')].some(
          (i) => i.value,
        ),
    );
  if (slug !== 'network-map') return;
  if (filled) {
    await page.locator('[data-people-table] [data-person]').first().waitFor({ state: 'attached' });
    await page.locator('[data-findings] h4').first().waitFor({ state: 'attached' });
  } else {
    await page.locator('mnk-findings.screen-only').waitFor({ state: 'attached' });
  }
}

const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, n: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' });

/** The share of a page's height between its first and last row with ink, from a greyscale render. */
function inkedShare(file: string, n: number): number {
  const out = mkdtempSync(join(dir, 'page-'));
  execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', `${n}`, '-l', `${n}`, file, join(out, 'p')]);
  const bytes = readFileSync(join(out, readdirSync(out)[0]!));
  // A binary PGM: "P5", width, height and maximum value, each followed by one space or newline.
  const header: number[] = [];
  let at = 0;
  while (header.length < 4) {
    const start = at;
    while (bytes[at] !== 0x0a && bytes[at] !== 0x20) at++;
    header.push(Number(bytes.subarray(start, at).toString().replace('P', '')));
    at++;
  }
  const [, width, height] = header as [number, number, number, number];
  const pixels = bytes.subarray(at);
  const inked = (y: number) => pixels.subarray(y * width, (y + 1) * width).some((v) => v < 200);
  const rows = Array.from({ length: height }, (_, y) => y).filter(inked);
  return rows.length ? (rows.at(-1)! - rows[0]! + 1) / height : 0;
}

interface Printed {
  file: string;
  pages: number;
  texts: string[];
}

async function print(page: Page, name: string, format: (typeof PAPERS)[number]): Promise<Printed> {
  const file = join(dir, `${name}-${format}.pdf`);
  await page.pdf({ path: file, format });
  const pages = pageCount(file);
  return { file, pages, texts: Array.from({ length: pages }, (_, i) => pageText(file, i + 1)) };
}

/** A page's lines that are not the site's footer (the publisher's and the licence's lines). */
function contentLines(text: string, locale: string): string[] {
  const words = ui(locale);
  const footer = [words['footer.publishedBy']!.split('{')[0]!, words['footer.licence']!];
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !footer.some((f) => l.startsWith(f)));
}

describe.each(LOCALES)('printing every worksheet page (%s)', (locale) => {
  const sheets = worksheetsOf(locale);
  const counts: string[] = [];

  afterAll(() => {
    // The page counts, for the record of what the paper looks like (not asserted one by one).
    console.log(`Printed pages (${locale}):\n${counts.join('\n')}`);
  });

  it.each(['blank', 'filled'] as const)(
    'prints each worksheet %s, on A4 and Letter, without an empty page or a footer alone',
    async (state) => {
      await withPage(browser, baseUrl, {}, async ({ page, trouble }) => {
        if (state === 'filled') {
          await page.goto(`${baseUrl}/${locale}/worksheets/`);
          await page.evaluate(
            (wb) => localStorage.setItem('mnk:workbook', JSON.stringify({ revision: 1, workbook: wb })),
            filledWorkbook(locale),
          );
        }
        for (const { slug } of sheets) {
          await page.goto(`${baseUrl}/${locale}/worksheets/${slug}/`);
          await ready(page, slug, state === 'filled');
          await page.emulateMedia({ media: 'print' });
          for (const format of PAPERS) {
            const printed = await print(page, `${locale}-${slug}-${state}`, format);
            const what = `${slug}, ${state}, ${format}`;
            counts.push(`${what}: ${printed.pages}`);
            expect(printed.pages, what).toBeGreaterThan(0);
            printed.texts.forEach((text, i) =>
              // Every page, the last too, holds something besides the footer.
              expect(contentLines(text, locale).length, `${what}, page ${i + 1}`).toBeGreaterThan(0),
            );
            // What only works on screen stays off paper: the empty map's hint, the findings' buttons.
            const all = printed.texts.join('\n');
            for (const key of ['analysis.empty', 'analysis.action.link-need', 'analysis.action.none-know'])
              expect(all, `${what}: ${key}`).not.toContain(ui(locale)[key]);
          }
          await page.emulateMedia({ media: 'screen' });
        }
        expect(trouble.consoleErrors).toEqual([]);
        expect(trouble.foreignRequests).toEqual([]);
      });
    },
  );
});

describe('the map page on paper', () => {
  it.each(PAPERS)(
    'prints blank on three %s pages: intro and table, the map alone, the questions',
    async (format) => {
      await withPage(browser, baseUrl, {}, async ({ page }) => {
        await page.goto(`${baseUrl}/en/worksheets/network-map/`);
        await ready(page, 'network-map', false);
        await page.emulateMedia({ media: 'print' });
        const printed = await print(page, 'map-blank', format);
        expect(printed.pages).toBe(3);
        const [first, map, questions] = printed.texts as [string, string, string];
        // The first page is full: the intro and the whole table to write names in (ten rows).
        expect(first).toContain('Map your network');
        expect(first).toContain('Your network as a table');
        expect(inkedShare(printed.file, 1)).toBeGreaterThan(0.5);
        // The map has its page to itself: its words, and no table heading.
        expect(map).toContain('You');
        expect(map).toContain('Where they come from');
        expect(map).not.toContain('Your network as a table');
        expect(questions).toContain('Look at your map');
      });
    },
  );

  it.each([
    ['A4', 21.0],
    ['Letter', 21.59],
  ])(
    'gives the name column at least 4 cm and the circle to draw in the page’s width (%s)',
    async (_, paperCm) => {
      await withPage(browser, baseUrl, {}, async ({ page }) => {
        await page.goto(`${baseUrl}/en/worksheets/network-map/`);
        await ready(page, 'network-map', false);
        await page.emulateMedia({ media: 'print' });
        const cm = 96 / 2.54; // CSS pixels per centimetre
        // Laid out as on the paper: its width less the margins of the page it prints on (16 mm a
        // side for the table, 10 mm for the map's own page).
        await page.setViewportSize({ width: Math.round((paperCm - 3.2) * cm), height: 900 });
        const name = await page.locator('.people-table th').first().boundingBox();
        expect(name!.width / cm).toBeGreaterThanOrEqual(4);
        await page.setViewportSize({ width: Math.round((paperCm - 2) * cm), height: 900 });
        const svg = await page.locator('.map-canvas svg').boundingBox();
        const ring = await page.locator('.map-canvas svg circle').first().boundingBox();
        expect(svg!.width / cm).toBeCloseTo(paperCm - 2, 0);
        // The outer ring, as wide as the role names beside it allow (11.8 cm on A4 before).
        expect(ring!.width / cm).toBeGreaterThan(12.5);
      });
    },
  );

  it('prints the site’s own links as full addresses', async () => {
    await withPage(browser, baseUrl, {}, async ({ page }) => {
      const css = await (await fetch(`${baseUrl}/brand.css`)).text();
      const origin = /--site-origin:"([^"]+)"/.exec(css)?.[1];
      expect(origin).toMatch(/^https?:\/\/[^/]+$/);
      await page.goto(`${baseUrl}/en/worksheets/network-map/`);
      await ready(page, 'network-map', false);
      await page.emulateMedia({ media: 'print' });
      const printed = await print(page, 'links', 'A4');
      // Long addresses wrap anywhere: read them with the lines joined.
      const text = printed.texts.join('').replace(/\n/g, '');
      expect(text).toContain(`(${origin}/en/guides/mapping/)`);
      expect(text).not.toMatch(/\(\/en\//);
    });
  });
});
