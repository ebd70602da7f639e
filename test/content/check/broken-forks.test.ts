// Broken forks: each is a copy of content/ with one deliberate break, as a web editor might make it.
// The check must fail on each with one problem (the break itself, not its echoes) that names the
// file, the line and field where there are ones, and says how to fix it. The table is the contract
// for the messages a forker reads; `npm run check` prints the same problems (build.test.ts runs it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { errorsIn } from '../../../src/check/problem.ts';
import { copyOfContent } from '../fixture-content.ts';

type Copy = ReturnType<typeof copyOfContent>;

let copy: Copy;
afterEach(() => copy?.cleanup());

/** The 1-based line of the first line of `file` (in the broken copy) that contains `needle`. */
const lineOf = (c: Copy, file: string, needle: string) =>
  c
    .read(file)
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

/** The 1-based line of the last line of `file` that contains `needle`. */
const lastLineOf = (c: Copy, file: string, needle: string) =>
  c
    .read(file)
    .split('\n')
    .findLastIndex((l) => l.includes(needle)) + 1;

/** Inserts `text` as its own paragraph before a guide's first second-level heading. */
const beforeFirstHeading = (c: Copy, file: string, text: string) => c.edit(file, /\n## /, `\n${text}\n\n## `);

/** Bytes that start a WebP file: what an image saved as WebP and renamed begins with. */
const webp = Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const ico = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16]);

interface Fork {
  /** The break, as the table in the report names it. */
  what: string;
  breakIt: (c: Copy) => void;
  file: string;
  /** The line the problem must name, from the broken copy; absent when the problem is a whole file. */
  line?: (c: Copy) => number;
  field?: string;
  /** What the message must say: what is wrong and the fix. */
  says: RegExp;
}

/**
 * kit.yaml's logo or favicon pointed at `path`, a file holding `bytes`: an image saved in one format
 * and named, or used, as another.
 */
function imageFork(what: string, use: 'logo' | 'favicon', path: string, bytes: Buffer, says: RegExp): Fork {
  return {
    what,
    breakIt: (c) => {
      if (path !== `assets/${use}.svg`) c.edit('kit.yaml', `${use}: assets/${use}.svg`, `${use}: ${path}`);
      writeFileSync(join(c.dir, path), bytes);
    },
    file: 'content/kit.yaml',
    line: (c) => lineOf(c, 'kit.yaml', `${use}: ${path}`),
    field: use === 'logo' ? 'institution.logo' : 'favicon',
    says,
  };
}

const guide = 'guides/en/roles.mdx';
const marker = (c: Copy, needle: string) => lineOf(c, guide, needle);

