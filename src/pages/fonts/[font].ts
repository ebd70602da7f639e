import type { APIRoute, GetStaticPaths } from 'astro';
import { FONT_FILES, type FontFile } from '../../render/fonts.ts';
import { npmFont } from '../../site/npm-fonts.ts';

// The fonts of the map image export and the PDFs, copied from their npm packages into the site
// at build time, so the browser fetches them from the site's own origin (never a font service).
export const getStaticPaths = (() =>
  FONT_FILES.map((f) => ({
    params: { font: `${f.file}.ttf` },
    props: { file: f.file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await npmFont((props as { file: FontFile['file'] }).file)) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'font/ttf' },
  });
