import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { layoutMap } from '../../src/core/map-layout.ts';
import type { Closeness } from '../../src/core/person.ts';
import { FONT_FILES, fontFilesFor, languageFontsFor, type FontFile } from '../../src/render/fonts.ts';
import { mapScene, sceneTexts, type DrawnPerson } from '../../src/core/map-scene.ts';
import {
  flipAnchorsForSatori,
  loadSatori,
  mapImageFontFiles,
  pngSize,
  renderMapImageSvg,
  type ImageFont,
} from '../../src/render/map-image.ts';
import { layoutWasmBytes } from '../../src/site/layout-wasm.ts';
import { renderMapSvg } from '../../src/render/map-svg.ts';
import { MAP_ROLES as ROLES, MAP_WORDS as words } from './map-fixtures.ts';

const require = createRequire(import.meta.url);
const bytes = (npm: string): ArrayBuffer => {
  const b = readFileSync(require.resolve(npm));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const imageFonts = (files: readonly FontFile[]): ImageFont[] =>
  files.map((f) => ({
    name: f.family,
    weight: f.weight,
    style: 'normal',
    data: bytes(f.npm),
  }));

const XSS = '<img src=x onerror=alert(1)>';
// Markup typed as names, drawn whole (a long one wrapped onto lines).
const NAMES = [
  'Łukasz Żółć',
  'Nguyễn Hà',
  'Γιώργος Π.',
  'Иван Петров',
  '李小龍',
  '田中さくら',
  '김민지',
  'محمد علي',
  'דנה כהן',
  'अनीता शर्मा',
  XSS,
  'Ana & "Bo"',
  '<img/src=x>',
  '<script>',
];
const people = NAMES.map(
  (name, i) =>
    ({
      id: `p${i}`,
      name,
      roles: [ROLES[i % 5]!],
      closeness: (['close', 'moderate', 'distant'] as const)[i % 3]!,
      source: (['department', 'institution', 'external', 'personal', undefined] as const)[i % 5],
      stage: (['above', 'same', 'below', undefined] as const)[i % 4],
      status: i % 4 ? 'current' : 'potential',
    }) satisfies DrawnPerson & { roles: string[]; closeness: Closeness },
);
const layout = layoutMap(people, ROLES);
const scene = mapScene(layout, people, words, {
  showTies: true,
  ties: [
    ['p0', 'p4'],
    ['p7', 'p9'],
  ],
});

describe('fonts for the image', () => {
  it('asks for a script font only when its letters appear', () => {
    expect(languageFontsFor('Ana María Ruiz, Γιώργος, Иван, Łukasz Żółć, Nguyễn')).toEqual([]);
    expect(languageFontsFor('李小龍')).toEqual(['cjk']);
    expect(languageFontsFor('さくら')).toEqual(['cjk']);
    expect(languageFontsFor('김민지')).toEqual(['korean']);
    expect(languageFontsFor('محمد')).toEqual(['arabic']);
    expect(languageFontsFor('דנה')).toEqual(['hebrew']);
    expect(languageFontsFor('अनीता')).toEqual(['devanagari']);
    expect(languageFontsFor(NAMES.join(' '))).toEqual(['cjk', 'korean', 'arabic', 'hebrew', 'devanagari']);
  });

  it('always loads Noto Sans, regular and bold, and the big CJK files only when needed', () => {
    expect(fontFilesFor([]).map((f) => f.file)).toEqual(['noto-sans-regular', 'noto-sans-bold']);
    expect(fontFilesFor(['arabic']).map((f) => f.file)).toContain('noto-sans-arabic-bold');
    expect(fontFilesFor(['hebrew']).some((f) => f.script === 'cjk')).toBe(false);
    for (const f of FONT_FILES) expect(() => require.resolve(f.npm), f.npm).not.toThrow();
  });

  it('gives the image a bold font only for the scripts of its bold texts (roles, "You")', () => {
    const files = mapImageFontFiles(scene).map((f) => f.file);
    // Names in five scripts, roles in Latin: every regular font they need, and Noto Sans bold alone.
    expect(files).toEqual([
      'noto-sans-regular',
      'noto-sans-bold',
      'noto-sans-arabic-regular',
      'noto-sans-hebrew-regular',
      'noto-sans-devanagari-regular',
      'noto-sans-sc-regular',
      'noto-sans-kr-regular',
    ]);
    // A role named in Arabic (bold) on an empty map: Arabic in both weights.
    const arabicRole = { ...words, roles: { ...words.roles, developmental: 'مرشد' } };
    expect(mapImageFontFiles(mapScene(layoutMap([], ROLES), [], arabicRole)).map((f) => f.file)).toEqual([
      'noto-sans-regular',
      'noto-sans-bold',
      'noto-sans-arabic-regular',
      'noto-sans-arabic-bold',
    ]);
    // The same word as a name (regular) only: no Arabic bold.
    const named = [{ ...people[0]!, name: 'مرشد' }];
    expect(
      mapImageFontFiles(mapScene(layoutMap(named, ROLES), named, words)).map((f) => f.file),
    ).not.toContain('noto-sans-arabic-bold');
  });

  it('keeps Arabic dots and hamzas where HarfBuzz puts them (works around satori flipping GPOS y offsets)', async () => {
    const arabic = FONT_FILES.find((f) => f.file === 'noto-sans-arabic-regular')!;
    const fonts = [{ name: 'A', data: flipAnchorsForSatori(bytes(arabic.npm)), weight: 400 as const }];
    const extent = async (text: string) => {
      const satori = await loadSatori(layoutWasmBytes());
      const svg = await satori(
        {
          type: 'div',
          props: { style: { display: 'flex', fontSize: 100, fontFamily: 'A' }, children: text },
        },
        { width: 300, height: 300, fonts },
      );
      const ys = [...svg.matchAll(/ d="([^"]*)"/g)].flatMap((m) =>
        [...m[1]!.matchAll(/-?[\d.]+[ ,](-?[\d.]+)/g)].map((p) => Number(p[1])),
      );
      return { top: Math.min(...ys), bottom: Math.max(...ys) };
    };
    const [yeh, dotless, hamza] = [await extent('ي'), await extent('ى'), await extent('ئ')];
    expect(yeh.bottom).toBeGreaterThan(dotless.bottom + 5); // the two dots hang below the bowl
    expect(hamza.top).toBeGreaterThan(dotless.top - 20); // the hamza sits on the letter, not above the line
  });
});

