import { z } from 'astro/zod';
import { contentId } from './id.ts';

const id = contentId('career-advice');
const share = z.number({ error: 'expected a number between 0 and 1, e.g. 0.5' }).min(0).max(1);

/** Thresholds of the analysis (`content/analysis.yaml`): the kit's own choices, shown to participants. */
export const analysisSchema = z.strictObject({
  /** Fewest answers before a background attribute's diversity is reported. */
  minAnswersForDiversity: z.number().int().min(1).max(50),
  typology: z.strictObject({
    /** Range is high from this many distinct sources (1 to 4). */
    highRangeFromSources: z.number().int().min(1).max(4),
    /** Ties are strong from this share of close people. */
    strongTiesFromCloseShare: share,
  }),
  /** Share of people from your own department and institution above which the kit suggests looking further. */
  homeShareHigh: share,
  /**
   * Where the analysis and the report read the participant's answers. Worksheets are named by file
   * name (`content/worksheets/<locale>/<name>.yaml` without `.yaml`), fields by their id; the content
   * check makes sure each exists in every locale.
   */
  answers: z.strictObject({
    /**
     * The multiple-choice field whose ticked options are the participant's needs, which goal
     * alignment checks the network against. Its option ids are the keys of `needs`.
     */
    needs: z.strictObject({ worksheet: id, field: id }),
    /** The worksheet the report prints as the action plan, in a part of its own. */
    actionPlan: id,
  }),
  /** For each need (an option of the `answers.needs` field): the roles and kinds of support that answer it. */
  needs: z.record(id, z.strictObject({ roles: z.array(id), supports: z.array(id) })),
  /** The worksheet (slug) that helps with each kind of gap. */
  suggestions: z.record(
    z.enum(
      [
        'missing-role',
        'distant-only',
        'narrow-sources',
        'missing-stage',
        'no-close',
        'no-distant',
        'unmet-need',
        'low-diversity',
      ],
      {
        error:
          'use missing-role, distant-only, narrow-sources, missing-stage, no-close, no-distant, unmet-need or low-diversity',
      },
    ),
    id,
  ),
});

export type AnalysisSettings = z.infer<typeof analysisSchema>;
