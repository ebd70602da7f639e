// render/pdf/document.ts: what every PDF shares (document information, titled pages, contents,
// the workshop order).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  drawContents,
  inWorkshopOrder,
  startDocument,
  titledPage,
  type WorksheetInput,
} from '../../src/render/pdf/document.ts';
import { optionsFor, pdfInfo, pdfText, topBookmarks, writeChecked } from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-document-'));

describe('the document', () => {
  it('puts worksheets in workshop order: by order, then by slug', () => {
    const sheet = (slug: string, order: number) => ({ slug, worksheet: { order } }) as WorksheetInput;
    const ordered = inWorkshopOrder([sheet('c', 2), sheet('b', 1), sheet('a', 2)]);
    expect(ordered.map((s) => s.slug)).toEqual(['b', 'a', 'c']);
  });

  it('has its title, author and language; titled pages are bookmarked and listed in the contents', async () => {
    const options = await optionsFor('es');
    const c = await startDocument(options, 'Mi documento', 'De qué trata');
    const cover = c.layout.newPage({ plain: true });
    titledPage(c, 'Primera parte', 18);
    titledPage(c, 'Segunda parte', 18);
    c.layout.page = cover;
    drawContents(c, [
      { title: 'Primera parte', page: 1 },
      { title: 'Segunda parte', page: 2 },
    ]);
    const bytes = await c.layout.save();
    const file = writeChecked(dir, 'document.pdf', bytes);
    const info = pdfInfo(file);
    expect(info).toMatch(/Title:\s+Mi documento/);
    expect(info).toMatch(/Author:\s+Universidad de Ejemplo/);
    expect(info).toMatch(/Pages:\s+3/);
    expect(await topBookmarks(bytes)).toEqual(['Primera parte', 'Segunda parte']);
    const coverText = pdfText(file).split('\f')[0]!.replace(/\s+/g, ' ');
    expect(coverText).toContain(`${options.words.contents} Primera parte 1 Segunda parte 2`);
  });
});
