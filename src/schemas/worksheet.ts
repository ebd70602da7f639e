import { z } from 'astro/zod';
import { PLACEHOLDER_PATTERN } from '../core/ids.ts';
import { contentId } from './id.ts';
import { text } from './locale.ts';

/** Identifiers stored in participants' workbooks: never rename one once the kit is in use. */
const id = contentId('short-term');

/** What every field has. */
const base = {
  /** Stable identifier of the answer in the workbook, unique within the worksheet. */
  id,
  /** The question, shown as the label of the answer. */
  label: text,
  /** Help shown under the label. Optional. */
  help: text.optional(),
};

/** A choice of a single-choice, multiple-choice or checklist field. */
const option = z.strictObject({
  /** Stable identifier stored in the workbook. */
  id,
  /** What the participant reads. */
  label: text,
  /** A line of explanation under the choice. Optional. */
  help: text.optional(),
});

/**
 * Choices a text answer offers from what the participant entered elsewhere, while any other text
 * stays possible: `map-people` the people on their map (current and planned), `my-needs` the needs
 * they ticked (the field content/analysis.yaml names in `answers.needs`). Printed blank, it is a line.
 */
const choices = z.enum(['map-people', 'my-needs'], { error: 'use map-people or my-needs' });

/** Writing lines a text answer gets on paper when it is printed blank. */
const lines = z.number().int().min(1).max(30);

const shortText = z.strictObject({
  ...base,
  type: z.literal('short-text'),
  /** Hint shown inside the empty box, e.g. an example answer. Optional. */
  placeholder: text.optional(),
  /** Offer the people on the map or the participant's needs as choices. Optional. */
  choices: choices.optional(),
});

const longText = z.strictObject({
  ...base,
  type: z.literal('long-text'),
  /** Writing lines on paper and rows on screen (default 5). */
  lines: lines.default(5),
  /** Show how long the text takes to say aloud, against a target (for a pitch). Optional. */
  speakingTime: z
    .strictObject({
      /** Speaking pace used for the estimate; 130 is a typical, unhurried pace. */
      wordsPerMinute: z.number().int().min(60).max(250).default(130),
      /** The time the text should fit in, in seconds. */
      targetSeconds: z.number().int().min(10).max(600),
    })
    .optional(),
  /** Show a live word count, with this target number of words when given. Optional. */
  wordTarget: z.number().int().min(10).max(5000).optional(),
  /**
   * Text fields of this worksheet whose answers a button joins into this one, as sentences in this
   * order (e.g. the parts of a pitch). A draft the participant wrote is never replaced unasked. Optional.
   */
  joins: z.array(id).min(2).max(6).optional(),
});

const date = z.strictObject({ ...base, type: z.literal('date') });

const singleChoice = z.strictObject({
  ...base,
  type: z.literal('single-choice'),
  options: z.array(option).min(2, { error: 'give at least two options' }),
});

const multipleChoice = z.strictObject({
  ...base,
  type: z.literal('multiple-choice'),
  options: z.array(option).min(2, { error: 'give at least two options' }),
});

const checklist = z.strictObject({
  ...base,
  type: z.literal('checklist'),
  /** Numbered steps to follow in order (true) or a plain list of things to tick (false). */
  ordered: z.boolean().default(false),
  items: z.array(option).min(1, { error: 'give at least one item' }),
});

const rating = z.strictObject({
  ...base,
  type: z.literal('rating'),
  /** The levels from lowest to highest, each with what it looks like (a rubric row). */
  levels: z
    .array(z.strictObject({ label: text, descriptor: text }))
    .min(2, { error: 'give at least two levels' })
    .max(7, { error: 'use at most seven levels' }),
});

const list = z.strictObject({
  ...base,
  type: z.literal('list'),
  /** Label of each entry, e.g. "Event or place". */
  itemLabel: text,
  /** Entries shown on paper and when the list starts. */
  startWith: z.number().int().min(1).max(10).default(3),
  /** Most entries a participant may add. */
  max: z.number().int().min(1).max(50).default(12),
});

const table = z.strictObject({
  ...base,
  type: z.literal('table'),
  columns: z
    .array(
      z
        .strictObject({
          id,
          label: text,
          type: z.enum(['text', 'date']).default('text'),
          /** Offer the people on the map or the participant's needs in this text column. Optional. */
          choices: choices.optional(),
        })
        .refine((c) => !(c.type === 'date' && c.choices), {
          error: 'a date column cannot offer choices: remove "choices" or make it a text column',
          path: ['choices'],
        }),
    )
    .min(1)
    .max(6, { error: 'use at most six columns: more do not fit on paper' }),
  /** Rows shown on paper and when the table starts. */
  startWith: z.number().int().min(1).max(12).default(3),
  /** Most rows a participant may add. */
  max: z.number().int().min(1).max(50).default(12),
});

