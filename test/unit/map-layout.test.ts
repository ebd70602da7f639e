import { describe, expect, it } from 'vitest';
import {
  GEOMETRY,
  boxesOverlap,
  initials,
  labelText,
  layoutMap,
  slotBox,
  textWidth,
  type MapLayout,
  type MapPerson,
} from '../../src/core/map-layout.ts';
import type { Closeness } from '../../src/core/person.ts';

const ROLES = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];
const RING_ORDER: Closeness[] = ['close', 'moderate', 'distant'];
const NAMES = [
  'Ana Ruiz',
  'Bo Lee',
  'Chidi Okafor',
  'Dana Cohen',
  'Élodie Faure',
  'Farid Haddad',
  'Γιώργος Παπαδόπουλος',
  'Иван Петров',
  '李小龍',
  'محمد علي',
  'דנה כהן',
  'अनीता शर्मा',
  'Maximiliana Wolfeschlegelsteinhausen-Bergdorff',
  'X',
];

/** A deterministic network of n people spread over roles and rings, with a simple generator. */
function network(n: number, roles = ROLES, oneSector = false): MapPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`,
    roles: [oneSector ? roles[0]! : roles[(i * 7) % roles.length]!],
    closeness: RING_ORDER[(i * 5) % 3],
  }));
}

/** Every geometric promise of the layout, checked on one result. */
function expectSoundGeometry(layout: MapLayout, people: MapPerson[], roles: string[]) {
  expect(layout.people).toHaveLength(people.length);
  const ringOf = new Map(layout.rings.map((r) => [r.ring, r]));
  for (const p of layout.people) {
    const person = people.find((q) => q.id === p.id)!;
    // Inside its ring…
    const r = Math.hypot(p.x, p.y);
    const ring = ringOf.get(person.closeness ?? 'distant')!;
    expect(p.ring).toBe(person.closeness ?? 'distant');
    expect(r).toBeGreaterThan(ring.inner);
    expect(r).toBeLessThan(ring.outer);
    // …and its sector (angles clockwise from the top).
    const sector = layout.sectors[p.sector]!;
    expect(sector.roleId).toBe(person.roles[0]);
    const angle = (Math.atan2(p.x, -p.y) + 2 * Math.PI) % (2 * Math.PI);
    expect(angle).toBeGreaterThanOrEqual(sector.start);
    expect(angle).toBeLessThanOrEqual(sector.end);
    // Labels fit their width and stay inside the drawing.
    expect(p.labelBox.width).toBeLessThanOrEqual(GEOMETRY.labelMaxWidth);
    const box = slotBox(p);
    expect(Math.abs(box.x)).toBeLessThan(layout.radius + GEOMETRY.labelMaxWidth);
    expect(box.y + box.height).toBeLessThan(layout.radius);
  }
  // No two people (symbol plus label) overlap, nor with you in the middle.
  const boxes = layout.people.map(slotBox);
  for (let i = 0; i < boxes.length; i++) {
    // The nearest point of the box to the centre stays outside the "you" circle.
    const b = boxes[i]!;
    const nearest = Math.hypot(
      Math.max(b.x, Math.min(0, b.x + b.width)),
      Math.max(b.y, Math.min(0, b.y + b.height)),
    );
    expect(nearest).toBeGreaterThan(GEOMETRY.egoRadius);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(boxesOverlap(boxes[i]!, boxes[j]!), `${layout.people[i]!.id} and ${layout.people[j]!.id}`).toBe(
        false,
      );
    }
  }
  expect(layout.sectors.map((s) => s.roleId)).toEqual(roles);
}

describe('map layout', () => {
  it.each([1, 5, 20, 60])('%i people: each in its ring and sector, nothing overlapping', (n) => {
    const people = network(n);
    expectSoundGeometry(layoutMap(people, ROLES), people, ROLES);
  });

  it.each([5, 20, 60])('%i people all in one sector', (n) => {
    const people = network(n, ROLES, true);
    const layout = layoutMap(people, ROLES);
    expectSoundGeometry(layout, people, ROLES);
    expect(new Set(layout.people.map((p) => p.sector))).toEqual(new Set([0]));
  });

  it.each([3, 4, 6, 7, 8, 9])('works with %i roles', (count) => {
    const roles = Array.from({ length: count }, (_, i) => `role-${i}`);
    const people = network(30, roles);
    expectSoundGeometry(layoutMap(people, roles), people, roles);
  });

  it('handles 200 people', () => {
    const people = network(200);
    expectSoundGeometry(layoutMap(people, ROLES), people, ROLES);
  });

  it('draws an empty network as rings and sectors only', () => {
    const layout = layoutMap([], ROLES);
    expect(layout.people).toEqual([]);
    expect(layout.rings.map((r) => r.ring)).toEqual(['close', 'moderate', 'distant']);
    expect(layout.rings[0]!.inner).toBeGreaterThan(GEOMETRY.egoRadius);
    for (let i = 1; i < 3; i++) expect(layout.rings[i]!.inner).toBe(layout.rings[i - 1]!.outer);
  });

  it('is deterministic, and depends on the order the participant chose', () => {
    const people = network(40);
    expect(layoutMap(people, ROLES)).toEqual(layoutMap(structuredClone(people), ROLES));
    const reordered = [people[1]!, people[0]!, ...people.slice(2)];
    const a = layoutMap(people, ROLES).people.find((p) => p.id === 'p0')!;
    const b = layoutMap(reordered, ROLES).people.find((p) => p.id === 'p0')!;
    expect(a.sector).toBe(b.sector);
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
});

describe('labels', () => {
  it('shortens long names with an ellipsis to the label width', () => {
    const { text, shortened } = labelText('Maximiliana Wolfeschlegelsteinhausen-Bergdorff', false);
    expect(shortened).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(textWidth(text)).toBeLessThanOrEqual(GEOMETRY.labelMaxWidth);
  });

  it('counts wide characters as wider', () => {
    expect(textWidth('李小龍')).toBeGreaterThan(textWidth('abc'));
    const { text } = labelText('李小龍李小龍李小龍李小龍', false);
    expect(textWidth(text)).toBeLessThanOrEqual(GEOMETRY.labelMaxWidth);
  });

  it('makes initials in any script', () => {
    expect(initials('Ana María Ruiz')).toBe('AMR');
    expect(initials('élodie faure')).toBe('ÉF');
    expect(initials('Иван Петров')).toBe('ИП');
    expect(initials('李小龍')).toBe('李');
    expect(initials('محمد علي')).toBe('مع');
    expect(initials('  ')).toBe('?');
    expect(initials('Dr. Jean-Paul Sartre')).toBe('DJP');
    expect(labelText('Ana Ruiz', true)).toEqual({ text: 'AR', shortened: false });
  });
});
