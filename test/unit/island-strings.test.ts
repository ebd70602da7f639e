// core/island-strings.ts: which interface strings a page hands to its browser islands.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isIslandString } from '../../src/core/island-strings.ts';

const uiOf = (locale: string) =>
  parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>;

/** Keys the islands (src/islands) look up by name, one or more per family of strings they use. */
const ISLAND_KEYS = [
  'workbook.saving',
  'answer.too-long',
  'counter.words',
  'composer.copied',
  'timer.announceTarget',
  'reminder.needDate',
  'rows.full',
  'person.notSet',
  'person.status.potential',
  'network.unplaced',
  'map.you',
  'map.fileName',
  'analysis.empty',
  'analysis.typeName.receptive',
  'snapshot.taken',
  'export.fileName',
  'report.making',
  'failure.unknown',
];

describe('isIslandString', () => {
  it('hands over every family of strings the islands use', () => {
    expect(ISLAND_KEYS.filter((k) => !isIslandString(k))).toEqual([]);
  });

  it('hands over every key the island code and the renderers it runs name', () => {
    // Code that runs in the browser with the page's strings: the islands, and the renderers they call.
    const files = [
      ...readdirSync('src/islands', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `src/islands/${f}`),
      'src/render/findings-text.ts',
      'src/render/map-words.ts',
    ].filter((f) => f !== 'src/islands/pdf-make.ts'); // the PDF reads every string from its own data file
    const named = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*['`]([a-z][\w.-]*)/g)].map((m) => `${f}: ${m[1]}`),
    );
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((n) => !isIslandString(n.split(': ')[1]!))).toEqual([]);
  });

  it.each(['en', 'es'])('the keys the islands use exist in content/ui/%s.yaml', (locale) => {
    const ui = uiOf(locale);
    expect(ISLAND_KEYS.filter((k) => typeof ui[k] !== 'string')).toEqual([]);
  });

  it('keeps strings only the built pages and PDFs use off the page', () => {
    for (const key of [
      'pdf.name',
      'nav.home',
      'footer.licence',
      'home.title',
      'worksheets.minutes',
      'guides.title',
    ])
      expect(isIslandString(key)).toBe(false);
  });

  it('matches a whole first segment, in its case', () => {
    expect(isIslandString('map.title')).toBe(true);
    expect(isIslandString('map')).toBe(false);
    expect(isIslandString('mapping.title')).toBe(false);
    expect(isIslandString('Map.title')).toBe(false);
    expect(isIslandString('pdf.map.title')).toBe(false);
    expect(isIslandString('')).toBe(false);
  });

  it.each(['en', 'es'])('hands over part of content/ui/%s.yaml, not all of it', (locale) => {
    const keys = Object.keys(uiOf(locale));
    const handed = keys.filter(isIslandString);
    expect(handed.length).toBeGreaterThan(0);
    expect(handed.length).toBeLessThan(keys.length);
  });
});
