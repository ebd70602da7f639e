// What every PDF of the kit shares: its options (fonts, paper, language, branding, words), the
// document context the drawing passes along, the running head, the big titled page, a worksheet's
// title block with its name and date line, a cover's contents, and the order a workshop takes.
import type { PDFImage } from '@cantoo/pdf-lib';
import type { MapScene } from '../../core/map-scene.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { GREY, hexColour, PdfLayout, type Paper, type PdfFonts } from './layout.ts';
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

/** Height of a one-line box, as the name and date line has. */
export const SINGLE = 22;

/** A document being written, with what every page of it shares. */
export interface DocumentContext {
  layout: PdfLayout;
  /** The running head's title (worksheet or part); left out on a page under its big title. */
  running: { title: string; show: boolean };
  options: PdfOptions;
  primary: ReturnType<typeof hexColour>;
  logo?: PDFImage;
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

/** Worksheets in the order a workshop takes them (`order`, then slug). */
export const inWorkshopOrder = (sheets: readonly WorksheetInput[]) =>
  [...sheets].sort((a, b) => a.worksheet.order - b.worksheet.order || a.slug.localeCompare(b.slug));
