// ESLint: JavaScript's and typescript-eslint's recommended rules, and eslint-plugin-astro's for
// components and pages. Formatting is Prettier's job (npm run format:check), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The offline worker runs in a service worker's scope; the build writes its constants in.
    files: ['src/site/offline-worker.js'],
    languageOptions: {
      globals: { ...globals.serviceworker, VERSION: 'readonly', SCOPE: 'readonly', PRECACHE: 'readonly' },
    },
  },
  {
    // Tests feed the code malformed documents and poke at the page's window on purpose.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
