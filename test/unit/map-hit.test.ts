import { describe, expect, it } from 'vitest';
import { cellAt, cellPath, inMapOrder, stepRing, stepSector } from '../../src/core/map-hit.ts';
import { layoutMap, toXY } from '../../src/core/map-layout.ts';

const roles = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];
const people = [
  { id: 'a', name: 'Ana', roles: ['peer'], closeness: 'distant' as const },
  { id: 'b', name: 'Bo', roles: ['developmental'], closeness: 'distant' as const },
  { id: 'c', name: 'Chidi', roles: ['developmental'], closeness: 'close' as const },
  { id: 'd', name: 'Dana', roles: ['skills'], closeness: 'moderate' as const },
];
const layout = layoutMap(people, roles);

describe('cellAt', () => {
  it('finds every laid-out person in their own ring and sector', () => {
    for (const p of layout.people)
      expect(cellAt(layout, p.x, p.y)).toEqual({ ring: p.ring, sector: p.sector });
  });

  it('gives null on you, and the outer ring past the circle', () => {
    expect(cellAt(layout, 0, 0)).toBeNull();
    const far = toXY(layout.rings.at(-1)!.outer + 50, 0.1);
    expect(cellAt(layout, far.x, far.y)).toEqual({ ring: 'distant', sector: 0 });
  });

  it('reads each ring in the middle of each sector', () => {
    const sector = (2 * Math.PI) / roles.length;
    for (const ring of layout.rings)
      for (let s = 0; s < roles.length; s++) {
        const { x, y } = toXY((ring.inner + ring.outer) / 2, (s + 0.5) * sector);
        expect(cellAt(layout, x, y)).toEqual({ ring: ring.ring, sector: s });
      }
  });
});

describe('cellPath', () => {
  it('outlines an annular sector, and a whole ring with one role', () => {
    expect(cellPath(layout, { ring: 'close', sector: 2 })).toMatch(/^M[-\d. ]+L[-\d. ]+A.+A.+Z$/);
    const one = layoutMap(people, ['peer']);
    expect(cellPath(one, { ring: 'moderate', sector: 0 }).match(/M/g)).toHaveLength(2);
  });
});

describe('inMapOrder', () => {
  it('goes sector by sector, inner ring first, then in the participant order', () => {
    expect(inMapOrder(people, roles).map((p) => p.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('puts people where the participant order puts them, and the unplaced last', () => {
    const ordered = layoutMap(inMapOrder(people, roles), roles);
    for (const p of layout.people) expect(ordered.people.find((q) => q.id === p.id)).toEqual(p);
    const lost = { id: 'x', name: 'X', roles: ['gone'] };
    expect(inMapOrder([lost, ...people], roles).at(-1)).toBe(lost);
  });
});

describe('steps', () => {
  it('moves a ring in and out, stopping at the edges', () => {
    expect(stepRing('moderate', -1)).toBe('close');
    expect(stepRing('close', -1)).toBe('close');
    expect(stepRing('moderate', 1)).toBe('distant');
    expect(stepRing('distant', 1)).toBe('distant');
  });

  it('goes round the sectors', () => {
    expect(stepSector(4, 1, 5)).toBe(0);
    expect(stepSector(0, -1, 5)).toBe(4);
    expect(stepSector(2, 1, 5)).toBe(3);
  });
});
