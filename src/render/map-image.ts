// The map as a file to download: the map scene (core/map-scene.ts) with its shapes drawn as the
// live map draws them (render/map-svg.ts) and every text turned into outlines by satori, so the
// picture looks the same on any machine, with no font and nothing to fetch. Pure: the browser glue
// (islands/map-export.ts), tests and the bench share it; the caller hands in the fonts and satori's
// layout engine (fetched from the site in the browser, read from npm in Node).
//
// The outlined texts are stacked above all the shapes, which draws the same picture, because the
// layout never lets a label cross another person and ties stay inside the circle.
import type SatoriFunction from 'satori/standalone';
import { type SceneText } from '../core/map-marks.ts';
import { sceneTexts, type MapScene } from '../core/map-scene.ts';
import { FONT_FILES, languageFontsFor, tableRecord, type FontFile } from './fonts.ts';
import { mapGraphicsSvg } from './map-svg.ts';
import { escapeXml } from './xml.ts';

/** A font for satori: TTF or OTF bytes. Pass the same array each time: satori caches by it. */
export interface ImageFont {
  name: string;
  data: ArrayBuffer;
  weight?: 400 | 700;
  style?: 'normal';
}

/**
 * The font files an image of this scene needs: Noto Sans regular always; a script's regular font
 * when any text has its letters; a bold font only when a bold text (role names, "You") has letters
 * of its script, since satori draws a bold text in the regular font of a family that lacks bold.
 * On a map of names in many scripts and roles in Latin this leaves out every bold but Noto Sans's.
 */
export function mapImageFontFiles(scene: MapScene): FontFile[] {
  const texts = sceneTexts(scene);
  const bold = texts.filter((t) => t.bold).map((t) => t.text);
  const anyScripts = languageFontsFor(texts.map((t) => t.text).join('\n'));
  const boldScripts = languageFontsFor(bold.join('\n'));
  return FONT_FILES.filter((f) =>
    f.weight === 400
      ? f.script === 'base' || anyScripts.includes(f.script)
      : f.script === 'base'
        ? bold.length > 0
        : boldScripts.includes(f.script),
  );
}

/**
 * satori/standalone's layout engine: the bytes of satori's `layout.wasm` or their compiled module.
 * satori/standalone is satori without that engine inlined in its code as text (which made the full
 * build a third larger, and decoded and compiled it before anything could run).
 */
export type LayoutWasm = BufferSource | WebAssembly.Module;

type Satori = typeof SatoriFunction;
let loaded: Promise<Satori> | undefined;

/**
 * satori, with its layout engine given once per page or process. Its `init` settles satori's own
 * wait for the engine for good, so it is called only once the engine is in hand: when fetching it
 * fails, satori stays uninitialised and the next call tries again.
 */
export function loadSatori(layout: LayoutWasm | Promise<LayoutWasm>): Promise<Satori> {
  if (!loaded) {
    const loading = Promise.all([import('satori/standalone'), layout]).then(async ([m, wasm]) => {
      await m.init(wasm);
      return m.default;
    });
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
    loaded = loading;
  }
  return loaded;
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
  const record = tableRecord(new Uint8Array(copy), 'GPOS');
  const gpos = record === undefined ? 0 : v.getUint32(record + 8);
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
        const tables =
          type === 5 ? Array.from({ length: u16(bases) }, (_, i) => bases + u16(bases + 2 + 2 * i)) : [bases];
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

type SatoriElement = {
  type: string;
  props: { style: Record<string, string | number>; children?: string | SatoriElement[] };
};

function textElement(t: SceneText, dx: number, dy: number): SatoriElement {
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
  scene: MapScene,
  fonts: ImageFont[],
  layout: LayoutWasm | Promise<LayoutWasm>,
): Promise<string> {
  const satori = await loadSatori(layout);
  const { x: vx, y: vy, width, height } = scene.view;
  const families = [...new Set(fonts.map((f) => f.name))].join(', ');
  const outlined = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', position: 'relative', width, height, fontFamily: families },
        children: sceneTexts(scene).map((t) => textElement(t, -vx, -vy)),
      },
    },
    // pointScaleFactor 0: no rounding to whole units, which would move letters at print size.
    { width, height, fonts: forSatori(fonts), embedFont: true, pointScaleFactor: 0 },
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(scene.title)}</title><desc>${escapeXml(scene.description)}</desc>`,
    `<g transform="translate(${-vx} ${-vy})">${mapGraphicsSvg(scene)}</g>`,
    outlined,
    '</svg>',
  ].join('');
}
