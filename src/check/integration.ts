import type { AstroIntegration } from 'astro';
import { checkContent } from './check-content.ts';
import { contentDir } from './content-dir.ts';
import { formatProblems } from './problem.ts';

/** Runs the content check before Astro builds, so `astro build` fails on the same errors as `npm run check`. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'mentoring-kit:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = await checkContent(contentDir());
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          const error = new Error(
            `${report}\n\nFix these in content/, then build again (npm run check re-checks quickly).`,
          );
          error.stack = error.message; // the trace would point at this file, not at the content to fix
          throw error;
        }
        logger.error(report); // in dev, say it and keep the server up
      },
    },
  };
}
