// The findings in words for a hand-made network, with the kit's own content (roles, worksheets,
// thresholds, interface strings) in a locale: what a participant would read under their map.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { analyse } from '../../src/core/analysis/findings.ts';
import { translator } from '../../src/core/i18n.ts';
import type { Person, Workbook } from '../../src/core/workbook.ts';
import { findingsText, type FindingsContext, type FindingLine } from '../../src/render/findings-text.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';
import { FACTORS } from '../../src/core/analysis/factors.ts';

export const settings = analysisSchema.parse(parse(readFileSync('content/analysis.yaml', 'utf8')));
const roles = parse(readFileSync('content/roles.yaml', 'utf8')) as {
  id: string;
  name: Record<string, string>;
  inSentence?: Record<string, string>;
}[];
export const ROLE_IDS = roles.map((r) => r.id);

/** Each locale's content is read once: the property tests ask for it hundreds of times. */
const once = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale)!;
  };
};

export const ui = once((locale) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale),
);

/** The labels of the needs field's options (content/analysis.yaml `answers.needs`), by id. */
function needsOf(locale: string): Record<string, string> {
  const where = settings.answers.needs;
  const sheet = parse(readFileSync(`content/worksheets/${locale}/${where.worksheet}.yaml`, 'utf8')) as {
    sections: { fields: { id: string; options?: { id: string; label: string }[] }[] }[];
  };
  const field = sheet.sections.flatMap((x) => x.fields).find((f) => f.id === where.field);
  return Object.fromEntries((field?.options ?? []).map((o) => [o.id, o.label]));
}

export const contextFor = once((locale): FindingsContext => {
  const dir = `content/worksheets/${locale}`;
  const worksheets = Object.fromEntries(
    readdirSync(dir).map((f) => {
      const slug = f.replace(/\.yaml$/, '');
      const title = (parse(readFileSync(`${dir}/${f}`, 'utf8')) as { title: string }).title;
      return [slug, { title, url: `/${locale}/worksheets/${slug}/` }];
    }),
  );
  return {
    settings,
    roles: roles.map((r) => ({
      id: r.id,
      name: r.name[locale]!,
      ...(r.inSentence ? { inSentence: r.inSentence[locale]! } : {}),
    })),
    factors: FACTORS.map((id) => ({ id, name: id, guide: { url: '/g/', title: 'Guide' } })),
    needs: needsOf(locale),
    worksheets,
  };
});

/** Every line of the findings, in order, with its link's words after its text. */
export function findingLines(
  locale: string,
  network: Workbook['network'],
  needs: string[] = [],
): (FindingLine & { section: string })[] {
  const t = ui(locale);
  const a = analyse(network, ROLE_IDS, needs, settings);
  return findingsText(a, { network, snapshots: [] }, contextFor(locale), t, locale).flatMap((s) =>
    [...s.lines, ...(s.terms ?? []).flatMap((x) => x.lines)].map((l) => ({ ...l, section: s.key })),
  );
}

/** The findings' headings and sentences as one reads them (a link's words follow its sentence). */
export function sentences(locale: string, network: Workbook['network'], needs: string[] = []): string[] {
  const a = analyse(network, ROLE_IDS, needs, settings);
  return findingsText(a, { network, snapshots: [] }, contextFor(locale), ui(locale), locale).flatMap((s) => [
    s.title,
    ...[...s.lines, ...(s.terms ?? []).flatMap((x) => x.lines)].map((l) =>
      l.link ? `${l.text}${l.link.text}` : l.text,
    ),
  ]);
}

let next = 0;
/** A person with the given answers; a fresh id each time. */
export const who = (extra: Partial<Person> = {}): Person => {
  next++;
  return { id: `p${next}`, name: `P${next}`, roles: ['peer'], ...extra };
};
