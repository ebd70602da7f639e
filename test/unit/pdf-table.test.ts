// render/pdf/table.ts: the one table of the PDFs, with rows of text and rows of fixed height.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDocument } from '../../src/render/pdf/document.ts';
import { filledWorksheetPdf } from '../../src/render/pdf/filled.ts';
import { drawTable, type CellBox } from '../../src/render/pdf/table.ts';
import {
  filledDataOf,
  optionsFor,
  optionsForWorkbook,
  pdfInfo,
  pdfText,
  sampleWorkbook,
  sheetsOf,
  writeChecked,
} from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-table-'));

describe('the table', () => {
  it('hands each cell of a fixed-height row its box, and repeats the header after a page break', async () => {
    const c = await startDocument(await optionsFor('en'), 'Table');
    const { layout } = c;
    layout.newPage();
    const cells: { row: number; column: number; box: CellBox; page: number }[] = [];
    const columns = [{ label: 'Who' }, { label: 'When', share: 0.5 }];
    drawTable(
      layout,
      columns,
      Array.from({ length: 60 }, (_, row) => ({
        height: 24,
        cell: (column: number, box: CellBox) =>
          cells.push({ row, column, box, page: layout.doc.getPageCount() }),
      })),
    );
    expect(cells).toHaveLength(120);
    const first = cells.filter((x) => x.row === 0);
    expect(first.map((x) => x.box.height)).toEqual([24, 24]);
    // The columns share the text width, 2 to 1, side by side.
    expect(first[0]!.box.width).toBeCloseTo(2 * first[1]!.box.width);
    expect(first[0]!.box.x + first[0]!.box.width).toBeCloseTo(first[1]!.box.x);
    expect(first[1]!.box.x + first[1]!.box.width).toBeCloseTo(layout.left + layout.contentWidth);
    // 60 rows of 24 points do not fit on one page; the rows go on, under the header again.
    const pages = new Set(cells.map((x) => x.page));
    expect(pages.size).toBeGreaterThan(1);
    const text = pdfText(writeChecked(dir, 'fixed.pdf', await layout.save()));
    expect(text.split('\f').filter((page) => page.includes('Who') && page.includes('When'))).toHaveLength(
      pages.size,
    );
  });

  it('wraps text in its cells and keeps every word', async () => {
    const c = await startDocument(await optionsFor('en'), 'Table');
    c.layout.newPage();
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    drawTable(
      c.layout,
      [{ label: 'Name' }, { label: 'Notes', share: 3 }],
      [
        ['Ana', long],
        ['Bo', 'short'],
      ],
    );
    const text = pdfText(writeChecked(dir, 'text.pdf', await c.layout.save())).replace(/\s+/g, ' ');
    for (const w of ['Name', 'Notes', 'Ana', 'word0', 'word39', 'Bo', 'short']) expect(text).toContain(w);
  });

  it('splits a table row taller than a page across pages, losing no words', async () => {
    const workbook = sampleWorkbook(2);
    const long = Array.from({ length: 330 }, (_, i) => `word${i}`).join(' ');
    workbook.answers['action-plan'] = {
      actions: [
        { who: 'Ana', action: long, 'by-when': '2027-01-10' },
        { who: 'Bo', action: 'Last row' },
      ],
    };
    const file = writeChecked(
      dir,
      'long-row.pdf',
      await filledWorksheetPdf(
        sheetsOf('en').find((s) => s.slug === 'action-plan')!,
        filledDataOf(workbook, 'en', false),
        await optionsForWorkbook(workbook),
      ),
    );
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const w of ['word0 ', 'word164 ', 'word329', 'Last row']) expect(text).toContain(w);
    expect(pdfInfo(file)).toMatch(/Pages:\s+[2-9]/);
  });
});
