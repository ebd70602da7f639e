// The map as data: every ring, line, symbol and word of the picture, with its position, size and
// colour, in map units (the centre, "you", at 0, 0; y points down). A pure, deterministic function
// of the laid-out map (map-layout.ts), the people, the words and the options. The live SVG
// (render/map-svg.ts), the image export (render/map-image.ts) and the PDF (render/pdf/map.ts) each
// draw this one scene, so they cannot drift apart, and none of them reads another's output.
//
// Names stay data: every text here is plain text, never markup; each renderer escapes or outlines it.
import {
  GEOMETRY,
  RINGS,
  textWidth,
  toXY,
  type Box,
  type LaidOutPerson,
  type MapLayout,
} from './map-layout.ts';
import {
  SOURCES,
  STAGES,
  isPlanned,
  type Closeness,
  type Source,
  type Stage,
  type Status,
} from './person.ts';

/** The attributes that change how a person is drawn. */
export interface DrawnPerson {
  id: string;
  name: string;
  source?: Source | undefined;
  stage?: Stage | undefined;
  status?: Status | undefined;
}

/** Every word drawn on the map, from content/ui (so a fork can translate them). */
export interface MapWords {
  title: string;
  description: string;
  you: string;
  roles: Record<string, string>;
  rings: Record<Closeness, string>;
  sources: Record<Source | 'unknown', { name: string; letter: string }>;
  stages: Record<Stage | 'unknown', string>;
  current: string;
  potential: string;
  legend: { sources: string; stages: string; rings: string; status: string };
}

export interface SceneOptions {
  ties?: readonly (readonly [string, string])[];
  showTies?: boolean;
  /** People to ring as new (added since the last snapshot), with the legend's words for it. */
  highlight?: { ids: ReadonlySet<string>; label: string };
}

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

/** The ring around people new since the last snapshot: a dark accent that also reads in greyscale. */
const HIGHLIGHT = '#7a2e8f';
const RING_FILL: Record<Closeness, string> = { close: '#e3ebf6', moderate: '#eef3fa', distant: '#f7f9fc' };
const INK = '#1b1f24';
const PAPER = '#ffffff';
const RULE = '#9aa8ba';
const TIE = '#5b6472';

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
/** A shape as SVG path data (absolute and relative moves, lines and arcs, in map units). */
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

export interface ScenePerson {
  id: string;
  /** The full name, for a title or tooltip: the label may be shortened or initials. */
  name: string;
  ring: Closeness;
  sector: number;
  x: number;
  y: number;
  source: Source | 'unknown';
  /** The shape's kind: ▲ above, ● same, ▼ below, ◆ not given. */
  stage: Stage | undefined;
  /** A potential mentor: drawn with a dashed outline. */
  planned: boolean;
  /** The symbol, filled with the source's colour. */
  shape: ScenePath;
  /** The source's letter inside the symbol, in the ink that reads on its fill. */
  letter: SceneText;
  /** The ring around a person new since the last snapshot. */
  highlight?: SceneCircle | undefined;
  /** The name below the symbol, one text per line. */
  label: SceneText[];
}

export interface SceneLegend {
  /** The size and colour of the legend's plain texts (a renderer may set them once). */
  size: number;
  ink: string;
  sources: {
    heading: SceneText;
    entries: { source: Source | 'unknown'; mark: SceneCircle; letter: SceneText; name: SceneText }[];
  };
  stages: { heading: SceneText; entries: { stage: Stage | undefined; mark: ScenePath; name: SceneText }[] };
  planned: { mark: ScenePath; name: SceneText };
  /** The ring names in one line, innermost first. */
  rings: SceneText;
  /** What the ring around new people means; only when new people are ringed. */
  highlight?: { mark: SceneCircle; name: SceneText } | undefined;
}

export interface MapScene {
  /** The picture's frame in map units, rounded to a tenth so every renderer frames it alike. */
  view: Box;
  title: string;
  description: string;
  background: SceneRect;
  /** One disc per closeness, outermost first, so the inner ones paint over it. */
  rings: { ring: Closeness; disc: SceneCircle }[];
  /** One per role: the line at the sector's start (none with a single role) and the role's name. */
  sectors: { roleId: string; line?: SceneLine | undefined; label: SceneText }[];
  /** Who knows whom, between placed people only, when ties are shown. */
  ties: { between: readonly [string, string]; line: SceneLine }[];
  you: { disc: SceneCircle; label: SceneText };
  people: ScenePerson[];
  legend: SceneLegend;
}

// --- geometry ----------------------------------------------------------------------------------

/**
 * Every position and size is kept to a tenth of a map unit: finer than any print shows, and the
 * same numbers in every renderer (the live SVG writes them as they are).
 */
