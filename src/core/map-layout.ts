// The network map's geometry: you in the middle, one sector per role, one ring per closeness.
// A pure, deterministic function of the people and the roles: the same workbook always gives the
// same picture. Nothing is stored but ring and sector; positions are recomputed every time.
//
// Every name is shown whole: wrapped onto lines at word boundaries (a word too long for a line is
// cut between letters), never shortened. Each person's symbol and label form one box; the boxes
// are placed one by one, rings inside out, each on the first free spot of its cell (ring and
// sector) nearest the ring's inner edge and the sector's middle. A spot is free only when the box
// clears every box already placed and your circle: no overlap, by check rather than by hope. The
// symbol always lies inside its ring and sector; a label may reach over a ring's edge (the scene
// backs it with the ring's colour), except in the outer ring, which holds its labels whole. A ring
// is as thick as its fullest cell needs, so the map grows with the people and stays small when few.

import { CLOSENESS, closenessOf, type Closeness } from './person.ts';

/** The rings from the inside out: one per closeness. */
export const RINGS = CLOSENESS;

/**
 * The width, in CSS px, the live map is drawn at on a 1280×800 laptop (the map's box beside the
 * people panel). The map chooses names or numbers so that every word is legible at this width.
 */
export const MAP_DISPLAY_WIDTH = 720;
/** The smallest text, in CSS px, that counts as legible on the map. */
export const MIN_TEXT_PX = 12;

/** What the layout needs to know of a person. */
export interface MapPerson {
  id: string;
  name: string;
  /** Role ids; the first is primary and decides the sector. */
  roles: readonly string[];
  closeness?: Closeness | undefined;
}

export interface LayoutOptions {
  /** Show numbers instead of names (the map scene's fallback when names cannot be legible). */
  numbers?: boolean;
  /**
   * People drawn as ghosts (gone since a snapshot) in their old ring and sector. Each ring places
   * them after everyone else, so they never move a current person within the ring.
   */
  ghosts?: readonly MapPerson[];
  /**
   * The width in CSS px the map will be shown at (MAP_DISPLAY_WIDTH by default). When whole names
   * could not be legible at it whatever the placement, the layout goes straight to numbers.
   */
  displayWidth?: number;
}

