// The map as data: every ring, line, symbol and word of the picture, with its position, size and
// colour, in map units (the centre, "you", at 0, 0; y points down). A pure, deterministic function
// of the laid-out map (map-layout.ts), the people, the words and the options. The live SVG
// (render/map-svg.ts), the image export (render/map-image.ts) and the PDF (render/pdf/map.ts) each
// draw this one scene, so they cannot drift apart, and none of them reads another's output.
//
// Legible by design (docs/architecture.md, and the map section of the README): the scene knows the smallest width at which every
// word is at least MIN_TEXT_PX (`legibleWidth`). When whole names would be smaller than that at the
// display width, it lays the map out again with numbers and a key, and says so; it never shortens.
//
// Names stay data: every text here is plain text, never markup; each renderer escapes or outlines it.
import { compareNetworks, type NetworkChange } from './analysis/findings.ts';
import {
  GEOMETRY,
  MAP_DISPLAY_WIDTH,
  MIN_TEXT_PX,
  layoutMap,
  toXY,
  wrapLabel,
  type Box,
  type LaidOutPerson,
  type MapLayout,
  type MapPerson,
} from './map-layout.ts';
import { closenessOf, isPlanned, type Closeness, type Source, type Stage, type Status } from './person.ts';
import type { Person } from './workbook.ts';
import {
  changeWidth,
  legend,
  legendMarks,
  legendWidth,
  numberKey,
  type SceneKeyEntry,
  type SceneLegend,
  type SceneLegendEntry,
} from './map-legend.ts';
import {
  CHANGE,
  GHOST,
  INK,
  PAPER,
  RING_FILL,
  RULE,
  SOURCE_STYLE,
  TIE_STROKE,
  baseline,
  boldWidth,
  circle,
  diamond,
  letterY,
  line,
  pathNumber as n,
  point,
  shapePath,
  tenth,
  text,
  type SceneCircle,
  type SceneLine,
  type SceneMark,
  type ScenePath,
  type SceneRect,
  type SceneText,
  type Stroke,
} from './map-marks.ts';

/** The attributes that change how a person is drawn. */
export interface DrawnPerson {
  id: string;
  name: string;
  /** All roles, to tell a role change from a snapshot (the layout knows only the primary one). */
  roles?: readonly string[] | undefined;
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
  /** `rings` is a label before the rings' names, as the locale writes one ("Rings, from the centre:"). */
  legend: { sources: string; stages: string; rings: string; status: string; ties: string };
  /** The legend's words for each kind of change since a snapshot. */
  change: Record<ChangeKind, string>;
  /** Why the map shows numbers: the heading of its key. */
  key: { note: string };
}

export type ChangeKind = 'added' | 'gone' | 'closer' | 'farther' | 'roleChanged';

export interface SceneOptions {
  ties?: readonly (readonly [string, string])[];
  showTies?: boolean;
  /**
   * The people of a snapshot to show change against (compareNetworks in core/analysis/findings.ts
   * decides what changed): new people ringed, people gone as ghosts in their old place, an arrow
   * from the old ring for closer or farther, a marker on a changed role.
   */
  snapshot?: { people: readonly (MapPerson & DrawnPerson)[] } | undefined;
  /** People to ring as new, with the legend's words for it (without a snapshot: only the new ones). */
  highlight?: { ids: ReadonlySet<string>; label: string } | undefined;
  /** The width, in CSS px, the map will be shown at; MAP_DISPLAY_WIDTH unless said. */
  displayWidth?: number;
}

export interface ScenePerson {
  id: string;
  /** The name for a title or tooltip: the name as shown (an alias or initials when names are private). */
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
  /** The person's number on the map when it shows numbers (see the scene's key). */
  number?: number | undefined;
  /** The ids of the people this person is tied to, as drawn (for the page to highlight them). */
  ties: string[];
  /** What changed since the snapshot, if one is compared. */
  changes: Exclude<ChangeKind, 'gone'>[];
  /** The symbol, filled with the source's colour. */
  shape: ScenePath;
  /** The source's letter inside the symbol, in the ink that reads on its fill. */
  letter: SceneText;
  /** The ring around a person new since the snapshot. */
  highlight?: SceneCircle | undefined;
  /** Closer or farther: an arrow from their old ring to them. */
  arrow?: { shaft: ScenePath; head: ScenePath } | undefined;
  /** A changed role: a small diamond at the symbol's upper right. */
  roleMark?: ScenePath | undefined;
  /** Behind the label, in the colour of the ring under it, so a tie or a line never runs through a name. */
  labelBack: SceneRect;
  /** The label below the symbol, one text per line (the shown name, or a number). */
  label: SceneText[];
}

