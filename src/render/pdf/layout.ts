// A small flowing layout on top of @cantoo/pdf-lib: a cursor that moves down the page, wraps
// text with the font's own metrics and starts a new page when the next block does not fit.
// Pure (no DOM, no fs): the build and the browser both pass font bytes in.
import fontkit from '@cantoo/fontkit';
import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
import { addOutline, type OutlineItem } from './outline.ts';

export type Paper = 'a4' | 'letter';

/** Page sizes in PDF points (1/72 inch). */
export const PAPER_SIZES: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

/** Noto Sans (or any TTF/OTF) as bytes; subset on embedding so a blank form stays small. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface DocumentInfo {
  title: string;
  /** BCP 47 language tag of the text, e.g. `es`: screen readers pick their voice from it. */
  language: string;
  author?: string;
  subject?: string;
  creator?: string;
}

// fontkit decodes a font's shaping tables lazily, on first use, and that is most of the time a
// document takes; keeping the parsed font per byte array lets every later document reuse it.
// Safe to share: each embedding still makes its own subset.
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>();
const sharedFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName) return fontkit.create(bytes, postscriptName);
    let font = parsed.get(bytes);
    if (!font) parsed.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};

export const GREY = rgb(0.35, 0.35, 0.35);
export const LIGHT = rgb(0.62, 0.62, 0.62);
export const BLACK = rgb(0.1, 0.1, 0.1);

/** `#1d4f91` → a pdf-lib colour; anything else falls back to near-black. */
export function hexColour(hex: string): Color {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return BLACK;
  return rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255);
}

// Shaping a string with fontkit is slow (GSUB/GPOS lookups), and wrapping asks for the width of
// the same words again and again, so each word's width is measured once per font at size 1,
// keyed by the font's bytes so that every document of a build (or a session) shares the widths.
const widths = new WeakMap<object, Map<string, number>>();
const fontBytes = new WeakMap<PDFFont, Uint8Array>();
export function textWidth(font: PDFFont, text: string, size: number): number {
  const key = fontBytes.get(font) ?? font;
  let known = widths.get(key);
  if (!known) widths.set(key, (known = new Map()));
  let w = known.get(text);
  if (w === undefined) known.set(text, (w = font.widthOfTextAtSize(text, 1)));
  return w * size;
}

/** Splits text into lines no wider than `width`; a word longer than a line is cut by letters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  const space = textWidth(font, ' ', size);
  const fits = (s: string) => textWidth(font, s, size) <= width;
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(font, word, size);
      // A line's width is the sum of its words and spaces (kerning across a space is negligible).
      if (line && lineWidth + space + w <= width) { line = `${line} ${word}`; lineWidth += space + w; continue; }
      if (!line && w <= width) { line = word; lineWidth = w; continue; }
      if (line) out.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
      lineWidth = textWidth(font, line, size);
    }
    out.push(line);
  }
  return out;
}

export interface TextStyle {
  font?: 'regular' | 'bold';
  size?: number;
  color?: Color;
  /** Extra left indent from the margin, in points. */
  indent?: number;
  /** Width available, from the indent; the content width by default. */
  width?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
}

export interface PageDecor {
  /** Drawn on every page but the ones marked plain, e.g. the running head. */
  header?: (page: PDFPage, layout: PdfLayout) => void;
  /** The words around page numbers: `{n} / {total}`. */
  pageNumber: string;
}

/** The document being written, with a cursor (`y`, from the bottom as in PDF) on the current page. */
export class PdfLayout {
  readonly margin = { top: 56, bottom: 56, left: 54, right: 54 };
  readonly width: number;
  readonly height: number;
  page!: PDFPage;
  y = 0;
  /** Pages that get neither running head nor number (the cover). */
  private readonly plain = new Set<PDFPage>();
  private readonly outline: OutlineItem[] = [];

  readonly doc: PDFDocument;
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly decor: PageDecor;