/** Sizes in map units (the SVG's user units). */
export const GEOMETRY = {
  /** Radius of "you" in the middle. */
  egoRadius: 34,
  /** Radius of a person's symbol. */
  nodeRadius: 11,
  /** Label font size. */
  fontSize: 13,
  /** Distance between the baselines of a label's lines. */
  lineHeight: 15,
  /** Widest line of a label; longer names wrap onto more lines. */
  labelMaxWidth: 84,
  /** Space between a symbol and its label. */
  labelGap: 2,
  /** Least space between two boxes. */
  boxGap: 4,
  /** Least space between a box and its ring's edges. */
  ringPad: 5,
  /** Least thickness of a ring, so an empty one still shows (and the blank map has room to write). */
  minRing: 56,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutPerson {
  id: string;
  /** The full name, as given. */
  name: string;
  /** Index of the sector (the role's position in the role list). */
  sector: number;
  ring: Closeness;
  x: number;
  y: number;
  /** The label as drawn, one string per line: the name, its initials or its number. */
  lines: readonly string[];
  /**
   * What the wrap took out between line i and line i + 1: a space, or nothing (after a hyphen,
   * inside a word, or between CJK characters). Lines interleaved with joins give the label whole.
   */
  joins: readonly string[];
  /** The person's number when the map shows numbers (1 for the first placed person, and so on). */
  number?: number | undefined;
  /** The label's box: x, y of its top-left corner, width and height. */
  labelBox: Box;
}

export interface MapLayout {
  /** Radius of the outer ring's edge; the centre is at (0, 0). */
  radius: number;
  /** Ring boundaries: inner and outer radius of each closeness ring. */
  rings: { ring: Closeness; inner: number; outer: number }[];
  /** Sector boundaries in radians, clockwise from the top. */
  sectors: { roleId: string; start: number; end: number }[];
  /** What the labels show. */
  labels: 'names' | 'numbers';
  people: LaidOutPerson[];
  /** The ghosts asked for whose role is still on the map, placed like people. */
  ghosts: LaidOutPerson[];
  /** People whose primary role is not among the roles: never silently dropped, listed apart. */
  unplaced: string[];
}

/** Angle of a sector boundary: 0 at the top, clockwise. */
export const toXY = (radius: number, angle: number) => ({
  x: radius * Math.sin(angle),
  y: -radius * Math.cos(angle),
});

/** A person waiting for a spot, with the size of their box. */
interface Pending {
  person: MapPerson;
  sector: number;
  ring: Closeness;
  lines: readonly string[];
  joins: readonly string[];
  number?: number | undefined;
  ghost: boolean;
  /** Box width, and the height of the label with its gap to the symbol. */
  width: number;
  label: number;
}

export function layoutMap(
  people: readonly MapPerson[],
  roleIds: readonly string[],
  options: LayoutOptions = {},
): MapLayout {
  if (roleIds.length === 0) throw new RangeError('the map needs at least one role');
  const sectorAngle = (2 * Math.PI) / roleIds.length;
  const sectors = roleIds.map((roleId, i) => ({
    roleId,
    start: i * sectorAngle,
    end: (i + 1) * sectorAngle,
  }));
  const sectorOf = new Map(roleIds.map((id, i) => [id, i]));
  // Private names are replaced before the layout (islands/network/privacy.ts): it draws what it is given.
  const labels =
    options.numbers || namesCannotFit(people, options.displayWidth ?? MAP_DISPLAY_WIDTH)
      ? 'numbers'
      : 'names';

  const unplaced: string[] = [];
  const pending: Pending[] = [];
  let number = 0;
  const add = (person: MapPerson, ghost: boolean) => {
    const sector = sectorOf.get(person.roles[0] ?? '');
    if (sector === undefined) {
      if (!ghost) unplaced.push(person.id);
      return;
    }
    number++;
    const label = labels === 'names' ? wrapLabel(person.name) : { lines: [String(number)], joins: [] };
    const { nodeRadius, lineHeight, labelGap } = GEOMETRY;

    pending.push({
      person,
      sector,
      ring: closenessOf(person),
      ...label,
      ...(labels === 'numbers' ? { number } : {}),
      ghost,
      // Room beside the symbol for the change marker at its upper right.
      width: Math.max(nodeRadius * 2 + 10, ...label.lines.map((l) => textWidth(l))),
      label: labelGap + label.lines.length * lineHeight + 2,
    });
  };
  for (const person of people) add(person, false);
  for (const person of options.ghosts ?? []) add(person, true);

  const rings: MapLayout['rings'] = [];
  const placed = new Map<Pending, { x: number; y: number }>();
  // Every box placed so far, whatever its ring: a label may reach over a ring's edge, never over another box.
  const boxes = new BoxIndex();
  // The first ring starts just outside you; no box may come nearer than `ringPad` to your circle.
  let inner = GEOMETRY.egoRadius + GEOMETRY.ringPad;
  RINGS.forEach((ring, k) => {
    const last = k === RINGS.length - 1;
    // Current people first, sector by sector in the participant's order; then the ghosts.
    const inRing = pending
      .filter((p) => p.ring === ring)
      .sort((a, b) => Number(a.ghost) - Number(b.ghost) || a.sector - b.sector);
    // Where each cell's last person went: the next one starts looking there (the lanes before it are full).
    const lastLane = new Map<number, number>();
    const tried = new Tried();
    let outer = inner + GEOMETRY.minRing;
    for (const p of inRing) {
      const found = findSpot(p, inner, sectors[p.sector]!, boxes, lastLane.get(p.sector) ?? 0, tried);
      lastLane.set(p.sector, found.lane);
      placed.set(p, found);
      const box = boxOf(p, found);
      boxes.add(box);
      // The symbol stays inside its ring; in the outer ring, the label too (the role names lie beyond).
      const reach = last ? farthest(box) : Math.hypot(found.x, found.y) + GEOMETRY.nodeRadius;
      outer = Math.max(outer, reach + GEOMETRY.ringPad);
    }
    rings.push({ ring, inner, outer });
    inner = outer;
  });

  const laidOut = (p: Pending): LaidOutPerson => {
    const { x, y } = placed.get(p)!;
    const width = Math.max(...p.lines.map((l) => textWidth(l)));
    const height = p.lines.length * GEOMETRY.lineHeight;
    const gap = GEOMETRY.nodeRadius + GEOMETRY.labelGap;
    const top = labelAbove(y) ? y - gap - height - 2 : y + gap;
    return {
      id: p.person.id,
      name: p.person.name,
      sector: p.sector,
      ring: p.ring,
      x,
      y,
      lines: p.lines,
      joins: p.joins,
      ...(p.number === undefined ? {} : { number: p.number }),
      labelBox: { x: x - width / 2, y: top, width, height },
    };
  };
  return {
    radius: inner,
    rings,
    sectors,
    labels,
    people: pending.filter((p) => !p.ghost).map(laidOut),
    ghosts: pending.filter((p) => p.ghost).map(laidOut),
    unplaced,
  };
}

/**
 * Whether whole names are sure to be too small at the display width: the boxes of symbol and label
 * never overlap and all lie inside the outer ring, so their areas add up to less than the disc's.
 * That gives the smallest radius any placement could have; if even that map would draw labels
 * under MIN_TEXT_PX, laying the names out (the costly part at hundreds of people) is pointless.
 */
function namesCannotFit(people: readonly MapPerson[], displayWidth: number): boolean {
  const { nodeRadius, lineHeight, labelGap, egoRadius, fontSize } = GEOMETRY;
  let area = 0;
  for (const person of people) {
    const { lines } = wrapLabel(person.name);
    const width = Math.max(nodeRadius * 2 + 10, ...lines.map((l) => textWidth(l)));
    area += width * (2 * (nodeRadius + 3) + labelGap + lines.length * lineHeight + 2);
  }
  const radius = Math.sqrt(area / Math.PI + egoRadius ** 2);
  return (2 * radius * MIN_TEXT_PX) / fontSize > displayWidth;
}

/** Radial step between the lanes a box may sit on, and the arc between neighbouring spots on a lane. */
const LANE_STEP = 5;
const ARC_STEP = 6;

/**
 * The first free spot for a person's box in their cell: lane by lane from the ring's inner edge (or
 * from `fromLane`), and on each lane from the sector's middle outwards, alternately clockwise and
 * back. The symbol keeps clear of the sector's lines. A spot always exists on some lane.
 */
function findSpot(
  p: Pending,
  inner: number,
  sector: { start: number; end: number },
  boxes: BoxIndex,
  fromLane: number,
  tried: Tried,
): { x: number; y: number; lane: number } {
  const middle = (sector.start + sector.end) / 2;
  const half = (sector.end - sector.start) / 2;
  for (let lane = fromLane; ; lane++) {
    const r = inner + GEOMETRY.ringPad + GEOMETRY.nodeRadius + lane * LANE_STEP;
    // The angle that keeps the symbol (and a little air) off the sector lines.
    const clear = Math.asin(Math.min(1, (GEOMETRY.nodeRadius + 3) / r));
    const room = half - clear;
    if (room < 0 && half < Math.PI) continue;
    const steps = half >= Math.PI ? Math.floor((Math.PI * r) / ARC_STEP) : Math.floor((room * r) / ARC_STEP);
    for (let k = tried.from(p, lane); k <= 2 * steps; k++) {
      const offset = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * (ARC_STEP / r);
      const { x, y } = toXY(r, middle + offset);
      const box = boxOf(p, { x, y });
      if (nearest(box) < GEOMETRY.egoRadius + GEOMETRY.ringPad) continue;
      if (!boxes.collides(box, GEOMETRY.boxGap)) {
        tried.placed(p, lane, k);
        return { x, y, lane };
      }
    }
  }
}

/**
 * The spots of a ring's lanes already known to be taken, so the search need not try them again (at
 * hundreds of people it tried each lane's spots over and over). Boxes are only ever added, and a box
 * at least as wide and as tall as one that did not fit a spot does not fit it either; the spot a box
 * took fits no other. So after a box took spot k, a box that size or larger may start at k + 1. The
 * layout is the same as with every spot tried, only found sooner.
 */
class Tried {
  private readonly lanes = new Map<string, { next: number; width: number; label: number }>();

  from(p: Pending, lane: number): number {
    const known = this.lanes.get(`${p.sector} ${lane}`);
    return known && p.width >= known.width && p.label >= known.label ? known.next : 0;
  }

  placed(p: Pending, lane: number, k: number): void {
    this.lanes.set(`${p.sector} ${lane}`, { next: k + 1, width: p.width, label: p.label });
  }
}

/**
 * A person's whole box (symbol and label) with the symbol's centre at x, y. The label hangs on the
 * side towards the centre: below the symbol in the upper half, above it in the lower half, so long
 * names reach into the map rather than out of it.
 */
const boxOf = (p: Pending, at: { x: number; y: number }): Box => {
  const r = GEOMETRY.nodeRadius + 3;
  return {
    x: at.x - p.width / 2,
    y: labelAbove(at.y) ? at.y - r - p.label : at.y - r,
    width: p.width,
    height: 2 * r + p.label,
  };
};

/** Whether a label goes above its symbol: in the lower half of the map. */
const labelAbove = (y: number) => y > 1e-6;

/** Distance from the centre to the nearest point of a box. */
function nearest(b: Box): number {
  const x = Math.max(b.x, Math.min(0, b.x + b.width));
  const y = Math.max(b.y, Math.min(0, b.y + b.height));
  return Math.hypot(x, y);
}

/** Distance from the centre to the farthest corner of a box. */
const farthest = (b: Box): number =>
  Math.hypot(
    Math.max(Math.abs(b.x), Math.abs(b.x + b.width)),
    Math.max(Math.abs(b.y), Math.abs(b.y + b.height)),
  );

/** The boxes placed so far, bucketed on a grid so a test looks only at near ones. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  private static readonly CELL = 64;
  /** A grid cell's number (the grid never reaches 4096 cells from the centre in any direction). */
  private static key = (i: number, j: number) => (i + 4096) * 8192 + (j + 4096);

  add(b: Box) {
    const c = BoxIndex.CELL;
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.width) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.height) / c); j++) {
        const key = BoxIndex.key(i, j);
        const list = this.cells.get(key);
        if (list) list.push(b);
        else this.cells.set(key, [b]);
      }
  }

  collides(b: Box, gap: number): boolean {
    const c = BoxIndex.CELL;
    const [x0, y0, x1, y1] = [b.x - gap, b.y - gap, b.x + b.width + gap, b.y + b.height + gap];
    for (let i = Math.floor(x0 / c); i <= Math.floor(x1 / c); i++)
      for (let j = Math.floor(y0 / c); j <= Math.floor(y1 / c); j++) {
        const list = this.cells.get(BoxIndex.key(i, j));
        if (list)
          for (const o of list)
            if (x0 < o.x + o.width && o.x < x1 && y0 < o.y + o.height && o.y < y1) return true;
      }
    return false;
  }
}

