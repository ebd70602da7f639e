import { z } from 'astro/zod';
import { contentId } from './id.ts';

/**
 * The participant's path through the kit (`content/journey.yaml`): the worksheets in the order a
 * participant fills them, by file name. Every worksheet page shows its place on the path and links
 * the step before and after; the worksheet list and the participant packet follow the same order.
 * @example steps: [know-yourself, network-map, action-plan]
 */
export const journeySchema = z.strictObject({
  /** Worksheet file names (content/worksheets/<locale>/<name>.yaml without .yaml), first step first. */
  steps: z
    .array(contentId('know-yourself'))
    .min(1, { error: 'list at least one worksheet' })
    .refine((steps) => new Set(steps).size === steps.length, {
      error: 'a worksheet is listed twice: list each worksheet once',
    }),
});

export type Journey = z.infer<typeof journeySchema>;