/** A person gone since the snapshot, drawn faint and dashed where their ring and sector were. */
export type SceneGhost = Pick<
  ScenePerson,
  'id' | 'name' | 'ring' | 'sector' | 'x' | 'y' | 'number' | 'shape' | 'labelBack' | 'label'
>;

/** A tie: a straight line, or a curve around "you" (then `control` is its quadratic control point). */
export interface SceneTie {
  between: readonly [string, string];
  from: { x: number; y: number };
  to: { x: number; y: number };
  control?: { x: number; y: number } | undefined;
  path: ScenePath;
}

/** One extra legend entry: ties, or one kind of change. */
export interface MapScene {
  /** The picture's frame in map units, rounded to a tenth so every renderer frames it alike. */
  view: Box;
  /** The circle with its role names, without the legend and key below: what a screen keeps in view. */
  circle: Box;
  /**
   * The smallest display width, in CSS px, at which every word of the map (labels, role names,
   * legend, key) is at least MIN_TEXT_PX: the page can size or zoom the map's box to it.
   */
  legibleWidth: number;
  /** What the labels show: whole names, or numbers with a key (too many to fit). */
  labels: MapLayout['labels'];
  /** Who each number is, when the labels are numbers; empty otherwise. */
  key: SceneKeyEntry[];
  /** Why the map shows numbers, above the key; only then. */
  keyNote?: SceneText | undefined;
  title: string;
  description: string;
  background: SceneRect;
  /** One disc per closeness, outermost first, so the inner ones paint over it. */
  rings: { ring: Closeness; disc: SceneCircle }[];
  /** One per role: the line at the sector's start (none with a single role) and the role's name. */
  sectors: { roleId: string; line?: SceneLine | undefined; label: SceneText[] }[];
  /** Who knows whom, between placed people only, when ties are shown; never through "you". */
  ties: SceneTie[];
  you: { disc: SceneCircle; label: SceneText };
  people: ScenePerson[];
  /** People gone since the snapshot. */
  ghosts: SceneGhost[];
  legend: SceneLegend;
}

const ROLE_SIZE = GEOMETRY.fontSize + 1;
const ROLE_LINE = ROLE_SIZE + 2;
const ROLE_MAX_WIDTH = 96;

/** A role's name outside the circle at the sector's middle: its lines and the box they take. */
function roleLabel(name: string, angle: number, radius: number) {
  // Only a word longer than the line is cut.
  const { lines } = wrapLabel(name, ROLE_MAX_WIDTH / 1.08, ROLE_SIZE, Infinity);
  const width = Math.max(...lines.map((l) => boldWidth(l, ROLE_SIZE)));
  const height = lines.length * ROLE_LINE;
  const p = toXY(radius + 8, angle);
  const anchor: SceneText['anchor'] = Math.abs(p.x) < 20 ? 'middle' : p.x > 0 ? 'start' : 'end';
  const left = anchor === 'middle' ? p.x - width / 2 : anchor === 'start' ? p.x : p.x - width;
  // Above the circle the block ends at the point; below it starts there; at the sides it is centred.
  const top = p.y < -radius * 0.5 ? p.y - height : p.y > radius * 0.5 ? p.y : p.y - height / 2;
  return {
    box: { x: left, y: top, width, height },
    texts: lines.map((l, i) =>
      text(p.x, top + i * ROLE_LINE + baseline(ROLE_SIZE), l, { anchor, size: ROLE_SIZE, bold: true }),
    ),
  };
}

/**
 * A role's name placed along the middle of its sector's outer arc where it reaches least beyond the
 * circle sideways (a name at the sides would widen the picture, and so shrink everything in it).
 */
function sectorLabel(name: string, sector: { start: number; end: number }, radius: number) {
  const span = sector.end - sector.start;
  const reach = (b: Box) => Math.max(-b.x, b.x + b.width);
  let best = roleLabel(name, sector.start + span / 2, radius);
  // From the middle outwards, so the middle wins a tie.
  for (const offset of [0.05, 0.1, 0.15, 0.2, 0.25].flatMap((f) => [f, -f])) {
    const label = roleLabel(name, sector.start + span * (0.5 + offset), radius);
    if (reach(label.box) < reach(best.box) - 0.5) best = label;
  }
  return best;
}

// --- the scene ---------------------------------------------------------------------------------

