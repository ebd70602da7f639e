import { z } from 'astro/zod';
import { text } from './locale.ts';

/** One question of a worksheet. The field types grow with the worksheet renderer. */
const field = z.strictObject({
  /** Stable identifier stored in workbooks: never rename it once the kit is in use. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'use lower-case letters, digits and dashes' }),
  /** The kind of answer. */
  type: z.enum(['short-text', 'long-text', 'date'], { error: 'use short-text, long-text or date' }),
  /** The question, as the label of the answer box. */
  label: text,
  /** Help shown under the label. Optional. */
  help: text.optional(),
});

/** A fillable worksheet (`content/worksheets/<locale>/<slug>.yaml`). */
export const worksheetSchema = z.strictObject({
  /** The worksheet's title. */
  title: text,
  /** Why a participant fills it, in a sentence or two. */
  purpose: text,
  /** About how many minutes it takes. */
  minutes: z.number().int().min(1),
  /** Position in the workshop order. */
  order: z.number().int().min(1),
  /** Groups of questions, each with a heading. */
  sections: z
    .array(z.strictObject({ title: text, fields: z.array(field).min(1) }))
    .min(1, { error: 'add at least one section' }),
});

export type Worksheet = z.infer<typeof worksheetSchema>;
