// "Download map image": loaded by dynamic import only when asked for, since it brings satori and
// the fonts. Fetches Noto Sans, plus a script's font only when the map has such letters (the CJK
// ones are several MB), outlines the texts (src/render/map-image.ts) and rasterises for print.
// On the first click satori's code, its layout engine (WebAssembly) and the fonts load side by side.
import type { MapScene } from '../core/map-scene.ts';
import { failsAs } from './failure.ts';
import { fetchFont, fetchOnce } from './fetch-once.ts';
import {
  loadSatori,
  mapImageFontFiles,
  pngSize,
  renderMapImageSvg,
  type ImageFont,
} from '../render/map-image.ts';

// The font lists built from the fetched fonts: satori caches its parsing per list object.
const lists = new Map<string, ImageFont[]>();

async function fontsFor(scene: MapScene): Promise<ImageFont[]> {
  const wanted = mapImageFontFiles(scene);
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

let layout: Promise<WebAssembly.Module> | undefined;

/** satori's layout engine from the site, compiled once per page (a failure is tried again next time). */
function layoutEngine(url: string): Promise<WebAssembly.Module> {
  if (!layout) {
    const compiling = failsAs(
      'load-failed',
      fetchOnce(url).then((bytes) => WebAssembly.compile(bytes)),
    );
    compiling.catch(() => {
      if (layout === compiling) layout = undefined;
    });
    layout = compiling;
  }
  return layout;
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

/** The map as a self-contained SVG; `layoutWasm` is the URL of satori's layout engine on the site. */
export async function mapImageSvg(scene: MapScene, layoutWasm: string): Promise<Blob> {
  // Started before the fonts are awaited, so that satori's code and engine load while they do.
  const satori = failsAs('load-failed', loadSatori(layoutEngine(layoutWasm)));
  satori.catch(() => {}); // reported below, when the render waits for it
  const fonts = await fontsFor(scene);
  await satori;
  const svgText = await failsAs('render-failed', renderMapImageSvg(scene, fonts, layoutEngine(layoutWasm)));
  return new Blob([svgText], { type: 'image/svg+xml' });
}

/** That SVG as a PNG at least 2480 px on its longer side (A5 at 300 dpi). */
export function mapImagePng(scene: MapScene, svg: Blob): Promise<Blob> {
  const { width, height } = pngSize(scene.view.width, scene.view.height);
  return failsAs('render-failed', toPng(svg, width, height));
}