/** A practice stopwatch (for rehearsing a pitch aloud); stores nothing. */
const timer = z.strictObject({
  ...base,
  type: z.literal('timer'),
  /** The time to aim for, in seconds. */
  targetSeconds: z.number().int().min(10).max(3600),
});

/**
 * An e-mail drafted from other answers of the same worksheet. `{field-id}` in the template is
 * replaced by that answer; a line whose fields are all empty is left out. The draft stays editable.
 */
const composer = z.strictObject({
  ...base,
  type: z.literal('composer'),
  /** The subject line, with `{field-id}` placeholders. */
  subject: text,
  /** The message, with `{field-id}` placeholders, one paragraph per blank line. */
  template: text,
  /** The field that holds the recipient's e-mail address, if any. Optional. */
  to: id.optional(),
  lines: lines.default(10),
});

/** A calendar reminder (.ics) for the date given in another field of the same worksheet. */
const reminder = z.strictObject({
  ...base,
  type: z.literal('reminder'),
  /** The date field whose day the reminder falls on. */
  date: id,
  /** Title of the calendar event. */
  summary: text,
  /** Text of the calendar event. */
  description: text,
  /**
   * One more event for each row of a table of this worksheet that has a date, in the same file
   * (e.g. each step of an action plan on its "by when" day). `{column-id}` in the texts is that
   * row's answer; a line whose columns are all empty is left out. Optional.
   */
  rows: z
    .strictObject({
      /** The table field. */
      field: id,
      /** Its date column that gives each event's day. */
      date: id,
      /** Title of each event, with `{column-id}` placeholders. */
      summary: text,
      /** Title of an event whose placeholders are all empty. */
      untitled: text,
      /** Text of each event, with `{column-id}` placeholders. Optional. */
      description: text.optional(),
    })
    .optional(),
});

/**
 * The people of the participant's network, with the live map. Stored in the workbook's network
 * (not with the answers); its words come from content/ui (`person.*`, `network.*`, `map.*`).
 */
const people = z.strictObject({ ...base, type: z.literal('people') });

/**
 * What the map shows: findings, network type, structure, goals, next steps, snapshots and exports,
 * computed in the browser from the network; thresholds from content/analysis.yaml. Stores nothing itself.
 */
const findings = z.strictObject({ ...base, type: z.literal('findings') });

/**
 * An anonymous summary of the map for the facilitator's cohort picture: counts and the kit's own
 * words only (core/cohort-summary.ts), shown in words before it is saved. Stores nothing itself.
 */
const anonymousSummary = z.strictObject({ ...base, type: z.literal('anonymous-summary') });

/** One question of a worksheet; `type` decides how it is asked, stored and printed. */
export const fieldSchema = z.discriminatedUnion(
  'type',
  [
    shortText,
    longText,
    date,
    singleChoice,
    multipleChoice,
    checklist,
    rating,
    list,
    table,
    timer,
    composer,
    reminder,
    people,
    findings,
    anonymousSummary,
  ],
  {
    error:
      'use one of the field types: short-text, long-text, date, single-choice, multiple-choice, checklist, rating, list, table, timer, composer, reminder, people, findings, anonymous-summary',
  },
);

/**
 * Each field type with the settings it takes besides `id`, `label` and `help`, read from the schema
 * itself: the forker's guide lists them from here, so the documentation cannot drift from the check.
 */
export const fieldTypes = fieldSchema.options.map((option) => ({
  type: option.shape.type.value,
  settings: Object.entries(option.shape as Record<string, z.ZodType>)
    .filter(([name]) => name !== 'type' && !(name in base))
    .map(([name, schema]) => ({ name, optional: schema.safeParse(undefined).success })),
}));

/** A group of questions under a heading. */
const section = z.strictObject({
  /** Identifier of the section, unique within the worksheet. */
  id,
  /** The heading. */
  title: text,
  /** A short introduction under the heading. Optional. */
  intro: text.optional(),
  /** Show the institution's links from kit.yaml here (those that are set). Optional. */
  kitLinks: z.array(z.enum(['researchNetworking', 'mentoringPrograms'])).optional(),
  /** Start this section on a new sheet of paper when printed. */
  pageBreakBefore: z.boolean().default(false),
  fields: z.array(fieldSchema).min(1, { error: 'add at least one field' }),
});

