// render/pdf/report.ts, the participant's report, made from a workbook as the browser makes
// them, read back with poppler (pdftotext, pdfinfo, pdffonts), qpdf and pdf-lib.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../../src/core/workbook.ts';
import { reportPdf } from '../../src/render/pdf/report.ts';
import {
  embeddedFonts,
  filledDataOf,
  LONG_NAMES,
  optionsForWorkbook,
  pdfInfo,
  pdfText,
  sampleWorkbook,
  SCRIPT_NAMES,
  sheetsOf,
  topBookmarks,
  writeChecked,
} from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-report-'));
const sheets = { en: sheetsOf('en'), es: sheetsOf('es') };

const write = (name: string, bytes: Uint8Array) => writeChecked(dir, name, bytes);
const fontsFor = optionsForWorkbook;

/** Text of one page as poppler lays it out, bidi controls left out. */
const layoutText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', `${page}`, '-l', `${page}`, file, '-'], {
    encoding: 'utf8',
  })
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '');

describe('the people table, with long names', () => {
  const workbook = sampleWorkbook(LONG_NAMES.length + 2, [...LONG_NAMES, 'Ana Ruiz', 'Bo Lee']);
  let file = '';
  let peoplePage = 0;
  beforeAll(async () => {
    file = write(
      'long-names.pdf',
      await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook)),
    );
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
    // The first page after the cover (which lists the parts) with the table's heading.
    peoplePage = Array.from({ length: pages - 1 }, (_, i) => i + 2).find((n) =>
      layoutText(file, n).includes('The people in my network'),
    )!;
  });

  it('breaks names between words, or after a hyphen, never inside a word that fits the column', () => {
    const text = layoutText(file, peoplePage);
    for (const word of ['Featherstonehaugh', 'Cholmondeley-', 'Marjoribanks', 'Müller', '欧阳娜娜'])
      expect(text, word).toContain(word);
    for (const word of 'عبد الرحمن بن محمد الفيصل'.split(' ')) expect(text, word).toContain(word);
    // No fragment of a word: a line of the name column never starts with the middle of one.
    expect(text).not.toMatch(/^\s*(gh|haugh|banks|ller)\b/m);
  });

  it('hyphenates only the word wider than its column, and keeps all of it', () => {
    const text = layoutText(file, peoplePage);
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänin';
    const pieces = [...text.matchAll(/^ *(\p{L}+)(-?)(?= {2}|$)/gmu)]
      .map((m) => m[1]! + m[2]!)
      .filter((p) => word.includes(p.replace(/-$/, '')) && p.length > 3);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/-$/);
    expect(pieces.map((p) => p.replace(/-$/, '')).join('')).toBe(word);
  });

  it('shows the support each person gives, where it was set', () => {
    const text = pdfText(file);
    const described = workbook.network.people.filter((p) => p.supports?.length).length;
    expect(described).toBeGreaterThan(0);
    expect(text.match(/Coaching/g)?.length).toBe(described);
    expect(text.match(/Friendship/g)?.length).toBe(described);
  });
});

