// render/pdf/filled.ts: one worksheet with its answers, made from a workbook as the browser makes
// it, read back with poppler (pdftotext, pdfinfo), qpdf and pdf-lib.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { filledWorksheetPdf, longDate } from '../../src/render/pdf/filled.ts';
import {
  filledDataOf,
  optionsForWorkbook,
  pdfInfo,
  pdfText,
  sampleWorkbook,
  sheetsOf,
  writeChecked,
} from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-filled-'));
const sheet = (slug: string, locale = 'en') => sheetsOf(locale).find((s) => s.slug === slug)!;
const write = (name: string, bytes: Uint8Array) => writeChecked(dir, name, bytes);
const fontsFor = optionsForWorkbook;

describe('one filled worksheet', () => {
  it('lists every question, with the answers and "Not answered."', async () => {
    const workbook = sampleWorkbook(4);
    const data = filledDataOf(workbook, 'en', false);
    const bytes = await filledWorksheetPdf(sheet('know-yourself'), data, await fontsFor(workbook));
    const file = write('know-yourself.pdf', bytes);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Know yourself');
    expect(text).toContain('What do you want to achieve in the next year?');
    expect(text).toContain('Publish a paper with Γιώργος Παπαδόπουλος');
    expect(text).toContain('Not answered.'); // the long-term goal was left blank
    expect(text).toContain('Postdoctoral researcher'); // a choice, written as its label
    expect(text).toContain('Zoë Ångström-Núñez'); // the name line
    expect((await PDFDocument.load(bytes)).getForm().getFields()).toEqual([]);
  });

  it('the map worksheet has the map, the people and the findings, on Letter', async () => {
    const workbook = sampleWorkbook(6);
    const file = write(
      'map.pdf',
      await filledWorksheetPdf(
        sheet('network-map'),
        filledDataOf(workbook, 'en'),
        await fontsFor(workbook, 'en', 'letter'),
      ),
    );
    expect(pdfInfo(file)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = pdfText(file);
    // One of the six is planned: counted apart, as the findings count.
    expect(text).toMatch(/5 people around you now: .*; and 1 planned\./);
    expect(text).toContain('Your network type');
    expect(text).toContain('Иван Петров');
    // Lists in a cell are joined as the language joins them.
    expect(text.replace(/\s+/g, ' ')).toContain('Coaching and Friendship');
  });

  it('is in Spanish on a Spanish page, dates included', async () => {
    const workbook = sampleWorkbook(3);
    const file = write(
      'es-plan.pdf',
      await filledWorksheetPdf(
        sheet('action-plan', 'es'),
        filledDataOf(workbook, 'es', false),
        await fontsFor(workbook, 'es'),
      ),
    );
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('15 de diciembre de 2026');
    expect(text).toContain('Sin respuesta.');
  });
});

describe('dates in filled documents', () => {
  it('writes an ISO date out in the language, and leaves anything else as it is', () => {
    expect(longDate('2026-12-15', 'en')).toBe('December 15, 2026');
    expect(longDate('2026-12-15', 'es')).toBe('15 de diciembre de 2026');
    expect(longDate('next spring', 'en')).toBe('next spring');
  });
});
