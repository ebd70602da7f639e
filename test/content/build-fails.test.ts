import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
  it.each(breakages)('fails on $what, naming the file and field', ({ breakIt, expected }) => {
    const { status, output } = run(args, breakIt);
    expect(status).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});

describe('check', () => {
  it('passes on the real content', () => {
    const result = spawnSync(process.execPath, commands.check, { encoding: 'utf8' });
    expect(result.stdout).toContain('Content check passed');
    expect(result.status).toBe(0);
  });
});
