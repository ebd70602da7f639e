import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../src/core/map-layout.ts';
import {
  SOURCE_STYLE,
  mapScene,
  sceneMarks,
  sceneTexts,
  shapePath,
  type DrawnPerson,
} from '../../src/core/map-scene.ts';
import { CLOSENESS, SOURCES, STAGES, closenessOf, isPlanned, type Closeness } from '../../src/core/person.ts';
import { renderMapSvg } from '../../src/render/map-svg.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words } from './map-fixtures.ts';

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
      expect(drawn.label.map((l) => l.text)).toEqual([at.label]);
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
    expect(drawn.label[0]!.text).toBe(MARKUP);
    expect(sceneTexts(scene).map((t) => t.text)).toContain(MARKUP);
    expect(scene.title).toBe('My <network>');
    const svg = renderMapSvg(scene);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;&apos;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('<title id="map-title">My &lt;network&gt;</title>');
  });

  it('draws ties only between placed people, and only when asked', () => {
    expect(scene.ties.map((t) => t.between)).toEqual([
      ['p0', 'p1'],
      ['p5', 'p19'],
    ]);
    const [p0, p1] = ['p0', 'p1'].map((id) => scene.people.find((p) => p.id === id)!);
    expect(scene.ties[0]!.line).toMatchObject({ x1: p0!.x, y1: p0!.y, x2: p1!.x, y2: p1!.y });
    expect(mapScene(layout, everyone, words, { ties }).ties).toEqual([]);
  });

  it('rings the highlighted people and explains the ring in the legend', () => {
    expect(scene.people.filter((p) => p.highlight).map((p) => p.id)).toEqual(['p1', 'p7']);
    expect(scene.legend.highlight?.name.text).toBe('New');
    const plain = mapScene(layout, everyone, words);
    expect(plain.people.some((p) => p.highlight)).toBe(false);
    expect(plain.legend.highlight).toBeUndefined();
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
    expect(scene.sectors.map((s) => s.label.text)).toEqual(ROLES.map((r) => words.roles[r]));
    expect(scene.sectors.every((s) => s.line)).toBe(true);
    expect(mapScene(layoutMap([], ['one']), [], words).sectors[0]!.line).toBeUndefined();
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

describe('the live SVG of a scene', () => {
  it('groups each person with their full name as the title', () => {
    const svg = renderMapSvg(scene, { idPrefix: 'live' });
    expect(svg.match(/<g data-person="/g)).toHaveLength(people.length);
    expect(svg).toContain('<g data-person="p0"><title>Person number 0</title>');
    expect(svg).toContain('aria-labelledby="live-title live-desc"');
    expect(svg).not.toContain('data-person="away"');
  });
});