/** The whole map as data, for any renderer to draw. */
export function mapScene(
  layout: MapLayout,
  people: readonly DrawnPerson[],
  words: MapWords,
  options: SceneOptions = {},
): MapScene {
  const displayWidth = options.displayWidth ?? MAP_DISPLAY_WIDTH;
  const byId = new Map(people.map((p) => [p.id, p]));
  const snapshot = options.snapshot;
  const change = snapshot ? changeSince(layout, byId, snapshot.people) : undefined;
  const before = new Map((snapshot?.people ?? []).map((p) => [p.id, p]));
  const ghosts = (change?.lost ?? []).map((id) => before.get(id)!);

  // Lay out again with the ghosts, then with numbers if whole names would not be legible.
  let laid = ghosts.length ? relayout(layout, { ghosts, displayWidth }) : layout;
  let drawing = draw(laid, words, options, change);
  if (laid.labels === 'names' && drawing.legibleWidth > displayWidth) {
    laid = relayout(layout, { ghosts, displayWidth, numbers: true });
    drawing = draw(laid, words, options, change);
  }
  const { frame, legibleWidth, legendTop, legendSize } = drawing;
  const at = new Map(laid.people.map((p) => [p.id, p]));
  const rule: Stroke = { colour: RULE, width: 1.5 };
  const outer = laid.radius;

  const ties = (options.showTies ? (options.ties ?? []) : []).flatMap((between) => {
    const [a, b] = [at.get(between[0]), at.get(between[1])];
    return a && b && a !== b ? [tie(between, a, b)] : [];
  });
  const tiedTo = new Map<string, string[]>();
  for (const {
    between: [a, b],
  } of ties) {
    tiedTo.set(a, [...(tiedTo.get(a) ?? []), b]);
    tiedTo.set(b, [...(tiedTo.get(b) ?? []), a]);
  }
  const added = change ? new Set(change.added) : (options.highlight?.ids ?? new Set<string>());
  const personChanges = (id: string): ScenePerson['changes'] => [
    ...(added.has(id) ? (['added'] as const) : []),
    ...(change?.closer.includes(id) ? (['closer'] as const) : []),
    ...(change?.farther.includes(id) ? (['farther'] as const) : []),
    ...(change?.roleChanged.includes(id) ? (['roleChanged'] as const) : []),
  ];
  const ringMiddle = (ring: Closeness) => {
    const r = laid.rings.find((x) => x.ring === ring)!;
    return (r.inner + r.outer) / 2;
  };

  const scenePeople = laid.people.map((p) => {
    const old = before.get(p.id);
    return scenePerson(p, byId.get(p.id), words, {
      ties: tiedTo.get(p.id) ?? [],
      changes: personChanges(p.id),
      rings: laid.rings,
      ...(old ? { oldRadius: ringMiddle(closenessOf(old)) } : {}),
    });
  });
  const sceneGhosts = laid.ghosts.map((g) => sceneGhost(g, before.get(g.id)!, laid.rings));
  const shown = new Set<SceneLegendEntry['kind']>([
    ...(ties.length ? (['ties'] as const) : []),
    ...scenePeople.flatMap((p) => p.changes),
    ...(sceneGhosts.length ? (['gone'] as const) : []),
  ]);
  const changeWords = { ...words.change, ...(options.highlight ? { added: options.highlight.label } : {}) };
  const legendParts = legend(words, changeWords, frame, legendTop, legendSize, shown);
  const key =
    laid.labels === 'numbers' ? numberKey(laid, words, frame, legendParts.bottom, legendSize) : undefined;

  const view = { ...frame, height: (key?.bottom ?? legendParts.bottom) - frame.y };
  const framed = { x: tenth(view.x), y: tenth(view.y), width: tenth(view.width), height: tenth(view.height) };
  return {
    view: framed,
    circle: { ...framed, height: tenth(legendTop - framed.y) },
    legibleWidth,
    labels: laid.labels,
    key: key?.entries ?? [],
    keyNote: key?.note,
    title: words.title,
    description: words.description,
    background: { kind: 'rect', ...framed, fill: PAPER },
    rings: [...laid.rings].reverse().map((r) => ({
      ring: r.ring,
      disc: circle(0, 0, r.outer, { fill: RING_FILL[r.ring], stroke: rule }),
    })),
    sectors: laid.sectors.map((s) => ({
      roleId: s.roleId,
      line:
        laid.sectors.length > 1
          ? line(toXY(GEOMETRY.egoRadius, s.start), toXY(outer, s.start), rule)
          : undefined,
      label: sectorLabel(words.roles[s.roleId] ?? s.roleId, s, outer).texts,
    })),
    ties,
    you: {
      disc: circle(0, 0, GEOMETRY.egoRadius, { fill: INK }),
      label: text(0, 5.5, words.you, { anchor: 'middle', size: 15, bold: true, fill: PAPER }),
    },
    people: scenePeople,
    ghosts: sceneGhosts,
    legend: legendParts.legend,
  };
}

