// A small flowing layout on top of @cantoo/pdf-lib: a cursor that moves down the page, wraps
// text with the font's own metrics and starts a new page when the next block does not fit.
// Pure (no DOM, no fs): the build and the browser both pass font bytes in.
import fontkit from '@cantoo/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  rgb,
  type Color,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import {
  fontFilesFor,
  languageFontsFor,
  scriptRuns,
  tableRecord,
  type FontFile,
  type FontScript,
  type Script,
} from '../fonts.ts';
import { addOutline, type OutlineItem } from './outline.ts';
import { wrapText } from './wrap.ts';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

// pdf-lib makes a PDFNumber of every number a page draws with, and writes its text at once with a
// slow routine that avoids exponents; a report draws the same coordinates, sizes and colours
// thousands of times. A PDFNumber never changes, so one object per value serves every document.
const numbers = new Map<number, PDFNumber>();
const newNumber = PDFNumber.of;
PDFNumber.of = (value: number) => {
  let n = numbers.get(value);
  if (!n) {
    if (numbers.size >= 100_000) numbers.clear(); // a bound for a very long session
    numbers.set(value, (n = newNumber(value)));
  }
  return n;
};

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Page sizes in PDF points (1/72 inch). */
export const PAPER_SIZES: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

export type Weight = 'regular' | 'bold';

/** Noto Sans (or any TTF/OTF) as bytes; subset on embedding so a blank form stays small. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  /**
   * Fonts for the scripts Noto Sans lacks (see pdfFontsFor). Give only those the text uses: each
   * one given is embedded. Without one, such letters are drawn with Noto Sans, as empty boxes.
   */
  scripts?: Partial<Record<FontScript, { regular: Uint8Array; bold?: Uint8Array }>>;
}

/**
 * The fonts a document of this text needs, loaded by `load` (from npm at build time, from the
 * site's /fonts/ in the browser): Noto Sans, plus a family per other script that occurs.
 */
export async function pdfFontsFor(
  text: string,
  load: (file: FontFile['file']) => Promise<Uint8Array>,
): Promise<PdfFonts> {
  const files = fontFilesFor(languageFontsFor(text));
  const bytes = await Promise.all(files.map((f) => load(f.file)));
  const fonts: PdfFonts = { regular: new Uint8Array(), bold: new Uint8Array(), scripts: {} };
  files.forEach((f, i) => {
    const weight: Weight = f.weight === 700 ? 'bold' : 'regular';
    if (f.script === 'base') fonts[weight] = bytes[i]!;
    else (fonts.scripts![f.script] ??= { regular: bytes[i]! })[weight] = bytes[i]!;
  });
  return fonts;
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
    if (!font)
      parsed.set(
        bytes,
        (font = withLayoutCache(withOwnCodePoints(fontkit.create(withoutPositioning(bytes))))),
      );
    return font;
  },
};

/**
 * A copy of a font whose glyph positioning table (GPOS: kerning, marks placed on letters) fontkit
 * will not find. pdf-lib writes each glyph at the advance of the one before and never reads the
 * positions fontkit works out, so decoding and applying GPOS, a good part of the time a report
 * takes, changes nothing in the PDF. Substitutions (GSUB: Arabic letter forms, Devanagari
 * conjuncts, ligatures) are kept. Returned as is: a font collection, a font without GPOS, and one
 * whose GPOS has Hebrew in it, as fontkit's Hebrew shaper composes marks differently without it.
 */
export function withoutPositioning(bytes: Uint8Array): Uint8Array {
  const record = tableRecord(bytes, 'GPOS');
  if (record === undefined) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (at: number, length: number) => at >= 0 && at + length <= bytes.length;
  const table = view.getUint32(record + 8);
  if (!fits(table, 6)) return bytes;
  const scripts = table + view.getUint16(table + 4);
  if (!fits(scripts, 2)) return bytes;
  for (let s = 0; s < view.getUint16(scripts); s++) {
    const script = scripts + 2 + 6 * s;
    if (!fits(script, 6) || String.fromCharCode(...bytes.subarray(script, script + 4)) === 'hebr')
      return bytes;
  }
  const copy = bytes.slice();
  copy.set([0x78, 0x50, 0x4f, 0x53], record); // 'xPOS': a table no reader knows, so none reads it
  return copy;
}

/**
 * pdf-lib shapes a string (fontkit's layout: GSUB, GPOS) each time it measures or draws it, and
 * a document measures each line while wrapping, then draws it; table headers and labels repeat.
 * The glyph runs are only read, so one per string serves every later call.
 */
