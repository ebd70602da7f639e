// The map's marks and palette: the shapes and texts a scene is made of, the colours they are drawn
// in, and the small builders every part of the scene uses (positions kept to a tenth of a map unit).
// Pure; the scene (map-scene.ts) and its legend (map-legend.ts) are made of these.
import { GEOMETRY, textWidth } from './map-layout.ts';
import type { Closeness, Source, Stage } from './person.ts';

// --- colours: the map's one palette ------------------------------------------------------------

/**
 * Colours for sources: the Okabe–Ito palette, safe for colour-blind readers; each source also has
 * a letter, so the map reads in greyscale. Letter colour chosen for contrast on each fill.
 */
export const SOURCE_STYLE: Record<Source | 'unknown', { fill: string; ink: string }> = {
  department: { fill: '#0072B2', ink: '#ffffff' },
  institution: { fill: '#009E73', ink: '#000000' },
  external: { fill: '#E69F00', ink: '#000000' },
  personal: { fill: '#CC79A7', ink: '#000000' },
  unknown: { fill: '#d9d9d9', ink: '#000000' },
};

/** Every change since a snapshot: a dark accent that also reads in greyscale. */
export const CHANGE = '#7a2e8f';
export const RING_FILL: Record<Closeness, string> = {
  close: '#e3ebf6',
  moderate: '#eef3fa',
  distant: '#f7f9fc',
};
export const INK = '#1b1f24';
export const PAPER = '#ffffff';
export const RULE = '#9aa8ba';
/** Ties: dark, warm and dashed, unlike the light, cool, solid sector lines, in colour and in grey. */
export const TIE_STROKE: Stroke = { colour: '#8a3c00', width: 1.6, opacity: 0.8, dash: [6, 4] };
/** People gone since the snapshot: a grey, dashed outline and grey words (still 4.5:1 on the rings). */
export const GHOST = '#5b6573';

// --- the scene's marks -------------------------------------------------------------------------

export interface Stroke {
  colour: string;
  width: number;
  opacity?: number;
  /** Dash and gap lengths, in map units. */
  dash?: readonly number[];
}

export interface SceneRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}
export interface SceneCircle {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: Stroke;
}
export interface SceneLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Stroke;
}
/** A shape as SVG path data (absolute and relative moves, lines, quadratic curves and arcs, in map units). */
export interface ScenePath {
  kind: 'path';
  d: string;
  fill?: string;
  stroke?: Stroke;
}
/** One line of text; y is its baseline. */
export interface SceneText {
  kind: 'text';
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  fill: string;
  text: string;
}
export type SceneShape = SceneRect | SceneCircle | SceneLine | ScenePath;
export type SceneMark = SceneShape | SceneText;

// --- geometry ----------------------------------------------------------------------------------

/**
 * Every position and size is kept to a tenth of a map unit: finer than any print shows, and the
 * same numbers in every renderer (the live SVG writes them as they are).
 */
export const tenth = (v: number) => Math.round(v * 10) / 10;
/** A number in path data or an SVG attribute. */
export const pathNumber = (v: number) => tenth(v).toString();
const n = pathNumber;
export const point = (p: { x: number; y: number }) => ({ x: tenth(p.x), y: tenth(p.y) });

export const circle = (
  cx: number,
  cy: number,
  r: number,
  paint: { fill?: string; stroke?: Stroke },
): SceneCircle => ({ kind: 'circle', cx: tenth(cx), cy: tenth(cy), r: tenth(r), ...paint });

/** A circle as path data: two half arcs. */
export const circlePath = (cx: number, cy: number, r: number) =>
  `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;

/** The symbol of a person: ▲ above you, ● same stage, ▼ below you, ◆ not given. */
export function shapePath(
  stage: Stage | undefined,
  x: number,
  y: number,
  r: number = GEOMETRY.nodeRadius,
): string {
  const t = r * 1.25;
  switch (stage) {
    case 'above':
      return `M${n(x)} ${n(y - t)}L${n(x + t * 0.95)} ${n(y + t * 0.7)}L${n(x - t * 0.95)} ${n(y + t * 0.7)}Z`;
    case 'below':
      return `M${n(x)} ${n(y + t)}L${n(x + t * 0.95)} ${n(y - t * 0.7)}L${n(x - t * 0.95)} ${n(y - t * 0.7)}Z`;
    case 'same':
      return circlePath(x, y, r);
    default:
      return `M${n(x)} ${n(y - t)}L${n(x + t)} ${n(y)}L${n(x)} ${n(y + t)}L${n(x - t)} ${n(y)}Z`;
  }
}

/** Where the letter sits inside a shape (triangles have their visual centre off the middle). */
export const letterY = (stage: Stage | undefined, y: number, size: number) =>
  y + (stage === 'above' ? 2.5 : stage === 'below' ? -2.5 : 0) + size * 0.36;

export const text = (
  x: number,
  y: number,
  words: string,
  style: Partial<Omit<SceneText, 'kind' | 'x' | 'y' | 'text'>> = {},
): SceneText => ({
  kind: 'text',
  x: tenth(x),
  y: tenth(y),
  anchor: 'start',
  size: GEOMETRY.fontSize,
  bold: false,
  fill: INK,
  ...style,
  text: words,
});

export const line = (
  a: { x: number; y: number },
  b: { x: number; y: number },
  stroke: Stroke,
): SceneLine => ({
  kind: 'line',
  x1: tenth(a.x),
  y1: tenth(a.y),
  x2: tenth(b.x),
  y2: tenth(b.y),
  stroke,
});

/** Where a line of text has its baseline below the top of its line box. */
export const baseline = (size: number) => size * 0.95;
/** Bold text is a little wider than textWidth's estimate for regular text. */
export const boldWidth = (words: string, size: number) => Math.ceil(textWidth(words, size) * 1.08);

/** Role names: larger than the labels, and wrapped no wider than this. */

/** A small diamond: the mark of a changed role. */
export const diamond = (x: number, y: number, s: number): ScenePath => ({
  kind: 'path',
  d: `M${n(x)} ${n(y - s)}L${n(x + s)} ${n(y)}L${n(x)} ${n(y + s)}L${n(x - s)} ${n(y)}Z`,
  fill: CHANGE,
  stroke: { colour: PAPER, width: 1 },
});
