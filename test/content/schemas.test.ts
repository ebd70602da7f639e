import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { kitSchema } from '../../src/schemas/kit.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { agendaSchema } from '../../src/schemas/agenda.ts';
import { uiSchema } from '../../src/schemas/ui.ts';
import { worksheetSchema } from '../../src/schemas/worksheet.ts';
import { parseFrontmatter, parseYaml } from '../../src/check/source.ts';
import { validate } from '../../src/check/zod-problems.ts';
import type { Problem } from '../../src/check/problem.ts';

const fixture = (name: string) => `test/fixtures/${name}`;

/** Reads a fixture the way the content check does, and validates it: returns the problems a forker sees. */
function problemsOf(name: string, schema: z.ZodType): Problem[] {
  const text = readFileSync(fixture(name), 'utf8');
  const read = name.endsWith('.mdx') ? parseFrontmatter(text, name) : parseYaml(text, name);
  if (!read.parsed) return read.problems;
  return [...read.problems, ...validate(schema, read.parsed, name).problems];
}

const kit = kitSchema(['en']);
const kitTwoLocales = kitSchema(['en', 'es']);
const roles = roleSchema(['en']).array();

describe('good fixtures pass', () => {
  it.each([
    ['good/kit.yaml', kit],
    ['good/guide.mdx', guideSchema],
    ['good/roles.yaml', roles],
    ['good/agenda.yaml', agendaSchema],
    ['good/worksheet.yaml', worksheetSchema],
  ] as const)('%s', (name, schema) => {
    expect(problemsOf(name, schema)).toEqual([]);
  });
});

// Each bad fixture must fail with a message that names the field and says how to fix it.
const cases: [file: string, field: string | undefined, message: RegExp, schema: z.ZodType, line?: number][] =
  [
    ['bad/kit-colour-name.yaml', 'colours.primary', /#rrggbb, for example #1d4f91/, kit, 11],
    ['bad/kit-misspelt-field.yaml', 'colors', /unknown field "colors": check its spelling/, kit, 10],
    ['bad/kit-misspelt-field.yaml', 'colours', /is missing: add "colours:"/, kit],
    ['bad/kit-missing-translation.yaml', 'kit.name.es', /is missing: add "es:"/, kitTwoLocales, 3],
    ['bad/kit-bad-email.yaml', 'contact.email', /e-mail address such as mentoring@example.edu/, kit, 15],
    ['bad/kit-bad-paper.yaml', 'paper', /use a4 or letter/, kit, 19],
    ['bad/kit-no-locales.yaml', 'locales', /list at least one locale/, kit, 1],
    ['bad/kit-bad-locale.yaml', 'locales[1]', /language code such as "en"/, kitSchema(['English']), 1],
    ['bad/kit-missing-contact.yaml', 'contact', /is missing: add "contact:"/, kit],
    ['bad/kit-logo-outside.yaml', 'institution.logo', /must stay inside content\//, kit, 7],
    ['bad/kit-http-licence.yaml', 'licence.url', /full address starting with https:\/\//, kit, 18],
    ['bad/kit-syntax.yaml', undefined, /YAML syntax error: .*Check indentation/, kit, 20],
    ['bad/guide-no-title.mdx', 'title', /is missing: add "title:"/, guideSchema],
    ['bad/guide-short-description.mdx', 'description', /at least 50 characters/, guideSchema, 3],
    ['bad/guide-bad-audience.mdx', 'audience', /use participant, facilitator or institution/, guideSchema, 5],
    ['bad/guide-order-text.mdx', 'order', /expected a number such as 1/, guideSchema, 4],
    ['bad/guide-unclosed-quote.mdx', undefined, /YAML syntax error/, guideSchema],
    [
      'bad/guide-no-frontmatter.mdx',
      undefined,
      /no frontmatter: start the file with a --- line/,
      guideSchema,
      1,
    ],
    ['bad/role-bad-id.yaml', '[1].id', /lower-case letters, digits and dashes/, roles, 1],
    ['bad/role-no-supports.yaml', '[1].supports', /list at least one kind of support/, roles, 4],
    ['bad/role-empty-name.yaml', '[1].name.en', /must not be empty/, roles, 2],
    ['bad/agenda-minutes-mismatch.yaml', 'minutes', /steps add up to 15 minutes, not 20/, agendaSchema, 3],
    ['bad/agenda-step-missing-title.yaml', 'steps[2].title', /is missing: add "title:"/, agendaSchema, 13],
    [
      'bad/agenda-no-share.yaml',
      'steps',
      /no step has a "share:": give one step a pair or small-group share/,
      agendaSchema,
      7,
    ],
    ['bad/agenda-bad-share.yaml', 'groupSize', /min must not be larger than max/, agendaSchema, 5],
    [
      'bad/agenda-bad-share.yaml',
      'steps[1].worksheet',
      /lower-case letters, digits and dashes/,
      agendaSchema,
      13,
    ],
    ['bad/agenda-bad-share.yaml', 'steps[2].share.with', /use pair or small-group/, agendaSchema, 19],
    ['bad/agenda-bad-share.yaml', 'steps[2].share.alone', /is missing: add "alone:"/, agendaSchema, 19],
    ['bad/ui-bad-key.yaml', 'Nav Home', /keys are dotted words such as nav.guides/, uiSchema, 2],
    [
      'bad/worksheet-unknown-type.yaml',
      'sections[1].fields[1].type',
      /use one of the field types: short-text, long-text/,
      worksheetSchema,
      10,
    ],
    [
      'bad/worksheet-composer-missing-field.yaml',
      'sections[1].fields[4]',
      /refers to the field "whom", which is not in this worksheet/,
      worksheetSchema,
      21,
    ],
    [
      'bad/worksheet-reminder-not-date.yaml',
      'sections[1].fields[5].date',
      /"who" must be a field of type date/,
      worksheetSchema,
      29,
    ],
    [
      'bad/worksheet-duplicate-field.yaml',
      'sections[1].fields[2].id',
      /the field id "who" is used twice/,
      worksheetSchema,
      12,
    ],
    [
      'bad/worksheet-one-option.yaml',
      'sections[1].fields[3].options',
      /give at least two options/,
      worksheetSchema,
      18,
    ],
    ['bad/ui-empty.yaml', 'nav.guides', /must not be empty/, uiSchema, 2],
  ];

describe('bad fixtures fail with a useful message', () => {
  it.each(cases)('%s → %s', (file, field, message, schema, line) => {
    const problems = problemsOf(file, schema);
    const match = problems.find((p) => p.field === field && message.test(p.message));
    expect(match, `got: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(match!.file).toBe(file);
    if (line !== undefined) expect(match!.line).toBe(line);
  });

  it('every bad fixture is covered by a case', async () => {
    const { readdirSync } = await import('node:fs');
    const covered = new Set(cases.map(([file]) => file));
    expect(
      readdirSync(fixture('bad'))
        .map((f) => `bad/${f}`)
        .filter((f) => !covered.has(f)),
    ).toEqual([]);
  });
});
