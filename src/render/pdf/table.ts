// A table of text for filled documents (the people of the map, a worksheet's table answer): cells
// wrap, the header repeats on each page, and a row too tall for the room left continues on the
// next page line by line rather than running off the paper.
import { rgb } from '@cantoo/pdf-lib';
import { GREY, type PdfLayout } from './layout.ts';

export interface TableColumn {
  label: string;
  /** Relative width (1 by default). */
  share?: number;
}

const HEADER_FILL = rgb(0.93, 0.94, 0.96);
const RULE = rgb(0.75, 0.75, 0.75);
const PAD = 4;

export function drawTable(
  layout: PdfLayout,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  size = 9,
): void {
  const total = columns.reduce((s, c) => s + (c.share ?? 1), 0);
  const widths = columns.map((c) => (layout.contentWidth * (c.share ?? 1)) / total);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lineHeight = size * 1.3;
  const cellLines = (text: string, i: number, bold = false) =>
    layout.measure(text, { size, width: widths[i]! - 2 * PAD, font: bold ? 'bold' : 'regular' }).lines;
  const heads = columns.map((c, i) => cellLines(c.label, i, true));
  const headHeight = Math.max(...heads.map((h) => h.length)) * lineHeight + 2 * PAD;

  const header = () => {
    const top = layout.y;
    heads.forEach((lines, i) => {
      layout.page.drawRectangle({
        x: xs[i]!,
        y: top - headHeight,
        width: widths[i]!,
        height: headHeight,
        color: HEADER_FILL,
        borderColor: RULE,
        borderWidth: 0.5,
      });
      layout.textAt(lines, xs[i]! + PAD, top - PAD, { font: 'bold', size, leading: 1.3 });
    });
    layout.y = top - headHeight;
  };

  layout.ensure(headHeight + lineHeight + 2 * PAD);
  header();
  for (const row of rows) {
    let left = columns.map((_, i) => cellLines(row[i] ?? '', i));
    while (left.some((lines) => lines.length > 0)) {
      const tallest = Math.max(1, ...left.map((l) => l.length));
      let fit = Math.floor((layout.room - 2 * PAD) / lineHeight);
      // Keep a short row whole; a long one may split, but never leaves a lone line behind.
      if (fit < Math.min(tallest, 3)) {
        layout.newPage();
        header();
        fit = Math.floor((layout.room - 2 * PAD) / lineHeight);
      }
      const take = Math.min(tallest, fit);
      const height = take * lineHeight + 2 * PAD;
      const top = layout.y;
      left.forEach((lines, i) => {
        layout.page.drawRectangle({
          x: xs[i]!,
          y: top - height,
          width: widths[i]!,
          height,
          borderColor: RULE,
          borderWidth: 0.5,
        });
        layout.textAt(lines.slice(0, take), xs[i]! + PAD, top - PAD, { size, leading: 1.3 });
      });
      layout.y = top - height;
      left = left.map((lines) => lines.slice(take));
    }
  }
}

/** A short grey line in place of an answer or a table that has nothing in it. */
export function drawNothing(layout: PdfLayout, text: string): void {
  layout.text(text, { size: 9.5, color: GREY });
}
