import { z } from 'astro/zod';
import { contentId } from './id.ts';
import { text } from './locale.ts';

const minutes = z.number({ error: 'expected a number of minutes' }).int();

/**
 * A step where participants talk their work over with others, and what someone does who would rather
 * not: every agenda offers one, and nobody is made to show their map.
 * @example share: { with: pair, alone: Write down the two gaps that surprised you most. }
 */
const share = z.strictObject({
  /** Who talks together: two people, or a small group of three or four. */
  with: z.enum(['pair', 'small-group'], { error: 'use pair or small-group' }),
  /** What a participant who prefers to reflect alone does instead. */
  alone: text,
});

/** One timed step of a workshop agenda. */
const step = z.strictObject({
  /** How long the step takes, in minutes. */
  minutes: minutes.min(1).max(240),
  /** Short name of the step, shown large in the presenter view. */
  title: text,
  /** Why the step is there: what it gives participants. */
  purpose: text,
  /** What participants do, said to them ("List everyone who…"). */
  activity: text,
  /** What the facilitator says or watches for; never shown on the projected screen. */
  notes: text,
  /** Questions the facilitator may ask aloud, one per entry. Optional. */
  prompts: z.array(text).optional(),
  /** What the room needs for this step (pens, a projector, printed worksheets). Optional. */
  materials: z.array(text).optional(),
  /** The guide participants read in this step: its file name in content/guides/<locale>/, without .mdx. */
  guide: contentId('network').optional(),
  /** The worksheet participants fill in: its file name in content/worksheets/<locale>/, without .yaml. */
  worksheet: contentId('network-map').optional(),
  /** Participants talk it over with others, or reflect alone. Optional. */
  share: share.optional(),
});

/** A worksheet to print for each participant before the session. */
const printItem = z.strictObject({
  /** The worksheet's file name in content/worksheets/<locale>/, without .yaml. */
  worksheet: contentId('network-map'),
  /** Copies per participant (usually 1). */
  copies: z.number({ error: 'expected a number of copies' }).int().min(1).max(10).default(1),
});

/** A facilitator agenda (`content/agendas/<locale>/<slug>.yaml`). */
export const agendaSchema = z
  .strictObject({
    /** Name of the agenda, e.g. "60-minute workshop". */
    title: text,
    /** Who it suits and what participants leave with. */
    summary: text,
    /** Total length in minutes: the steps must add up to it. */
    minutes: minutes.min(5),
    /** Position in the list of agendas. */
    order: z.number().int().min(1),
    /**
     * The group it suits, e.g. `{ min: 8, max: 15 }`; a self-paced path is `{ min: 1, max: 1 }`.
     */
    groupSize: z
      .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1).max(500) })
      .refine((g) => g.min <= g.max, { error: 'min must not be larger than max' }),
    /** How many facilitators it needs (0 for a path a participant follows alone). */
    facilitators: z.number({ error: 'expected a number of facilitators' }).int().min(0).max(10),
    /** The worksheets to print for each participant; empty when nothing needs printing. */
    print: z.array(printItem).default([]),
    /**
     * For the second session of a series: the agenda it follows and how many months later,
     * e.g. `{ agenda: cohort-first, months: { min: 3, max: 6 } }`.
     */
    follows: z
      .strictObject({
        agenda: contentId('cohort-first'),
        months: z
          .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1).max(60) })
          .refine((m) => m.min <= m.max, { error: 'min must not be larger than max' }),
      })
      .optional(),
    /** The steps, in order. */
    steps: z.array(step).min(1, { error: 'list at least one step' }),
  })
  .check((ctx) => {
    const sum = ctx.value.steps.reduce((s, st) => s + st.minutes, 0);
    if (sum !== ctx.value.minutes) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.minutes,
        path: ['minutes'],
        message: `the steps add up to ${sum} minutes, not ${ctx.value.minutes}: change a step or the total`,
      });
    }
    if (!ctx.value.steps.some((s) => s.share)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.steps,
        path: ['steps'],
        message:
          'no step has a "share:": give one step a pair or small-group share, with what to do alone instead',
      });
    }
  });

export type Agenda = z.infer<typeof agendaSchema>;
export type AgendaStep = Agenda['steps'][number];