  private constructor(doc: PDFDocument, regular: PDFFont, bold: PDFFont, paper: Paper, decor: PageDecor) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
    this.decor = decor;
    [this.width, this.height] = PAPER_SIZES[paper];
  }

  static async create(fonts: PdfFonts, paper: Paper, info: DocumentInfo, decor: PageDecor): Promise<PdfLayout> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    const [regular, bold] = await Promise.all([
      doc.embedFont(fonts.regular, { subset: true }),
      doc.embedFont(fonts.bold, { subset: true }),
    ]);
    fontBytes.set(regular, fonts.regular);
    fontBytes.set(bold, fonts.bold);
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setLanguage(info.language);
    if (info.author) doc.setAuthor(info.author);
    if (info.subject) doc.setSubject(info.subject);
    if (info.creator) doc.setCreator(info.creator);
    return new PdfLayout(doc, regular, bold, paper, decor);
  }

  get left() { return this.margin.left; }
  get contentWidth() { return this.width - this.margin.left - this.margin.right; }
  get top() { return this.height - this.margin.top; }
  /** Room left on the current page above the bottom margin. */
  get room() { return this.y - this.margin.bottom; }
  get atTop() { return this.y >= this.top - 0.5; }

  font(kind: 'regular' | 'bold' = 'regular') { return kind === 'bold' ? this.bold : this.regular; }

  newPage(options: { plain?: boolean } = {}): PDFPage {
    this.page = this.doc.addPage([this.width, this.height]);
    this.y = this.top;
    if (options.plain) this.plain.add(this.page);
    else this.decor.header?.(this.page, this);
    return this.page;
  }

  /** Starts a new page unless `height` still fits (or nothing is on the page yet). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** The lines `text` takes in a style, and their total height. */
  measure(text: string, style: TextStyle = {}): { lines: string[]; height: number; lineHeight: number } {
    const size = style.size ?? 10;
    const lineHeight = size * (style.leading ?? 1.35);
    const width = style.width ?? this.contentWidth - (style.indent ?? 0);
    const lines = wrapText(text, this.font(style.font), size, width);
    return { lines, height: lines.length * lineHeight, lineHeight };
  }

  /** Writes wrapped text at the cursor, breaking pages between lines. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const { lines, lineHeight } = this.measure(text, style);
    for (const line of lines) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, {
        x: this.left + (style.indent ?? 0), y: this.y + (lineHeight - size) / 2 + size * 0.22,
        size, font: this.font(style.font), color: style.color ?? BLACK,
      });
    }
  }

  /** Writes lines at a fixed place, without moving the cursor (table headers, option labels). */
  textAt(lines: readonly string[], x: number, top: number, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const lineHeight = size * (style.leading ?? 1.35);
    lines.forEach((line, i) => {
      this.page.drawText(line, {
        x, y: top - (i + 1) * lineHeight + (lineHeight - size) / 2 + size * 0.22,
        size, font: this.font(style.font), color: style.color ?? BLACK,
      });
    });
  }

  gap(points: number): void {
    this.y = Math.max(this.margin.bottom, this.y - points);
  }

  /** A bookmark at the cursor; `parent` nests it under an earlier one. */
  bookmark(title: string, parent?: OutlineItem): OutlineItem {
    const item: OutlineItem = { title, page: this.page.ref, top: Math.min(this.height, this.y + 24), children: [] };
    (parent ? parent.children : this.outline).push(item);
    return item;
  }

  /** Numbers the pages, writes the outline and returns the file. */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages().filter((p) => !this.plain.has(p));
    pages.forEach((page, i) => {
      const label = this.decor.pageNumber.replace('{n}', String(i + 1)).replace('{total}', String(pages.length));
      const size = 8.5;
      const w = textWidth(this.regular, label, size);
      page.drawText(label, { x: this.width - this.margin.right - w, y: this.margin.bottom / 2, size, font: this.regular, color: GREY });
    });
    addOutline(this.doc, this.outline);
    // Every widget got its appearance when it was added; redrawing them all on save doubles the time.
    return this.doc.save({ updateFieldAppearances: false });
  }
}
