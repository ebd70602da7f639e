// Blank, fillable worksheets: each question of a worksheet YAML becomes an AcroForm field of the
// matching kind, drawn with bordered boxes sized for handwriting, so the same file fills on screen
// and prints as a paper form. Screen-only fields (timer, reminder, findings) are left out.
import { rgb, type PDFForm, type PDFImage } from '@cantoo/pdf-lib';
import type { Worksheet, WorksheetField } from '../../schemas/worksheet.ts';
import { GREY, hexColour, LIGHT, PdfLayout, type Paper, type PdfFonts } from './layout.ts';
import type { MapScene } from '../../core/map-scene.ts';
import { drawMapScene } from './map.ts';
import type { OutlineItem } from './outline.ts';
import type { PdfWords } from './words.ts';

export interface PdfBrand {
  kitName: string;
  institution: string;
  /** `#rrggbb`, for headings. */
  primary: string;
  /** The institution's logo (kit.yaml), as PNG or JPEG bytes: on covers and in the running head. */
  logo?: { bytes: Uint8Array; type: 'png' | 'jpg' } | undefined;
  /** The kit's links a section may list (kit.yaml `links`), already in the document's language. */
  links?: Partial<Record<'researchNetworking' | 'mentoringPrograms', { label: string; url: string }>>;
}

export interface PdfOptions {
  fonts: PdfFonts;
  paper: Paper;
  /** Language of the texts, e.g. `es`. */
  locale: string;
  brand: PdfBrand;
  words: PdfWords;
  /** The empty map (the map scene with nobody on it), printed after the people grid to draw on. */
  blankMap?: MapScene | undefined;
}

/** A worksheet with its slug: the slug starts every field name, so names are unique in a packet. */
export interface WorksheetInput {
  slug: string;
  worksheet: Worksheet;
}

const BORDER = rgb(0.45, 0.45, 0.45);
const HEADER_FILL = rgb(0.93, 0.94, 0.96);
const LINE = 17; // points of height per handwritten line
const SINGLE = 22; // height of a one-line box
const BOX = 10; // side of a checkbox or radio button

/** Field names: `<worksheet>.<field>[.<part>…]`; `_name`/`_date` cannot clash, ids never start with `_`. */
const fieldName = (...parts: (string | number)[]) => parts.join('.');

/** A document being written, with what every page of it shares. */
export interface DocumentContext {
  layout: PdfLayout;
  /** The running head's title (worksheet or part); left out on a page under its big title. */
  running: { title: string; show: boolean };
  options: PdfOptions;
  primary: ReturnType<typeof hexColour>;
  logo?: PDFImage;
}

/** Everything drawWorksheet needs: a document with a form. */
interface Context extends DocumentContext {
  form: PDFForm;
}

// --- widgets ---------------------------------------------------------------------------------

