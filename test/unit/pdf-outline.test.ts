// render/pdf/outline.ts: bookmarks written by hand, read back by qpdf (an independent reader) and
// by following the outline dictionaries' links both ways.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { addOutline, type OutlineItem } from '../../src/render/pdf/outline.ts';
import { writeChecked } from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-outline-'));

interface QpdfOutline {
  title: string;
  dest: unknown[];
  destpageposfrom1: number;
  open: boolean;
  kids: QpdfOutline[];
}

/** The outline as qpdf reads it: title, page number (from 1), top, and the children. */
function qpdfOutline(file: string) {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' }),
  ) as {
    outlines: QpdfOutline[];
  };
  const simple = (o: QpdfOutline): unknown => ({
    title: o.title,
    page: o.destpageposfrom1,
    top: o.dest[3],
    open: o.open,
    kids: o.kids.map(simple),
  });
  return json.outlines.map(simple);
}

/** Writes a document of `pages` pages with the outline `make` gives, and returns its file and bytes. */
async function withOutline(
  name: string,
  pages: number,
  make: (refs: OutlineItem['page'][]) => OutlineItem[],
) {
  const doc = await PDFDocument.create();
  const refs = Array.from({ length: pages }, () => doc.addPage().ref);
  addOutline(doc, make(refs));
  const bytes = await doc.save();
  return { file: writeChecked(dir, name, bytes), doc: await PDFDocument.load(bytes) };
}

const item = (title: string, page: OutlineItem['page'], top: number, children: OutlineItem[] = []) => ({
  title,
  page,
  top,
  children,
});

describe('addOutline', () => {
  it('writes nested bookmarks that a reader finds, with their pages and places, open', async () => {
    const { file } = await withOutline('nested.pdf', 3, ([p1, p2, p3]) => [
      item('Know yourself', p1!, 700.4),
      item('Mi red · 李小龍', p2!, 500, [item('Roles', p2!, 300), item('محمد', p3!, 200.6)]),
    ]);
    expect(qpdfOutline(file)).toEqual([
      { title: 'Know yourself', page: 1, top: 700, open: true, kids: [] },
      {
        title: 'Mi red · 李小龍',
        page: 2,
        top: 500,
        open: true,
        kids: [
          { title: 'Roles', page: 2, top: 300, open: true, kids: [] },
          { title: 'محمد', page: 3, top: 201, open: true, kids: [] },
        ],
      },
    ]);
  });

  it('links each level both ways and counts every item below the root', async () => {
    const { doc } = await withOutline('links.pdf', 1, ([p]) => [
      item('a', p!, 1),
      item('b', p!, 1, [item('b1', p!, 1), item('b2', p!, 1, [item('b2x', p!, 1)])]),
      item('c', p!, 1),
    ]);
    const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(root.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(6);
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const title = (d: PDFDict) => d.lookup(PDFName.of('Title'), PDFHexString).decodeText();
    const walk = (parent: PDFDict, from: 'First' | 'Last', step: 'Next' | 'Prev') => {
      const titles: string[] = [];
      for (
        let d = parent.lookupMaybe(PDFName.of(from), PDFDict);
        d;
        d = d.lookupMaybe(PDFName.of(step), PDFDict)
      ) {
        expect(d.lookup(PDFName.of('Parent'), PDFDict)).toBe(parent);
        titles.push(title(d));
      }
      return titles;
    };
    expect(walk(root, 'First', 'Next')).toEqual(['a', 'b', 'c']);
    expect(walk(root, 'Last', 'Prev')).toEqual(['c', 'b', 'a']);
    const b = root.lookup(PDFName.of('First'), PDFDict).lookup(PDFName.of('Next'), PDFDict);
    expect(walk(b, 'First', 'Next')).toEqual(['b1', 'b2']);
    expect(walk(b, 'Last', 'Prev')).toEqual(['b2', 'b1']);
    expect(b.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(3);
  });

  it('writes nothing for no bookmarks, and the document opens without the panel', async () => {
    const { file, doc } = await withOutline('none.pdf', 1, () => []);
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeUndefined();
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBeUndefined();
    expect(qpdfOutline(file)).toEqual([]);
  });
});
