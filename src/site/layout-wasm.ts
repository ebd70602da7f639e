// The layout engine of satori/standalone (yoga compiled to WebAssembly), read from satori's npm
// package once per process (Node only, no astro:*): the build publishes it under a name that
// carries a hash of its bytes (src/pages/wasm/[file].ts), and Node's own image renders (tests)
// pass these bytes to src/render/map-image.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(resolve(process.cwd(), 'package.json'));
let bytes: Uint8Array<ArrayBuffer> | undefined;

/** The bytes of satori's `layout.wasm`. */
export const layoutWasmBytes = (): Uint8Array<ArrayBuffer> =>
  (bytes ??= new Uint8Array(readFileSync(require.resolve('satori/layout.wasm'))));

/** A short hash of those bytes: a new satori gets a new file name, so no cache serves the old one. */
export const layoutWasmHash = (): string =>
  createHash('sha256').update(layoutWasmBytes()).digest('hex').slice(0, 16);
