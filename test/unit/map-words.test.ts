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
  it('counts the people by ring in the description, planned ones apart, with the locale’s plurals', () => {
    const at = (closeness?: 'close' | 'moderate' | 'distant', status?: 'potential') => ({
      closeness,
      status,
    });
    expect(mapWords(t('en'), roles, [at('close'), at(), at('distant')]).description).toBe(
      '3 people around you now: 1 close, 0 moderate, 2 distant.',
    );
    expect(mapWords(t('en'), roles, [at('moderate'), at('close', 'potential')]).description).toBe(
      '1 person around you now: 0 close, 1 moderate, 0 distant; and 1 planned.',
    );
    expect(
      mapWords(t('es'), roles, [at('close'), at('close'), ...[1, 2].map(() => at('distant', 'potential'))])
        .description,
    ).toBe('2 personas a tu alrededor ahora: 2 cercanas, 0 intermedias y 0 lejanas; y 2 previstas.');
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
