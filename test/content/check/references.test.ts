import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/check/collections.ts';
import { declaredAnswers, navigationGuides } from '../../../src/check/references.ts';
import { parseYaml } from '../../../src/check/source.ts';
import { analysisSchema } from '../../../src/schemas/analysis.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';

const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));
const analysisText = readFileSync('content/analysis.yaml', 'utf8');
const { parsed } = parseYaml(analysisText, 'analysis.yaml');
const settings = analysisSchema.parse(parse(analysisText));
const where = settings.answers.needs;
const sheetText = readFileSync(`content/worksheets/en/${where.worksheet}.yaml`, 'utf8');
const sheet = {
  locale: 'en',
  slug: where.worksheet,
  file: 'sheet.yaml',
  parsed: parseYaml(sheetText, 'sheet.yaml').parsed!,
  data: worksheetSchema.parse(parse(sheetText)),
} satisfies Entry<'worksheets'>;
const slugs = sets({ en: [where.worksheet, settings.answers.actionPlan] });

describe('declaredAnswers', () => {
  it('finds nothing wrong in the real content', () => {
    expect(declaredAnswers(settings, 'analysis.yaml', parsed!, [sheet], slugs)).toEqual([]);
  });

  it('names a missing action plan worksheet with its line', () => {
    const problems = declaredAnswers(
      settings,
      'analysis.yaml',
      parsed!,
      [sheet],
      sets({ en: [where.worksheet] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'answers.actionPlan',
        line: expect.any(Number),
        message: expect.stringContaining('content/worksheets/en/'),
      }),
    ]);
  });

  it('stops at a field the worksheet lacks', () => {
    const moved = { ...settings, answers: { ...settings.answers, needs: { ...where, field: 'nope' } } };
    expect(declaredAnswers(moved, 'analysis.yaml', parsed!, [sheet], slugs)).toEqual([
      expect.objectContaining({
        field: 'answers.needs.field',
        message: expect.stringContaining('"nope", which sheet.yaml does not have'),
      }),
    ]);
  });
});

describe('navigationGuides', () => {
  it('names every locale when no locale has the guide', () => {
    const { parsed: kit } = parseYaml('navigation:\n  credits: thanks\n', 'kit.yaml');
    expect(navigationGuides({ credits: 'thanks' }, 'kit.yaml', kit!, sets({ en: [], es: [] }))).toEqual([
      expect.objectContaining({
        file: 'kit.yaml',
        line: 2,
        field: 'navigation.credits',
        message: expect.stringContaining('content/guides/en/ and content/guides/es/'),
      }),
    ]);
  });

  it('leaves a guide that one locale lacks to the locale parity check (its missing translation)', () => {
    const { parsed: kit } = parseYaml('navigation:\n  credits: thanks\n', 'kit.yaml');
    expect(
      navigationGuides({ credits: 'thanks' }, 'kit.yaml', kit!, sets({ en: ['thanks'], es: [] })),
    ).toEqual([]);
  });
});
