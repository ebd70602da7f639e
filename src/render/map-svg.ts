// Draws the map scene (core/map-scene.ts) as SVG text. Pure: the same function serves the live map
// in the browser, the printed page and the tests; the image export draws its shapes with it too.
// Names are data: every text is escaped.
import { legendMarks } from '../core/map-legend.ts';
import {
  pathNumber as n,
  type SceneMark,
  type SceneShape,
  type SceneText,
  type Stroke,
} from '../core/map-marks.ts';
import { ghostMarks, personMarks, sceneParts, type MapScene } from '../core/map-scene.ts';
import { escapeXml } from './xml.ts';

export interface SvgOptions {
  /** Prefix for ids inside the SVG, so two maps on a page do not clash. */
  idPrefix?: string;
}

const stroke = (s: Stroke | undefined) =>
  s
    ? ` stroke="${s.colour}" stroke-width="${s.width}"${s.opacity === undefined ? '' : ` stroke-opacity="${s.opacity}"`}${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}`
    : '';

/** A shape as an SVG element; `attributes` (already escaped) name it for the page. */
function shapeSvg(s: SceneShape, attributes = ''): string {
  switch (s.kind) {
    case 'rect':
      return `<rect${attributes} x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`;
    case 'circle':
      return `<circle${attributes} cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill ?? 'none'}"${stroke(s.stroke)}/>`;
    case 'line':
      return `<line${attributes} x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}"${stroke(s.stroke)}/>`;
    case 'path':
      return `<path${attributes} d="${s.d}" fill="${s.fill ?? 'none'}"${stroke(s.stroke)}/>`;
  }
}

/** A text, leaving out what it inherits from its group. */
function textSvg(t: SceneText, inherited: { size?: number; fill?: string } = {}): string {
  return [
    `<text x="${n(t.x)}" y="${n(t.y)}"`,
    t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`,
    t.size === inherited.size ? '' : ` font-size="${t.size}"`,
    t.bold ? ' font-weight="700"' : '',
    t.fill === inherited.fill ? '' : ` fill="${t.fill}"`,
    `>${escapeXml(t.text)}</text>`,
  ].join('');
}

/** The scene's top-level elements in paint order, one string each; no texts (nor titles) when `texts` is false. */
function elements(scene: MapScene, texts: boolean): string[] {
  type Inherited = { size: number; fill: string };
  const mark = (m: SceneMark, inherited?: Inherited) =>
    m.kind === 'text' ? (texts ? textSvg(m, inherited) : '') : shapeSvg(m);
  const group = (open: string, title: string | undefined, marks: SceneMark[], inherited?: Inherited) =>
    [
      open,
      texts && title !== undefined ? `<title>${escapeXml(title)}</title>` : '',
      ...marks.map((m) => mark(m, inherited)),
      '</g>',
    ].join('');
  const out: string[] = [];
  for (const part of sceneParts(scene)) {
    let element: string;
    if (part.kind === 'person') {
      const p = part.person;
      element = group(`<g data-person="${escapeXml(p.id)}">`, p.name, personMarks(p));
    } else if (part.kind === 'ghost') {
      const g = part.ghost;
      element = group(`<g data-ghost="${escapeXml(g.id)}">`, g.name, ghostMarks(g));
    } else if (part.kind === 'tie') {
      // Named by the two people it joins, so the page can bring out a person's ties.
      const [a, b] = part.tie.between;
      element = shapeSvg(part.tie.path, ` data-tie="${escapeXml(a)} ${escapeXml(b)}"`);
    } else if (part.kind === 'legend') {
      const l = part.legend;
      element = group(`<g font-size="${l.size}" fill="${l.ink}">`, undefined, legendMarks(l), {
        size: l.size,
        fill: l.ink,
      });
    } else element = mark(part);
    if (element) out.push(element);
  }
  return out;
}

/**
 * The map as SVG taken apart: the root's attributes and its child elements, one string each. The
 * live map keeps the elements a redraw leaves as they were (islands/network/svg-patch.ts).
 */
export interface MapSvgParts {
  attributes: [name: string, value: string][];
  children: string[];
}

export function mapSvgParts(scene: MapScene, options: SvgOptions = {}): MapSvgParts {
  const id = options.idPrefix ?? 'map';
  const { x, y, width, height } = scene.view;
  return {
    attributes: [
      ['viewBox', `${n(x)} ${n(y)} ${n(width)} ${n(height)}`],
      ['role', 'img'],
      ['aria-labelledby', `${id}-title ${id}-desc`],
      ['font-family', 'Noto Sans, system-ui, sans-serif'],
    ],
    children: [
      `<title id="${id}-title">${escapeXml(scene.title)}</title>`,
      `<desc id="${id}-desc">${escapeXml(scene.description)}</desc>`,
      ...elements(scene, true),
    ],
  };
}

/** The whole map as a standalone SVG document. */
export function renderMapSvg(scene: MapScene, options: SvgOptions = {}): string {
  const { attributes, children } = mapSvgParts(scene, options);
  const open = attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg"${open}>${children.join('')}</svg>`;
}

/** The map's shapes alone, no text and no title, in map units: for a renderer that sets the texts itself. */
export const mapGraphicsSvg = (scene: MapScene): string => elements(scene, false).join('');
