// Where on the map a point falls, and how a person moves by hand: pure functions of the laid-out
// map (map-layout.ts), in map units (you at 0, 0; y down; angles clockwise from the top).
// The live map uses them to turn a drop or an arrow key into a closeness and a main role.
import { RINGS, toXY, type MapLayout, type MapPerson } from './map-layout.ts';
import { closenessOf, type Closeness } from './person.ts';

/** A place on the map: one ring (closeness) within one sector (the role at that index). */
export interface Cell {
  ring: Closeness;
  sector: number;
}

/**
 * The cell under a point, or null on "you" (a drop there changes nothing). Past the outer ring a
 * point still counts as the outer ring, so a drag that overshoots the circle lands on its edge.
 */
export function cellAt(layout: MapLayout, x: number, y: number): Cell | null {
  const r = Math.hypot(x, y);
  const first = layout.rings[0];
  if (!first || r < first.inner) return null;
  const ring = layout.rings.find((c) => r < c.outer) ?? layout.rings.at(-1)!;
  const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
  const sector = layout.sectors.findIndex((s) => angle >= s.start && angle < s.end);
  return { ring: ring.ring, sector: sector < 0 ? layout.sectors.length - 1 : sector };
}

/** The outline of a cell as SVG path data (an annular sector), to highlight a drop target. */
export function cellPath(layout: MapLayout, cell: Cell): string {
  const ring = layout.rings.find((r) => r.ring === cell.ring)!;
  const { start, end } = layout.sectors[cell.sector]!;
  const n = (v: number) => Math.round(v * 10) / 10;
  const p = (r: number, a: number) => {
    const { x, y } = toXY(r, a);
    return `${n(x)} ${n(y)}`;
  };
  if (layout.sectors.length === 1) {
    // A whole ring: two half circles outside, two inside, drawn the other way round (even-odd hole).
    const o = ring.outer;
    const i = ring.inner;
    return `M${p(o, 0)}A${o} ${o} 0 1 1 ${p(o, Math.PI)}A${o} ${o} 0 1 1 ${p(o, 0)}ZM${p(i, 0)}A${i} ${i} 0 1 0 ${p(i, Math.PI)}A${i} ${i} 0 1 0 ${p(i, 0)}Z`;
  }
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M${p(ring.inner, start)}`,
    `L${p(ring.outer, start)}`,
    `A${n(ring.outer)} ${n(ring.outer)} 0 ${large} 1 ${p(ring.outer, end)}`,
    `L${p(ring.inner, end)}`,
    `A${n(ring.inner)} ${n(ring.inner)} 0 ${large} 0 ${p(ring.inner, start)}Z`,
  ].join('');
}

/**
 * The people in reading order for the keyboard: sector by sector clockwise, inner ring first, and
 * within a cell in the participant's order (so the layout, which fills each cell in the order it is
 * given, places everyone exactly where it would). People whose role is not on the map come last.
 */
export function inMapOrder<P extends MapPerson>(people: readonly P[], roleIds: readonly string[]): P[] {
  const sector = new Map(roleIds.map((id, i) => [id, i]));
  const key = (p: P) =>
    (sector.get(p.roles[0] ?? '') ?? roleIds.length) * RINGS.length + RINGS.indexOf(closenessOf(p));
  return people
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ p }) => p);
}

/** One ring in (-1, closer) or out (+1, farther), stopping at the innermost and outermost. */
export function stepRing(ring: Closeness, by: -1 | 1): Closeness {
  const i = Math.min(RINGS.length - 1, Math.max(0, RINGS.indexOf(ring) + by));
  return RINGS[i]!;
}

/** The next (+1, clockwise) or previous (-1) sector, going round. */
export const stepSector = (sector: number, by: -1 | 1, sectors: number) => (sector + by + sectors) % sectors;
