import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FONT_FILES } from '../../render/fonts.ts';

// The fonts of the map image export, copied from their npm packages into the site at build time,
// so the export fetches them from the site's own origin (never a font service).
const require = createRequire(resolve(process.cwd(), 'package.json'));

export const getStaticPaths = (() =>
  FONT_FILES.map((f) => ({ params: { font: `${f.file}.ttf` }, props: { npm: f.npm } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await readFile(require.resolve((props as { npm: string }).npm)), { headers: { 'Content-Type': 'font/ttf' } });
