import { z } from 'astro/zod';
import { FACTORS } from '../core/analysis/factors.ts';
import { contentId } from './id.ts';
import { localizedText } from './locale.ts';

/** One factor of a dynamic mentoring network (`content/factors.yaml`). */
export function factorSchema(locales: readonly string[]) {
  const t = localizedText(locales);
  return z.strictObject({
    /** Which factor the analysis computes for it: sources, career-stages, strength, backgrounds or change. */
    id: z.enum(FACTORS, { error: `use one of the factors the analysis computes: ${FACTORS.join(', ')}` }),
    /** Short name, e.g. "Varied sources". */
    name: t,
    /** What the factor means, in a sentence or two. */
    description: t,
    /** A question participants ask of their own network. */
    question: t,
    /** Slug of the guide that helps with this factor (a file name in content/guides/<locale>/, without .mdx). */
    guide: contentId('growing'),
  });
}

export type Factor = z.infer<ReturnType<typeof factorSchema>>;
