import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the site once (set KIT_REUSE_DIST=1 to reuse dist/ while iterating) and serves it on loopback. */
export default async function setup(project: TestProject) {
  if (!(process.env.KIT_REUSE_DIST && existsSync('dist/index.html'))) {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  const server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
  return server.close;
}
