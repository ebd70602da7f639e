import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblems, type Problem } from '../../src/check/problem.ts';
import { copyOfContent } from './fixture-content.ts';

let copy: ReturnType<typeof copyOfContent>;
afterEach(() => copy?.cleanup());

/** Breaks a copy of the real content and returns what the check says about it. */
async function check(breakIt: (c: typeof copy) => void): Promise<Problem[]> {
  copy = copyOfContent();
  breakIt(copy);
  // Paths in messages are relative to the folder above content/, as they are for a fork.
  return checkContent(copy.dir, join(copy.dir, '..'));
}

describe('the real content', () => {
  it('passes the check', async () => {
    expect(await checkContent('content')).toEqual([]);
  });
});

describe('the content check finds', () => {
  it('a YAML syntax error, with its line', async () => {
    const problems = await check((c) => c.edit('kit.yaml', 'paper: a4', 'paper: a4\nlinks: name: x'));
    // The broken line is the one after `paper: a4`, wherever that sits in the file.
    const paperLine = readFileSync('content/kit.yaml', 'utf8').split('\n').indexOf('paper: a4') + 1;
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/kit.yaml',
        line: paperLine + 1,
        message: expect.stringMatching(/^YAML syntax error/),
      }),
    ]);
  });

  it('a broken kit.yaml: a colour that is not a colour', async () => {
    const problems = await check((c) => c.edit('kit.yaml', '"#1d4f91"', 'navy'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/kit.yaml',
        field: 'colours.primary',
        message: expect.stringContaining('#rrggbb'),
      }),
    ]);
  });

  it('a colour too light to read on white, with the ratio it has and needs', async () => {
    const problems = await check((c) => c.edit('kit.yaml', '"#1d4f91"', '"#8fb3e0"'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'colours.primary',
        message: expect.stringMatching(/contrast of 2\.\d\d:1 .* at least 4\.5:1/),
      }),
    ]);
  });

  it('a guide missing its title', async () => {
    const problems = await check((c) => c.edit('guides/es/roles.mdx', /^title: .*\n/m, ''));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/es/roles.mdx',
        field: 'title',
        message: expect.stringContaining('is missing'),
      }),
    ]);
  });

  it('a page that exists in one locale only', async () => {
    const problems = await check((c) => c.remove('guides/es/credits.mdx'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guides/es/credits.mdx',
        message: expect.stringMatching(
          /is missing: content\/guides\/en\/credits\.mdx exists in "en"\. Translate it into "es"/,
        ),
      }),
    );
  });

  it('an interface string missing in one locale', async () => {
    const problems = await check((c) => c.edit('ui/es.yaml', /^guide\.next: .*\n/m, ''));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/ui/es.yaml',
        field: 'guide.next',
        message: expect.stringContaining('present in ui/en.yaml'),
      }),
    ]);
  });

  it('a factor the analysis does not compute, naming the factors it does', async () => {
    const problems = await check((c) => c.edit('factors.yaml', '- id: sources', '- id: origins'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/factors.yaml',
        field: '[1].id',
        line: 3,
        message: expect.stringContaining('sources, career-stages, strength, backgrounds, change'),
      }),
    ]);
  });

  it('a translation missing inside roles.yaml', async () => {
    const problems = await check((c) => c.edit('roles.yaml', '    es: Mentor par\n', ''));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/roles.yaml', field: '[4].name.es', line: 60 }),
    ]);
  });

  it('a reference to a guide that does not exist', async () => {
    const problems = await check((c) => c.edit('factors.yaml', 'guide: connecting', 'guide: conecting'));
    expect(problems).toHaveLength(1); // once, naming every locale that lacks it
    expect(problems[0]).toMatchObject({
      file: 'content/factors.yaml',
      field: '[3].guide',
      message: expect.stringContaining(
        '"conecting", which does not exist in content/guides/en/ and content/guides/es/',
      ),
    });
  });

  it('a broken link between guides, with its line', async () => {
    const problems = await check((c) => c.edit('guides/en/network.mdx', '](../roles/)', '](../rolez/)'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/en/network.mdx',
        line: expect.any(Number),
        message: expect.stringContaining('broken link "../rolez/"'),
      }),
    ]);
  });

  it('a duplicated role id', async () => {
    const problems = await check((c) => c.edit('roles.yaml', 'id: peer', 'id: skills'));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[4].id', message: expect.stringContaining('used twice') }),
    );
    // analysis.yaml still names "peer", so that is reported too.
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/analysis.yaml',
        message: expect.stringMatching(
          /^"peer" is not a role id of roles\.yaml \(also named here on lines \d+, \d+\)/,
        ),
      }),
    );
  });

  it('too few roles for a map', async () => {
    const problems = await check((c) =>
      c.write(
        'roles.yaml',
        '- id: peer\n  name: { en: Peer, es: Par }\n  description: { en: A peer., es: Un par. }\n  supports: [{ en: Advice, es: Consejo }]\n',
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/roles.yaml',
        message: expect.stringContaining('has 1 role, but the map needs 3 to 9: add 2 or more'),
      }),
    );
  });

  it('a logo file that is not there', async () => {
    const problems = await check((c) => c.remove('assets/logo.svg'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'institution.logo',
        message: expect.stringContaining('content/assets/logo.svg does not exist'),
      }),
    ]);
  });

  it('a locale folder that kit.yaml does not list', async () => {
    const problems = await check((c) => c.edit('kit.yaml', 'locales: [en, es]', 'locales: [en]'));
    // Spanish texts are now extra keys nobody asked for, and the es folders are strays.
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/guides/es',
        message: expect.stringContaining('not among the locales of kit.yaml'),
      }),
    );
  });

  it('an agenda whose steps do not add up', async () => {
    const problems = await check((c) => c.edit('agendas/en/workshop-60.yaml', 'minutes: 60', 'minutes: 65'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/agendas/en/workshop-60.yaml',
        field: 'minutes',
        message: expect.stringContaining('not 65'),
      }),
    ]);
  });

  it('an agenda step that names a guide the locale does not have, with file, line and field', async () => {
    const problems = await check((c) =>
      c.edit('agendas/es/workshop-60.yaml', 'guide: mapping', 'guide: mapa'),
    );
    expect(problems).toEqual([
      {
        file: 'content/agendas/es/workshop-60.yaml',
        line: 42,
        field: 'steps[4].guide',
        message: expect.stringContaining(
          'refers to the guide "mapa", which does not exist in content/guides/es/',
        ),
      },
    ]);
  });

  it('an agenda that prints a worksheet that does not exist', async () => {
    const problems = await check((c) =>
      c.edit('agendas/en/half-day.yaml', '  - worksheet: brief-bio', '  - worksheet: short-bio'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/agendas/en/half-day.yaml',
        field: 'print[4].worksheet',
        message: expect.stringContaining('refers to the worksheet "short-bio"'),
      }),
    ]);
  });

  it('no broken link for a guide that links to an agenda page, but one for an agenda that does not exist', async () => {
    const problems = await check((c) =>
      c.edit(
        'guides/en/facilitating.mdx',
        'The agendas below give',
        'See [the half day](../../agendas/half-day/) and [a day](../../agendas/full-day/). The agendas below give',
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/en/facilitating.mdx',
        message: expect.stringContaining('broken link "../../agendas/full-day/"'),
      }),
    ]);
  });

  it('a follow-up session that follows an agenda the locale does not have', async () => {
    const problems = await check((c) =>
      c.edit('agendas/en/cohort-follow-up.yaml', 'agenda: cohort-first', 'agenda: cohort-one'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/agendas/en/cohort-follow-up.yaml',
        field: 'follows.agenda',
        message: expect.stringContaining('refers to the agenda "cohort-one"'),
      }),
    ]);
  });

  it('a worksheet whose fields differ between locales', async () => {
    const problems = await check((c) =>
      c.edit('worksheets/es/know-yourself.yaml', 'id: top-need', 'id: main-need'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/worksheets/es/know-yourself.yaml',
        message: expect.stringContaining(
          'the field "main-need" is not in content/worksheets/en/know-yourself.yaml',
        ),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/worksheets/es/know-yourself.yaml',
        message: expect.stringContaining(
          'the field "top-need" of content/worksheets/en/know-yourself.yaml is missing here',
        ),
      }),
    );
  });

  it('a worksheet choice renamed in one locale', async () => {
    const problems = await check((c) =>
      c.edit('worksheets/es/know-yourself.yaml', 'id: postdoc', 'id: post-doc'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: expect.stringMatching(/^sections\[2\]\.fields\[3\]$/),
        message: expect.stringMatching(
          /"stage" is single-choice\(.*post-doc.*\) here but single-choice\(.*postdoc.*\) in/,
        ),
      }),
    ]);
  });

  it('analysis settings that name a role, support or worksheet that does not exist', async () => {
    const problems = await check((c) => {
      c.edit('analysis.yaml', 'research-skills: { roles: [skills]', 'research-skills: { roles: [skils]');
      c.edit('analysis.yaml', 'supports: [exposure, sponsorship]', 'supports: [exposure, fame]');
      c.edit('analysis.yaml', 'missing-role: approaching-a-mentor', 'missing-role: approach');
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/analysis.yaml',
        field: 'needs.research-skills.roles',
        message: expect.stringMatching(
          /^"skils" is not a role id of roles\.yaml: use the id of a role there/,
        ),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'needs.visibility.supports',
        message: expect.stringContaining('"fame" is not a kind of support'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'suggestions.missing-role',
        message: expect.stringContaining('the worksheet "approach", which does not exist'),
      }),
    );
  });

  it('a threshold out of range', async () => {
    const problems = await check((c) => c.edit('analysis.yaml', 'dominantShare: 0.7', 'dominantShare: 70'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/analysis.yaml',
        field: 'typology.dominantShare',
        line: expect.any(Number),
      }),
    ]);
  });

  it('a source in two social systems, and a role suggestion for a role that does not exist', async () => {
    const problems = await check((c) => {
      c.edit('analysis.yaml', 'elsewhere: [external]', 'elsewhere: [external, institution]');
      c.edit('analysis.yaml', 'mentee: meeting-new-people', 'mentees: meeting-new-people');
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/analysis.yaml',
        field: 'systems',
        message: expect.stringContaining('"institution" is in 2 systems'),
      }),
    ]);
    const roles = await check((c) =>
      c.edit('analysis.yaml', 'mentee: meeting-new-people', 'mentees: meeting-new-people'),
    );
    expect(roles).toEqual([
      expect.objectContaining({
        field: 'roleSuggestions.mentees',
        message: expect.stringContaining('"mentees"'),
      }),
    ]);
  });

  it('a social system without a name in the interface strings', async () => {
    const named = await check((c) => {
      c.edit('analysis.yaml', 'personal: [personal]', 'family: [personal]');
    });
    expect(named).toEqual(
      ['en', 'es'].map((locale) =>
        expect.objectContaining({
          file: 'content/analysis.yaml',
          field: 'systems.family',
          message: expect.stringContaining(`no name in ui/${locale}.yaml: add "analysis.system.family"`),
        }),
      ),
    );
  });

  it('a content file name that is not a slug, with a name to rename it to', async () => {
    const problems = await check((c) => {
      c.rename('programs/en/society.yaml', 'programs/en/Learned Société.yaml');
      c.rename('programs/es/society.yaml', 'programs/es/Learned Société.yaml');
    });
    expect(problems).toEqual(
      ['en', 'es'].map((locale) =>
        expect.objectContaining({
          file: `content/programs/${locale}/Learned Société.yaml`,
          message: expect.stringMatching(
            /^the file name "Learned Société" is not allowed: rename the file using only lowercase letters, digits and hyphens .*e\.g\. learned-societe\.yaml/,
          ),
        }),
      ),
    );
  });

  it('a worksheet file name that is too long or starts with a hyphen', async () => {
    const long = 'a'.repeat(65);
    const problems = await check((c) => {
      for (const locale of ['en', 'es']) {
        c.rename(`worksheets/${locale}/cv-refresh.yaml`, `worksheets/${locale}/-cv-refresh.yaml`);
        c.rename(`worksheets/${locale}/brief-bio.yaml`, `worksheets/${locale}/${long}.yaml`);
      }
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/worksheets/en/-cv-refresh.yaml',
        message: expect.stringContaining('e.g. cv-refresh.yaml'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `content/worksheets/es/${long}.yaml`,
        message: expect.stringContaining(`e.g. ${'a'.repeat(64)}.yaml`),
      }),
    );
  });

  it('a missing kit.yaml, without going further, and how to bring it back', async () => {
    const problems = await check((c) => c.remove('kit.yaml'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/kit.yaml',
        message:
          "file not found: restore it from the original kit's repository (it holds the institution, colours and locales), then adapt it",
      }),
    ]);
  });

  it('a missing interface strings file, with the locale to copy it from', async () => {
    const problems = await check((c) => c.remove('ui/es.yaml'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/ui/es.yaml',
        message:
          'file not found: copy ui/en.yaml to ui/es.yaml and translate its values into "es" (keep the keys)',
      }),
    ]);
  });

  it('a missing roles.yaml, with what it holds', async () => {
    const problems = await check((c) => c.remove('roles.yaml'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/roles.yaml',
        message: expect.stringMatching(/^file not found: restore it .*the roles of the map/),
      }),
    );
  });
});

