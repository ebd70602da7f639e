import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GEOMETRY,
  boxesOverlap,
  joinLabel,
  layoutMap,
  slotBox,
  textWidth,
  wrapLabel,
  type LaidOutPerson,
  type MapLayout,
  type MapPerson,
  MAP_DISPLAY_WIDTH,
} from '../../src/core/map-layout.ts';
import type { Closeness } from '../../src/core/person.ts';
import { MAP_NAMES as NAMES, MAP_ROLES as ROLES, mapNetwork as network } from './map-fixtures.ts';

const angleOf = (p: { x: number; y: number }) => (Math.atan2(p.x, -p.y) + 2 * Math.PI) % (2 * Math.PI);

/** Every geometric promise of the layout, checked on one result. */
function expectSoundGeometry(layout: MapLayout, people: MapPerson[], roles: string[]) {
  expect(layout.people).toHaveLength(people.length);
  const ringOf = new Map(layout.rings.map((r) => [r.ring, r]));
  const all: LaidOutPerson[] = [...layout.people, ...layout.ghosts];
  for (const p of all) {
    const person = [...people].find((q) => q.id === p.id);
    if (person) {
      expect(p.ring).toBe(person.closeness ?? 'distant');
      expect(layout.sectors[p.sector]!.roleId).toBe(person.roles[0]);
    }
    // The symbol inside its ring…
    const r = Math.hypot(p.x, p.y);
    const ring = ringOf.get(p.ring)!;
    expect(r - GEOMETRY.nodeRadius).toBeGreaterThanOrEqual(ring.inner);
    expect(r + GEOMETRY.nodeRadius).toBeLessThanOrEqual(ring.outer);
    // …and its sector, clear of the sector's lines (angles clockwise from the top).
    const sector = layout.sectors[p.sector]!;
    if (layout.sectors.length > 1) {
      const clear = Math.asin(GEOMETRY.nodeRadius / r);
      expect(angleOf(p)).toBeGreaterThanOrEqual(sector.start + clear - 1e-9);
      expect(angleOf(p)).toBeLessThanOrEqual(sector.end - clear + 1e-9);
    }
    // Labels inside the drawing's circle.
    const box = slotBox(p);
    for (const [x, y] of [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
      [box.x, box.y + box.height],
      [box.x + box.width, box.y],
    ])
      expect(Math.hypot(x!, y!)).toBeLessThanOrEqual(layout.radius);
  }
  // No two people (symbol plus label) overlap, nor with you in the middle.
  const boxes = all.map(slotBox);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    const nearest = Math.hypot(
      Math.max(b.x, Math.min(0, b.x + b.width)),
      Math.max(b.y, Math.min(0, b.y + b.height)),
    );
    expect(nearest).toBeGreaterThan(GEOMETRY.egoRadius);
    for (let j = i + 1; j < boxes.length; j++)
      expect(boxesOverlap(b, boxes[j]!), `${all[i]!.id} and ${all[j]!.id}`).toBe(false);
  }
  expect(layout.sectors.map((s) => s.roleId)).toEqual(roles);
}

/** Every label whole: its lines joined back give the name (white space collapsed), or its number. */
function expectWholeLabels(layout: MapLayout, people: MapPerson[]) {
  for (const p of layout.people) {
    const name = people
      .find((q) => q.id === p.id)!
      .name.replace(/\s+/g, ' ')
      .trim();
    if (layout.labels === 'numbers') expect(p.lines).toEqual([String(p.number)]);
    else expect(joinLabel(p)).toBe(name);
    for (const line of p.lines) expect(line).not.toContain('…');
  }
}