/** The placed people of a layout (and ghosts) laid out again, in the same order, with other labels. */
function relayout(
  layout: MapLayout,
  options: { ghosts: readonly MapPerson[]; displayWidth: number; numbers?: boolean },
): MapLayout {
  const people = layout.people.map((p) => ({
    id: p.id,
    name: p.name,
    roles: [layout.sectors[p.sector]!.roleId],
    closeness: p.ring,
  }));
  const again = layoutMap(
    people,
    layout.sectors.map((s) => s.roleId),
    {
      ...options,
      numbers: options.numbers ?? layout.labels === 'numbers',
    },
  );
  return { ...again, unplaced: layout.unplaced };
}

/** What changed since the snapshot, as the findings count it (compareNetworks), for the people placed. */
function changeSince(
  layout: MapLayout,
  byId: ReadonlyMap<string, DrawnPerson>,
  before: readonly (MapPerson & DrawnPerson)[],
): NetworkChange {
  const asPerson = (p: {
    id: string;
    name: string;
    roles: readonly string[];
    closeness?: Closeness | undefined;
  }) =>
    ({
      id: p.id,
      name: p.name,
      roles: [...p.roles],
      ...(p.closeness ? { closeness: p.closeness } : {}),
    }) as Person;
  const now = layout.people.map((p) =>
    asPerson({
      ...p,
      roles: byId.get(p.id)?.roles ?? [layout.sectors[p.sector]!.roleId],
      closeness: p.ring,
    }),
  );
  const change = compareNetworks({ people: before.map(asPerson) }, { people: now });
  // A person gone can only be drawn where their old role still has a sector.
  const roles = new Set(layout.sectors.map((s) => s.roleId));
  return {
    ...change,
    lost: change.lost.filter((id) => before.some((p) => p.id === id && roles.has(p.roles[0]!))),
  };
}

/** The frame, the legend's size and where it starts, and the legible width, for one layout. */
function draw(layout: MapLayout, words: MapWords, options: SceneOptions, change: NetworkChange | undefined) {
  const radius = layout.radius;
  const boxes = layout.sectors.map((s) => sectorLabel(words.roles[s.roleId] ?? s.roleId, s, radius).box);
  const half =
    Math.max(
      radius,
      ...boxes.map((b) => Math.max(-b.x, b.x + b.width)),
      legendWidth(words, GEOMETRY.fontSize) / 2,
    ) + 8;
  const top = Math.min(-radius, ...boxes.map((b) => b.y)) - 8;
  const bottom = Math.max(radius, ...boxes.map((b) => b.y + b.height)) + 14;
  const display = options.displayWidth ?? MAP_DISPLAY_WIDTH;
  // The legend (and key) grow with the map, so they stay legible at the display width.
  const legendSize = Math.max(GEOMETRY.fontSize, Math.ceil((MIN_TEXT_PX * 2 * half) / display));
  const width =
    2 * Math.max(half, legendWidth(words, legendSize) / 2 + 8, changeWidth(words, change, legendSize));
  const smallest = Math.min(GEOMETRY.fontSize, legendSize, ROLE_SIZE);
  return {
    frame: { x: -width / 2, y: top, width, height: bottom - top },
    legendTop: bottom,
    legendSize,
    legibleWidth: Math.ceil((width * MIN_TEXT_PX) / smallest),
  };
}

