import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis/findings.ts';
import { translator } from '../../src/core/i18n.ts';
import type { Person } from '../../src/core/workbook.ts';
import { findingsText, type FindingsContext } from '../../src/render/findings-text.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';

const settings = analysisSchema.parse(parse(readFileSync('content/analysis.yaml', 'utf8')));
const ui = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);

// One need, met by three people of its first role, all at the participant's stage.
const [need, rule] = Object.entries(settings.needs)[0]!;
const role = rule.roles[0]!;
const people: Person[] = ['Ana', 'Bo', 'Cy'].map((name, i) => ({
  id: `p${i}`,
  name,
  roles: [role],
  stage: 'same',
  closeness: 'close',
}));
const network = { people, ties: [] };
const context: FindingsContext = {
  settings,
  roles: [{ id: role, name: 'R' }],
  factors: [
    { id: 'career-stages', name: 'Career stages', guide: { url: '/g/', title: 'G' } },
    { id: 'backgrounds', name: 'Backgrounds', guide: { url: '/g/', title: 'G' } },
  ],
  needs: { [need]: 'N' },
  worksheets: {},
};

function sentences(locale: string, who = people) {
  const t = ui(locale);
  const a = analyse({ people: who, ties: [] }, [role], [need], settings);
  const sections = findingsText(
    a,
    { network: { ...network, people: who }, snapshots: [] },
    context,
    t,
    locale,
  );
  return sections.flatMap((s) => [...s.lines, ...(s.terms ?? []).flatMap((x) => x.lines)]).map((l) => l.text);
}

describe('findings sentences with lists, in each locale’s own way', () => {
  it('joins the people who meet a need with the locale’s “and”, a guess from roles marked as one', () => {
    expect(sentences('en')).toContain(
      'N: perhaps Ana, Bo, and Cy, a guess from their roles. Link the people who really support you in this.',
    );
    expect(sentences('es')).toContain(
      'N: quizá Ana, Bo y Cy, una suposición a partir de sus roles. Vincula a las personas que de verdad te apoyan en esto.',
    );
  });

  it('names the people linked to a need, without a guess', () => {
    const linked = people.map((p, i) => (i === 2 ? p : { ...p, meets: [need] }));
    expect(sentences('en', linked)).toContain('N: Ana and Bo.');
    expect(sentences('es', linked)).toContain('N: Ana y Bo.');
  });

  it('names the missing career stages as alternatives', () => {
    expect(sentences('en')).toContain('Nobody yet who is further along than you or earlier in their career.');
    expect(sentences('es')).toContain('Todavía no hay nadie más avanzado que tú o en una etapa anterior.');
  });

  it('counts one person in the singular', () => {
    const one = people.slice(0, 1);
    expect(sentences('en', one)).toContain('R: 1 (1 close or moderate).');
    expect(sentences('es', one)).toContain('R: 1 (1 cercana o intermedia).');
    expect(sentences('es')).toContain('R: 3 (3 cercanas o intermedias).');
  });
});
