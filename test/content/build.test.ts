import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfContent } from './fixture-content.ts';

let copy: ReturnType<typeof copyOfContent>;
afterEach(() => copy?.cleanup());

/** Runs a command of the kit (with this Node) against a broken copy of content/. */
function run(args: string[], breakIt: (c: typeof copy) => void) {
  copy = copyOfContent();
  breakIt(copy);
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, KIT_CONTENT_DIR: copy.dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const commands = {
  check: ['src/check/cli.ts'],
  // Written to a scratch folder, so a failing test can never touch the real dist/.
  build: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', mkdtempSync(join(tmpdir(), 'kit-dist-'))],
};

const breakages = [
  {
    what: 'a broken kit.yaml',
    breakIt: (c: typeof copy) => c.edit('kit.yaml', 'paper: a4', 'paper: A5'),
    expected: [/content\/kit\.yaml:\d+/, /paper: use a4 or letter/],
  },
  {
    what: 'a guide missing its title',
    breakIt: (c: typeof copy) => c.edit('guides/en/mapping.mdx', /^title: .*\n/m, ''),
    expected: [/content\/guides\/en\/mapping\.mdx/, /title: is missing: add "title:"/],
  },
  {
    what: 'a YAML syntax error',
    breakIt: (c: typeof copy) => c.edit('roles.yaml', 'es: Mentor par', 'es: Mentor: par'),
    expected: [/content\/roles\.yaml:\d+/, /YAML syntax error/],
  },
];

describe.each(Object.entries(commands))('%s', (_name, args) => {
  it.each(breakages)(
    'fails on $what, naming the file and field',
    ({ breakIt, expected }) => {
      const { status, output } = run(args, breakIt);
      expect(status).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    },
    30_000,
  );
});

describe('a build that fails after it started', () => {
  it('leaves no partial output folder behind', () => {
    // An output folder from an earlier build is there too: a failed build must not leave it half-replaced.
    const outDir = mkdtempSync(join(tmpdir(), 'kit-partial-'));
    writeFileSync(join(outDir, 'index.html'), 'an earlier build');
    // Code in a guide that throws while the page renders: past the check, deep in the build.
    const { status, output } = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], (c) =>
      c.write(
        'guides/en/credits.mdx',
        c.read('guides/en/credits.mdx') + '\nexport const broken = (() => { throw new Error("boom"); })();\n',
      ),
    );
    expect(status, output).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
  }, 180_000);
});

describe('check', () => {
  it('passes on the real content', () => {
    const result = spawnSync(process.execPath, commands.check, { encoding: 'utf8' });
    expect(result.stdout).toContain('Content check passed');
    expect(result.status).toBe(0);
  });
});

describe('build of a fork', () => {
  it("carries the fork's name, colours, logo and institution links to every page", () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kit-fork-'));
    const { status, output } = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], (c) => {
      c.edit('kit.yaml', /^ {4}en: Mentoring Network Kit$/m, '    en: Northfield Mentoring Maps');
      c.edit('kit.yaml', '"#1d4f91"', '"#0b5d3b"');
      c.edit('kit.yaml', 'logo: assets/logo.svg', 'logo: assets/northfield.svg');
      c.write('assets/northfield.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
      c.edit('kit.yaml', 'links: {}\n#  researchNetworking:', 'links:\n  researchNetworking:');
      c.edit(
        'kit.yaml',
        '#    label:\n#      en: Search our researchers\n#      es: Busca a nuestro personal investigador\n#    url: https://profiles.example.edu',
        '    label:\n      en: Search our researchers\n      es: Busca a nuestro personal investigador\n    url: https://profiles.example.edu',
      );
    });
    expect(status, output).toBe(0);
    expect(readFileSync(join(outDir, 'brand.css'), 'utf8')).toContain('--color-primary:#0b5d3b');
    expect(readdirSync(join(outDir, 'brand'))).toContain('northfield.svg');
    for (const page of ['en/index.html', 'en/guides/roles/index.html', 'es/guides/index.html']) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html).toContain('/brand/northfield.svg');
      expect(html).toContain('href="/brand.css"');
    }
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('Northfield Mentoring Maps');
    expect(readFileSync(join(outDir, 'en/guides/roles/index.html'), 'utf8')).toContain(
      '<title>Roles in a mentoring network · Northfield Mentoring Maps</title>',
    );
    const growing = readFileSync(join(outDir, 'es/guides/growing/index.html'), 'utf8');
    expect(growing).toContain(
      '<a href="https://profiles.example.edu">Busca a nuestro personal investigador</a>',
    );
  }, 180_000); // a whole build, PDFs included, on a machine that may be running other tests
});
