// The sample good fork (test/fixtures/forks/institution/content): what an institution's web editor
// does by following the forker's guide alone. It rebrands the kit (Northfield: name, colours, logo,
// favicon, links, paper), swaps the five roles for the nine needs of the NCFDD mentoring map, replaces
// the programs, drops four agendas, adds a worksheet and a third language (French), and hides the
// pages for institutions from participants: all inside its content folder, with the kit's code as
// it is. It must pass the check and build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { errorsIn } from '../../src/check/problem.ts';

const fork = 'test/fixtures/forks/institution';

describe('the sample fork', () => {
  it('changes nothing outside its content folder', () => {
    expect(readdirSync(fork)).toEqual(['content']);
  });

  it('passes the check with no error', async () => {
    const problems = await checkContent(join(fork, 'content'));
    expect(errorsIn(problems)).toEqual([]);
  });

  it('has nine needs-based roles, each with a form for sentences in all three languages', () => {
    const roles = parse(readFileSync(join(fork, 'content/roles.yaml'), 'utf8')) as {
      id: string;
      inSentence: Record<string, string>;
    }[];
    expect(roles.map((r) => r.id)).toEqual([
      'professional-development',
      'emotional-support',
      'intellectual-community',
      'role-models',
      'safe-space',
      'sponsorship',
      'access-to-opportunities',
      'substantive-feedback',
      'accountability',
    ]);
    for (const r of roles) expect(Object.keys(r.inSentence).sort()).toEqual(['en', 'es', 'fr']);
  });
});

describe('the sample fork, built', () => {
  let root: string;
  let out: string;
  let result: { status: number | null; output: string };
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  beforeAll(() => {
    // Built from a copy, so Astro's cache for this content stays out of the repository.
    root = mkdtempSync(join(tmpdir(), 'kit-sample-fork-'));
    cpSync(join(fork, 'content'), join(root, 'content'), { recursive: true });
    out = join(root, 'dist');
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: {
        ...process.env,
        KIT_CONTENT_DIR: join(root, 'content'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    result = { status: run.status, output: run.stdout + run.stderr };
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it("carries Northfield's name, colours and logo, in three languages", () => {
    expect(readFileSync(join(out, 'brand.css'), 'utf8')).toContain('--color-primary:#0b5d3b');
    expect(readdirSync(join(out, 'brand'))).toContain('northfield-logo.svg');
    expect(page('fr')).toContain('Carte du mentorat de Northfield');
    expect(page('es')).toContain('Mapa de mentoría de Northfield');
    expect(page('en/guides')).toContain('Français');
  });

  it('lists the nine needs on the roles guide', () => {
    const roles = page('fr/guides/roles');
    for (const need of ['Soutien émotionnel', 'Espace sûr', 'Retours approfondis', 'Engagement'])
      expect(roles).toContain(need);
  });

  it('shows the new worksheet in every language, and on the guide it names, with no edit to that guide', () => {
    for (const locale of ['en', 'es', 'fr'])
      expect(existsSync(join(out, locale, 'worksheets/accountability-check-in/index.html'))).toBe(true);
    expect(page('en/guides/growing')).toContain('Accountability check-in');
    expect(page('fr/guides/growing')).toMatch(/Point d(&#39;|')engagement/);
  });

  it('keeps the pages for institutions away from participants', () => {
    for (const path of ['en', 'en/guides', 'fr/guides/roles']) {
      expect(page(path)).not.toContain('/guides/forking/');
    }
  });
});
