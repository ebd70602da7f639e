// The network map's geometry: you in the middle, one sector per role, one ring per closeness.
// A pure, deterministic function of the people and the roles: the same workbook always gives the
// same picture. Nothing is stored but ring and sector; positions are recomputed every time.
//
// No overlap, by construction: every person gets a slot on a lane (a circle inside their ring) and
// slots are spaced so that any two node-plus-label boxes are at least `slotDistance` apart, which
// is more than the diagonal of a box. When a cell is too full, the ring gets more lanes and the
// whole map grows; the drawing is scaled to fit, so it stays readable up to crowded networks.

import { CLOSENESS, closenessOf, type Closeness } from './person.ts';

/** The rings from the inside out: one per closeness. */
export const RINGS = CLOSENESS;

/** What the layout needs to know of a person. */
export interface MapPerson {
  id: string;
  name: string;
  /** Role ids; the first is primary and decides the sector. */
  roles: readonly string[];
  closeness?: Closeness | undefined;
}

export interface LayoutOptions {
  /** Show initials instead of names (for projecting or sharing). */
  initialsOnly?: boolean;
}

/** Sizes in map units (the SVG's user units). */
export const GEOMETRY = {
  /** Radius of "you" in the middle. */
  egoRadius: 46,
  /** Radius of a person's symbol. */
  nodeRadius: 14,
  /** Label font size. */
  fontSize: 13,
  /** Widest label; longer names are shortened with an ellipsis (the full name is in the table). */
  labelMaxWidth: 104,
  /** Height of the label line. */
  labelHeight: 16,
} as const;

/** The box a node and its label occupy, centred on the node horizontally. */
export const SLOT = {
  width: GEOMETRY.labelMaxWidth,
  height: GEOMETRY.nodeRadius * 2 + 4 + GEOMETRY.labelHeight,
} as const;

/** Centre-to-centre spacing that keeps any two slot boxes apart: the box diagonal plus a margin. */
export const slotDistance = Math.ceil(Math.hypot(SLOT.width, SLOT.height)) + 6;

export interface LaidOutPerson {
  id: string;
  /** Index of the sector (the role's position in the role list). */
  sector: number;
  ring: Closeness;
  x: number;
  y: number;
  /** The label as drawn (maybe shortened, or initials). */
  label: string;
  /** Whether the label was shortened. */
  shortened: boolean;
  /** The label's box: x, y of its top-left corner, width and height. */
  labelBox: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  /** Half the side of the square drawing; the centre is at (0, 0). */
  radius: number;
  /** Ring boundaries: inner and outer radius of each closeness ring. */
  rings: { ring: Closeness; inner: number; outer: number }[];
  /** Sector boundaries in radians, clockwise from the top. */
  sectors: { roleId: string; start: number; end: number }[];
  people: LaidOutPerson[];
  /** People whose primary role is not among the roles: never silently dropped, listed apart. */
  unplaced: string[];
}

