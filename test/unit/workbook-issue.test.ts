import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { emptyWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { readWorkbook } from '../../src/core/workbook-schema.ts';
import { refusalText } from '../../src/core/workbook-refusal.ts';
import { firstIssue, issueCode, WORKBOOK_ISSUES, type WorkbookIssue } from '../../src/core/workbook-issue.ts';

const ui = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);
const locales = ['en', 'es'].map(ui);

const base = (): Workbook => ({
  ...emptyWorkbook(new Date('2026-01-02T03:04:05Z')),
  network: {
    people: [
      { id: 'p1', name: 'Ana', roles: ['peer'] },
      { id: 'p2', name: 'Bo', roles: ['mentee'] },
    ],
    ties: [['p1', 'p2']],
  },
});

/** A workbook with one thing wrong, changed as parsed JSON, with the issue it must be refused for. */
const damaged: [what: string, change: (d: any) => void, issue: WorkbookIssue][] = [
  ['answers that are a list', (d) => (d.answers = []), 'wrong-type'],
  ['a name of 101 letters', (d) => (d.network.people[0].name = 'x'.repeat(101)), 'too-long'],
  ['an empty name', (d) => (d.network.people[0].name = ''), 'too-short'],
  ['a name of spaces', (d) => (d.network.people[0].name = '   '), 'blank-text'],
  ['a name of a zero-width space', (d) => (d.network.people[0].name = '\u200B'), 'blank-text'],
  ['a name with a control character', (d) => (d.network.people[0].name = 'A\u0007na'), 'control-chars'],
  ['a "shown as" name of spaces', (d) => (d.network.people[0].alias = ' \u00A0'), 'blank-text'],
  ['ten roles', (d) => (d.network.people[0].roles = Array(10).fill('peer')), 'too-many'],
  ['no role', (d) => (d.network.people[0].roles = []), 'too-few'],
  ['a year of 1800', (d) => (d.network.people[0].since = 1800), 'too-low'],
  ['a year of 1999.5', (d) => (d.network.people[0].since = 1999.5), 'wrong-type'],
  ['an id with spaces', (d) => (d.network.people[0].id = 'not an id'), 'bad-format'],
  ['a date that is not one', (d) => (d.createdAt = 'yesterday'), 'not-a-date'],
  ['an answer keyed by a bad id', (d) => (d.answers = { 'Bad Id': {} }), 'bad-format'],
  ['a closeness the kit does not know', (d) => (d.network.people[0].closeness = 'very'), 'unknown-choice'],
  ['an unknown field on a person', (d) => (d.network.people[0].age = 40), 'unknown-field'],
  ['two people with one id', (d) => (d.network.people[1].id = 'p1'), 'duplicate-id'],
  ['a tie to nobody', (d) => (d.network.ties = [['p1', 'p9']]), 'bad-tie'],
  ['an answer of the wrong kind', (d) => (d.answers = { sheet: { field: true } }), 'wrong-type'],
];

describe('workbook refusals as codes', () => {
  it.each(damaged)('%s', (_what, change, issue) => {
    const doc = JSON.parse(JSON.stringify(base()));
    change(doc);
    const result = readWorkbook(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid', detail: issue });
  });

  it('every code has words in every locale, and zod’s English never reaches the page', () => {
    for (const t of locales)
      for (const detail of WORKBOOK_ISSUES) {
        const text = refusalText(
          t,
          { code: 'invalid', path: 'network', at: ['network'], detail, limit: 2, names: ['x'] },
          'x.json',
        );
        expect(text).not.toMatch(/\{|\}|Invalid input/);
      }
  });

  it('maps each zod issue code, and what it does not know to unknown', () => {
    const at = (code: string, extra: object = {}) => issueCode({ code, path: [], ...extra });
    expect(at('invalid_type')).toBe('wrong-type');
    expect(at('invalid_union')).toBe('wrong-type');
    expect(at('too_big', { origin: 'string' })).toBe('too-long');
    expect(at('too_big', { origin: 'array' })).toBe('too-many');
    expect(at('too_big', { origin: 'number' })).toBe('too-high');
    expect(at('too_small', { origin: 'number' })).toBe('too-low');
    expect(at('invalid_format', { format: 'datetime' })).toBe('not-a-date');
    expect(at('invalid_format', { format: 'regex' })).toBe('bad-format');
    expect(at('too_small', { origin: 'set' })).toBe('too-few');
    expect(at('invalid_value')).toBe('unknown-choice');
    expect(at('unrecognized_keys')).toBe('unknown-field');
    expect(at('custom', { params: { code: 'bad-tie' } })).toBe('bad-tie');
    expect(at('custom', { params: { code: 'made up' } })).toBe('unknown');
    expect(at('custom')).toBe('unknown');
    expect(at('a code zod adds later')).toBe('unknown');
  });

  it('names the path of the first issue', () => {
    expect(firstIssue([{ code: 'invalid_type', path: ['network', 'people', 0, 'name'] }])).toEqual({
      path: 'network.people.0.name',
      at: ['network', 'people', 0, 'name'],
      detail: 'wrong-type',
    });
  });
});