const forks: Fork[] = [
  {
    what: 'MDX syntax error (an unclosed tag) in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, '<div>'),
    file: `content/${guide}`,
    line: (c) => marker(c, '<div>'),
    says: /^MDX syntax error: Expected a closing tag for `<div>`\. Every tag .* must be closed/,
  },
  {
    what: 'a guide image whose file is missing',
    breakIt: (c) => beforeFirstHeading(c, guide, '![The five roles](./roles.png)'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'roles.png'),
    says: /the image "\.\/roles\.png" does not exist \(looked for content\/guides\/en\/roles\.png\): put the file there or correct the path/,
  },
  {
    what: 'an <img> in a guide whose file is missing',
    breakIt: (c) => beforeFirstHeading(c, guide, '<img src="./map.png" alt="A map" />'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'map.png'),
    says: /the image "\.\/map\.png" does not exist/,
  },
  {
    what: 'a UI-style placeholder {role} written in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, 'Ask your {role} about it.'),
    file: `content/${guide}`,
    line: (c) => marker(c, '{role}'),
    says: /text in \{ \} is run as code in a guide .*: write the braces as \\\{ and \\\}/,
  },
  {
    what: 'an inline style in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, '<p style="color: red">Important</p>'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'style='),
    says: /^a style attribute would be blocked by the site's Content-Security-Policy .*: remove it/,
  },
  {
    what: 'a <script> in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, '<script>{"alert(1)"}</script>'),
    file: `content/${guide}`,
    line: (c) => marker(c, '<script>'),
    says: /^a <script> element would be blocked by the site's Content-Security-Policy .*: remove it/,
  },
  {
    what: 'an onclick handler in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, '<button onclick="go()">Go</button>'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'onclick'),
    says: /^the "onclick" attribute \(code run on an event\) would be blocked/,
  },
  {
    what: 'an image from another site in a guide',
    breakIt: (c) => beforeFirstHeading(c, guide, '![Roles](https://example.org/roles.png)'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'example.org'),
    says: /^"https:\/\/example\.org\/roles\.png", loaded from another site, would be blocked .*: save the file beside the guide/,
  },
  {
    what: 'an embedded video (iframe) from another site in a guide',
    breakIt: (c) =>
      beforeFirstHeading(c, guide, '<iframe src="https://video.example.org/embed/1" title="Talk"></iframe>'),
    file: `content/${guide}`,
    line: (c) => marker(c, 'iframe'),
    says: /loaded from another site, would be blocked .* write a link, \[its title\]\(https:\/\/…\), instead of embedding it/,
  },
  {
    what: 'a guide saved as .md',
    breakIt: (c) => c.rename('guides/es/roles.mdx', 'guides/es/roles.md'),
    file: 'content/guides/es/roles.md',
    says: /^is written as \.md, but this folder only reads \.mdx files, .*: rename it to roles\.mdx$/,
  },
  {
    what: 'a worksheet saved as .yml',
    breakIt: (c) => c.rename('worksheets/en/brief-bio.yaml', 'worksheets/en/brief-bio.yml'),
    file: 'content/worksheets/en/brief-bio.yml',
    says: /rename it to brief-bio\.yaml$/,
  },
  {
    what: 'a placeholder typo ({rol}) in one locale',
    breakIt: (c) => c.edit('ui/es.yaml', /^(analysis\.roles\.none: .*)\{role\}/m, '$1{rol}'),
    file: 'content/ui/es.yaml',
    line: (c) => lineOf(c, 'ui/es.yaml', 'analysis.roles.none:'),
    field: 'analysis.roles.none',
    says: /^"\{rol\}" is not a placeholder of this string, .*: the other locales use \{role\} here; write that instead$/,
  },
  {
    what: 'a placeholder typo in the first locale',
    breakIt: (c) => c.edit('ui/en.yaml', /^(analysis\.suggest\.missing-role: .*)\{subject\}/m, '$1{subjet}'),
    file: 'content/ui/en.yaml',
    line: (c) => lineOf(c, 'ui/en.yaml', 'analysis.suggest.missing-role:'),
    field: 'analysis.suggest.missing-role',
    says: /^"\{subjet\}" is not a placeholder .*use \{subject\} here/,
  },
  {
    what: 'a placeholder dropped in a translation',
    breakIt: (c) => c.edit('ui/es.yaml', /^(analysis\.roles\.none: ).*$/m, '$1"Todavía nadie."'),
    file: 'content/ui/es.yaml',
    line: (c) => lineOf(c, 'ui/es.yaml', 'analysis.roles.none:'),
    field: 'analysis.roles.none',
    says: /^the placeholder "\{role\}" of ui\/en\.yaml is missing here, .*: add \{role\}/,
  },
  {
    what: 'a UI key misspelt in one locale',
    breakIt: (c) => c.edit('ui/es.yaml', /^guide\.next:/m, 'guide.nxet:'),
    file: 'content/ui/es.yaml',
    line: (c) => lineOf(c, 'ui/es.yaml', 'guide.nxet:'),
    field: 'guide.nxet',
    says: /^"guide\.nxet" looks like a misspelling of "guide\.next", which ui\/en\.yaml has: rename the key here to "guide\.next"$/,
  },
  {
    what: 'a UI key deleted in every locale',
    breakIt: (c) => {
      for (const l of ['en', 'es']) c.edit(`ui/${l}.yaml`, /^guide\.next: .*\n/m, '');
    },
    file: 'content/ui/en.yaml',
    field: 'guide.next',
    says: /^is used by the kit's pages but missing from every locale \(ui\/en\.yaml, ui\/es\.yaml\): add it back to each/,
  },
  {
    what: "a locale whose locale.name is another locale's",
    breakIt: (c) => c.edit('ui/es.yaml', 'locale.name: Español', 'locale.name: English'),
    file: 'content/ui/es.yaml',
    line: () => 5,
    field: 'locale.name',
    says: /^"English" is already the name of the locale "en" .* switcher would show it twice: write this language's own name/,
  },
  {
    what: 'a need renamed in Know yourself, not in analysis.yaml',
    breakIt: (c) => {
      for (const l of ['en', 'es'])
        c.edit(`worksheets/${l}/know-yourself.yaml`, 'id: wellbeing', 'id: well-being');
    },
    file: 'content/analysis.yaml',
    line: (c) => lineOf(c, 'analysis.yaml', '  wellbeing:'),
    field: 'needs.wellbeing',
    says: /^"wellbeing" is not an option of the field "needs-now" .*, which has "well-being" in its place: use one id in both files/,
  },
  {
    what: 'the same option id twice in a worksheet',
    breakIt: (c) => c.edit('worksheets/es/know-yourself.yaml', 'id: early-faculty', 'id: postdoc'),
    file: 'content/worksheets/es/know-yourself.yaml',
    line: (c) => lastLineOf(c, 'worksheets/es/know-yourself.yaml', 'id: postdoc'), // the second one
    field: 'sections[2].fields[3].options[3].id',
    says: /^the id "postdoc" is already used by options\[2\] of this field, .*: give this one an id of its own/,
  },
  {
    what: 'an option renamed in one locale only',
    breakIt: (c) => c.edit('worksheets/es/know-yourself.yaml', 'id: postdoc', 'id: post-doc'),
    file: 'content/worksheets/es/know-yourself.yaml',
    field: 'sections[2].fields[3]',
    line: (c) => lineOf(c, 'worksheets/es/know-yourself.yaml', 'id: stage'),
    says: /choice ids must match in every locale/,
  },
  {
    what: 'a role renamed in roles.yaml while analysis.yaml keeps the old id',
    breakIt: (c) => c.edit('roles.yaml', 'id: work-life', 'id: balance'),
    file: 'content/analysis.yaml',
    line: (c) => lineOf(c, 'analysis.yaml', 'roles: [work-life'),
    field: 'needs.work-life.roles',
    says: /^"work-life" is not a role id of roles\.yaml \(also named here on line \d+\): use the id of a role there, or if you renamed the role, rename it in this file too$/,
  },
  {
    what: 'only two roles',
    breakIt: (c) => {
      const text = c.read('roles.yaml');
      c.write('roles.yaml', text.slice(0, text.indexOf('- id: work-life')));
    },
    file: 'content/roles.yaml',
    says: /^has 2 roles, but the map needs 3 to 9: add 1 or more$/,
  },
  {
    what: 'a worksheet pointing to a guide that does not exist',
    breakIt: (c) =>
      c.edit(
        'worksheets/en/network-map.yaml',
        'guides: [mapping, roles, factors]',
        'guides: [mapping, role, factors]',
      ),
    file: 'content/worksheets/en/network-map.yaml',
    line: () => 5,
    field: 'guides[2]',
    says: /refers to the guide "role", which does not exist in content\/guides\/en\/: use the file name of a guide without \.mdx/,
  },
  {
    what: 'an agenda step naming a worksheet that does not exist',
    breakIt: (c) =>
      c.edit('agendas/en/workshop-60.yaml', '    worksheet: network-map', '    worksheet: network'),
    file: 'content/agendas/en/workshop-60.yaml',
    line: (c) => lineOf(c, 'agendas/en/workshop-60.yaml', '    worksheet: network'),
    says: /refers to the worksheet "network", which does not exist in content\/worksheets\/en\//,
  },
  {
    what: 'analysis.yaml suggesting a worksheet that does not exist',
    breakIt: (c) => c.edit('analysis.yaml', 'distant-only: first-meeting', 'distant-only: first-meet'),
    file: 'content/analysis.yaml',
    line: (c) => lineOf(c, 'analysis.yaml', 'distant-only: first-meet'),
    field: 'suggestions.distant-only',
    says: /refers to the worksheet "first-meet"/,
  },
  imageFork(
    'a WebP logo',
    'logo',
    'assets/logo.webp',
    webp,
    /is a WebP image, which the PDFs cannot embed .*: convert it to SVG, PNG or JPG/,
  ),
  imageFork(
    'a logo named .png that is really WebP',
    'logo',
    'assets/logo.png',
    webp,
    /^content\/assets\/logo\.png is named \.png but the file is a WebP image: export it again as a real PNG/,
  ),
  imageFork('an ICO logo', 'logo', 'assets/logo.ico', ico, /is an ICO icon, which the PDFs cannot embed/),
  imageFork(
    'a favicon named .svg that is really a PNG',
    'favicon',
    'assets/favicon.svg',
    png,
    /favicon\.svg is named \.svg but the file is a PNG image/,
  ),
  imageFork(
    'a WebP favicon',
    'favicon',
    'assets/favicon.webp',
    webp,
    /is a WebP image, which not every browser shows as a tab icon: convert it to SVG, PNG or ICO/,
  ),
  {
    what: 'an accent colour too light to read',
    breakIt: (c) => c.edit('kit.yaml', '"#b3541e"', '"#f3b98f"'),
    file: 'content/kit.yaml',
    line: (c) => lineOf(c, 'kit.yaml', 'accent:'),
    field: 'colours.accent',
    says: /contrast of 1\.\d\d:1 .* at least 3:1 .*The nearest shade of the same colour that passes is "#[0-9a-f]{6}": write that/,
  },
  {
    what: 'a primary colour too light to read',
    breakIt: (c) => c.edit('kit.yaml', '"#1d4f91"', '"#8fb3e0"'),
    file: 'content/kit.yaml',
    line: (c) => lineOf(c, 'kit.yaml', 'primary:'),
    field: 'colours.primary',
    says: /at least 4\.5:1 .*The nearest shade of the same colour that passes is "#[0-9a-f]{6}"/,
  },
  {
    what: 'an e-mail template naming a field the worksheet does not have',
    breakIt: (c) =>
      c.edit('worksheets/en/approaching-a-mentor.yaml', 'Dear {mentor-name},', 'Dear {mentor},'),
    file: 'content/worksheets/en/approaching-a-mentor.yaml',
    line: (c) => lineOf(c, 'worksheets/en/approaching-a-mentor.yaml', 'type: composer') - 1,
    says: /refers to the field "mentor", which is not in this worksheet: write the id of one of its fields/,
  },
  {
    what: 'the same field id twice in a worksheet',
    breakIt: (c) => c.edit('worksheets/en/know-yourself.yaml', 'id: top-need', 'id: short-term'),
    file: 'content/worksheets/en/know-yourself.yaml',
    line: (c) => lastLineOf(c, 'worksheets/en/know-yourself.yaml', 'id: short-term'), // the second
    says: /the field id "short-term" is used twice in this worksheet, .*: give this field an id of its own/,
  },
  {
    what: 'a header link to a guide that does not exist',
    breakIt: (c) => c.edit('kit.yaml', 'credits: credits', 'credits: credit'),
    file: 'content/kit.yaml',
    line: (c) => lineOf(c, 'kit.yaml', 'credits: credit '),
    field: 'navigation.credits',
    says: /refers to the guide "credit", which does not exist/,
  },
  {
    what: 'a worksheet not yet translated (no echoes in the agendas, guides and analysis.yaml that name it)',
    breakIt: (c) => c.remove('worksheets/es/first-meeting.yaml'),
    file: 'content/worksheets/es/first-meeting.yaml',
    says: /^is missing: content\/worksheets\/en\/first-meeting\.yaml exists in "en"\. Translate it into "es"/,
  },
  {
    what: 'a guide not yet translated (no broken-link echoes in the guides that link to it)',
    breakIt: (c) => c.remove('guides/es/roles.mdx'),
    file: 'content/guides/es/roles.mdx',
    says: /^is missing: content\/guides\/en\/roles\.mdx exists in "en"/,
  },
  {
    what: 'a YAML syntax error in a worksheet',
    breakIt: (c) => c.edit('worksheets/es/brief-bio.yaml', /^title: (.*)$/m, 'title: Bio: $1'),
    file: 'content/worksheets/es/brief-bio.yaml',
    line: () => 1,
    says: /^YAML syntax error: .*text containing ": " must be quoted/,
  },
];

