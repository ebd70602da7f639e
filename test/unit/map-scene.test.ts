import { describe, expect, it } from 'vitest';
import { initials } from '../../src/core/person.ts';
import { shownPeople } from '../../src/islands/network/privacy.ts';
import {
  GEOMETRY,
  boxesOverlap,
  joinLabel,
  layoutMap,
  MAP_DISPLAY_WIDTH,
  MIN_TEXT_PX,
  textWidth,
  type Box,
} from '../../src/core/map-layout.ts';
import { legendMarks } from '../../src/core/map-legend.ts';
import { SOURCE_STYLE, shapePath, type SceneText } from '../../src/core/map-marks.ts';
import {
  TIE_MARGIN,
  curveDistance,
  mapScene,
  sceneMarks,
  sceneTexts,
  type DrawnPerson,
} from '../../src/core/map-scene.ts';
import { CLOSENESS, SOURCES, STAGES, closenessOf, isPlanned, type Closeness } from '../../src/core/person.ts';
import { renderMapSvg } from '../../src/render/map-svg.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words, mapNetwork as network } from './map-fixtures.ts';

const MARKUP = `<b>&"'`;

type Person = DrawnPerson & { roles: string[]; closeness?: Closeness };

/** Every source (and none) crossed with every stage (and none), some planned, one name of markup. */
const people: Person[] = Array.from({ length: 20 }, (_, i) => ({
  id: `p${i}`,
  name: i === 3 ? MARKUP : `Person number ${i}`,
  roles: [ROLES[i % ROLES.length]!],
  ...(i % 4 === 3 ? {} : { closeness: CLOSENESS[i % 3] }),
  source: [...SOURCES, undefined][i % 5],
  stage: [...STAGES, undefined][i % 4],
  status: i % 3 === 0 ? 'potential' : 'current',
}));
// Someone whose role is not on the map: laid out nowhere, so drawn nowhere and tied to no one.
const unplaced: Person = { id: 'away', name: 'Away', roles: ['gone'], source: 'personal' };
const everyone = [...people, unplaced];
const ties: [string, string][] = [
  ['p0', 'p1'],
  ['p2', 'away'],
  ['p4', 'nobody'],
  ['p5', 'p19'],
];
const layout = layoutMap(everyone, ROLES);
const options = { ties, showTies: true, highlight: { ids: new Set(['p1', 'p7']), label: 'New' } };
const scene = mapScene(layout, everyone, words, options);