/** A fillable worksheet (`content/worksheets/<locale>/<slug>.yaml`); the slug is its id in workbooks. */
export const worksheetSchema = z
  .strictObject({
    /** The worksheet's title. */
    title: text,
    /** Why a participant fills it, in a sentence or two (also the page's meta description). */
    purpose: text,
    /** About how many minutes it takes. */
    minutes: z.number().int().min(1).max(240),
    /**
     * Position in the workshop order (1 comes first). The worksheets on the participant's path
     * (content/journey.yaml) follow the path's order; this places the others after them.
     */
    order: z.number().int().min(1),
    /** Guide pages (slugs) that help with this worksheet. Optional. */
    guides: z.array(id).default([]),
    sections: z.array(section).min(1, { error: 'add at least one section' }),
  })
  .check((ctx) => {
    // Ids must be unique, and composers and reminders may only point at fields that exist.
    const fields = ctx.value.sections.flatMap((s, si) =>
      s.fields.map((f, fi) => ({ f, path: ['sections', si, 'fields', fi] })),
    );
    const byId = new Map<string, (typeof fields)[number]['f']>();
    for (const { f, path } of fields) {
      if (byId.has(f.id))
        ctx.issues.push({
          code: 'custom',
          input: f.id,
          path: [...path, 'id'],
          message: `the field id "${f.id}" is used twice in this worksheet, so both fields would be stored as one answer: give this field an id of its own (the same in every locale)`,
        });
      byId.set(f.id, f);
    }
    // Choices too: two with one id would show as two buttons storing one answer. The one named is
    // the later copy, so the message points at the duplicate, not at the choice that was there first.
    for (const { f, path } of fields) {
      const key =
        'options' in f ? 'options' : 'items' in f ? 'items' : 'columns' in f ? 'columns' : undefined;
      if (!key) continue;
      const firstAt = new Map<string, number>();
      ('options' in f ? f.options : 'items' in f ? f.items : 'columns' in f ? f.columns : []).forEach(
        (choice: { id: string }, i: number) => {
          const first = firstAt.get(choice.id);
          if (first === undefined) firstAt.set(choice.id, i);
          else
            ctx.issues.push({
              code: 'custom',
              input: choice.id,
              path: [...path, key, i, 'id'],
              message: `the id "${choice.id}" is already used by ${key}[${first + 1}] of this field, so both would be stored as one answer: give this one an id of its own (the same in every locale)`,
            });
        },
      );
    }
    for (const { f, path } of fields) {
      const refs =
        f.type === 'composer'
          ? [...`${f.subject}\n${f.template}`.matchAll(PLACEHOLDER_PATTERN)]
              .map((m) => m[1]!)
              .concat(f.to ? [f.to] : [])
          : f.type === 'reminder'
            ? [f.date, ...(f.rows ? [f.rows.field] : [])]
            : f.type === 'long-text'
              ? (f.joins ?? [])
              : [];
      for (const ref of refs) {
        if (!byId.has(ref))
          ctx.issues.push({
            code: 'custom',
            input: ref,
            path: [...path],
            message: `refers to the field "${ref}", which is not in this worksheet: write the id of one of its fields (in a template, as {field-id})`,
          });
      }
      // The summary is made from the findings' analysis, whose names and settings that field hands over.
      if (f.type === 'anonymous-summary' && !fields.some(({ f: other }) => other.type === 'findings'))
        ctx.issues.push({
          code: 'custom',
          input: f.type,
          path: [...path, 'type'],
          message:
            'an anonymous-summary field needs a findings field in the same worksheet: add one above it',
        });
      for (const [i, part] of (f.type === 'long-text' ? (f.joins ?? []) : []).entries()) {
        const type = byId.get(part)?.type;
        if (type && type !== 'short-text' && type !== 'long-text')
          ctx.issues.push({
            code: 'custom',
            input: part,
            path: [...path, 'joins', i],
            message: `"${part}" must be a short-text or long-text field`,
          });
      }
      const table = f.type === 'reminder' && f.rows ? byId.get(f.rows.field) : undefined;
      if (f.type === 'reminder' && f.rows && table) {
        const columns = table.type === 'table' ? table.columns : [];
        const issue = (message: string, at: string) =>
          ctx.issues.push({ code: 'custom', input: f.rows, path: [...path, 'rows', at], message });
        if (table.type !== 'table') issue(`"${f.rows.field}" must be a field of type table`, 'field');
        else if (!columns.some((c) => c.id === f.rows!.date && c.type === 'date'))
          issue(`"${f.rows.date}" must be a date column of the table "${f.rows.field}"`, 'date');
        for (const at of ['summary', 'description'] as const)
          for (const m of (f.rows[at] ?? '').matchAll(PLACEHOLDER_PATTERN))
            if (table.type === 'table' && !columns.some((c) => c.id === m[1]))
              issue(`refers to the column "${m[1]}", which is not in the table "${f.rows.field}"`, at);
      }
      if (f.type === 'reminder' && byId.get(f.date) && byId.get(f.date)!.type !== 'date') {
        ctx.issues.push({
          code: 'custom',
          input: f.date,
          path: [...path, 'date'],
          message: `"${f.date}" must be a field of type date`,
        });
      }
    }
  });

export type Worksheet = z.infer<typeof worksheetSchema>;
export type WorksheetField = z.infer<typeof fieldSchema>;
export type FieldType = WorksheetField['type'];
