// The one table of the PDFs: a header row that repeats on each page, over rows of two sorts. Rows
// of text (the people of the map, a worksheet's table answer) wrap in their cells, and a row too
// tall for the room left continues on the next page line by line rather than running off the
// paper. Rows of fixed height (a blank form's grid) leave their cells to the caller, who puts a
// form field in each.
import { rgb, type Color } from '@cantoo/pdf-lib';
import { GREY, type PdfLayout } from './layout.ts';

export interface TableColumn {
  label: string;
  /** Relative width (1 by default). */
  share?: number;
}

/** Where a cell of a fixed-height row is, in points: left edge, top, width and height. */
export interface CellBox {
  x: number;
  top: number;
  width: number;
  height: number;
}

/** A row of text cells, or a row of `height` points whose cells `cell` draws (column by column). */
export type TableRow = readonly string[] | { height: number; cell: (column: number, box: CellBox) => void };

export interface TableStyle {
  /** Font size of the header and the text cells. */
  size?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  /** The lines round the header and the text cells. */
  rule?: { color: Color; width: number };
}

const HEADER_FILL = rgb(0.93, 0.94, 0.96);
const RULE = { color: rgb(0.75, 0.75, 0.75), width: 0.5 };
const PAD = 4;

export function drawTable(
  layout: PdfLayout,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  { size = 9, leading = 1.3, rule = RULE }: TableStyle = {},
): void {
  const total = columns.reduce((s, c) => s + (c.share ?? 1), 0);
  const widths = columns.map((c) => (layout.contentWidth * (c.share ?? 1)) / total);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const lineHeight = size * leading;
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
        borderColor: rule.color,
        borderWidth: rule.width,
      });
      layout.textAt(lines, xs[i]! + PAD, top - PAD, { font: 'bold', size, leading });
    });
    layout.y = top - headHeight;
  };

  // The header stays with the first row.
  const first = rows[0];
  layout.ensure(headHeight + (first && !isText(first) ? first.height : lineHeight + 2 * PAD));
  header();
  for (const row of rows) {
    if (!isText(row)) {
      if (row.height > layout.room) {
        layout.newPage();
        header();
      }
      const top = layout.y;
      columns.forEach((_, i) => row.cell(i, { x: xs[i]!, top, width: widths[i]!, height: row.height }));
      layout.y = top - row.height;
      continue;
    }
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
          borderColor: rule.color,
          borderWidth: rule.width,
        });
        layout.textAt(lines.slice(0, take), xs[i]! + PAD, top - PAD, { size, leading });
      });
      layout.y = top - height;
      left = left.map((lines) => lines.slice(take));
    }
  }
}

const isText = (row: TableRow): row is readonly string[] => Array.isArray(row);

/** A short grey line in place of an answer or a table that has nothing in it. */
export function drawNothing(layout: PdfLayout, text: string): void {
  layout.text(text, { size: 9.5, color: GREY });
}