function withLayoutCache<F extends ReturnType<Fontkit['create']>>(font: F): F {
  type Layout = (text: string, features?: unknown, ...rest: unknown[]) => unknown;
  const f = font as unknown as { layout: Layout };
  const layout = f.layout.bind(font);
  const runs = new Map<string, unknown>();
  f.layout = (text, features, ...rest) => {
    if (rest.length || typeof text !== 'string') return layout(text, features, ...rest);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (run === undefined) {
      if (runs.size >= 50_000) runs.clear(); // a bound for a very long session
      runs.set(key, (run = layout(text, features)));
    }
    return run;
  };
  return font;
}

/** Characters that stand for others (presentation forms, Kangxi radicals): never a glyph's own. */
const isCompatibility = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0x2fdf) || String.fromCodePoint(cp).normalize('NFKC') !== String.fromCodePoint(cp);

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was first reached from, and
 * pdf-lib writes those into the text layer (ToUnicode). When a glyph is first reached through a
 * substitution (`ị` is drawn as `i` plus a dot), every later `i` would copy and search as `ị`.
 * Reaching each glyph first from its own character fixes that; presentation forms (ligatures,
 * Arabic letter shapes) are left out, as they should copy as the letters they stand for.
 */
function withOwnCodePoints<F extends ReturnType<Fontkit['create']>>(font: F): F {
  const f = font as unknown as { characterSet?: number[]; glyphForCodePoint?: (cp: number) => unknown };
  for (const cp of f.characterSet ?? []) if (!isCompatibility(cp)) f.glyphForCodePoint?.(cp);
  return font;
}

const SHAPED: ReadonlySet<Script> = new Set(['devanagari']);

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
function textWidth(font: PDFFont, text: string, size: number): number {
  const key = fontBytes.get(font) ?? font;
  let known = widths.get(key);
  if (!known) widths.set(key, (known = new Map()));
  let w = known.get(text);
  if (w === undefined) known.set(text, (w = font.widthOfTextAtSize(text, 1)));
  return w * size;
}

export interface TextStyle {
  font?: Weight;
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
  readonly paper: Paper;
  readonly width: number;
  readonly height: number;
  page!: PDFPage;
  y = 0;
  /** Pages that get neither running head nor number (the cover). */
  private readonly plain = new Set<PDFPage>();
  private readonly outline: OutlineItem[] = [];

  readonly doc: PDFDocument;
  readonly decor: PageDecor;
  /** The embedded fonts by script and weight; 'base' (Noto Sans) always has both. */
  private readonly fonts: Map<Script, Record<Weight, PDFFont>>;

  private constructor(
    doc: PDFDocument,
    fonts: Map<Script, Record<Weight, PDFFont>>,
    paper: Paper,
    decor: PageDecor,
  ) {
    this.doc = doc;
    this.fonts = fonts;
    this.decor = decor;
    this.paper = paper;
    [this.width, this.height] = PAPER_SIZES[paper];
  }

