// Blank, fillable worksheets: each question of a worksheet YAML becomes an AcroForm field of the
// matching kind, drawn with bordered boxes sized for handwriting, so the same file fills on screen
// and prints as a paper form. Which field types print is core/field-kinds.ts's `blank`; how each
// one is drawn is the BLANK table below. Also the participant packet: every worksheet, blank.
import { rgb, type PDFForm } from '@cantoo/pdf-lib';
import { printsBlank, type BlankType } from '../../core/field-kinds.ts';
import type { WorksheetField } from '../../schemas/worksheet.ts';
import {
  drawContents,
  drawCoverLogo,
  inWorkshopOrder,
  SINGLE,
  startDocument,
  titleBlock,
  type DocumentContext,
  type PdfOptions,
  type WorksheetInput,
} from './document.ts';
import { GREY, LIGHT } from './layout.ts';
import { drawMapScene } from './map.ts';
import type { OutlineItem } from './outline.ts';
import { drawTable, type CellBox, type TableColumn } from './table.ts';

const BORDER = rgb(0.45, 0.45, 0.45);
const LINE = 17; // points of height per handwritten line
const BOX = 10; // side of a checkbox or radio button
const PRINTER_MARGIN = 28; // 1 cm: how near the paper's edge an office printer prints

/** Field names: `<worksheet>.<field>[.<part>…]`; `_name`/`_date` cannot clash, ids never start with `_`. */
const fieldName = (...parts: (string | number)[]) => parts.join('.');

/** A document with a form, for the blank fillable ones; filled documents have none. */
type FormContext = DocumentContext & { form: PDFForm };

// --- widgets ---------------------------------------------------------------------------------

function textBox(
  c: FormContext,
  name: string,
  x: number,
  top: number,
  width: number,
  height: number,
  multiline = false,
): void {
  const field = c.form.createTextField(name);
  if (multiline) field.enableMultiline();
  field.addToPage(c.layout.page, {
    x,
    y: top - height,
    width,
    height,
    borderColor: BORDER,
    borderWidth: 0.75,
  });
  // Sets the font size of typed text (0: fit a single line to its box); a blank box draws no text.
  field.setFontSize(multiline ? 10 : 0);
}

/** A labelled answer box under the cursor, kept on one page. */
function box(c: FormContext, name: string, height: number, multiline = false): void {
  const { layout } = c;
  layout.ensure(height);
  textBox(c, name, layout.left, layout.y, layout.contentWidth, height, multiline);
  layout.y -= height;
}

function label(c: FormContext, field: WorksheetField, keepWith: number): void {
  const { layout } = c;
  const title = layout.measure(field.label, { font: 'bold', size: 10.5 });
  const help = field.help ? layout.measure(field.help, { size: 8.5 }) : { height: 0 };
  layout.ensure(title.height + help.height + 4 + keepWith);
  layout.text(field.label, { font: 'bold', size: 10.5 });
  if (field.help) layout.text(field.help, { size: 8.5, color: GREY });
  layout.gap(4);
}

/** The height each tickable row takes: its text, its help and the gap after it. */
function rowHeights(c: FormContext, rows: readonly { text: string; help?: string | undefined }[]): number[] {
  const indent = BOX + 8;
  return rows.map(
    (row) =>
      c.layout.measure(row.text, { size: 10, indent }).height +
      (row.help ? c.layout.measure(row.help, { size: 8.5, indent }).height : 0) +
      3,
  );
}

/** One tickable row (checkbox or radio) with its text beside it and an optional line of help. */
function choiceRows(
  c: FormContext,
  rows: { text: string; help?: string | undefined; add: (x: number, y: number) => void }[],
): void {
  const { layout } = c;
  const indent = BOX + 8;
  const heights = rowHeights(c, rows);
  for (const [i, row] of rows.entries()) {
    const main = layout.measure(row.text, { size: 10, indent });
    // The last two rows go together: a page never starts with a question's last tick box alone.
    layout.ensure(heights[i]! + (i === rows.length - 2 ? heights[i + 1]! : 0));
    const top = layout.y;
    row.add(layout.left, top - (main.lineHeight + BOX) / 2);
    layout.text(row.text, { size: 10, indent });
    if (row.help) layout.text(row.help, { size: 8.5, indent, color: GREY });
    layout.gap(3);
  }
}

