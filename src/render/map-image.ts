// The map as a file to download: the very drawing of the live map (renderMapSvg), with every text
// turned into outlines by satori, so the picture looks the same on any machine, with no font and
// nothing to fetch. Pure: the browser glue (islands/map-export.ts), tests and the bench share it.
//
// How: renderMapSvg's output is split into its graphics (kept as they are, as vectors) and its
// texts; satori lays out and outlines only the texts, at the same coordinates; the two are stacked
// in one SVG. All texts then sit above all graphics, which draws the same picture, because the
// layout never lets a label cross another person and ties stay inside the circle.
import type { MapLayout } from '../core/map-layout.ts';
import { escapeXml, mapFrame, renderMapSvg, type DrawOptions, type DrawnPerson, type MapWords } from './map-svg.ts';

export type FontScript = 'cjk' | 'korean' | 'arabic' | 'hebrew' | 'devanagari';

/** A font for satori: TTF or OTF bytes. Pass the same array each time: satori caches by it. */
export interface ImageFont {
  name: string;
  data: ArrayBuffer;
  weight?: 400 | 700;
  style?: 'normal';
}

/**
 * The fonts the image can use, served at /fonts/<file>.ttf (src/pages/fonts/[font].ts).
 * The big scripts are fetched only when their letters appear; the CJK ones are ~10 and ~6 MB, so
 * they come in regular weight only (bold text in them is drawn regular).
 */
