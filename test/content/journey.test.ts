// The participant's path (content/journey.yaml) and the worksheet fields that lean on other
// answers (choices, joins, a reminder's rows): what the content check says when a fork gets them wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyOfContent } from './fixture-content.ts';

let copy: ReturnType<typeof copyOfContent>;
afterEach(() => copy?.cleanup());

async function check(breakIt: (c: typeof copy) => void): Promise<Problem[]> {
  copy = copyOfContent();
  breakIt(copy);
  return checkContent(copy.dir, join(copy.dir, '..'));
}

describe('the journey', () => {
  it('a step that is not a worksheet, with its line, once, naming every locale it is missing from', async () => {
    const problems = await check((c) => c.edit('journey.yaml', '  - brief-bio', '  - brief-biography'));
    expect(problems).toEqual([
      {
        file: 'content/journey.yaml',
        line: 11,
        field: 'steps[4]',
        message:
          'refers to the worksheet "brief-biography", which does not exist in content/worksheets/en/ and content/worksheets/es/: use the file name of a worksheet without .yaml',
      },
    ]);
  });

  it('a worksheet listed twice', async () => {
    const problems = await check((c) => c.edit('journey.yaml', '  - brief-bio', '  - network-map'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/journey.yaml',
        message: expect.stringContaining('a worksheet is listed twice'),
      }),
    ]);
  });

  it('a missing journey.yaml, with how to restore it', async () => {
    const problems = await check((c) => c.remove('journey.yaml'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/journey.yaml',
        message: expect.stringContaining("the participant's path through the worksheets"),
      }),
    ]);
  });
});

describe('fields that lean on other answers', () => {
  it('a choice list the kit does not have', async () => {
    const problems = await check((c) =>
      c.edit('worksheets/en/approaching-a-mentor.yaml', 'choices: map-people', 'choices: my-friends'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/worksheets/en/approaching-a-mentor.yaml',
        field: expect.stringContaining('choices'),
        message: expect.stringContaining('use map-people or my-needs'),
      }),
    ]);
  });

  it('choices on a date column', async () => {
    const problems = await check((c) =>
      c.edit(
        'worksheets/es/action-plan.yaml',
        '            type: date\n',
        '            type: date\n            choices: my-needs\n',
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/worksheets/es/action-plan.yaml',
        message: 'a date column cannot offer choices: remove "choices" or make it a text column',
      }),
    ]);
  });

  it('a pitch joined from a field that is not text, or not there', async () => {
    const problems = await check((c) =>
      c.edit('worksheets/en/elevator-pitch.yaml', 'joins: [who, what, why]', 'joins: [who, timer, nowhere]'),
    );
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        '"timer" must be a short-text or long-text field',
        'refers to the field "nowhere", which is not in this worksheet: write the id of one of its fields (in a template, as {field-id})',
      ]),
    );
  });

  it("a reminder's rows from a field that is not a table, or a column that is not a date", async () => {
    const notTable = await check((c) =>
      c.edit('worksheets/en/action-plan.yaml', 'field: actions', 'field: review-notes'),
    );
    expect(notTable.map((p) => p.message)).toContain('"review-notes" must be a field of type table');
    copy.cleanup();
    const notDate = await check((c) =>
      c.edit('worksheets/es/action-plan.yaml', 'date: by-when', 'date: who'),
    );
    expect(notDate.map((p) => p.message)).toContain('"who" must be a date column of the table "actions"');
    copy.cleanup();
    const noColumn = await check((c) =>
      c.edit(
        'worksheets/en/action-plan.yaml',
        'summary: "My mentoring network: {action}"',
        'summary: "{step}"',
      ),
    );
    expect(noColumn.map((p) => p.message)).toContain(
      'refers to the column "step", which is not in the table "actions"',
    );
  });
});