describe('the content ids the code relies on', () => {
  it("a header or footer guide missing from kit.yaml's navigation, in every locale", async () => {
    const problems = await check((c) => c.edit('kit.yaml', 'institutions: forking', 'institutions: forkin'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/kit.yaml',
        line: expect.any(Number),
        field: 'navigation.institutions',
        message:
          'refers to the guide "forkin", which does not exist in content/guides/en/ and content/guides/es/: use the file name of a guide without .mdx',
      }),
    ]);
  });

  it('a kit.yaml without navigation', async () => {
    const problems = await check((c) => c.edit('kit.yaml', /^navigation:\n( {2}.*\n)+/m, ''));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/kit.yaml',
        field: 'navigation',
        message: 'is missing: add "navigation:" with a value (it is required)',
      }),
    ]);
  });

  it('a needs worksheet or action plan that does not exist', async () => {
    const problems = await check((c) => {
      c.edit('analysis.yaml', 'worksheet: know-yourself', 'worksheet: know-yoursef');
      c.edit('analysis.yaml', 'actionPlan: action-plan', 'actionPlan: plan');
    });
    expect(problems).toHaveLength(2); // each once, naming both locales
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/analysis.yaml',
        line: expect.any(Number),
        field: 'answers.needs.worksheet',
        message:
          'refers to the worksheet "know-yoursef", which does not exist in content/worksheets/en/ and content/worksheets/es/: use the file name of a worksheet without .yaml',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'answers.actionPlan',
        message: expect.stringContaining('"plan", which does not exist in content/worksheets/en/ and'),
      }),
    );
  });

  it('a needs field that the worksheet does not have', async () => {
    const problems = await check((c) => c.edit('analysis.yaml', 'field: needs-now', 'field: needs'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/analysis.yaml',
        line: expect.any(Number),
        field: 'answers.needs.field',
        message:
          'refers to the field "needs", which content/worksheets/en/know-yourself.yaml does not have: give the id of one of its fields',
      }),
    ]);
  });

  it('a needs field that is not multiple-choice', async () => {
    const problems = await check((c) => c.edit('analysis.yaml', 'field: needs-now', 'field: top-need'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'answers.needs.field',
        message:
          'the field "top-need" of content/worksheets/en/know-yourself.yaml is short-text, but goal alignment needs a multiple-choice field: point to one, or change its type',
      }),
    ]);
  });

  it('a need renamed in analysis.yaml only, said once as a rename', async () => {
    const problems = await check((c) => c.edit('analysis.yaml', /^ {2}wellbeing:/m, '  well-being:'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/analysis.yaml',
        field: 'needs.well-being',
        line: expect.any(Number),
        message: expect.stringMatching(
          /^"well-being" is not an option of the field "needs-now" of content\/worksheets\/en\/know-yourself\.yaml, which has "wellbeing" in its place: use one id in both files/,
        ),
      }),
    ]);
  });

  it('a need that is not an option, and an option that is not a need, when they do not pair up', async () => {
    const problems = await check((c) => c.edit('analysis.yaml', /^ {2}wellbeing:.*\n/m, ''));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'needs',
        message: expect.stringMatching(
          /^the option "wellbeing" of the field "needs-now" .* is not listed here: add "wellbeing: /,
        ),
      }),
    ]);
  });
});