type ChoiceField = Extract<WorksheetField, { type: 'single-choice' | 'multiple-choice' | 'checklist' }>;

/**
 * How much of a choice's tick boxes stays on the page with its question: all of them when they fit
 * on one page, else the first two.
 */
function keptWithQuestion(c: FormContext, field: ChoiceField): number {
  const options = field.type === 'checklist' ? field.items : field.options;
  const heights = rowHeights(
    c,
    options.map((o) => ({ text: o.label, help: o.help })),
  );
  const all = heights.reduce((sum, h) => sum + h, 0);
  const onePage = c.layout.top - c.layout.margin.bottom - 60;
  return all <= onePage ? all : heights[0]! + (heights[1] ?? 0);
}

/** Checkboxes, or radio buttons for a single choice, one per option. */
function choices(c: FormContext, name: string, field: ChoiceField): void {
  const { layout } = c;
  const options = field.type === 'checklist' ? field.items : field.options;
  label(c, field, keptWithQuestion(c, field));
  const group = field.type === 'single-choice' ? c.form.createRadioGroup(name) : undefined;
  const numbered = field.type === 'checklist' && field.ordered;
  choiceRows(
    c,
    options.map((o, i) => ({
      text: numbered ? `${i + 1}. ${o.label}` : o.label,
      help: o.help,
      add: (x: number, y: number) => {
        const look = { x, y, width: BOX, height: BOX, borderColor: BORDER, borderWidth: 0.75 };
        if (group) group.addOptionToPage(o.id, layout.page, look);
        else c.form.createCheckBox(fieldName(name, o.id)).addToPage(layout.page, look);
      },
    })),
  );
}

function rubric(c: FormContext, name: string, levels: { label: string; descriptor: string }[]): void {
  const { layout } = c;
  const group = c.form.createRadioGroup(name);
  const width = layout.contentWidth / levels.length;
  const pad = 5;
  const inner = width - 2 * pad;
  const cells = levels.map((l) => ({
    head: layout.measure(l.label, { font: 'bold', size: 9, width: inner - BOX - 5 }),
    body: layout.measure(l.descriptor, { size: 8, width: inner }),
  }));
  const height = Math.max(...cells.map((x) => Math.max(x.head.height, BOX) + x.body.height)) + 2 * pad + 4;
  layout.ensure(height);
  const top = layout.y;
  cells.forEach((cell, i) => {
    const x = layout.left + i * width;
    layout.page.drawRectangle({ x, y: top - height, width, height, borderColor: LIGHT, borderWidth: 0.6 });
    group.addOptionToPage(`level-${i + 1}`, layout.page, {
      x: x + pad,
      y: top - pad - BOX - 1,
      width: BOX,
      height: BOX,
      borderColor: BORDER,
      borderWidth: 0.75,
    });
    layout.textAt(cell.head.lines, x + pad + BOX + 5, top - pad, { font: 'bold', size: 9 });
    layout.textAt(cell.body.lines, x + pad, top - pad - Math.max(cell.head.height, BOX) - 4, {
      size: 8,
      color: GREY,
    });
  });
  layout.y = top - height;
}

/** A grid of one-line boxes under a header row (the one table function, in the blank form's style). */
function grid(
  c: FormContext,
  name: string,
  columns: readonly (TableColumn & { id: string })[],
  rows: number,
): void {
  const height = SINGLE + 2;
  drawTable(
    c.layout,
    columns,
    Array.from({ length: rows }, (_, r) => ({
      height,
      cell: (i: number, at: CellBox) =>
        textBox(c, fieldName(name, r + 1, columns[i]!.id), at.x, at.top, at.width, at.height),
    })),
    { size: 8.5, leading: 1.25, rule: { color: BORDER, width: 0.75 } },
  );
}

