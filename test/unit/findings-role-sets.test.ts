// The findings' next steps name a missing role mid-sentence with the role's `inSentence` form, so
// they read well with any role set: the kit's five kinds of mentor, and the nine needs of the sample
// fork (test/fixtures/forks/institution), in its three languages.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis/findings.ts';
import { translator } from '../../src/core/i18n.ts';
import { findingsText } from '../../src/render/findings-text.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';
import { contextFor, who } from './findings-fixtures.ts';

const fork = 'test/fixtures/forks/institution/content';
const roles = parse(readFileSync(`${fork}/roles.yaml`, 'utf8')) as {
  id: string;
  name: Record<string, string>;
  inSentence: Record<string, string>;
}[];
const settings = analysisSchema.parse(parse(readFileSync(`${fork}/analysis.yaml`, 'utf8')));

/** The fork's next steps for a network with one close person in each of the first three needs. */
function nextSteps(locale: string): string[] {
  const t = translator(
    parse(readFileSync(`${fork}/ui/${locale}.yaml`, 'utf8')) as Record<string, string>,
    locale,
  );
  const network = {
    people: roles
      .slice(0, 3)
      .map((r) => who({ roles: [r.id], closeness: 'close', source: 'department', stage: 'above' })),
    ties: [],
  };
  const context = {
    // The words the findings take from content: this fork's roles and settings, in this locale.
    ...contextFor(locale === 'fr' ? 'en' : locale), // worksheet titles: only linked, not read here
    settings,
    roles: roles.map((r) => ({ id: r.id, name: r.name[locale]!, inSentence: r.inSentence[locale]! })),
  };
  const a = analyse(
    network,
    roles.map((r) => r.id),
    [],
    settings,
  );
  return findingsText(a, { network, snapshots: [] }, context, t, locale)
    .filter((s) => s.key === 'suggestions')
    .flatMap((s) => s.lines.map((l) => l.text.trim()));
}

describe('next steps with a needs-based role set', () => {
  it.each([
    ['en', 'Find someone who speaks up for you.'],
    ['es', 'Busca una persona con quien hablar con franqueza, sin juicios.'],
    ['fr', 'Trouvez une personne qui vous aide à tenir vos engagements.'],
  ])('read as sentences in %s', (locale, expected) => {
    const steps = nextSteps(locale);
    expect(steps).toContain(expected);
    // No step names a need by its label where a sentence form belongs ("Find Emotional support.").
    for (const r of roles) expect(steps.join('\n')).not.toContain(` ${r.name[locale]}.`);
  });
});