/** Angle of a sector boundary: 0 at the top, clockwise. */
export const toXY = (radius: number, angle: number) => ({
  x: radius * Math.sin(angle),
  y: -radius * Math.cos(angle),
});

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

  // People by cell (ring, sector), in the participant's order.
  const cells = new Map<string, MapPerson[]>();
  const unplaced: string[] = [];
  for (const person of people) {
    const sector = sectorOf.get(person.roles[0] ?? '');
    if (sector === undefined) {
      unplaced.push(person.id);
      continue;
    }
    const key = `${closenessOf(person)}:${sector}`;
    cells.set(key, [...(cells.get(key) ?? []), person]);
  }

  const rings: MapLayout['rings'] = [];
  const laidOut: LaidOutPerson[] = [];
  // The first lane sits far enough from you that no label box can touch the centre circle.
  let inner = GEOMETRY.egoRadius + 12;
  for (const ring of RINGS) {
    // The fewest lanes that give every sector of this ring a slot for each of its people.
    const counts = roleIds.map((_, s) => cells.get(`${ring}:${s}`)?.length ?? 0);
    let lanes = 1;
    while (counts.some((n) => capacity(inner, lanes, sectorAngle) < n)) lanes++;
    const outer = inner + lanes * slotDistance;
    rings.push({ ring, inner, outer });
    counts.forEach((count, s) => {
      const slots = slotPositions(inner, lanes, sectors[s]!.start, sectorAngle).slice(0, count);
      // Spread a cell's people over its slots: fill inner lanes first, evenly across the sector.
      cells.get(`${ring}:${s}`)?.forEach((person, k) => {
        const { x, y } = slots[k]!;
        const { text, shortened } = labelText(person.name, options.initialsOnly ?? false);
        const width = Math.min(GEOMETRY.labelMaxWidth, textWidth(text));
        laidOut.push({
          id: person.id,
          sector: s,
          ring,
          x,
          y,
          label: text,
          shortened,
          labelBox: { x: x - width / 2, y: y + GEOMETRY.nodeRadius + 4, width, height: GEOMETRY.labelHeight },
        });
      });
    });
    inner = outer;
  }
  const order = new Map(people.map((p, i) => [p.id, i]));
  laidOut.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { radius: inner + slotDistance / 2, rings, sectors, people: laidOut, unplaced };
}

/** Slots on one lane of radius r inside a sector: as many as fit at `slotDistance` apart (chord), edges included. */
function slotsOnLane(r: number, sectorAngle: number): number {
  const step = 2 * Math.asin(Math.min(1, slotDistance / (2 * r)));
  return Math.max(0, Math.floor(sectorAngle / step));
}

function capacity(inner: number, lanes: number, sectorAngle: number): number {
  let n = 0;
  for (let l = 0; l < lanes; l++) n += slotsOnLane(inner + (l + 0.5) * slotDistance, sectorAngle);
  return n;
}

/** All slots of a cell, inner lanes first; on each lane evenly spaced, half a step from the sector edges. */
function slotPositions(inner: number, lanes: number, start: number, sectorAngle: number) {
  const positions: { x: number; y: number }[] = [];
  for (let l = 0; l < lanes; l++) {
    const r = inner + (l + 0.5) * slotDistance;
    const n = slotsOnLane(r, sectorAngle);
    for (let k = 0; k < n; k++) positions.push(toXY(r, start + ((k + 0.5) * sectorAngle) / n));
  }
  return positions;
}

/** Estimated width of a label: wide (CJK, Hangul, kana) characters take a full em, others about 0.6. */
export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text)
    em +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        ch,
      )
        ? 1
        : 0.62;
  return Math.ceil(em * GEOMETRY.fontSize);
}

/** The label to draw: initials, or the name shortened with an ellipsis to fit the label width. */
export function labelText(name: string, initialsOnly: boolean): { text: string; shortened: boolean } {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (initialsOnly) return { text: initials(clean), shortened: false };
  if (textWidth(clean) <= GEOMETRY.labelMaxWidth) return { text: clean, shortened: false };
  const chars = [...clean];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`) > GEOMETRY.labelMaxWidth) chars.pop();
  return { text: `${chars.join('').trimEnd()}…`, shortened: true };
}

/** Initials of a name, in any script: the first letter of up to three words ("Ana María Ruiz" → "AMR"). */
export function initials(name: string): string {
  const words = name.split(/[\s\-‐.]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  // A single word in a script without spaces (e.g. Chinese) keeps its first character only.
  return words
    .slice(0, 3)
    .map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0]!.toLocaleUpperCase())
    .join('');
}

/** True if two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box of a person's symbol and label together. */
export function slotBox(p: LaidOutPerson): Box {
  const width = Math.max(GEOMETRY.nodeRadius * 2, p.labelBox.width);
  return {
    x: p.x - width / 2,
    y: p.y - GEOMETRY.nodeRadius,
    width,
    height: p.labelBox.y + p.labelBox.height - (p.y - GEOMETRY.nodeRadius),
  };
}