describe('ids longer than 64 characters', () => {
  const long = 'a'.repeat(65);

  it('a 65-character role id fails, naming the file and field', async () => {
    const problems = await check((c) => c.edit('roles.yaml', 'id: work-life', `id: ${long}`));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/roles.yaml',
        line: expect.any(Number),
        field: '[3].id',
        message: expect.stringContaining('at most 64 characters'),
      }),
    );
  });

  it('a 65-character field id fails, naming the file and field', async () => {
    const problems = await check((c) => {
      for (const locale of ['en', 'es'])
        c.edit(`worksheets/${locale}/know-yourself.yaml`, 'id: short-term', `id: ${long}`);
    });
    expect(problems).toEqual(
      ['en', 'es'].map((locale) =>
        expect.objectContaining({
          file: `content/worksheets/${locale}/know-yourself.yaml`,
          line: 11,
          field: 'sections[1].fields[1].id',
          message: expect.stringContaining('at most 64 characters'),
        }),
      ),
    );
  });

  it('a 64-character role id passes', async () => {
    const id = 'a'.repeat(64);
    const problems = await check((c) => {
      c.edit('roles.yaml', 'id: work-life', `id: ${id}`);
      c.write('analysis.yaml', c.read('analysis.yaml').replaceAll('[work-life', `[${id}`));
    });
    expect(problems).toEqual([]);
  });

  it('npm run check exits non-zero and prints file, line and field', () => {
    copy = copyOfContent();
    copy.edit('roles.yaml', 'id: work-life', `id: ${long}`);
    let output = '';
    try {
      execFileSync(process.execPath, ['src/check/cli.ts'], {
        env: { ...process.env, KIT_CONTENT_DIR: copy.dir },
        stdio: 'pipe',
      });
    } catch (e) {
      output = String((e as { stderr: Buffer }).stderr);
    }
    expect(output).toMatch(
      /content\/roles\.yaml:42\n {4}\[3\]\.id: use lower-case letters, digits and dashes, at most 64 characters/,
    );
  });
});

describe('the report', () => {
  it('names file, line, field and fix for each problem', () => {
    const text = formatProblems([
      { file: 'content/kit.yaml', line: 3, field: 'colours.primary', message: 'write the colour as #rrggbb' },
      { file: 'content/guides/es/roles.mdx', message: 'is missing' },
    ]);
    expect(text).toBe(
      [
        'Content check found 2 problems:',
        '',
        '  content/kit.yaml:3',
        '    colours.primary: write the colour as #rrggbb',
        '',
        '  content/guides/es/roles.mdx',
        '    is missing',
      ].join('\n'),
    );
  });
});
