import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from './check-content.ts';
import { contentDir } from './content-dir.ts';
import { errorsIn, formatProblems } from './problem.ts';

/**
 * Runs the content check before Astro builds, so `astro build` fails on the same errors as `npm run
 * check`; and removes the output folder when a build stops half-way, so a failed build never leaves a
 * partial `dist/` that could be deployed by mistake (Astro has no hook for a failed build: the
 * process's exit is the one place that sees every way out).
 */
export function contentCheck(): AstroIntegration {
  let outDir: string | undefined;
  let finished = false;
  const removePartialOutput = () => {
    if (outDir && !finished) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'mentoring-kit:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = await checkContent(contentDir());
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build' && errorsIn(problems).length > 0) {
          const error = new Error(
            `${report}\n\nFix these in content/, then build again (npm run check re-checks quickly).`,
          );
          error.stack = error.message; // the trace would point at this file, not at the content to fix
          throw error;
        }
        if (errorsIn(problems).length > 0) logger.error(report);
        else logger.warn(report); // in dev, say it and keep the server up
      },
      'astro:config:done': ({ config, buildOutput }) => {
        if (buildOutput !== 'static') return;
        const dir = fileURLToPath(config.outDir);
        // Never the project itself or a folder above it, whatever outDir says.
        if (fileURLToPath(config.root).startsWith(dir)) return;
        outDir = dir;
      },
      'astro:build:start': () => {
        process.once('exit', removePartialOutput);
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
