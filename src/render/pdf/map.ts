// The map in a PDF as vectors: the very drawing of the live map (renderMapSvg), shape by shape as
// PDF paths and its words as PDF text in the document's fonts. Crisp at any zoom, a few KB, and
// the names on the map can be searched and copied. (pdf-lib's drawSvg misplaced satori's output,
// docs/architecture.md#stack-notes; renderMapSvg's own SVG uses five plain elements, drawn here one by one.)
import type { Color } from '@cantoo/pdf-lib';
import { splitMapSvg } from '../map-image.ts';
import { hexColour, type PdfLayout } from './layout.ts';

/** The map's coordinate frame, from the SVG's viewBox. */
export function mapViewBox(svg: string): { x: number; y: number; width: number; height: number } {
  const box = /viewBox="([^"]+)"/
    .exec(svg)?.[1]
    ?.split(/[\s,]+/)
    .map(Number);
  if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n)))
    throw new Error('the map has no viewBox');
  const [x, y, width, height] = box as [number, number, number, number];
  return { x, y, width, height };
}

const attributes = (s: string): Record<string, string> =>
  Object.fromEntries([...s.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

const n = (v: string | undefined) => Number(v ?? 0);
const paint = (v: string | undefined): Color | undefined => (v && v !== 'none' ? hexColour(v) : undefined);

/** One shape as an SVG path, in the map's own coordinates. */
function pathOf(tag: string, a: Record<string, string>): string | null {
  switch (tag) {
    case 'path':
      return a['d'] ?? null;
    case 'line':
      return `M${n(a['x1'])} ${n(a['y1'])}L${n(a['x2'])} ${n(a['y2'])}`;
    case 'rect':
      return `M${n(a['x'])} ${n(a['y'])}h${n(a['width'])}v${n(a['height'])}h${-n(a['width'])}Z`;
    case 'circle': {
      const [cx, cy, r] = [n(a['cx']), n(a['cy']), n(a['r'])];
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    }
    default:
      return null;
  }
}

/** Draws the map's SVG into the box (PDF points, `top` its upper edge) on the current page. */
export function drawMapSvg(
  layout: PdfLayout,
  svg: string,
  box: { x: number; top: number; width: number; height: number },
): void {
  const view = mapViewBox(svg);
  const scale = Math.min(box.width / view.width, box.height / view.height);
  // Where the map's (0, 0) falls on the page; SVG's y goes down, PDF's up.
  const x0 = box.x - view.x * scale;
  const y0 = box.top + view.y * scale;
  const { graphics, texts } = splitMapSvg(svg);

  const groups: Record<string, string>[] = [{}];
  for (const m of graphics.matchAll(/<g\b([^>]*)>|<\/g>|<(rect|circle|line|path)\b([^>]*?)\/?>/g)) {
    if (m[1] !== undefined) {
      groups.push({ ...groups.at(-1), ...attributes(m[1]) });
      continue;
    }
    if (m[2] === undefined) {
      groups.pop();
      continue;
    }
    const a = { ...groups.at(-1), ...attributes(m[3]!) };
    const d = pathOf(m[2], a);
    if (!d) continue;
    const fill = m[2] === 'line' ? undefined : paint(a['fill'] ?? '#000000');
    const stroke = paint(a['stroke']);
    if (!fill && !stroke) continue;
    const dash = a['stroke-dasharray']
      ?.split(/[\s,]+/)
      .map(Number)
      .filter(Number.isFinite);
    layout.page.drawSvgPath(d, {
      x: x0,
      y: y0,
      scale,
      ...(fill ? { color: fill, opacity: a['fill-opacity'] ? n(a['fill-opacity']) : 1 } : {}),
      ...(stroke
        ? {
            borderColor: stroke,
            borderWidth: a['stroke-width'] ? n(a['stroke-width']) : 1,
            borderOpacity: a['stroke-opacity'] ? n(a['stroke-opacity']) : 1,
          }
        : {}),
      ...(dash?.length ? { borderDashArray: dash } : {}),
    });
  }

  for (const t of texts) {
    const size = t.size * scale;
    const weight = t.bold ? 'bold' : 'regular';
    const width = layout.widthOf(t.text, size, weight);
    const x = x0 + t.x * scale - (t.anchor === 'middle' ? width / 2 : t.anchor === 'end' ? width : 0);
    layout.drawString(layout.page, t.text, {
      x,
      y: y0 - t.y * scale,
      size,
      weight,
      color: hexColour(t.fill),
    });
  }
}