describe('the map scene', () => {
  it('is a pure function: the same input gives the same scene', () => {
    const again = mapScene(layoutMap(everyone, ROLES), everyone, words, {
      ...options,
      highlight: { ids: new Set(['p1', 'p7']), label: 'New' },
    });
    expect(again).toEqual(scene);
    expect(JSON.stringify(again)).toBe(JSON.stringify(scene));
  });

  it('places every person of the layout, with fill, letter and shape from the vocabulary', () => {
    expect(scene.people.map((p) => p.id)).toEqual(people.map((p) => p.id));
    for (const drawn of scene.people) {
      const person = people.find((p) => p.id === drawn.id)!;
      const at = layout.people.find((p) => p.id === drawn.id)!;
      const source = person.source ?? 'unknown';
      expect(drawn).toMatchObject({ ring: closenessOf(person), source, stage: person.stage });
      expect(drawn.shape.fill).toBe(SOURCE_STYLE[source].fill);
      expect(drawn.shape.d).toBe(shapePath(person.stage, at.x, at.y));
      expect(drawn.letter).toMatchObject({
        text: words.sources[source].letter,
        fill: SOURCE_STYLE[source].ink,
      });
      expect(Math.abs(drawn.letter.x - at.x)).toBeLessThan(0.06);
      expect(drawn.label.map((l) => l.text)).toEqual(at.lines);
    }
    // Each source its own colour; each stage its own shape.
    expect(new Set(SOURCES.map((s) => SOURCE_STYLE[s].fill)).size).toBe(SOURCES.length);
    expect(new Set([...STAGES, undefined].map((s) => shapePath(s, 0, 0))).size).toBe(STAGES.length + 1);
  });

  it('draws planned people, and only them, with a dashed outline', () => {
    for (const drawn of scene.people) {
      const person = people.find((p) => p.id === drawn.id)!;
      expect(drawn.planned).toBe(isPlanned(person));
      expect(drawn.shape.stroke?.dash !== undefined).toBe(isPlanned(person));
    }
    expect(scene.people.some((p) => p.planned)).toBe(true);
  });

  it('keeps names as data: plain text in the scene, escaped in the SVG', () => {
    const drawn = scene.people.find((p) => p.id === 'p3')!;
    expect(drawn.name).toBe(MARKUP);
    expect(drawn.label.map((l) => l.text).join('')).toBe(MARKUP);
    expect(scene.title).toBe('My <network>');
    const svg = renderMapSvg(scene);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;&apos;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('<title id="map-title">My &lt;network&gt;</title>');
  });

  it('draws ties only between placed people, and only when asked, and lists them per person', () => {
    expect(scene.ties.map((t) => t.between)).toEqual([
      ['p0', 'p1'],
      ['p5', 'p19'],
    ]);
    const [p0, p1] = ['p0', 'p1'].map((id) => scene.people.find((p) => p.id === id)!);
    expect(scene.ties[0]).toMatchObject({ from: { x: p0!.x, y: p0!.y }, to: { x: p1!.x, y: p1!.y } });
    expect(p0!.ties).toEqual(['p1']);
    expect(scene.people.find((p) => p.id === 'p19')!.ties).toEqual(['p5']);
    expect(scene.people.find((p) => p.id === 'p2')!.ties).toEqual([]);
    expect(mapScene(layout, everyone, words, { ties }).ties).toEqual([]);
  });

  it('draws ties unlike sector lines, and never through you', () => {
    const tie = scene.ties[0]!.path.stroke!;
    const rule = scene.sectors[0]!.line!.stroke;
    expect(tie.colour).not.toBe(rule.colour);
    expect(tie.dash).toBeDefined();
    expect(rule.dash).toBeUndefined();
    // Everyone tied to everyone: many pairs face each other across you.
    const ps = network(20);
    const all = ps.flatMap((a, i) => ps.slice(i + 1).map((b) => [a.id, b.id] as [string, string]));
    const tied = mapScene(layoutMap(ps, ROLES), ps, words, { ties: all, showTies: true });
    expect(tied.ties).toHaveLength(all.length);
    const clearance = GEOMETRY.egoRadius + TIE_MARGIN - 0.5;
    let curves = 0;
    for (const t of tied.ties) {
      if (t.control) {
        curves++;
        expect(t.path.d).toContain('Q');
        expect(curveDistance(t.from, t.control, t.to)).toBeGreaterThanOrEqual(clearance);
      } else expect(curveDistance(t.from, t.from, t.to)).toBeGreaterThanOrEqual(clearance);
    }
    expect(curves).toBeGreaterThan(0);
  });

  it('rings the highlighted people and explains the ring in the legend', () => {
    expect(scene.people.filter((p) => p.highlight).map((p) => p.id)).toEqual(['p1', 'p7']);
    expect(scene.legend.entries.find((e) => e.kind === 'added')?.name.text).toBe('New');
    const plain = mapScene(layout, everyone, words);
    expect(plain.people.some((p) => p.highlight)).toBe(false);
    expect(plain.legend.entries.map((e) => e.kind)).toEqual([]);
  });

  it('lists every source and stage in the legend, the planned outline and the rings', () => {
    const { legend } = scene;
    expect(legend.sources.entries.map((e) => e.source)).toEqual([...SOURCES, 'unknown']);
    for (const e of legend.sources.entries) {
      expect(e.mark.fill).toBe(SOURCE_STYLE[e.source].fill);
      expect(e.letter.text).toBe(words.sources[e.source].letter);
      expect(e.name.text).toBe(words.sources[e.source].name);
    }
    expect(legend.stages.entries.map((e) => e.stage)).toEqual([...STAGES, undefined]);
    expect(legend.stages.entries.map((e) => e.name.text)).toEqual([
      ...STAGES.map((s) => words.stages[s]),
      words.stages.unknown,
    ]);
    expect(legend.planned.mark.stroke?.dash).toBeDefined();
    expect(legend.planned.name.text).toBe(words.potential);
    expect(legend.rings.text).toBe('Rings: Close · Moderate · Distant');
  });

  it('has one ring per closeness, a line and a name per role, and you in the middle', () => {
    expect(scene.rings.map((r) => r.ring)).toEqual([...CLOSENESS].reverse());
    expect(scene.sectors.map((s) => s.label.map((l) => l.text).join(' '))).toEqual(
      ROLES.map((r) => words.roles[r]),
    );
    expect(scene.sectors.every((s) => s.line)).toBe(true);
    expect(mapScene(layoutMap([], ['one']), [], words).sectors[0]!.line).toBeUndefined();
    expect(mapScene(layoutMap([], ['one']), [], words).people).toEqual([]);
    expect(scene.you.label.text).toBe('You');
  });

  it('frames the whole picture: every mark inside the view box', () => {
    const { x, y, width, height } = scene.view;
    for (const m of sceneMarks(scene)) {
      const [mx, my] =
        m.kind === 'circle'
          ? [m.cx, m.cy]
          : m.kind === 'line'
            ? [m.x1, m.y1]
            : m.kind === 'path'
              ? [0, 0]
              : [m.x, m.y];
      expect(mx).toBeGreaterThanOrEqual(x);
      expect(mx).toBeLessThanOrEqual(x + width);
      expect(my).toBeGreaterThanOrEqual(y);
      expect(my).toBeLessThanOrEqual(y + height);
    }
  });
});

