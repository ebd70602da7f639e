import type { APIRoute, GetStaticPaths } from 'astro';
import { layoutWasmFile } from '../../core/routes.ts';
import { layoutWasmBytes, layoutWasmHash } from '../../site/layout-wasm.ts';

// satori's layout engine, copied from its npm package into the site at build time: the map image
// export fetches it from the site's own origin when first asked for (src/islands/map-export.ts).
export const getStaticPaths = (() => [
  { params: { file: layoutWasmFile(layoutWasmHash()) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(layoutWasmBytes(), { headers: { 'Content-Type': 'application/wasm' } });
