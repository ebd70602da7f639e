// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { dirname, join } from 'node:path';
import { contentCheck } from './src/check/integration.ts';
import { cspFirst } from './src/site/csp-first.ts';
import { deployAddress } from './src/site/deploy-address.ts';
import { offlineCache } from './src/site/offline-cache.ts';

// Astro caches the content store; a build of another content folder (a test breaking a copy on
// purpose) keeps its cache beside that folder, so it can never leak into the real build.
const otherContent = process.env.KIT_CONTENT_DIR;
// kit.yaml's `site`: the address the kit is published at, whose path is the base of every URL.
const address = deployAddress();

export default defineConfig({
  // The content check runs first, so broken content fails the build with file, field and fix;
  // then each page's Content-Security-Policy goes first in <head> (src/site/csp-first.ts), and
  // last the offline worker is written with the list of the finished files (src/site/offline-cache.ts).
  integrations: [contentCheck(), mdx(), cspFirst(), offlineCache()],
  ...(otherContent ? { cacheDir: join(dirname(otherContent), '.astro-cache') } : {}),
  ...(address ? { site: address.site, base: address.base } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Hashes for every inline style and script; nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // satori (the map image export, loaded on demand) compiles WebAssembly; no other script may.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Guides have no code to colour, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // The base as text in pages and islands alike (src/core/base-path.ts).
    define: { __KIT_BASE__: JSON.stringify(address?.base ?? '/') },
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a directive the bundler warns about; it is harmless here.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
