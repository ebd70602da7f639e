// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { dirname, join } from 'node:path';
import { contentCheck } from './src/check/integration.ts';
import { cspFirst } from './src/site/csp-first.ts';

// Astro caches the content store; a build of another content folder (a test breaking a copy on
// purpose) keeps its cache beside that folder, so it can never leak into the real build.
const otherContent = process.env.KIT_CONTENT_DIR;

export default defineConfig({
  // The content check runs first, so broken content fails the build with file, field and fix;
  // the last step puts each page's Content-Security-Policy first in <head> (src/site/csp-first.ts).
  integrations: [contentCheck(), mdx(), cspFirst()],
  ...(otherContent ? { cacheDir: join(dirname(otherContent), '.astro-cache') } : {}),
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