describe('map layout', () => {
  it.each([1, 5, 20, 30, 60])(
    '%i people: each in its ring and sector, whole names, nothing overlapping',
    (n) => {
      const people = network(n);
      const layout = layoutMap(people, ROLES);
      expectSoundGeometry(layout, people, ROLES);
      expectWholeLabels(layout, people);
    },
  );

  it.each([5, 20, 60])('%i people all in one sector', (n) => {
    const people = network(n, ROLES, true);
    const layout = layoutMap(people, ROLES);
    expectSoundGeometry(layout, people, ROLES);
    expect(new Set(layout.people.map((p) => p.sector))).toEqual(new Set([0]));
  });

  it.each([3, 4, 5, 6, 7, 8, 9])('works with %i roles, at 30 and 60 people', (count) => {
    const roles = Array.from({ length: count }, (_, i) => `role-${i}`);
    for (const n of [30, 60]) {
      const people = network(n, roles);
      expectSoundGeometry(layoutMap(people, roles), people, roles);
    }
  });

  it('works with a single role (no sector lines)', () => {
    const people = network(12, ['only']);
    expectSoundGeometry(layoutMap(people, ['only']), people, ['only']);
  });

  it('handles 200 people', () => {
    const people = network(200);
    expectSoundGeometry(layoutMap(people, ROLES), people, ROLES);
  });

  it('numbers people in order when asked, and shows initials when asked', () => {
    const people = network(20);
    const numbered = layoutMap(people, ROLES, { numbers: true });
    expect(numbered.labels).toBe('numbers');
    expect(numbered.people.map((p) => p.number)).toEqual(people.map((_, i) => i + 1));
    expectWholeLabels(numbered, people);
    expectSoundGeometry(numbered, people, ROLES);
  });

  it('places ghosts after everyone else in their ring, without moving anyone in the inner rings', () => {
    const people = network(30);
    const ghosts: MapPerson[] = [
      { id: 'g1', name: 'Gone Away', roles: ['skills'], closeness: 'close' },
      { id: 'g2', name: 'Also Gone', roles: ['mentee'], closeness: 'distant' },
      { id: 'g3', name: 'Role gone', roles: ['no-such-role'], closeness: 'close' },
    ];
    const plain = layoutMap(people, ROLES);
    const layout = layoutMap(people, ROLES, { ghosts });
    expect(layout.ghosts.map((g) => [g.id, g.ring])).toEqual([
      ['g1', 'close'],
      ['g2', 'distant'],
    ]);
    expect(layout.unplaced).toEqual([]);
    expectSoundGeometry(layout, people, ROLES);
    const inClose = (l: MapLayout) => l.people.filter((p) => p.ring === 'close');
    expect(inClose(layout)).toEqual(inClose(plain));
  });

  it('draws an empty network as rings and sectors only', () => {
    const layout = layoutMap([], ROLES);
    expect(layout.people).toEqual([]);
    expect(layout.rings.map((r) => r.ring)).toEqual(['close', 'moderate', 'distant']);
    expect(layout.rings[0]!.inner).toBeGreaterThan(GEOMETRY.egoRadius);
    for (let i = 1; i < 3; i++) expect(layout.rings[i]!.inner).toBe(layout.rings[i - 1]!.outer);
    for (const r of layout.rings) expect(r.outer - r.inner).toBe(GEOMETRY.minRing);
  });

  it('is deterministic, and depends on the order the participant chose', () => {
    const people = network(40);
    expect(layoutMap(people, ROLES)).toEqual(layoutMap(structuredClone(people), ROLES));
    const reordered = [people[1]!, people[0]!, ...people.slice(2)];
    const a = layoutMap(people, ROLES).people.find((p) => p.id === 'p0')!;
    const b = layoutMap(reordered, ROLES).people.find((p) => p.id === 'p0')!;
    expect(a.sector).toBe(b.sector);
    expect(layoutMap(reordered, ROLES).people.map((p) => p.id)).toEqual(reordered.map((p) => p.id));
  });

  it('moves a person when their closeness or role changes', () => {
    const people = network(12);
    const before = layoutMap(people, ROLES).people.find((p) => p.id === 'p3')!;
    const moved = people.map((p) =>
      p.id === 'p3' ? { ...p, closeness: 'close' as const, roles: ['mentee'] } : p,
    );
    const after = layoutMap(moved, ROLES).people.find((p) => p.id === 'p3')!;
    expect([after.ring, after.sector]).toEqual(['close', 4]);
    expect([before.x, before.y]).not.toEqual([after.x, after.y]);
  });

  it('treats a person without closeness as distant, and lists a person with an unknown role apart', () => {
    const layout = layoutMap(
      [
        { id: 'a', name: 'A', roles: ['peer'] },
        { id: 'b', name: 'B', roles: ['gone'] },
      ],
      ROLES,
    );
    expect(layout.people.map((p) => [p.id, p.ring])).toEqual([['a', 'distant']]);
    expect(layout.unplaced).toEqual(['b']);
  });

  it('refuses a map without roles', () => {
    expect(() => layoutMap([], [])).toThrow(/at least one role/);
  });

  it('keeps its promises for any network (property)', () => {
    const person = fc.record({
      name: fc.oneof(
        fc.constantFrom(...NAMES),
        fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }).filter((s) => s.trim() !== ''),
      ),
      role: fc.nat(8),
      closeness: fc.constantFrom<Closeness | undefined>('close', 'moderate', 'distant', undefined),
    });
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.array(person, { maxLength: 40 }), (count, drawn) => {
        const roles = Array.from({ length: count }, (_, i) => `r${i}`);
        const people = drawn.map((p, i) => ({
          id: `p${i}`,
          name: p.name,
          roles: [roles[p.role % count]!],
          ...(p.closeness ? { closeness: p.closeness } : {}),
        }));
        const layout = layoutMap(people, roles);
        expectSoundGeometry(layout, people, roles);
        expectWholeLabels(layout, people);
      }),
      { numRuns: 60, seed: 12 },
    );
  });
});