describe('broken forks', () => {
  it('are at least 30, each a different break', () => {
    expect(forks.length).toBeGreaterThanOrEqual(30);
    expect(new Set(forks.map((f) => f.what)).size).toBe(forks.length);
  });

  it.each(forks)('$what: one problem, with file, line, field and fix', async (fork) => {
    copy = copyOfContent();
    fork.breakIt(copy);
    const errors = errorsIn(await checkContent(copy.dir, join(copy.dir, '..')));
    expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
    const [problem] = errors;
    expect(problem!.file).toBe(fork.file);
    if (fork.line) expect(problem!.line).toBe(fork.line(copy));
    if (fork.field) expect(problem!.field).toBe(fork.field);
    expect(problem!.message).toMatch(fork.says);
  });
});

describe('text copied from another locale', () => {
  it('is a warning, not an error: the check passes and says where', async () => {
    copy = copyOfContent();
    const en = copy.read('roles.yaml');
    copy.write(
      'roles.yaml',
      en.replace(
        'es: Te ayuda a crecer profesionalmente y a avanzar en tu carrera.',
        'es: Helps you grow professionally and move your career forward.',
      ),
    );
    copy.write('ui/es.yaml', copy.read('ui/en.yaml').replace('locale.name: English', 'locale.name: Español'));
    const problems = await checkContent(copy.dir, join(copy.dir, '..'));
    expect(errorsIn(problems)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/roles.yaml',
        field: '[1].description.es',
        line: lineOf(copy, 'roles.yaml', 'es: Helps you grow'),
        severity: 'warning',
        message:
          'is word for word the same as in "en": translate it, unless it really reads the same in this language',
      }),
      expect.objectContaining({
        file: 'content/ui/es.yaml',
        severity: 'warning',
        message: expect.stringMatching(
          /^\d{3} texts are word for word the same as in "en" \(.*\): translate them/,
        ),
      }),
    ]);
  });

  it('names a page copied whole into another locale', async () => {
    copy = copyOfContent();
    copy.write('guides/es/credits.mdx', copy.read('guides/en/credits.mdx'));
    const problems = await checkContent(copy.dir, join(copy.dir, '..'));
    expect(errorsIn(problems)).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/es/credits.mdx',
        severity: 'warning',
        message:
          'is an exact copy of content/guides/en/credits.mdx: translate its texts (keep ids, types and file names as they are)',
      }),
    ]);
  });
});