export const FONT_FILES = [
  { file: 'noto-sans-regular', family: 'Noto Sans', weight: 400, script: 'base', npm: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  { file: 'noto-sans-bold', family: 'Noto Sans', weight: 700, script: 'base', npm: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  { file: 'noto-sans-arabic-regular', family: 'Noto Sans Arabic', weight: 400, script: 'arabic', npm: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf' },
  { file: 'noto-sans-arabic-bold', family: 'Noto Sans Arabic', weight: 700, script: 'arabic', npm: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf' },
  { file: 'noto-sans-hebrew-regular', family: 'Noto Sans Hebrew', weight: 400, script: 'hebrew', npm: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf' },
  { file: 'noto-sans-hebrew-bold', family: 'Noto Sans Hebrew', weight: 700, script: 'hebrew', npm: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf' },
  { file: 'noto-sans-devanagari-regular', family: 'Noto Sans Devanagari', weight: 400, script: 'devanagari', npm: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf' },
  { file: 'noto-sans-devanagari-bold', family: 'Noto Sans Devanagari', weight: 700, script: 'devanagari', npm: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf' },
  { file: 'noto-sans-sc-regular', family: 'Noto Sans SC', weight: 400, script: 'cjk', npm: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { file: 'noto-sans-kr-regular', family: 'Noto Sans KR', weight: 400, script: 'korean', npm: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
] as const satisfies readonly { file: string; family: string; weight: 400 | 700; script: FontScript | 'base'; npm: string }[];

export type FontFile = (typeof FONT_FILES)[number];

/** Letters of each script that Noto Sans lacks (some are "Common" in Unicode, so listed by hand). */
const SCRIPTS: [FontScript, RegExp][] = [
  // Han, kana, bopomofo, CJK punctuation and full-width forms; Noto Sans SC has them all, not Hangul.
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\u31C0-\u31EF\uFF00-\uFFEF]/u],
  ['korean', /[\p{Script=Hangul}]/u],
  ['arabic', /[\p{Script=Arabic}\u060C\u061B\u061F\u0640]/u],
  ['hebrew', /[\p{Script=Hebrew}]/u],
  ['devanagari', /[\p{Script=Devanagari}\u0964\u0965\u1CD0-\u1CFF]/u],
];

/** The extra fonts a text needs beyond Noto Sans (Latin, Greek, Cyrillic). */
export function languageFontsFor(text: string): FontScript[] {
  return SCRIPTS.filter(([, letters]) => letters.test(text)).map(([script]) => script);
}

/** The font files to load for these scripts: Noto Sans always, then one family per script. */
export function fontFilesFor(scripts: readonly FontScript[]): FontFile[] {
  return FONT_FILES.filter((f) => f.script === 'base' || scripts.includes(f.script));
}

/** One text of the map, as renderMapSvg draws it (y is the baseline). */
export interface MapText {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  fill: string;
  text: string;
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attributes = (s: string): Record<string, string> =>
  Object.fromEntries([...s.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, unescapeXml(m[2]!)]));

/**
 * Splits renderMapSvg's output into graphics (no text, no titles: names live only in labels) and
 * texts with their inherited attributes. Safe on that output: every text in it is escaped, so no
 * `<` or `>` appears inside a text or an attribute.
 */
export function splitMapSvg(svg: string): { graphics: string; texts: MapText[] } {
  const stack: Record<string, string>[] = [{}];
  const texts: MapText[] = [];
  for (const m of svg.matchAll(/<g\b([^>]*)>|<\/g>|<text\b([^>]*)>([^<]*)<\/text>/g)) {
    if (m[1] !== undefined) stack.push({ ...stack.at(-1), ...attributes(m[1]) });
    else if (m[2] === undefined) stack.pop();
    else {
      const a = { ...stack.at(-1), ...attributes(m[2]) };
      texts.push({
        x: Number(a['x'] ?? 0), y: Number(a['y'] ?? 0),
        anchor: a['text-anchor'] === 'middle' || a['text-anchor'] === 'end' ? a['text-anchor'] : 'start',
        size: Number(a['font-size'] ?? 16), bold: a['font-weight'] === '700' || a['font-weight'] === 'bold',
        fill: a['fill'] ?? '#000000', text: unescapeXml(m[3] ?? ''),
      });
    }
  }
  const inner = svg.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return { graphics: inner.replace(/<(text|title|desc)\b[^>]*>[^<]*<\/\1>/g, ''), texts };
}

/** Every text the image draws, to choose its fonts. */
export function mapImageText(layout: MapLayout, people: readonly DrawnPerson[], words: MapWords, options: DrawOptions = {}): string {
  return splitMapSvg(renderMapSvg(layout, people, words, options)).texts.map((t) => t.text).join('\n');
}

/** The picture's frame in map units, rounded as renderMapSvg rounds its viewBox, so both parts line up. */
export function mapImageFrame(layout: MapLayout, words: MapWords): { x: number; y: number; width: number; height: number } {
  const { view } = mapFrame(layout, words);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(view.x), y: round(view.y), width: round(view.width), height: round(view.height) };
}

/** Pixel size of the PNG: the longer side at least 2480 px (A5 at 300 dpi), at most 8192 (canvas limits). */
export function pngSize(width: number, height: number): { width: number; height: number } {
  const longer = Math.max(width, height);
  const target = Math.min(8192, Math.max(2480, Math.ceil(longer)));
  const scale = target / longer;
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * satori 0.63 adds HarfBuzz's vertical glyph offsets, which point up, to SVG's y, which points
 * down: marks placed by the font's GPOS anchors come out mirrored around where they belong. The
 * Noto Arabic fonts place most dots that way, so "علي" would read "على" (dots inside the bowl) and
 * hamzas would float. We give satori copies of the fonts with every GPOS anchor's y negated, so its
 * slip cancels out. The test on Arabic dots fails if a satori update fixes or changes this.
 */
export function flipAnchorsForSatori(data: ArrayBuffer): ArrayBuffer {
  const copy = data.slice(0);
  const v = new DataView(copy);
  let gpos = 0;
  for (let i = 0; i < v.getUint16(4); i++) if (v.getUint32(12 + 16 * i) === 0x47504f53) gpos = v.getUint32(12 + 16 * i + 8);
  if (!gpos) return data;
  const flipped = new Set<number>();
  const anchor = (table: number, offset: number) => {
    const at = table + offset;
    if (offset && !flipped.has(at)) {
      flipped.add(at);
      v.setInt16(at + 4, -v.getInt16(at + 4));
    }
  };
  const u16 = (at: number) => v.getUint16(at);
  const lookups = gpos + u16(gpos + 8);
  for (let l = 0; l < u16(lookups); l++) {
    const lookup = lookups + u16(lookups + 2 + 2 * l);
    for (let s = 0; s < u16(lookup + 4); s++) {
      let sub = lookup + u16(lookup + 6 + 2 * s);
      let type = u16(lookup);
      if (type === 9) [type, sub] = [u16(sub + 2), sub + v.getUint32(sub + 4)]; // extension lookup
      if (type === 3) {
        // Cursive attachment: entry and exit anchors.
        for (let i = 0; i < 2 * u16(sub + 4); i++) anchor(sub, u16(sub + 6 + 2 * i));
      } else if (type >= 4 && type <= 6) {
        // Mark to base, ligature or mark: the marks' anchors, then the bases' (per component for ligatures).
        const classes = u16(sub + 6);
        const marks = sub + u16(sub + 8);
        for (let i = 0; i < u16(marks); i++) anchor(marks, u16(marks + 4 + 4 * i));
        const bases = sub + u16(sub + 10);
        const tables = type === 5 ? Array.from({ length: u16(bases) }, (_, i) => bases + u16(bases + 2 + 2 * i)) : [bases];
        for (const t of tables) for (let i = 0; i < u16(t) * classes; i++) anchor(t, u16(t + 2 + 2 * i));
      }
    }
  }
  return copy;
}

const flippedFonts = new WeakMap<readonly ImageFont[], ImageFont[]>();
const forSatori = (fonts: readonly ImageFont[]) => {
  let out = flippedFonts.get(fonts);
  if (!out) flippedFonts.set(fonts, (out = fonts.map((f) => ({ ...f, data: flipAnchorsForSatori(f.data) }))));
  return out;
};

/** Where a line of text has its baseline, from the top of a box as tall as the font size (Noto Sans metrics). */
const BASELINE = (1 - (1.069 + 0.293)) / 2 + 1.069;
/** Text boxes are this wide, wider than any text on the map; the text is aligned inside. */
const BOX = 2000;

type SatoriElement = { type: string; props: { style: Record<string, string | number>; children?: string | SatoriElement[] } };

function textElement(t: MapText, dx: number, dy: number): SatoriElement {
  const x = t.x + dx;
  return {
    type: 'div',
    props: {
      style: {
        position: 'absolute',
        left: t.anchor === 'middle' ? x - BOX / 2 : t.anchor === 'end' ? x - BOX : x,
        top: t.y + dy - BASELINE * t.size,
        width: BOX,
        height: t.size,
        fontSize: t.size,
        lineHeight: 1,
        fontWeight: t.bold ? 700 : 400,
        color: t.fill,
        whiteSpace: 'pre',
        textAlign: t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left',
      },
      children: t.text,
    },
  };
}

/** The map as a self-contained SVG: shapes as vectors, every text as outlines, no <text>, no links. */
export async function renderMapImageSvg(
  layout: MapLayout, people: readonly DrawnPerson[], words: MapWords, options: DrawOptions, fonts: ImageFont[],
): Promise<string> {
  const { default: satori } = await import('satori');
  const { x: vx, y: vy, width, height } = mapImageFrame(layout, words);
  const { graphics, texts } = splitMapSvg(renderMapSvg(layout, people, words, options));
  const families = [...new Set(fonts.map((f) => f.name))].join(', ');
  const outlined = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', position: 'relative', width, height, fontFamily: families },
        children: texts.map((t) => textElement(t, -vx, -vy)),
      },
    },
    // pointScaleFactor 0: no rounding to whole units, which would move letters at print size.
    { width, height, fonts: forSatori(fonts), embedFont: true, pointScaleFactor: 0 },
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(words.title)}</title><desc>${escapeXml(words.description)}</desc>`,
    `<g transform="translate(${-vx} ${-vy})">${graphics}</g>`,
    outlined,
    '</svg>',
  ].join('');
}
