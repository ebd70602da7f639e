// render/pdf/map.ts: the map scene drawn into a PDF as vectors, read back with poppler.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/workbook.ts';
import { drawNetworkMap } from '../../src/render/map-words.ts';
import { startDocument } from '../../src/render/pdf/document.ts';
import { drawMapScene } from '../../src/render/pdf/map.ts';
import { optionsFor, pdfText, rolesOf, uiOf, writeChecked } from './pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mnk-map-'));

const people: Person[] = [
  {
    id: 'p1',
    name: 'Ana Ruiz',
    roles: ['developmental'],
    closeness: 'close',
    source: 'department',
    stage: 'above',
  },
  { id: 'p2', name: 'Bo Lee', roles: ['peer'], closeness: 'moderate', source: 'external', stage: 'same' },
  { id: 'p3', name: '李小龍', roles: ['skills'], closeness: 'distant', status: 'potential' },
];
const NAMES = people.map((p) => p.name);

/** Where the map goes on the page, in PDF points from the page's top left (as poppler measures). */
const BOX = { x: 54, y: 90, width: 320, height: 320 };

/** Draws the network's map into BOX on one A4 page of a kit document and writes the file. */
async function mapPdf(name: string, network: { people: Person[]; ties: [string, string][] }) {
  const options = await optionsFor('en', 'a4', JSON.stringify(network));
  const c = await startDocument(options, 'Map');
  const { layout } = c;
  layout.newPage();
  const scene = drawNetworkMap(uiOf('en'), rolesOf('en'), network);
  drawMapScene(layout, scene, { x: BOX.x, top: layout.height - BOX.y, width: BOX.width, height: BOX.height });
  return writeChecked(dir, name, await layout.save());
}

/** The text poppler finds in a region of the first page, in points from its top left. */
const textIn = (file: string, r: { x: number; y: number; width: number; height: number }) =>
  execFileSync(
    'pdftotext',
    [
      '-enc',
      'UTF-8',
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      `${r.x}`,
      '-y',
      `${r.y}`,
      '-W',
      `${r.width}`,
      '-H',
      `${r.height}`,
      file,
      '-',
    ],
    { encoding: 'utf8' },
  ).normalize('NFC');

/** The images poppler lists in a PDF (`pdfimages -list`), one row each, without the header. */
const images = (file: string) =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);

describe('drawMapScene', () => {
  const t = uiOf('en');

  it('writes every name on the map as text a reader can search and copy', async () => {
    const file = await mapPdf('map.pdf', { people, ties: [['p1', 'p2']] });
    const text = pdfText(file);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain(t('map.you'));
    // Role names may wrap onto two lines around the circle: every word of each is there.
    for (const role of rolesOf('en')) for (const word of role.name.split(' ')) expect(text).toContain(word);
  });

  it('draws the map as vectors, with no raster image', async () => {
    const file = await mapPdf('vectors.pdf', { people, ties: [['p1', 'p2']] });
    expect(images(file)).toEqual([]);
  });

  it('stays inside the box it is given', async () => {
    const file = await mapPdf('box.pdf', { people, ties: [] });
    const inside = textIn(file, BOX);
    for (const name of NAMES) expect(inside).toContain(name);
    expect(inside).toContain(t('map.you'));
    const below = textIn(file, { x: 0, y: BOX.y + BOX.height + 2, width: 595, height: 380 });
    const right = textIn(file, { x: BOX.x + BOX.width + 2, y: BOX.y, width: 200, height: BOX.height });
    for (const name of NAMES) {
      expect(below).not.toContain(name);
      expect(right).not.toContain(name);
    }
    expect(below.trim()).toBe('');
    expect(right.trim()).toBe('');
  });

  it('draws an empty network as the map to draw on: you, the roles and no one else', async () => {
    const file = await mapPdf('empty.pdf', { people: [], ties: [] });
    const text = pdfText(file);
    expect(text).toContain(t('map.you'));
    // Role names may wrap onto two lines around the circle: every word of each is there.
    for (const role of rolesOf('en')) for (const word of role.name.split(' ')) expect(text).toContain(word);
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(images(file)).toEqual([]);
  });
});