describe('labels', () => {
  it('wraps long names onto lines at word boundaries, never with an ellipsis', () => {
    expect(wrapLabel('Ana Ruiz')).toEqual({ lines: ['Ana Ruiz'], joins: [] });
    expect(wrapLabel('Chidi Okafor')).toEqual({ lines: ['Chidi', 'Okafor'], joins: [' '] });
    const long = wrapLabel('Dr. Jean-Baptiste Featherstonehaugh-Montgomery');
    expect(long.lines[0]).toBe('Dr. Jean-');
    expect(long.lines).toContain('Montgomery');
    expect(joinLabel(long)).toBe('Dr. Jean-Baptiste Featherstonehaugh-Montgomery');
    for (const l of long.lines) expect(textWidth(l)).toBeLessThanOrEqual(GEOMETRY.labelMaxWidth * 1.3 + 8);
  });

  it('balances the lines, and collapses white space', () => {
    // Greedy filling would give "Bo Lee Ann" and "Kim"; balanced lines are as even as they can be.
    expect(wrapLabel('Bo   Lee Ann Kim').lines).toEqual(['Bo Lee', 'Ann Kim']);
    expect(joinLabel(wrapLabel('  Ana \n Ruiz '))).toBe('Ana Ruiz');
  });

  it('breaks CJK between characters, and keeps a grapheme whole', () => {
    const cjk = wrapLabel('李小龍李小龍李小龍李小龍');
    expect(cjk.lines.length).toBeGreaterThan(1);
    expect(joinLabel(cjk)).toBe('李小龍李小龍李小龍李小龍');
    const devanagari = wrapLabel('अनीताअनीताअनीताअनीताअनीता', 40);
    // No line starts with a vowel sign or virama: each cut falls between whole graphemes.
    for (const l of devanagari.lines.slice(1)) expect(l).not.toMatch(/^[\u093E-\u094D]/u);
    expect(joinLabel(devanagari)).toBe('अनीताअनीताअनीताअनीताअनीता');
  });

  it('counts wide characters as wider', () => {
    expect(textWidth('李小龍')).toBeGreaterThan(textWidth('abc'));
  });
});

describe('names that cannot be legible', () => {
  it('go straight to numbers at hundreds of people, without laying the names out', () => {
    const laid = layoutMap(network(500), ROLES);
    expect(laid.labels).toBe('numbers');
    expect(laid.people.map((p) => p.number)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });

  it('only when even the tightest map would draw them too small (the shortcut never takes names away)', async () => {
    const { mapScene } = await import('../../src/core/map-scene.ts');
    const { MAP_WORDS } = await import('./map-fixtures.ts');
    for (const n of [1, 10, 20, 30, 40, 50, 60, 80, 120]) {
      const people = network(n);
      const quick = layoutMap(people, ROLES);
      if (quick.labels !== 'numbers') continue;
      // Laid out with names regardless (a display too wide for the shortcut), they are too small at 720 px.
      const forced = layoutMap(people, ROLES, { displayWidth: Number.POSITIVE_INFINITY });
      expect(forced.labels, `${n} people`).toBe('names');
      const names = mapScene(forced, people, MAP_WORDS, { displayWidth: Number.POSITIVE_INFINITY });
      expect(names.labels, `${n} people`).toBe('names');
      expect(names.legibleWidth, `${n} people`).toBeGreaterThan(MAP_DISPLAY_WIDTH);
    }
  });
});
