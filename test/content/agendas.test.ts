import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agendaSchema } from '../../src/schemas/agenda.ts';

// The agendas the kit ships, read as the build reads them: each is checked on its own terms (its
// steps fill its length, what it names exists in its own locale, it offers a share and an alternative).
const locales = readdirSync('content/agendas');
const files = locales.flatMap((locale) =>
  readdirSync(`content/agendas/${locale}`).map((name) => ({ locale, name })),
);

describe.each(files)('content/agendas/$locale/$name', ({ locale, name }) => {
  const agenda = agendaSchema.parse(parse(readFileSync(`content/agendas/${locale}/${name}`, 'utf8')));

  it('has steps that add up to its length', () => {
    expect(agenda.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(agenda.minutes);
  });

  it('names only guides, worksheets and agendas of its own locale', () => {
    const named = [
      ...agenda.steps.flatMap((s) => [
        s.guide && `content/guides/${locale}/${s.guide}.mdx`,
        s.worksheet && `content/worksheets/${locale}/${s.worksheet}.yaml`,
      ]),
      ...agenda.print.map((p) => `content/worksheets/${locale}/${p.worksheet}.yaml`),
      agenda.follows && `content/agendas/${locale}/${agenda.follows.agenda}.yaml`,
    ].filter((p): p is string => typeof p === 'string');
    expect(named.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('offers a share with others, and what to do alone instead', () => {
    expect(agenda.steps.some((s) => s.share && s.share.alone.length > 0)).toBe(true);
  });
});

describe('the agendas', () => {
  it('are the same files in every locale, with the same steps', () => {
    const [first, ...rest] = locales;
    const shape = (locale: string) =>
      readdirSync(`content/agendas/${locale}`).map((name) => {
        const a = agendaSchema.parse(parse(readFileSync(`content/agendas/${locale}/${name}`, 'utf8')));
        return [name, a.steps.map((s) => [s.minutes, s.guide, s.worksheet, s.share?.with])];
      });
    for (const locale of rest) expect(shape(locale)).toEqual(shape(first!));
  });

  it('include a 60- and 90-minute session, a half day, a self-paced path and a cohort series', () => {
    const en = files.filter((f) => f.locale === 'en').map((f) => f.name);
    expect(en).toEqual(
      expect.arrayContaining([
        'workshop-60.yaml',
        'workshop-90.yaml',
        'half-day.yaml',
        'self-paced.yaml',
        'cohort-first.yaml',
        'cohort-follow-up.yaml',
      ]),
    );
  });
});
