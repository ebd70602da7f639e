import { z } from 'astro/zod';
import { GAPS } from '../core/analysis/gaps.ts';
import { BACKGROUND_ATTRIBUTES, SOURCES } from '../core/person.ts';
import { contentId } from './id.ts';

const id = contentId('career-advice');
const share = z.number({ error: 'expected a number between 0 and 1, e.g. 0.5' }).min(0).max(1);
const count = (max: number) =>
  z
    .number({ error: `expected a whole number from 0 to ${max}` })
    .int()
    .min(0)
    .max(max);

/** Thresholds of the analysis (`content/analysis.yaml`): the kit's own choices, shown to participants. */
export const analysisSchema = z.strictObject({
  /** Fewest answers before a background attribute's diversity is reported. */
  minAnswersForDiversity: z.number().int().min(1).max(50),
  /**
   * How many categories each background attribute has (K), where the kit knows it: the IQV is then
   * measured against K, not against the groups seen. An attribute left out uses the groups seen.
   * @example { degree: 4 }
   */
  backgroundCategories: z
    .partialRecord(z.enum(BACKGROUND_ATTRIBUTES), z.number().int().min(2).max(100))
    .default({}),
  /**
   * Free-text answers that mean "prefer not to say" in any of the kit's languages: not counted as a
   * group. Compared ignoring case, accents' encoding and runs of spaces.
   */
  declinedAnswers: z.array(z.string().min(1)).default([]),
  /**
   * Higgins and Kram's range counts social systems, not sources: which sources form one system.
   * Every source belongs to exactly one system; names of the systems are `analysis.system.<id>` in
   * content/ui.
   * @example { workplace: [department, institution], elsewhere: [external], personal: [personal] }
   */
  systems: z.record(id, z.array(z.enum(SOURCES)).min(1)).superRefine((systems, ctx) => {
    const seen = Object.values(systems).flat();
    for (const source of SOURCES) {
      const n = seen.filter((s) => s === source).length;
      if (n !== 1)
        ctx.addIssue({
          code: 'custom',
          message:
            n === 0
              ? `the source "${source}" belongs to no system: add it to one`
              : `the source "${source}" is in ${n} systems: keep it in one`,
        });
    }
  }),
  typology: z.strictObject({
    /** Range is high from this many social systems (of those in `systems`)… */
    highRangeFromSystems: z.number().int().min(1).max(10),
    /** …unless one system holds at least this share of the people with a source. */
    dominantShare: share,
    /** Ties are strong from this share of close people. */
    strongTiesFromCloseShare: share,
  }),
  /** Below these the kit names no network type and says what to add first. */
  typeFrom: z.strictObject({
    /** Fewest current people. */
    people: count(50),
    /** Fewest share of them whose source is answered. */
    withSourceShare: share,
  }),
  /** When the ties among your people count as overlapping. */
  structure: z.strictObject({
    /** Efficiency (non-redundant share) below which the kit suggests someone outside the circle. */
    redundantBelowEfficiency: share,
    /** Density from which your people count as one close-knit circle. */
    closeKnitFromDensity: share,
  }),
  /** What research adds (docs/analysis.md#what-research-adds). */
  support: z.strictObject({
    /** One person carrying more than this share of the needs, or of the roles covered, is over-reliance. */
    relianceShare: share,
    /** The roles of people the participant mentors, counted as giving back (role ids of roles.yaml). */
    menteeRoles: z.array(id).default([]),
  }),
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
  suggestions: z.record(z.enum(GAPS, { error: `use ${GAPS.join(', ')}` }), id),
  /**
   * A worksheet for a missing role that differs from `suggestions.missing-role`, by role id (e.g.
   * finding a mentee is not approaching a mentor).
   */
  roleSuggestions: z.record(id, id).default({}),
});

export type AnalysisSettings = z.infer<typeof analysisSchema>;
