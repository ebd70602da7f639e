// render/map-words.ts: every word of the map from content/ui, and the map as the PDFs draw it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { SOURCES, STAGES } from '../../src/core/person.ts';
import { drawNetworkMap, mapWords } from '../../src/render/map-words.ts';

const t = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);
const roles = [
  { id: 'developmental', name: 'Developmental mentor' },
  { id: 'peer', name: 'Peer mentor' },
  { id: 'mentee', name: 'Mentee' },
];

describe('mapWords', () => {
  it('counts the people by ring in the description, with the locale’s plurals', () => {
    expect(mapWords(t('en'), roles, ['close', undefined, 'distant']).description).toBe(
      '3 people around you: 1 close, 0 moderate, 2 distant.',
    );
    expect(mapWords(t('en'), roles, ['moderate']).description).toBe(
      '1 person around you: 0 close, 1 moderate, 0 distant.',
    );
    expect(mapWords(t('es'), roles, ['close', 'close']).description).toBe(
      '2 personas a tu alrededor: 2 cercanas, 0 intermedias y 0 lejanas.',
    );
  });

  it('gives every source a name and a one-letter mark, and every stage a name, in each locale', () => {
    for (const locale of ['en', 'es']) {
      const words = mapWords(t(locale), roles, []);
      for (const s of [...SOURCES, 'unknown' as const]) {
        expect(words.sources[s].name.length, `${locale} ${s}`).toBeGreaterThan(0);
        expect([...words.sources[s].letter], `${locale} ${s}`).toHaveLength(1);
      }
      for (const s of [...STAGES, 'unknown' as const]) expect(words.stages[s].length).toBeGreaterThan(0);
      expect(words.roles).toEqual({
        developmental: 'Developmental mentor',
        peer: 'Peer mentor',
        mentee: 'Mentee',
      });
    }
  });

  it('refuses a locale missing a map word, naming the file and key', () => {
    expect(() => mapWords(translator({}, 'fr'), roles, [])).toThrow(
      /content\/ui\/fr\.yaml has no "(map|person)\./,
    );
  });
});

describe('drawNetworkMap', () => {
  it('draws the empty map to fill in by hand: you and the roles, nobody else', () => {
    const scene = drawNetworkMap(t('en'), roles, { people: [], ties: [] });
    expect(scene.people).toEqual([]);
    expect(scene.sectors.map((s) => s.roleId)).toEqual(['developmental', 'peer', 'mentee']);
    expect(scene.you.label.text).toBe('You');
  });

  it('draws the people with their ties, and leaves out a tie to someone not on the map', () => {
    const people = [
      { id: 'a', name: 'Ana Ruiz', roles: ['peer'] },
      { id: 'b', name: 'Bo Lee', roles: ['mentee'], closeness: 'close' as const },
    ];
    const scene = drawNetworkMap(
      t('en'),
      roles,
      {
        people,
        ties: [
          ['a', 'b'],
          ['a', 'gone'],
        ],
      },
      { showTies: true },
    );
    expect(scene.people.map((p) => p.id)).toEqual(['a', 'b']);
    expect(scene.ties.map((x) => x.between)).toEqual([['a', 'b']]);
  });
});
