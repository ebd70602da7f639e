// "Download map image": loaded by dynamic import only when asked for, since it brings satori and
// the fonts. Fetches Noto Sans, plus a script's font only when the map has such letters (the CJK
// ones are several MB), outlines the texts (src/render/map-image.ts) and rasterises for print.
import type { MapScene } from '../core/map-scene.ts';
import { fontFilesFor, languageFontsFor } from '../render/fonts.ts';
import { failsAs } from './failure.ts';
import { fetchFont } from './fetch-once.ts';
import { mapImageText, pngSize, renderMapImageSvg, type ImageFont } from '../render/map-image.ts';

// The font lists built from the fetched fonts: satori caches its parsing per list object.
const lists = new Map<string, ImageFont[]>();

async function fontsFor(text: string): Promise<ImageFont[]> {
  const wanted = fontFilesFor(languageFontsFor(text));
  const key = wanted.map((f) => f.file).join(' ');
  let list = lists.get(key);
  if (!list) {
    const data = await failsAs('fonts-unavailable', Promise.all(wanted.map((f) => fetchFont(f.file))));
    list = wanted.map((f, i) => ({
      name: f.family,
      weight: f.weight,
      style: 'normal' as const,
      data: data[i]!,
    }));
    lists.set(key, list);
  }
  return list;
}

/** Draws the SVG through an <img> onto a white canvas: the browser's own fast rasteriser. */
async function toPng(svg: Blob, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map as a self-contained SVG and a PNG at least 2480 px on its longer side (A5 at 300 dpi). */
export async function exportMapImages(
  scene: MapScene,
): Promise<{ svg: Blob; png: Blob; width: number; height: number }> {
  const fonts = await fontsFor(mapImageText(scene));
  const svgText = await failsAs('render-failed', renderMapImageSvg(scene, fonts));
  const svg = new Blob([svgText], { type: 'image/svg+xml' });
  const { width, height } = pngSize(scene.view.width, scene.view.height);
  return { svg, png: await failsAs('render-failed', toPng(svg, width, height)), width, height };
}