const tenth = (v: number) => Math.round(v * 10) / 10;
/** A number in path data or an SVG attribute. */
export const pathNumber = (v: number) => tenth(v).toString();
const n = pathNumber;

const circle = (
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
const letterY = (stage: Stage | undefined, y: number) =>
  y + (stage === 'above' ? 3 : stage === 'below' ? -3 : 0) + 4.5;

const text = (
  x: number,
  y: number,
  words: string,
  style: Partial<Omit<SceneText, 'kind' | 'x' | 'y' | 'text'>> = {},
): SceneText => ({
  kind: 'text',
  x: tenth(x),
  y: tenth(y),
  anchor: 'start',
  size: 16,
  bold: false,
  fill: INK,
  ...style,
  text: words,
});

const line = (a: { x: number; y: number }, b: { x: number; y: number }, stroke: Stroke): SceneLine => ({
  kind: 'line',
  x1: tenth(a.x),
  y1: tenth(a.y),
  x2: tenth(b.x),
  y2: tenth(b.y),
  stroke,
});

/** The frame of the picture: the circle, the role names around it and the legend below. */
function frame(layout: MapLayout, words: MapWords): { view: Box; legendTop: number } {
  const roleWidth = Math.max(
    ...layout.sectors.map((s) => (textWidth(words.roles[s.roleId] ?? s.roleId) * 18) / GEOMETRY.fontSize + 8),
  );
  const half = layout.radius + roleWidth;
  const legendTop = layout.radius + 28;
  return {
    view: { x: -half, y: -layout.radius - 28, width: 2 * half, height: layout.radius + 28 + legendTop + 220 },
    legendTop,
  };
}

// --- the scene ---------------------------------------------------------------------------------

/** The whole map as data, for any renderer to draw. */
export function mapScene(
  layout: MapLayout,
  people: readonly DrawnPerson[],
  words: MapWords,
  options: SceneOptions = {},
): MapScene {
  const { view, legendTop } = frame(layout, words);
  const outer = layout.rings.at(-1)!.outer;
  const byId = new Map(people.map((p) => [p.id, p]));
  const at = new Map(layout.people.map((p) => [p.id, p]));
  const rule: Stroke = { colour: RULE, width: 1.5 };

  const framed = { x: tenth(view.x), y: tenth(view.y), width: tenth(view.width), height: tenth(view.height) };
  return {
    view: framed,
    title: words.title,
    description: words.description,
    background: { kind: 'rect', ...framed, fill: PAPER },
    rings: [...layout.rings].reverse().map((r) => ({
      ring: r.ring,
      disc: circle(0, 0, r.outer, { fill: RING_FILL[r.ring], stroke: rule }),
    })),
    sectors: layout.sectors.map((s) => {
      const p = toXY(outer + 16, (s.start + s.end) / 2);
      const anchor = Math.abs(p.x) < 1 ? 'middle' : p.x > 0 ? 'start' : 'end';
      const dy = p.y < -1 ? -2 : p.y > 1 ? 12 : 5;
      return {
        roleId: s.roleId,
        line:
          layout.sectors.length > 1
            ? line(toXY(GEOMETRY.egoRadius, s.start), toXY(outer, s.start), rule)
            : undefined,
        label: text(p.x, p.y + dy, words.roles[s.roleId] ?? s.roleId, { anchor, size: 18, bold: true }),
      };
    }),
    ties: (options.showTies ? (options.ties ?? []) : []).flatMap((between) => {
      const [a, b] = [at.get(between[0]), at.get(between[1])];
      return a && b ? [{ between, line: line(a, b, { colour: TIE, width: 1.2, opacity: 0.55 }) }] : [];
    }),
    you: {
      disc: circle(0, 0, GEOMETRY.egoRadius, { fill: INK }),
      label: text(0, 6, words.you, { anchor: 'middle', size: 17, bold: true, fill: PAPER }),
    },
    people: layout.people.map((p) => scenePerson(p, byId.get(p.id), words, options.highlight?.ids.has(p.id))),
    legend: legend(words, view, legendTop, options.highlight?.label),
  };
}

function scenePerson(
  p: LaidOutPerson,
  person: DrawnPerson | undefined,
  words: MapWords,
  highlighted = false,
): ScenePerson {
  const source = person?.source ?? 'unknown';
  const stage = person?.stage;
  const style = SOURCE_STYLE[source];
  const planned = person ? isPlanned(person) : false;
  return {
    id: p.id,
    name: person?.name ?? p.label,
    ring: p.ring,
    sector: p.sector,
    x: tenth(p.x),
    y: tenth(p.y),
    source,
    stage,
    planned,
    shape: {
      kind: 'path',
      d: shapePath(stage, p.x, p.y),
      fill: style.fill,
      stroke: { colour: INK, width: 2, ...(planned ? { dash: [4, 3] } : {}) },
    },
    letter: text(p.x, letterY(stage, p.y), words.sources[source].letter, {
      anchor: 'middle',
      size: 12,
      bold: true,
      fill: style.ink,
    }),
    highlight: highlighted
      ? circle(p.x, p.y, GEOMETRY.nodeRadius + 8, { stroke: { colour: HIGHLIGHT, width: 4 } })
      : undefined,
    label: [
      text(p.x, p.labelBox.y + GEOMETRY.fontSize, p.label, { anchor: 'middle', size: GEOMETRY.fontSize }),
    ],
  };
}

/** The legend below the circle: sources (colour and letter), stages (shape), status (outline), rings. */
function legend(words: MapWords, view: Box, top: number, highlight: string | undefined): SceneLegend {
  const x = view.x + 12;
  const x2 = x + (view.width - 24) / 2;
  const row = (i: number) => top + 26 + i * 28;
  const outline: Stroke = { colour: INK, width: 1.5 };
  const heading = (at: number, words: string) => text(at, top + 4, words, { bold: true });
  const symbol = (stage: Stage | undefined, i: number, dash?: number[]): ScenePath => ({
    kind: 'path',
    d: shapePath(stage, x2 + 10, row(i) - 4, 8),
    fill: PAPER,
    stroke: { ...outline, ...(dash ? { dash } : {}) },
  });
  const highlightY = row(6) + 10;
  return {
    size: 16,
    ink: INK,
    sources: {
      heading: heading(x, words.legend.sources),
      entries: [...SOURCES, 'unknown' as const].map((source, i) => ({
        source,
        mark: circle(x + 10, row(i) - 4, 9, { fill: SOURCE_STYLE[source].fill, stroke: outline }),
        letter: text(x + 10, row(i), words.sources[source].letter, {
          anchor: 'middle',
          size: 10,
          bold: true,
          fill: SOURCE_STYLE[source].ink,
        }),
        name: text(x + 26, row(i), words.sources[source].name),
      })),
    },
    stages: {
      heading: heading(x2, words.legend.stages),
      entries: [...STAGES, undefined].map((stage, i) => ({
        stage,
        mark: symbol(stage, i),
        name: text(x2 + 26, row(i), words.stages[stage ?? 'unknown']),
      })),
    },
    planned: { mark: symbol('same', 4, [3, 2]), name: text(x2 + 26, row(4), words.potential) },
    rings: text(x, row(5) + 6, `${words.legend.rings}: ${RINGS.map((r) => words.rings[r]).join(' · ')}`),
    highlight:
      highlight === undefined
        ? undefined
        : {
            mark: circle(view.x + 22, highlightY - 5, 9, { stroke: { colour: HIGHLIGHT, width: 3 } }),
            name: text(view.x + 38, highlightY, highlight),
          },
  };
}

// --- paint order -------------------------------------------------------------------------------

/** A part of the scene in paint order: a single mark, or a group a renderer may wrap. */
export type ScenePart =
  SceneMark | { kind: 'person'; person: ScenePerson } | { kind: 'legend'; legend: SceneLegend };

/** The scene's parts back to front: what every renderer paints, in this order. */
export function* sceneParts(scene: MapScene): Generator<ScenePart> {
  yield scene.background;
  for (const r of scene.rings) yield r.disc;
  for (const s of scene.sectors) {
    if (s.line) yield s.line;
    yield s.label;
  }
  for (const t of scene.ties) yield t.line;
  yield scene.you.disc;
  yield scene.you.label;
  for (const person of scene.people) {
    if (person.highlight) yield person.highlight;
    yield { kind: 'person', person };
  }
  if (scene.legend.highlight) yield* [scene.legend.highlight.mark, scene.legend.highlight.name];
  yield { kind: 'legend', legend: scene.legend };
}

/** A person's marks, back to front. */
export const personMarks = (p: ScenePerson): SceneMark[] => [p.shape, p.letter, ...p.label];

/** The legend's marks (its highlight entry aside), back to front. */
export const legendMarks = (l: SceneLegend): SceneMark[] => [
  l.sources.heading,
  ...l.sources.entries.flatMap((e) => [e.mark, e.letter, e.name]),
  l.stages.heading,
  ...l.stages.entries.flatMap((e) => [e.mark, e.name]),
  l.planned.mark,
  l.planned.name,
  l.rings,
];

/** Every mark of the scene, back to front, groups opened. */
export function* sceneMarks(scene: MapScene): Generator<SceneMark> {
  for (const part of sceneParts(scene)) {
    if (part.kind === 'person') yield* personMarks(part.person);
    else if (part.kind === 'legend') yield* legendMarks(part.legend);
    else yield part;
  }
}

/** Every text of the scene, back to front. */
export const sceneTexts = (scene: MapScene): SceneText[] =>
  [...sceneMarks(scene)].filter((m): m is SceneText => m.kind === 'text');