/** The box a text takes, estimated as the layout estimates it (its baseline at y). */
const textBox = (t: SceneText): Box => {
  const width = textWidth(t.text, t.size);
  const x = t.anchor === 'middle' ? t.x - width / 2 : t.anchor === 'end' ? t.x - width : t.x;
  return { x, y: t.y - t.size * 0.95, width, height: t.size * 1.15 };
};

describe('legible at a glance', () => {
  it.each([1, 5, 20, 30])('%i people: whole names, every word at least 12 px at 720 px', (count) => {
    const ps = network(count);
    const drawn = mapScene(layoutMap(ps, ROLES), ps, words);
    expect(drawn.labels).toBe('names');
    expect(drawn.legibleWidth).toBeLessThanOrEqual(MAP_DISPLAY_WIDTH);
    const px = MAP_DISPLAY_WIDTH / drawn.view.width;
    // Every word: labels, role names and the legend (the letters inside its marks are symbols).
    const letters = new Set(drawn.legend.sources.entries.map((e) => e.letter));
    const legendWords = legendMarks(drawn.legend).filter((m) => m.kind === 'text' && !letters.has(m));
    for (const t of [
      ...drawn.people.flatMap((p) => p.label),
      ...drawn.sectors.flatMap((s) => s.label),
      ...legendWords,
    ])
      if (t.kind === 'text') expect(t.size * px).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    for (const p of drawn.people) {
      const name = ps.find((q) => q.id === p.id)!.name;
      const at = layoutMap(ps, ROLES).people.find((q) => q.id === p.id)!;
      expect(p.label.map((l) => l.text)).toEqual(at.lines);
      expect(joinLabel(at)).toBe(name);
    }
    expect(drawn.key).toEqual([]);
    expect(drawn.keyNote).toBeUndefined();
  });

  it('at 30 people with 5 roles (the workshop size) fits a 720 px box', () => {
    const ps = network(30);
    const drawn = mapScene(layoutMap(ps, ROLES), ps, words);
    expect(drawn.labels).toBe('names');
    expect(drawn.legibleWidth).toBeLessThanOrEqual(720);
  });

  it('past what fits, shows numbers with a complete key and says why, never "…"', () => {
    const ps = network(60);
    const drawn = mapScene(layoutMap(ps, ROLES), ps, words);
    expect(drawn.labels).toBe('numbers');
    expect(drawn.keyNote?.text).toBe(words.key.note);
    expect(drawn.key.map((k) => [k.number, k.name])).toEqual(ps.map((p, i) => [i + 1, p.name]));
    expect(drawn.people.map((p) => p.label.map((l) => l.text))).toEqual(ps.map((_, i) => [String(i + 1)]));
    const squeeze = (t: string) => t.replace(/\s/g, '');
    for (const k of drawn.key) {
      expect(k.marks[0]!.text).toBe(String(k.number));
      expect(
        squeeze(
          k.marks
            .slice(1)
            .map((m) => m.text)
            .join(''),
        ),
      ).toBe(squeeze(k.name));
    }
    expect(sceneTexts(drawn).some((t) => t.text.includes('…'))).toBe(false);
    expect(drawn.legibleWidth).toBeLessThanOrEqual(MAP_DISPLAY_WIDTH);
    // The key and legend stay legible at the display width.
    const px = MAP_DISPLAY_WIDTH / drawn.view.width;
    expect(drawn.legend.size * px).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // Shown wider (a projector, or zoomed in), the same people get their names back.
    expect(mapScene(layoutMap(ps, ROLES), ps, words, { displayWidth: 1400 }).labels).toBe('names');
  });

  it('switches to numbers at a fixed count, the same every time', () => {
    const mode = (count: number) => {
      const ps = network(count);
      return mapScene(layoutMap(ps, ROLES), ps, words).labels;
    };
    const modes = [20, 30, 40, 50, 60].map(mode);
    expect(modes).toEqual([20, 30, 40, 50, 60].map(mode));
    expect(modes[0]).toBe('names');
    expect(modes.at(-1)).toBe('numbers');
  });

  it.each([60, 500])('with names private (%i people), no full name is anywhere in the scene', (count) => {
    // The page replaces private names before the layout (islands/network/privacy.ts): one path for all.
    const ps = network(count);
    const shown = shownPeople(ps, true);
    const drawn = mapScene(layoutMap(shown, ROLES), shown, words);
    const texts = sceneTexts(drawn).map((t) => t.text);
    for (const p of ps.filter((p) => p.name !== initials(p.name))) {
      expect(texts).not.toContain(p.name);
      expect(drawn.people.find((q) => q.id === p.id)!.name).not.toBe(p.name);
    }
  });

  it.each([5, 30, 60])('%i people: no label or mark overlaps another person', (count) => {
    const ps = network(count);
    const drawn = mapScene(layoutMap(ps, ROLES), ps, words);
    const boxes = drawn.people.map((p) => {
      const parts = [p.labelBack, ...p.label.map(textBox)];
      const r = GEOMETRY.nodeRadius * 1.25;
      parts.push({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
      return parts;
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        for (const a of boxes[i]!)
          for (const b of boxes[j]!)
            expect(boxesOverlap(a, b), `${drawn.people[i]!.id} and ${drawn.people[j]!.id}`).toBe(false);
  });
});

describe('change since a snapshot', () => {
  const now = network(10).map((p) => ({ ...p, stage: 'same' as const }));
  const snapshot = {
    people: [
      ...now
        .slice(1)
        .map((p, i) =>
          i === 2
            ? { ...p, closeness: 'distant' as const }
            : i === 3
              ? { ...p, closeness: 'close' as const }
              : i === 4
                ? { ...p, roles: ['peer'] }
                : p,
        ),
      {
        id: 'gone',
        name: 'Gone Person',
        roles: ['skills'],
        closeness: 'close' as const,
        stage: 'above' as const,
      },
      { id: 'away', name: 'Role gone', roles: ['no-such-role'] },
    ],
  };
  const drawn = mapScene(layoutMap(now, ROLES), now, words, { snapshot });
  const person = (id: string) => drawn.people.find((p) => p.id === id)!;

  it('rings people added, marks a changed role, and draws an arrow from the old ring', () => {
    expect(person('p0').changes).toEqual(['added']);
    expect(person('p0').highlight).toBeDefined();
    expect(person('p5').changes).toEqual(['roleChanged']);
    expect(person('p5').roleMark).toBeDefined();
    const moved = now
      .slice(1)
      .filter((p) => snapshot.people.find((q) => q.id === p.id)!.closeness !== p.closeness);
    for (const p of moved) {
      const drawnPerson = person(p.id);
      expect(drawnPerson.arrow).toBeDefined();
      expect(drawnPerson.changes.some((c) => c === 'closer' || c === 'farther')).toBe(true);
    }
    expect(person('p2').changes).toEqual([]);
    expect(person('p2').arrow).toBeUndefined();
  });

  it('draws people gone as ghosts where their ring and sector were, when their role is still on the map', () => {
    expect(drawn.ghosts.map((g) => [g.id, g.ring, g.sector])).toEqual([['gone', 'close', 1]]);
    const ghost = drawn.ghosts[0]!;
    expect(ghost.shape.stroke?.dash).toBeDefined();
    expect(ghost.shape.fill).toBeUndefined();
    expect(ghost.label.map((l) => l.text).join(' ')).toBe('Gone Person');
    const svg = renderMapSvg(drawn);
    expect(svg).toContain('<g data-ghost="gone"><title>Gone Person</title>');
  });

  it('explains each kind of change shown in the legend', () => {
    expect(drawn.legend.entries.map((e) => e.kind).sort()).toEqual(
      ['added', 'closer', 'farther', 'gone', 'roleChanged'].sort(),
    );
    for (const e of drawn.legend.entries)
      expect(e.name.text).toBe(words.change[e.kind as keyof typeof words.change]);
  });

  it('keeps ghosts clear of everyone', () => {
    const all = [...drawn.people, ...drawn.ghosts].map((p) => p.labelBack);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(boxesOverlap(all[i]!, all[j]!)).toBe(false);
  });
});

describe('the live SVG of a scene', () => {
  it('groups each person with their full name as the title', () => {
    const svg = renderMapSvg(scene, { idPrefix: 'live' });
    expect(svg.match(/<g data-person="/g)).toHaveLength(people.length);
    expect(svg).toContain('<g data-person="p0"><title>Person number 0</title>');
    expect(svg).toContain('aria-labelledby="live-title live-desc"');
    expect(svg).not.toContain('data-person="away"');
  });
});