// --- field kinds -----------------------------------------------------------------------------

type Field<K extends BlankType> = Extract<WorksheetField, { type: K }>;

interface BlankKind<K extends BlankType> {
  /** The height of the first part of the field, which must stay with its label and section heading. */
  start: (field: Field<K>, c: FormContext) => number;
  draw: (c: FormContext, name: string, field: Field<K>) => void;
}

/** A one-line box. */
const oneLine = {
  start: () => SINGLE + 14,
  draw: (c: FormContext, name: string, field: WorksheetField) => {
    label(c, field, SINGLE);
    box(c, name, SINGLE);
  },
};

/** A box of writing lines. */
const linesHeight = (field: Field<'long-text' | 'composer'>) => field.lines * LINE + 8;
const lines = {
  start: linesHeight,
  draw: (c: FormContext, name: string, field: Field<'long-text' | 'composer'>) => {
    const height = linesHeight(field);
    label(c, field, height);
    box(c, name, height, true);
  },
};

const choice = {
  // The question's label and the tick boxes kept with it.
  start: (field: ChoiceField, c: FormContext) => 30 + keptWithQuestion(c, field),
  draw: choices,
};

/** How each field type printed on a blank form is drawn; field-kinds.ts decides which print. */
const BLANK: { [K in BlankType]: BlankKind<K> } = {
  'short-text': oneLine,
  date: oneLine,
  'long-text': lines,
  composer: lines,
  'single-choice': choice,
  'multiple-choice': choice,
  checklist: choice,
  rating: {
    start: () => 60,
    draw: (c, name, field) => {
      label(c, field, 60);
      rubric(c, name, field.levels);
    },
  },
  list: {
    start: () => SINGLE + 14,
    draw: (c, name, field) => {
      const { layout } = c;
      label(c, field, 14 + SINGLE);
      layout.text(field.itemLabel, { size: 8.5, color: GREY, indent: 18 });
      for (let i = 1; i <= field.startWith; i++) {
        layout.gap(i > 1 ? 5 : 1);
        layout.ensure(SINGLE);
        const top = layout.y;
        layout.textAt([`${i}.`], layout.left, top - 4, { size: 10, color: GREY });
        textBox(c, fieldName(name, i), layout.left + 18, top, layout.contentWidth - 18, SINGLE);
        layout.y = top - SINGLE;
      }
    },
  },
  table: {
    start: () => 60,
    draw: (c, name, field) => {
      label(c, field, 60);
      grid(
        c,
        name,
        field.columns.map((col) => ({ id: col.id, label: col.label, share: col.type === 'date' ? 0.7 : 1 })),
        field.startWith,
      );
    },
  },
  people: {
    start: () => 60,
    draw: (c, name, field) => {
      // A drawn map needs the browser; on paper the people are listed for the map to be drawn later.
      const { layout, options } = c;
      const w = options.words.people.columns;
      label(c, field, 80);
      for (const line of options.words.people.legend) layout.text(line, { size: 8, color: GREY });
      layout.gap(3);
      grid(
        c,
        name,
        [
          { id: 'name', label: w.name, share: 1.4 },
          { id: 'role', label: w.role, share: 1.2 },
          { id: 'closeness', label: w.closeness },
          { id: 'stage', label: w.stage },
          { id: 'source', label: w.source },
        ],
        12,
      );
      if (options.blankMap) {
        layout.newPage();
        layout.text(options.words.drawMap, { size: 10 });
        layout.gap(8);
        // The map to draw on gets the page's whole width, to within a printer's reach of its edges:
        // its role names sit beside the circle, so the width is what limits the circle's size.
        drawMapScene(layout, options.blankMap, {
          x: PRINTER_MARGIN,
          top: layout.y,
          width: layout.width - 2 * PRINTER_MARGIN,
          height: layout.room,
        });
        layout.y = layout.margin.bottom;
      }
    },
  },
};

