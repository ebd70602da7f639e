import { z } from 'astro/zod';
import { text, url } from './locale.ts';

/** A formal mentoring program or resource (`content/programs/<locale>/<slug>.yaml`). */
export const programSchema = z.strictObject({
  /** Name of the program, or of the kind of program. */
  name: text,
  /** Where it is run: department, institution, society, affinity or national. */
  scope: z.enum(['department', 'institution', 'society', 'affinity', 'national'], {
    error: 'use department, institution, society, affinity or national',
  }),
  /** What it offers and whom it suits. */
  description: text,
  /** Where to find it or whom to ask. Optional. */
  howToFind: text.optional(),
  /** Its page, if it has one. Optional. */
  url: url.optional(),
  /** Position in the list. */
  order: z.number().int().min(1),
});

export type Program = z.infer<typeof programSchema>;