/** How wide the legend's two columns and its rings line need the picture to be, at a text size. */
function tie(between: readonly [string, string], a: LaidOutPerson, b: LaidOutPerson): SceneTie {
  const clearance = GEOMETRY.egoRadius + TIE_MARGIN;
  const from = point(a);
  const to = point(b);
  const straight = { between, from, to, path: tieShape(`M${n(from.x)} ${n(from.y)}L${n(to.x)} ${n(to.y)}`) };
  if (segmentDistance(from, to) >= clearance) return straight;
  // The side away from the centre: from the centre towards the segment's nearest point (or, for a
  // segment through the centre, its left hand, so the choice is still fixed).
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const length = Math.hypot(dx, dy) || 1;
  let [nx, ny] = [-dy / length, dx / length];
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  if (nx * mid.x + ny * mid.y < 0) [nx, ny] = [-nx, -ny];
  // Push the curve's middle out until every point of it clears "you".
  for (let reach = clearance + 4; ; reach += 6) {
    const apex = { x: nx * reach, y: ny * reach };
    const control = point({ x: 2 * apex.x - mid.x, y: 2 * apex.y - mid.y });
    if (curveDistance(from, control, to) >= clearance || reach > 20 * clearance)
      return {
        between,
        from,
        to,
        control,
        path: tieShape(`M${n(from.x)} ${n(from.y)}Q${n(control.x)} ${n(control.y)} ${n(to.x)} ${n(to.y)}`),
      };
  }
}
/** How far a tie keeps from the edge of "you". */
export const TIE_MARGIN = 8;
const tieShape = (d: string): ScenePath => ({ kind: 'path', d, stroke: TIE_STROKE });