function textBox(
  c: Context,
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
function box(c: Context, name: string, height: number, multiline = false): void {
  const { layout } = c;
  layout.ensure(height);
  textBox(c, name, layout.left, layout.y, layout.contentWidth, height, multiline);
  layout.y -= height;
}

function label(c: Context, field: WorksheetField, keepWith: number): void {
  const { layout } = c;
  const title = layout.measure(field.label, { font: 'bold', size: 10.5 });
  const help = field.help ? layout.measure(field.help, { size: 8.5 }) : { height: 0 };
  layout.ensure(title.height + help.height + 4 + keepWith);
  layout.text(field.label, { font: 'bold', size: 10.5 });
  if (field.help) layout.text(field.help, { size: 8.5, color: GREY });
  layout.gap(4);
}

// --- field kinds -----------------------------------------------------------------------------

/** One tickable row (checkbox or radio) with its text beside it and an optional line of help. */
function choiceRows(
  c: Context,
  rows: { text: string; help?: string | undefined; add: (x: number, y: number) => void }[],
): void {
  const { layout } = c;
  const indent = BOX + 8;
  for (const row of rows) {
    const main = layout.measure(row.text, { size: 10, indent });
    const help = row.help ? layout.measure(row.help, { size: 8.5, indent }) : undefined;
    layout.ensure(main.height + (help?.height ?? 0) + 3);
    const top = layout.y;
    row.add(layout.left, top - (main.lineHeight + BOX) / 2);
    layout.text(row.text, { size: 10, indent });
    if (row.help) layout.text(row.help, { size: 8.5, indent, color: GREY });
    layout.gap(3);
  }
}

function rubric(c: Context, name: string, levels: { label: string; descriptor: string }[]): void {
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

interface Column {
  label: string;
  share?: number;
}

/** A grid of one-line boxes with a header row, repeated after a page break. */
function grid(
  c: Context,
  name: string,
  columns: Column[],
  rows: number,
  columnIds: string[],
  legend: string[] = [],
): void {
  const { layout } = c;
  const total = columns.reduce((s, col) => s + (col.share ?? 1), 0);
  const widths = columns.map((col) => (layout.contentWidth * (col.share ?? 1)) / total);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const heads = columns.map((col, i) =>
    layout.measure(col.label, { font: 'bold', size: 8.5, width: widths[i]! - 8, leading: 1.25 }),
  );
  const headHeight = Math.max(...heads.map((h) => h.height)) + 8;
  const rowHeight = SINGLE + 2;
  const header = () => {
    layout.ensure(headHeight + rowHeight);
    const top = layout.y;
    heads.forEach((h, i) => {
      layout.page.drawRectangle({
        x: xs[i]!,
        y: top - headHeight,
        width: widths[i]!,
        height: headHeight,
        color: HEADER_FILL,
        borderColor: BORDER,
        borderWidth: 0.75,
      });
      layout.textAt(h.lines, xs[i]! + 4, top - 4, { font: 'bold', size: 8.5, leading: 1.25 });
    });
    layout.y = top - headHeight;
  };
  for (const line of legend) layout.text(line, { size: 8, color: GREY });
  if (legend.length) layout.gap(3);
  header();
  for (let r = 1; r <= rows; r++) {
    if (rowHeight > layout.room) {
      layout.newPage();
      header();
    }
    const top = layout.y;
    columnIds.forEach((id, i) => textBox(c, fieldName(name, r, id), xs[i]!, top, widths[i]!, rowHeight));
    layout.y = top - rowHeight;
  }
}

/** The height of the first part of a field that must stay with its label. */
function startHeight(field: WorksheetField): number {
  switch (field.type) {
    case 'long-text':
    case 'composer':
      return field.lines * LINE + 8;
    case 'short-text':
    case 'date':
    case 'list':
      return SINGLE + 14;
    default:
      return 60;
  }
}

function drawField(c: Context, slug: string, field: WorksheetField): void {
  const { layout, options } = c;
  const name = fieldName(slug, field.id);
  switch (field.type) {
    case 'timer':
    case 'reminder':
    case 'findings':
      return; // they work only on screen
    case 'short-text':
    case 'date':
      label(c, field, SINGLE);
      box(c, name, SINGLE);
      break;
    case 'long-text':
    case 'composer': {
      const height = startHeight(field);
      label(c, field, height);
      box(c, name, height, true);
      break;
    }
    case 'single-choice':
    case 'multiple-choice':
    case 'checklist': {
      const options_ = field.type === 'checklist' ? field.items : field.options;
      label(c, field, 2 * LINE);
      const group = field.type === 'single-choice' ? c.form.createRadioGroup(name) : undefined;
      const numbered = field.type === 'checklist' && field.ordered;
      choiceRows(
        c,
        options_.map((o, i) => ({
          text: numbered ? `${i + 1}. ${o.label}` : o.label,
          help: o.help,
          add: (x: number, y: number) => {
            const look = { x, y, width: BOX, height: BOX, borderColor: BORDER, borderWidth: 0.75 };
            if (group) group.addOptionToPage(o.id, layout.page, look);
            else c.form.createCheckBox(fieldName(name, o.id)).addToPage(layout.page, look);
          },
        })),
      );
      break;
    }
    case 'rating':
      label(c, field, 60);
      rubric(c, name, field.levels);
      break;
    case 'list': {
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
      break;
    }
    case 'table':
      label(c, field, 60);
      grid(
        c,
        name,
        field.columns.map((col) => ({ label: col.label, share: col.type === 'date' ? 0.7 : 1 })),
        field.startWith,
        field.columns.map((col) => col.id),
      );
      break;
    case 'people': {
      // A drawn map needs the browser; on paper the people are listed for the map to be drawn later.
      const w = options.words.people.columns;
      label(c, field, 80);
      grid(
        c,
        name,
        [
          { label: w.name, share: 1.4 },
          { label: w.role, share: 1.2 },
          { label: w.closeness },
          { label: w.stage },
          { label: w.source },
        ],
        12,
        ['name', 'role', 'closeness', 'stage', 'source'],
        options.words.people.legend,
      );
      if (options.blankMap) {
        layout.newPage();
        layout.text(options.words.drawMap, { size: 10 });
        layout.gap(8);
        drawMapScene(layout, options.blankMap, {
          x: layout.left,
          top: layout.y,
          width: layout.contentWidth,
          height: layout.room,
        });
        layout.y = layout.margin.bottom;
      }
      break;
    }
  }
  layout.gap(12);
}

// --- documents -------------------------------------------------------------------------------

/**
 * A new page that opens with a big title, bookmarked (under `parent` if given): the title also
 * becomes the running head, which this first page leaves out, as the title stands right below.
 */
export function titledPage(
  c: DocumentContext,
  title: string,
  size: number,
  parent?: OutlineItem,
): OutlineItem {
  const { layout } = c;
  c.running.title = title;
  c.running.show = false;
  layout.newPage();
  c.running.show = true;
  const mark = layout.bookmark(title, parent);
  layout.text(title, { font: 'bold', size, color: c.primary, leading: 1.25 });
  return mark;
}

/** Worksheets in the order a workshop takes them (`order`, then slug). */
export const inWorkshopOrder = (sheets: readonly WorksheetInput[]) =>
  [...sheets].sort((a, b) => a.worksheet.order - b.worksheet.order || a.slug.localeCompare(b.slug));

/** A cover's list of contents: each title with its page number at the right margin. */
export function drawContents(c: DocumentContext, entries: readonly { title: string; page: number }[]): void {
  const { layout } = c;
  layout.text(c.options.words.contents, { font: 'bold', size: 12, color: c.primary });
  layout.gap(4);
  for (const entry of entries) {
    const top = layout.y;
    layout.text(entry.title, { size: 10.5, width: layout.contentWidth - 40 });
    const n = String(entry.page);
    layout.textAt([n], layout.left + layout.contentWidth - layout.widthOf(n, 10.5), top, {
      size: 10.5,
      color: GREY,
    });
    layout.gap(2);
  }
}

/**
 * A worksheet's first lines on a new page: title, purpose, time, then the name and date line,
 * whose answers `fill` puts in (form fields when blank, text when filled). Returns the bookmark.
 */
export function titleBlock(
  c: DocumentContext,
  ws: Worksheet,
  parent: OutlineItem | undefined,
  fill: (top: number, at: Record<'name' | 'date', { x: number; width: number }>) => void,
): OutlineItem {
  const {
    layout,
    options: { words },
  } = c;
  const mark = titledPage(c, ws.title, 19, parent);
  layout.gap(2);
  layout.text(ws.purpose, { size: 10.5 });
  layout.text(words.minutes.replace('{minutes}', String(ws.minutes)), { size: 9, color: GREY });
  layout.gap(8);
  // Name and date, side by side, as on the printed page of the site.
  const nameW = layout.widthOf(words.name, 9.5) + 6;
  const dateW = layout.widthOf(words.date, 9.5) + 6;
  const top = layout.y;
  const split = layout.left + layout.contentWidth * 0.62;
  layout.textAt([words.name], layout.left, top - 5, { size: 9.5, color: GREY });
  layout.textAt([words.date], split, top - 5, { size: 9.5, color: GREY });
  fill(top, {
    name: { x: layout.left + nameW, width: split - layout.left - nameW - 14 },
    date: { x: split + dateW, width: layout.left + layout.contentWidth - split - dateW },
  });
  layout.y = top - SINGLE;
  layout.gap(6);
  layout.page.drawLine({
    start: { x: layout.left, y: layout.y },
    end: { x: layout.left + layout.contentWidth, y: layout.y },
    thickness: 1,
    color: c.primary,
  });
  layout.gap(14);
  return mark;
}

/** Draws one worksheet from a new page on; returns its bookmark (sections nested under it). */
function drawWorksheet(
  c: Context,
  { slug, worksheet: ws }: WorksheetInput,
  parent?: OutlineItem,
): OutlineItem {
  const { layout } = c;
  const mark = titleBlock(c, ws, parent, (top, at) => {
    textBox(c, fieldName(slug, '_name'), at.name.x, top, at.name.width, SINGLE);
    textBox(c, fieldName(slug, '_date'), at.date.x, top, at.date.width, SINGLE);
  });

  for (const section of ws.sections) {
    const printable = section.fields.filter((f) => !['timer', 'reminder', 'findings'].includes(f.type));
    if (printable.length === 0) continue; // a section with screen-only fields would print as an empty heading
    if (section.pageBreakBefore && !layout.atTop) layout.newPage();
    const intro = section.intro ? layout.measure(section.intro, { size: 9.5 }).height : 0;
    layout.ensure(24 + intro + 8 + 30 + startHeight(printable[0]!)); // never a heading alone at a page's foot
    layout.bookmark(section.title, mark);
    layout.text(section.title, { font: 'bold', size: 13.5, color: c.primary });
    if (section.intro) layout.text(section.intro, { size: 9.5, color: GREY });
    for (const key of section.kitLinks ?? []) {
      const link = c.options.brand.links?.[key];
      if (link) layout.text(`${link.label}: ${link.url}`, { size: 9.5 });
    }
    layout.gap(8);
    for (const field of section.fields) drawField(c, slug, field);
    layout.gap(6);
  }
  return mark;
}

/** A new document with the kit's running head (logo, names, current title) and page numbers. */
export async function startDocument(
  options: PdfOptions,
  title: string,
  subject?: string,
): Promise<DocumentContext> {
  const running = { title, show: true };
  const { brand } = options;
  let logo: PDFImage | undefined;
  const layout = await PdfLayout.create(
    options.fonts,
    options.paper,
    {
      title,
      language: options.locale,
      author: brand.institution,
      creator: brand.kitName,
      ...(subject ? { subject } : {}),
    },
    {
      pageNumber: options.words.pageNumber,
      header: (page, l) => {
        const size = 8;
        const y = l.height - l.margin.top / 2 - size / 2;
        let x = l.left;
        if (logo) {
          const h = 14;
          const w = (logo.width / logo.height) * h;
          page.drawImage(logo, { x, y: y - 3.5, width: w, height: h });
          x += w + 6;
        }
        l.drawString(page, `${brand.kitName} · ${brand.institution}`, { x, y, size, color: GREY });
        const w = l.widthOf(running.title, size);
        if (running.show && w < l.contentWidth / 2)
          l.drawString(page, running.title, { x: l.left + l.contentWidth - w, y, size, color: GREY });
      },
    },
  );
  if (brand.logo)
    logo =
      brand.logo.type === 'png'
        ? await layout.doc.embedPng(brand.logo.bytes)
        : await layout.doc.embedJpg(brand.logo.bytes);
  return { layout, running, options, primary: hexColour(brand.primary), ...(logo ? { logo } : {}) };
}

/** The logo on a cover, top left, at most `height` tall. */
export function drawCoverLogo(c: DocumentContext, height = 48): void {
  if (!c.logo) return;
  const { layout } = c;
  const w = Math.min((c.logo.width / c.logo.height) * height, layout.contentWidth / 2);
  const h = (w / c.logo.width) * c.logo.height;
  layout.page.drawImage(c.logo, { x: layout.left, y: layout.top - h, width: w, height: h });
}

/** A document with a form, for the blank fillable ones; filled documents have none. */
async function startForm(options: PdfOptions, title: string, subject?: string): Promise<Context> {
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
    // The next page's number, as numbering leaves the cover out.
    contents.push({ title: sheet.worksheet.title, page: layout.doc.getPageCount() });
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