describe('map image', () => {
  let svg: string;
  beforeAll(async () => {
    svg = await renderMapImageSvg(scene, imageFonts(mapImageFontFiles(scene)), layoutWasmBytes());
  });

  it('draws every text as outlines: no <text>, no names left as text', () => {
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).not.toMatch(/<(title|desc)>[^<]*(Łukasz|Иван|محمد)/);
    expect(svg).not.toContain('Ana &amp;');
    // Each text became a path; the live map's shapes are all still there.
    const texts = sceneTexts(scene);
    expect(texts.length).toBeGreaterThan(people.length * 2);
    expect((svg.match(/<path\b/g) ?? []).length).toBeGreaterThanOrEqual(texts.length);
  });

  it('is self-contained: nothing to fetch, no script', () => {
    // Namespace names are identifiers, not requests; any other http(s) would be.
    expect(svg.replace(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')).not.toMatch(/https?:/);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).not.toMatch(/(?:href|src)="(?!data:|#)/);
    expect(svg).not.toMatch(/<(script|foreignObject|image|use)\b/i);
  });

  it('keeps markup typed as a name inert', () => {
    expect(svg).not.toMatch(/<img|onerror|alert\(|<script/i);
    expect(svg.replace('<title>My &lt;network&gt;</title>', '')).not.toContain('&lt;');
  });

  it('has the frame of the live map', () => {
    const frame = scene.view;
    expect(renderMapSvg(scene)).toContain(`viewBox="${frame.x} ${frame.y} ${frame.width} ${frame.height}"`);
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}"`,
      ),
    );
  });

  it('rasterises to a PNG at 300 dpi for half an A4 page', () => {
    const frame = scene.view;
    const size = pngSize(frame.width, frame.height);
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: size.width },
      background: '#ffffff',
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    writeFileSync('/tmp/map-export.png', png);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(Math.max(width, height)).toBeGreaterThanOrEqual(2480);
    expect(Math.abs(width / height - frame.width / frame.height)).toBeLessThan(0.01);
  });
});

describe('edge cases', () => {
  it("tries satori's layout engine again after it could not be had (a failed fetch)", async () => {
    vi.resetModules(); // a fresh module: satori not yet loaded in it
    const fresh = await import('../../src/render/map-image.ts');
    await expect(fresh.loadSatori(Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    const satori = await fresh.loadSatori(layoutWasmBytes());
    const svg = await satori(
      { type: 'div', props: { style: { display: 'flex', width: 10, height: 10 } } },
      { width: 10, height: 10, fonts: imageFonts(fontFilesFor([])) },
    );
    expect(svg).toMatch(/^<svg /);
    // Loaded once: later calls share it, whatever they pass.
    await expect(fresh.loadSatori(new Uint8Array(0))).resolves.toBe(satori); // not a module: never read
  });

  it('draws an empty network (rings, roles, legend) with Noto Sans alone', async () => {
    const empty = mapScene(layoutMap([], ROLES), [], words);
    expect(mapImageFontFiles(empty).map((f) => f.file)).toEqual(['noto-sans-regular', 'noto-sans-bold']);
    const out = await renderMapImageSvg(empty, imageFonts(mapImageFontFiles(empty)), layoutWasmBytes());
    expect(out).not.toMatch(/<text\b/);
    expect(out).toContain(`viewBox="0 0 ${empty.view.width} `);
  });
});

describe('the texts satori outlines', () => {
  it('are the scene texts as data, with their style, markup typed as a name included', () => {
    const texts = sceneTexts(scene);
    const label = texts.find((t) => t.text.startsWith('<img'))!; // wrapped, still markup-like
    expect(label).toMatchObject({ anchor: 'middle', size: 13, bold: false, fill: '#1b1f24' });
    expect(texts.find((t) => t.text === 'Ana & "Bo"')).toBeDefined();
    expect(texts.find((t) => t.text === '<script>')).toBeDefined();
    expect(texts.find((t) => t.text === 'Home department')).toMatchObject({
      anchor: 'start',
      size: scene.legend.size,
    });
    expect(texts.find((t) => t.text === 'You')).toMatchObject({ bold: true, fill: '#ffffff' });
  });

  it('sizes the PNG: 2480 px on the longer side, never shrinking a big map, within canvas limits', () => {
    expect(pngSize(1000, 800)).toEqual({ width: 2480, height: 1984 });
    expect(pngSize(800, 1000)).toEqual({ width: 1984, height: 2480 });
    expect(pngSize(3000, 2000)).toEqual({ width: 3000, height: 2000 });
    expect(Math.max(...Object.values(pngSize(20000, 100)))).toBe(8192);
  });
});