/** Distance from the centre to a segment. */
function segmentDistance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = Math.max(0, Math.min(1, -(a.x * dx + a.y * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(a.x + t * dx, a.y + t * dy);
}

/** Distance from the centre to a quadratic curve, sampled finely (the same samples the tests take). */
export function curveDistance(
  a: { x: number; y: number },
  c: { x: number; y: number },
  b: { x: number; y: number },
): number {
  let least = Infinity;
  for (let i = 0; i <= 64; i++) {
    const t = i / 64;
    const [u, v, w] = [(1 - t) ** 2, 2 * t * (1 - t), t * t];
    least = Math.min(least, Math.hypot(u * a.x + v * c.x + w * b.x, u * a.y + v * c.y + w * b.y));
  }
  return least;
}

/** A label's backing: its box and a little air, in the colour of the ring (or paper) its middle lies on. */
function labelBack(p: LaidOutPerson, rings: MapLayout['rings']): SceneRect {
  const b = p.labelBox;
  const r = Math.hypot(b.x + b.width / 2, b.y + b.height / 2);
  const ring = rings.find((x) => r < x.outer)?.ring;
  return {
    kind: 'rect',
    x: tenth(b.x - 1.5),
    y: tenth(b.y),
    width: tenth(b.width + 3),
    height: tenth(b.height + 1),
    fill: ring ? RING_FILL[ring] : PAPER,
  };
}

/** The label's lines under a laid-out symbol. */
const labelTexts = (p: LaidOutPerson, fill: string) =>
  p.lines.map((l, i) =>
    text(p.x, p.labelBox.y + i * GEOMETRY.lineHeight + baseline(GEOMETRY.fontSize), l, {
      anchor: 'middle',
      fill,
    }),
  );

function scenePerson(
  p: LaidOutPerson,
  person: DrawnPerson | undefined,
  words: MapWords,
  extra: {
    ties: string[];
    changes: ScenePerson['changes'];
    rings: MapLayout['rings'];
    oldRadius?: number;
  },
): ScenePerson {
  const source = person?.source ?? 'unknown';
  const stage = person?.stage;
  const style = SOURCE_STYLE[source];
  const planned = person ? isPlanned(person) : false;
  const r = GEOMETRY.nodeRadius;
  const moved = extra.changes.includes('closer') || extra.changes.includes('farther');
  return {
    id: p.id,
    name: p.name,
    ring: p.ring,
    sector: p.sector,
    x: tenth(p.x),
    y: tenth(p.y),
    source,
    stage,
    planned,
    ...(p.number === undefined ? {} : { number: p.number }),
    ties: extra.ties,
    changes: extra.changes,
    shape: {
      kind: 'path',
      d: shapePath(stage, p.x, p.y),
      fill: style.fill,
      stroke: { colour: INK, width: 1.8, ...(planned ? { dash: [3.5, 2.5] } : {}) },
    },
    letter: text(p.x, letterY(stage, p.y, 11), words.sources[source].letter, {
      anchor: 'middle',
      size: 11,
      bold: true,
      fill: style.ink,
    }),
    highlight: extra.changes.includes('added')
      ? circle(p.x, p.y, r + 4, { stroke: { colour: CHANGE, width: 2.5 } })
      : undefined,
    arrow: moved && extra.oldRadius !== undefined ? arrow(p, extra.oldRadius) : undefined,
    roleMark: extra.changes.includes('roleChanged') ? diamond(p.x + r - 1, p.y - r + 1, 4) : undefined,
    labelBack: labelBack(p, extra.rings),
    label: labelTexts(p, INK),
  };
}

/** An arrow along the person's radius, from the middle of their old ring to the edge of their symbol. */
function arrow(p: LaidOutPerson, oldRadius: number): { shaft: ScenePath; head: ScenePath } {
  const radius = Math.hypot(p.x, p.y);
  const [ux, uy] = [p.x / radius, p.y / radius];
  const inward = oldRadius > radius;
  const end = radius + (inward ? 1 : -1) * (GEOMETRY.nodeRadius + 4);
  const [sx, sy, ex, ey] = [ux * oldRadius, uy * oldRadius, ux * end, uy * end];
  const dir = inward ? -1 : 1;
  const [bx, by] = [ex - dir * ux * 8, ey - dir * uy * 8];
  const [px, py] = [-uy * 5, ux * 5];
  return {
    shaft: {
      kind: 'path',
      d: `M${n(sx)} ${n(sy)}L${n(bx)} ${n(by)}`,
      stroke: { colour: CHANGE, width: 2.5 },
    },
    head: {
      kind: 'path',
      d: `M${n(ex)} ${n(ey)}L${n(bx + px)} ${n(by + py)}L${n(bx - px)} ${n(by - py)}Z`,
      fill: CHANGE,
    },
  };
}

/** The role-change marker: a small diamond with a white edge, so it shows on any fill. */

function sceneGhost(g: LaidOutPerson, old: DrawnPerson, rings: MapLayout['rings']): SceneGhost {
  return {
    id: g.id,
    name: g.name,
    ring: g.ring,
    sector: g.sector,
    x: tenth(g.x),
    y: tenth(g.y),
    ...(g.number === undefined ? {} : { number: g.number }),
    shape: {
      kind: 'path',
      d: shapePath(old.stage, g.x, g.y),
      stroke: { colour: GHOST, width: 1.5, dash: [3, 3] },
    },
    labelBack: labelBack(g, rings),
    label: labelTexts(g, GHOST),
  };
}

/** The legend below the circle: sources (colour and letter), stages (shape), status (outline), rings, then ties and changes. */
// --- paint order -------------------------------------------------------------------------------

/** A part of the scene in paint order: a single mark, or a group a renderer may wrap. */
export type ScenePart =
  | SceneMark
  | { kind: 'person'; person: ScenePerson }
  | { kind: 'ghost'; ghost: SceneGhost }
  | { kind: 'tie'; tie: SceneTie }
  | { kind: 'legend'; legend: SceneLegend };

/** The scene's parts back to front: what every renderer paints, in this order. */
export function* sceneParts(scene: MapScene): Generator<ScenePart> {
  yield scene.background;
  for (const r of scene.rings) yield r.disc;
  for (const s of scene.sectors) {
    if (s.line) yield s.line;
    yield* s.label;
  }
  for (const tie of scene.ties) yield { kind: 'tie', tie };
  yield scene.you.disc;
  yield scene.you.label;
  for (const ghost of scene.ghosts) yield { kind: 'ghost', ghost };
  for (const person of scene.people) {
    if (person.arrow) yield* [person.arrow.shaft, person.arrow.head];
  }
  for (const person of scene.people) {
    if (person.highlight) yield person.highlight;
    yield { kind: 'person', person };
  }
  yield { kind: 'legend', legend: scene.legend };
  if (scene.keyNote) yield scene.keyNote;
  for (const entry of scene.key) yield* entry.marks;
}

/** A person's marks, back to front. */
export const personMarks = (p: ScenePerson): SceneMark[] => [
  p.labelBack,
  p.shape,
  p.letter,
  ...(p.roleMark ? [p.roleMark] : []),
  ...p.label,
];

/** A ghost's marks, back to front. */
export const ghostMarks = (g: SceneGhost): SceneMark[] => [g.labelBack, g.shape, ...g.label];

/** The legend's marks, back to front. */
export function* sceneMarks(scene: MapScene): Generator<SceneMark> {
  for (const part of sceneParts(scene)) {
    if (part.kind === 'person') yield* personMarks(part.person);
    else if (part.kind === 'ghost') yield* ghostMarks(part.ghost);
    else if (part.kind === 'tie') yield part.tie.path;
    else if (part.kind === 'legend') yield* legendMarks(part.legend);
    else yield part;
  }
}

/** Every text of the scene, back to front. */
export const sceneTexts = (scene: MapScene): SceneText[] =>
  [...sceneMarks(scene)].filter((m): m is SceneText => m.kind === 'text');