describe('the report, with a name in every script', () => {
  const workbook = sampleWorkbook(SCRIPT_NAMES.length);
  let file = '';
  let bytes: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    bytes = await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook));
    file = write('report.pdf', bytes);
  });

  it('has every name as searchable text', () => {
    const text = pdfText(file);
    for (const name of SCRIPT_NAMES) expect(text, name).toContain(name);
  });

  it('has a title, a language, A4 pages and no form', async () => {
    const meta = pdfInfo(file);
    expect(meta).toMatch(/Title:\s+My mentoring network · Zoë Ångström-Núñez/);
    expect(meta).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(meta).toMatch(/Form:\s+none/);
    expect((await PDFDocument.load(bytes)).getLanguage()).toBe('en');
  });

  it('opens with a cover and has a bookmark and a page for each part, in order', async () => {
    const parts = [
      'My map',
      'The people in my network',
      'What my map shows',
      'My goals and who supports them',
      'Action plan',
      'My worksheets',
    ];
    expect(await topBookmarks(bytes)).toEqual(parts);
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(cover).toContain('Zoë Ångström-Núñez');
    expect(cover).toContain('27 November 2026');
    for (const part of parts) expect(cover).toContain(part); // the contents
    // Every page after the cover has its place in the file and the file's page count, as a
    // reader's page box shows them (an 11-page file once said "1 / 10" on its second page).
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
    expect(cover).not.toMatch(/\d+ ?\/ ?\d+/);
    for (let n = 2; n <= pages; n++) {
      const page = execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' });
      const numbers = page.match(/\b\d+ ?\/ ?\d+\b/g)?.map((m) => m.replace(/ /g, ''));
      expect(numbers, `page ${n}`).toEqual([`${n}/${pages}`]);
    }
  });

  it('shows the people, the findings, the goals, the plan and the filled worksheets', () => {
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Work-life mentor'); // roles, written out
    expect(text).toContain('Further along'); // a career stage, written out
    expect(text).toContain('Your network type');
    expect(text).toContain('Career advice and planning:'); // a need with its supporters
    expect(text).toContain('Join the writing group'); // the action plan's table
    expect(text).toContain('Elevator pitch'); // another filled worksheet
    expect(text).not.toContain('Brief bio'); // an empty one is left out
  });

  it('draws the map as vectors, its words as text', () => {
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(images).toEqual([]); // no picture: paths and text, crisp at any zoom
    // Names and role names on the map wrap onto lines: compare with white space collapsed.
    const map = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })
      .normalize('NFC')
      .replace(/\s+/g, ' ');
    for (const words of [
      'You',
      'Developmental mentor',
      'Mentee',
      'Where they come from',
      'Иван Петров',
      '9 people around you now',
      'and 2 planned',
    ])
      expect(map).toContain(words);
  });

  it('embeds each script font it needs, subset', () => {
    const fonts = embeddedFonts(file);
    for (const f of [
      'NotoSans-Regular',
      'NotoSans-Bold',
      'NotoSansArabic-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansDevanagari-Regular',
      'NotoSansSC-Regular',
      'NotoSansKR-Regular',
    ]) {
      expect(fonts).toContain(f);
    }
    expect(bytes.length).toBeLessThan(600_000); // the CJK font alone is 10 MB: only used glyphs go in
  });
});

describe('fonts and edge cases of filled PDFs', () => {
  it('embeds no large-script font when the text has none of its letters', async () => {
    const workbook = sampleWorkbook(8, [
      'Ana Ruiz',
      'Bo Lee',
      'Chidi Okafor',
      'Γιώργος Π.',
      'Иван Петров',
      'Élodie Faure',
      'Łukasz Ż.',
      'Nguyễn Hà',
    ]);
    const file = write(
      'latin.pdf',
      await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook)),
    );
    expect(new Set(embeddedFonts(file))).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold']));
    expect(pdfText(file)).toContain('Иван Петров');
  });

  it('draws Thai and emoji names with their own fonts, and they come back as typed', async () => {
    const names = ['สมชาย ใจดี', '👩‍🔬 Ana', 'Bo Lee'];
    const workbook = sampleWorkbook(3, names);
    const file = write(
      'thai-emoji.pdf',
      await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook)),
    );
    const fonts = embeddedFonts(file);
    expect(fonts).toContain('NotoSansThai-Regular');
    expect(fonts).toContain('NotoEmoji-Regular');
    const text = pdfText(file).normalize('NFC');
    for (const name of names) expect(text, name).toContain(name);
  });

  it('makes a report from an empty workbook, saying what is missing', async () => {
    const workbook = emptyWorkbook();
    const file = write(
      'empty.pdf',
      await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook)),
    );
    const text = pdfText(file);
    expect(text).toContain('No one is on the map yet.');
    expect(text).toContain('Not filled in yet.');
  });

  it('draws answers that no longer fit their field as far as they can, without failing', async () => {
    const workbook = sampleWorkbook(3);
    workbook.answers['know-yourself'] = {
      'short-term': ['a', 'list'],
      'needs-now': 'not-a-list',
      stage: 'retired-option',
    };
    workbook.answers['brief-bio'] = { focus: 9, audience: 7 as never };
    workbook.answers['no-such-worksheet'] = { x: 'kept, not shown' };
    const file = write(
      'odd.pdf',
      await reportPdf(sheets.en, filledDataOf(workbook, 'en'), await fontsFor(workbook)),
    );
    expect(pdfText(file)).toContain('retired-option');
  });
});
