// render/map-svg.ts: the live map's SVG, drawn from the scene.
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../src/core/map-layout.ts';
import { mapScene } from '../../src/core/map-scene.ts';
import { shownPeople } from '../../src/islands/network/privacy.ts';
import { mapGraphicsSvg, mapSvgParts, renderMapSvg } from '../../src/render/map-svg.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words } from './map-fixtures.ts';

const MARKUP = `<img src=x onerror="alert(1)">&'`;
const people = [
  { id: 'a', name: 'Ana Ruiz', roles: ['developmental'], closeness: 'close' as const },
  { id: 'b', name: MARKUP, roles: ['peer'], closeness: 'moderate' as const },
  { id: 'c', name: 'Chidi Okafor', roles: ['mentee'], closeness: 'distant' as const },
];
const scene = (hide = false) =>
  mapScene(layoutMap(shownPeople(people, hide), ROLES), shownPeople(people, hide), words, {
    ties: [
      ['a', 'b'],
      ['b', 'c'],
    ],
    showTies: true,
  });

describe('renderMapSvg', () => {
  it('is one SVG document titled and described for assistive technology', () => {
    const svg = renderMapSvg(scene(), { idPrefix: 'm1' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox=')).toBe(true);
    expect(svg).toContain('aria-labelledby="m1-title m1-desc"');
    expect(svg).toContain('<title id="m1-title">My &lt;network&gt;</title>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('keeps names as text: markup in a name is escaped, never an element', () => {
    const svg = renderMapSvg(scene());
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&apos;');
  });

  it('groups each person under their id with their full name as its title', () => {
    const svg = renderMapSvg(scene());
    for (const p of people) expect(svg).toContain(`<g data-person="${p.id}"><title>`);
    expect(svg).toContain('<title>Chidi Okafor</title>');
  });

  it('names each tie by the two people it joins, so the page can bring out a person’s ties', () => {
    const svg = renderMapSvg(scene());
    expect(svg.match(/data-tie="/g)).toHaveLength(2);
    expect(svg).toContain('data-tie="a b"');
    expect(svg).toContain('data-tie="b c"');
  });

  it('shows no full name anywhere, tooltips included, when names are private', () => {
    const svg = renderMapSvg(scene(true));
    expect(svg).not.toContain('Ana Ruiz');
    expect(svg).not.toContain('Chidi Okafor');
    expect(svg).toContain('>AR<');
  });

  it('draws the shapes alone, with no text or title, for a renderer that sets the texts itself', () => {
    const graphics = mapGraphicsSvg(scene());
    expect(graphics).not.toMatch(/<text|<title/);
    expect(graphics).toContain('data-person="a"');
  });
});

describe('mapSvgParts', () => {
  it('is the same SVG taken apart: root attributes, then one string per child element', () => {
    const parts = mapSvgParts(scene(), { idPrefix: 'm1' });
    const open = parts.attributes.map(([k, v]) => ` ${k}="${v}"`).join('');
    expect(`<svg xmlns="http://www.w3.org/2000/svg"${open}>${parts.children.join('')}</svg>`).toBe(
      renderMapSvg(scene(), { idPrefix: 'm1' }),
    );
    // One element each (the live map parses them one by one; the browser test checks that).
    expect(parts.children.filter((c) => c.startsWith('<g data-person='))).toHaveLength(people.length);
  });

  it('changes only the children a move changes: the other people keep their markup', () => {
    const moved = people.map((p) => (p.id === 'c' ? { ...p, closeness: 'close' as const } : p));
    const before = new Set(mapSvgParts(scene()).children);
    const after = mapSvgParts(
      mapScene(layoutMap(moved, ROLES), moved, words, { ties: [], showTies: true }),
    ).children;
    const person = (id: string) => after.find((c) => c.startsWith(`<g data-person="${id}">`))!;
    expect(before.has(person('a'))).toBe(true);
    expect(before.has(person('c'))).toBe(false);
  });
});
