// core/analysis/factors.ts: the five factors the analysis computes, and content/factors.yaml, which
// names each of them for participants.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FACTORS } from '../../src/core/analysis/factors.ts';
import { analyse } from '../../src/core/analysis/findings.ts';
import { ID_PATTERN } from '../../src/core/ids.ts';
import { findingsText } from '../../src/render/findings-text.ts';
import { factorSchema } from '../../src/schemas/factor.ts';
import { findingsContextOf, rolesOf, sampleWorkbook, uiOf } from './pdf-fixtures.ts';

const locales = (parse(readFileSync('content/kit.yaml', 'utf8')) as { locales: string[] }).locales;
const content = parse(readFileSync('content/factors.yaml', 'utf8')) as Record<string, unknown>[];

describe('the factors', () => {
  it('are five distinct ids, valid wherever the kit stores an id', () => {
    expect(FACTORS).toHaveLength(5);
    expect(new Set(FACTORS).size).toBe(FACTORS.length);
    for (const id of FACTORS) expect(id).toMatch(ID_PATTERN);
  });

  it('content/factors.yaml names each factor the analysis computes exactly once, and no other', () => {
    const ids = content.map((f) => f.id);
    for (const id of FACTORS) expect(ids.filter((x) => x === id)).toHaveLength(1);
    expect(ids).toHaveLength(FACTORS.length);
  });

  it('content/factors.yaml passes the factor schema in every locale, with a guide that exists', () => {
    const schema = factorSchema(locales);
    for (const entry of content) {
      const factor = schema.parse(entry);
      for (const locale of locales) {
        expect(factor.name[locale]).toBeTruthy();
        expect(existsSync(`content/guides/${locale}/${factor.guide}.mdx`)).toBe(true);
      }
    }
  });

  it('a renamed factor is refused, naming the ones the analysis computes', () => {
    const renamed = { ...content[0]!, id: 'origins' };
    const result = factorSchema(locales).safeParse(renamed);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(FACTORS.join(', '));
  });

  it('the findings say something about every factor', () => {
    const workbook = sampleWorkbook(12);
    const roles = rolesOf('en').map((r) => r.id);
    const context = findingsContextOf('en');
    const analysis = analyse(workbook.network, roles, [], context.settings);
    const terms = findingsText(analysis, workbook, context, uiOf('en'), 'en').find(
      (s) => s.key === 'factors',
    )!.terms!;
    expect(terms.map((t) => t.data.factor).sort()).toEqual([...FACTORS].sort());
    for (const term of terms)
      expect(term.lines.filter((l) => !l.help && l.text.trim()).length).toBeGreaterThan(0);
  });
});