const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/**
 * A pure function's results by argument: every redraw of the map measures and wraps the same names
 * again, so they are worked out once. Emptied when full, so a long session cannot grow it unbounded.
 */
function remembered<A extends unknown[], R>(work: (...args: A) => R, most = 4000): (...args: A) => R {
  const known = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('\u0000');
    let result = known.get(key);
    if (result === undefined) {
      if (known.size >= most) known.clear();
      known.set(key, (result = work(...args)));
    }
    return result;
  };
}

const emWidth = remembered((text: string) => {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.62;
  return em;
});

/** Estimated width of a text: wide (CJK, Hangul, kana) characters take a full em, others about 0.62. */
export function textWidth(text: string, size: number = GEOMETRY.fontSize): number {
  return Math.ceil(emWidth(text) * size);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text wrapped onto the fewest lines no wider than `maxWidth`, then balanced (the widest line
 * as narrow as that many lines allow). Lines break after a space (which is dropped), after a
 * hyphen or dash (kept at the line's end), and between wide (CJK) characters. A word wider than
 * `maxWord` is cut into equal parts between its letters (whole graphemes, so an accent or a vowel
 * sign stays with its letter). Runs of white space count as one space.
 */
export function wrapLabel(
  text: string,
  maxWidth: number = GEOMETRY.labelMaxWidth,
  size: number = GEOMETRY.fontSize,
  maxWord: number = maxWidth * 1.3,
): { readonly lines: readonly string[]; readonly joins: readonly string[] } {
  return wrapped(text, maxWidth, size, maxWord);
}

const wrapped = remembered(function wrap(
  text: string,
  maxWidth: number,
  size: number,
  maxWord: number,
): { lines: string[]; joins: string[] } {
  const clean = text.replace(/\s+/g, ' ').trim();
  // Pieces that may not be split, each with what follows it if a line ends there.
  const pieces: { text: string; join: string }[] = [];
  for (const match of clean.matchAll(/[^\s‐‑–—-]*[‐‑–—-]+|[^\s‐‑–—-]+/gu)) {
    const word = match[0];
    const spaced = clean[match.index + word.length] === ' ';
    // Wide characters each stand alone; a word too wide is cut into parts of about equal width.
    const parts: string[] = [];
    const wide = textWidth(word, size);
    const part = wide > maxWord ? wide / Math.ceil(wide / maxWord) : Infinity;
    let run = '';
    for (const { segment } of graphemes.segment(word)) {
      if (WIDE.test(segment) || (run && textWidth(run + segment, size) > part + size * 0.31)) {
        if (run) parts.push(run);
        run = '';
      }
      if (WIDE.test(segment)) parts.push(segment);
      else run += segment;
    }
    if (run) parts.push(run);
    parts.forEach((part, i) =>
      pieces.push({ text: part, join: i === parts.length - 1 && spaced ? ' ' : '' }),
    );
  }
  if (pieces.length === 0) return { lines: [clean], joins: [] };

  const fill = (width: number) => {
    const lines: string[] = [];
    const joins: string[] = [];
    let line = '';
    pieces.forEach((piece, i) => {
      const before = pieces[i - 1]?.join ?? '';
      if (line && textWidth(line + before + piece.text, size) > width) {
        lines.push(line);
        joins.push(before);
        line = piece.text;
      } else line = line ? line + before + piece.text : piece.text;
    });
    lines.push(line);
    return { lines, joins };
  };
  const fewest = fill(maxWidth).lines.length;
  // Balance: the narrowest width that still needs no more lines.
  let [low, high] = [Math.max(...pieces.map((p) => textWidth(p.text, size))), maxWidth];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (fill(mid).lines.length <= fewest) high = mid;
    else low = mid + 1;
  }
  return fill(high);
});

/** The label joined back from its lines: the name with its white space collapsed. */
export const joinLabel = (p: { lines: readonly string[]; joins: readonly string[] }): string =>
  p.lines.map((line, i) => line + (p.joins[i] ?? '')).join('');

/** True if two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box of a person's symbol and label together. */
export function slotBox(p: LaidOutPerson): Box {
  const r = GEOMETRY.nodeRadius;
  const width = Math.max(r * 2, p.labelBox.width);
  const top = Math.min(p.y - r, p.labelBox.y);
  return {
    x: p.x - width / 2,
    y: top,
    width,
    height: Math.max(p.y + r, p.labelBox.y + p.labelBox.height) - top,
  };
}
