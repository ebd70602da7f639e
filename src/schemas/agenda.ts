import { z } from 'astro/zod';
import { text } from './locale.ts';

/** One timed step of a workshop agenda. */
const step = z.strictObject({
  /** How long the step takes, in minutes. */
  minutes: z.number({ error: 'expected a number of minutes' }).int().min(1).max(240),
  /** Short name of the step. */
  title: text,
  /** What participants do. */
  activity: text,
  /** What the facilitator says or watches for. */
  notes: text,
});

/** A facilitator agenda (`content/agendas/<locale>/<slug>.yaml`). */
export const agendaSchema = z
  .strictObject({
    /** Name of the agenda, e.g. "60-minute workshop". */
    title: text,
    /** Who it suits and what participants leave with. */
    summary: text,
    /** Total length in minutes: the steps must add up to it. */
    minutes: z.number({ error: 'expected a number of minutes' }).int().min(5),
    /** Position in the list of agendas. */
    order: z.number().int().min(1),
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
  });

export type Agenda = z.infer<typeof agendaSchema>;