  static async create(
    fonts: PdfFonts,
    paper: Paper,
    info: DocumentInfo,
    decor: PageDecor,
  ): Promise<PdfLayout> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    const embed = async (bytes: Uint8Array) => {
      const font = await doc.embedFont(bytes, { subset: true });
      fontBytes.set(font, bytes);
      return font;
    };
    const embedded = new Map<Script, Record<Weight, PDFFont>>();
    embedded.set('base', { regular: await embed(fonts.regular), bold: await embed(fonts.bold) });
    for (const [script, pair] of Object.entries(fonts.scripts ?? {}) as [
      FontScript,
      { regular: Uint8Array; bold?: Uint8Array },
    ][]) {
      const regular = await embed(pair.regular);
      // CJK fonts come in one weight: bold text in them is drawn regular.
      embedded.set(script, { regular, bold: pair.bold ? await embed(pair.bold) : regular });
    }
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setLanguage(info.language);
    if (info.author) doc.setAuthor(info.author);
    if (info.subject) doc.setSubject(info.subject);
    if (info.creator) doc.setCreator(info.creator);
    return new PdfLayout(doc, embedded, paper, decor);
  }

  get left() {
    return this.margin.left;
  }
  get contentWidth() {
    return this.width - this.margin.left - this.margin.right;
  }
  get top() {
    return this.height - this.margin.top;
  }
  /** Room left on the current page above the bottom margin. */
  get room() {
    return this.y - this.margin.bottom;
  }
  get atTop() {
    return this.y >= this.top - 0.5;
  }

  /** The font that draws a script, falling back to Noto Sans when none was given for it. */
  private fontFor(script: Script, weight: Weight): PDFFont {
    return (this.fonts.get(script) ?? this.fonts.get('base')!)[weight];
  }

  /** Width of a text in points, each run measured with the font that draws it. */
  widthOf(text: string, size: number, weight: Weight = 'regular'): number {
    let width = 0;
    for (const run of scriptRuns(text)) width += textWidth(this.fontFor(run.script, weight), run.text, size);
    return width;
  }

  /**
   * Draws one line of text from `x` on a baseline, run by run, each with its script's font.
   * Runs follow each other left to right; fontkit shapes an Arabic or Hebrew run and puts its
   * letters in visual order, which is right for names and phrases inside a left-to-right line.
   */
  drawString(
    page: PDFPage,
    text: string,
    at: { x: number; y: number; size: number; weight?: Weight; color?: Color },
  ): void {
    let x = at.x;
    for (const run of scriptRuns(text)) {
      const font = this.fontFor(run.script, at.weight ?? 'regular');
      if (run.text.trim()) {
        // Shaped scripts reorder and merge letters, so their glyphs alone copy out scrambled;
        // ActualText gives readers (copy, search, screen readers) the letters as typed.
        const shaped = SHAPED.has(run.script);
        if (shaped) {
          // An inline property dictionary is valid content (ISO 32000, 14.6.2); pdf-lib's operand type omits it.
          const properties = this.doc.context.obj({
            ActualText: PDFHexString.fromText(run.text),
          }) as unknown as PDFName;
          page.pushOperators(
            PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), properties]),
          );
        }
        page.drawText(run.text, { x, y: at.y, size: at.size, font, color: at.color ?? BLACK });
        if (shaped) page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
      }
      x += textWidth(font, run.text, at.size);
    }
  }

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
    const weight = style.font ?? 'regular';
    const lines = wrapText(text, (s) => this.widthOf(s, size, weight), width);
    return { lines, height: lines.length * lineHeight, lineHeight };
  }

  /** Writes wrapped text at the cursor, breaking pages between lines. */
  text(text: string, style: TextStyle = {}): void {
    const { lines, lineHeight } = this.measure(text, style);
    for (const line of lines) {
      this.ensure(lineHeight);
      this.textAt([line], this.left + (style.indent ?? 0), this.y, style);
      this.y -= lineHeight;
    }
  }

  /** Writes lines at a fixed place, without moving the cursor (table headers, option labels). */
  textAt(lines: readonly string[], x: number, top: number, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const lineHeight = size * (style.leading ?? 1.35);
    lines.forEach((line, i) => {
      this.drawString(this.page, line, {
        x,
        y: top - (i + 1) * lineHeight + (lineHeight - size) / 2 + size * 0.22,
        size,
        weight: style.font ?? 'regular',
        color: style.color ?? BLACK,
      });
    });
  }

  gap(points: number): void {
    this.y = Math.max(this.margin.bottom, this.y - points);
  }

  /** A bookmark at the cursor; `parent` nests it under an earlier one. */
  bookmark(title: string, parent?: OutlineItem): OutlineItem {
    const item: OutlineItem = {
      title,
      page: this.page.ref,
      top: Math.min(this.height, this.y + 24),
      children: [],
    };
    (parent ? parent.children : this.outline).push(item);
    return item;
  }

  /**
   * Numbers the pages, writes the outline and returns the file. A page's number is its place in the
   * file, as a reader's page box shows it, and the total counts every page: a plain page (the
   * cover) carries no number but is still page 1, so the contents and the footers agree.
   */
  async save(): Promise<Uint8Array> {
    const all = this.doc.getPages();
    all.forEach((page, i) => {
      if (this.plain.has(page)) return;
      const label = this.decor.pageNumber
        .replace('{n}', String(i + 1))
        .replace('{total}', String(all.length));
      const size = 8.5;
      const w = this.widthOf(label, size);
      this.drawString(page, label, {
        x: this.width - this.margin.right - w,
        y: this.margin.bottom / 2,
        size,
        color: GREY,
      });
    });
    addOutline(this.doc, this.outline);
    // Every widget got its appearance when it was added; redrawing them all on save doubles the time.
    return this.doc.save({ updateFieldAppearances: false });
  }
}
