// render/pdf/words.ts: the words the PDFs print around the worksheets, from content/ui.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n.ts';
import { CLOSENESS, SOURCES, STAGES } from '../../src/core/person.ts';
import { pdfWords } from '../../src/render/pdf/words.ts';
import { uiOf } from './pdf-fixtures.ts';

describe('pdfWords', () => {
  it.each(['en', 'es'])('in %s, takes every word from content/ui', (locale) => {
    const t = uiOf(locale);
    const words = pdfWords(t);
    expect(words.name).toBe(t('pdf.name'));
    expect(words.contents).toBe(t('pdf.contents'));
    expect(words.people.columns).toEqual({
      name: t('person.name'),
      role: t('person.primaryRole'),
      closeness: t('person.closeness'),
      stage: t('person.stage'),
      source: t('person.source'),
    });
  });

  it('leaves the page number and minutes placeholders for the document to fill', () => {
    const words = pdfWords(uiOf('en'));
    expect(words.pageNumber).toContain('{n}');
    expect(words.pageNumber).toContain('{total}');
    expect(words.minutes).toContain('{minutes}');
    expect(words.minutes.replace('{minutes}', '20')).toBe(uiOf('en')('worksheets.minutes', { minutes: 20 }));
  });

  it.each(['en', 'es'])('in %s, the legend lists every coded value in the vocabulary’s order', (locale) => {
    const t = uiOf(locale);
    const [closeness, stage, source] = pdfWords(t).people.legend;
    const inOrder = (line: string, key: string, ids: readonly string[]) => {
      expect(line.startsWith(`${t(key)}: `)).toBe(true);
      const at = ids.map((id) => line.indexOf(t(`${key}.${id}`)));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    };
    inOrder(closeness!, 'person.closeness', CLOSENESS);
    inOrder(stage!, 'person.stage', STAGES);
    inOrder(source!, 'person.source', SOURCES);
  });

  it('refuses interface strings that lack a word it prints', () => {
    const strings = parse(readFileSync('content/ui/en.yaml', 'utf8')) as Record<string, string>;
    delete strings['pdf.contents'];
    expect(() => pdfWords(translator(strings, 'en'))).toThrow(/pdf\.contents/);
  });
});