/** The row of BLANK for a field (TypeScript cannot tie the row to the field's own type). */
const blankKind = (field: Field<BlankType>) => BLANK[field.type] as BlankKind<BlankType>;

// --- documents -------------------------------------------------------------------------------

/** Draws one worksheet from a new page on; returns its bookmark (sections nested under it). */
function drawWorksheet(
  c: FormContext,
  { slug, worksheet: ws }: WorksheetInput,
  parent?: OutlineItem,
): OutlineItem {
  const { layout } = c;
  const mark = titleBlock(c, ws, parent, (top, at) => {
    textBox(c, fieldName(slug, '_name'), at.name.x, top, at.name.width, SINGLE);
    textBox(c, fieldName(slug, '_date'), at.date.x, top, at.date.width, SINGLE);
  });

  for (const section of ws.sections) {
    const printable = section.fields.filter(printsBlank);
    if (printable.length === 0) continue; // a section with screen-only fields would print as an empty heading
    if (section.pageBreakBefore && !layout.atTop) layout.newPage();
    const intro = section.intro ? layout.measure(section.intro, { size: 9.5 }).height : 0;
    // Never a heading alone at a page's foot.
    layout.ensure(24 + intro + 8 + 30 + blankKind(printable[0]!).start(printable[0]!, c));
    layout.bookmark(section.title, mark);
    layout.text(section.title, { font: 'bold', size: 13.5, color: c.primary });
    if (section.intro) layout.text(section.intro, { size: 9.5, color: GREY });
    for (const key of section.kitLinks ?? []) {
      const link = c.options.brand.links?.[key];
      if (link) layout.text(`${c.options.words.label(link.label)} ${link.url}`, { size: 9.5 });
    }
    layout.gap(8);
    for (const field of printable) {
      blankKind(field).draw(c, fieldName(slug, field.id), field);
      layout.gap(12);
    }
    layout.gap(6);
  }
  return mark;
}

async function startForm(options: PdfOptions, title: string, subject?: string): Promise<FormContext> {
  const c = await startDocument(options, title, subject);
  return { ...c, form: c.layout.doc.getForm() };
}

/** One worksheet as a blank, fillable PDF. */
export async function blankWorksheetPdf(sheet: WorksheetInput, options: PdfOptions): Promise<Uint8Array> {
  const c = await startForm(options, sheet.worksheet.title, sheet.worksheet.purpose);
  drawWorksheet(c, sheet);
  return c.layout.save();
}

/** All worksheets in workshop order, each from a new page, after a cover with their contents. */
export async function packetPdf(sheets: readonly WorksheetInput[], options: PdfOptions): Promise<Uint8Array> {
  const { brand, words } = options;
  const ordered = inWorkshopOrder(sheets);
  const title = `${words.packetTitle} · ${brand.kitName}`;
  const c = await startForm(options, title);
  const { layout } = c;
  const cover = layout.newPage({ plain: true });
  drawCoverLogo(c);
  const contents: { title: string; page: number }[] = [];
  for (const sheet of ordered) {
    // The next page's number: each worksheet starts a page, and the numbers count the cover.
    contents.push({ title: sheet.worksheet.title, page: layout.doc.getPageCount() + 1 });
    drawWorksheet(c, sheet);
  }
  // The cover is drawn last, so its contents can give each worksheet's page number.
  layout.page = cover;
  layout.y = layout.height * 0.7;
  layout.text(brand.kitName, { font: 'bold', size: 28, color: c.primary, leading: 1.2 });
  layout.gap(6);
  layout.text(words.packetTitle, { size: 18 });
  layout.gap(4);
  layout.text(brand.institution, { size: 12, color: GREY });
  layout.gap(28);
  drawContents(c, contents);
  return layout.save();
}
