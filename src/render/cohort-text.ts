// The anonymous summary and the cohort picture in words, in a locale: what the participant reads
// before saving a summary, and the facilitator's figures with their text and CSV equivalents.
import { MIN_GROUP, type CohortPicture, type Figure, type Share, type TypeOrNone } from '../core/cohort.ts';
import type { NetworkSummary } from '../core/cohort-summary.ts';
import type { Translate } from '../core/i18n.ts';
import { CLOSENESS, SOURCES, STAGES } from '../core/person.ts';
import { csvCell } from './network-export.ts';

/** The names a summary refers to: the kit's roles and the needs, in the page's locale. */
export interface CohortWords {
  roles: readonly { id: string; name: string }[];
  needs: Readonly<Record<string, string>>;
  locale: string;
}

/** A role's name in the page's locale; an id the kit does not know, as it is. */
const roleName = (words: CohortWords, id: string) => words.roles.find((r) => r.id === id)?.name ?? id;

/** "November 2026" for "2026-11", as the locale writes a month. */
export const monthName = (month: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** A next step of a summary ("missing-role:peer") as a facilitator reads it. */
export function gapWords(step: string, words: CohortWords, t: Translate): string {
  const [gap = '', subject = ''] = step.split(':');
  const subjectWords: Record<string, () => string> = {
    'missing-role': () => roleName(words, subject),
    'distant-only': () => roleName(words, subject),
    'missing-stage': () => t(`person.stage.${subject}`),
    'unmet-need': () => words.needs[subject] ?? subject,
    'low-diversity': () => t(`person.background.${subject}`),
  };
  try {
    return t(`cohort.gap.${gap}`, { subject: subjectWords[gap]?.() ?? '' });
  } catch {
    // A kind of next step this site has no words for (a summary from a later kit of the same format).
    return t('cohort.gap.other');
  }
}

/** One map of a summary as the lines a participant reads before saving it. */
export function summaryLines(
  map: NetworkSummary,
  heading: 'now' | 'before',
  words: CohortWords,
  t: Translate,
): { title: string; lines: string[] } {
  const counted = (names: [string, number][]) =>
    t.list(
      names.map(([name, n]) => t('summary.count', { name, n })),
      'unit',
    );
  // People whose answer is not given, when there are any.
  const notSet = (n: number): [string, number][] => (n ? [[t('person.notSet'), n]] : []);
  return {
    title: t(`summary.${heading}`, { month: monthName(map.month, words.locale) }),
    lines: [
      t('summary.people', { current: map.current, planned: map.planned }),
      t('summary.roles', { list: counted(words.roles.map((r) => [r.name, map.roles[r.id] ?? 0])) }),
      t('summary.sources', {
        list: counted([
          ...SOURCES.map((s): [string, number] => [t(`person.source.${s}`), map.sources[s]]),
          ...notSet(map.sources.unknown),
        ]),
      }),
      t('summary.stages', {
        list: counted([
          ...STAGES.map((s): [string, number] => [t(`person.stage.${s}`), map.stages[s]]),
          ...notSet(map.stages.unknown),
        ]),
      }),
      t('summary.closeness', {
        list: counted(CLOSENESS.map((c) => [t(`person.closeness.${c}`), map.closeness[c]])),
      }),
      map.type ? t('summary.type', { type: t(`analysis.typeName.${map.type}`) }) : t('summary.noType'),
      t('summary.gaps', { n: map.gaps.length, list: t.list(map.gaps.map((g) => gapWords(g, words, t))) }),
    ],
  };
}

const typeWords = (type: TypeOrNone, t: Translate) =>
  type === 'none' ? t('cohort.types.none') : t(`analysis.typeName.${type}`);

/** A share as "4 of 12" and as a whole percentage. */
export const shareWords = (s: Share, t: Translate, locale: string) => ({
  count: t('cohort.share', { count: s.count, of: s.of }),
  percent: new Intl.NumberFormat(locale, { style: 'percent' }).format(s.of ? s.count / s.of : 0),
});

/** A figure's rows (what, share), or its suppression notice. */
export type FigureRows = { rows: { what: string; share: Share }[] } | { suppressed: string };

const rowsOf = <T>(
  figure: Figure<T>,
  rows: (value: T) => { what: string; share: Share }[],
  t: Translate,
): FigureRows =>
  figure.shown
    ? { rows: rows(figure.value) }
    : { suppressed: t('cohort.suppressed', { n: figure.from, min: MIN_GROUP }) };

/** The cohort's three figures of now, as rows with their words. */
export function cohortRows(picture: CohortPicture, words: CohortWords, t: Translate) {
  return {
    missingRoles: rowsOf(
      picture.missingRoles,
      (v) => v.map((r) => ({ what: roleName(words, r.role), share: r.share })),
      t,
    ),
    types: rowsOf(picture.types, (v) => v.map((r) => ({ what: typeWords(r.type, t), share: r.share })), t),
    gaps: rowsOf(picture.gaps, (v) => v.map((r) => ({ what: gapWords(r.gap, words, t), share: r.share })), t),
  };
}

/** Before and after, as rows of (what, before, after), or its suppression notice. */
export function changeRows(
  picture: CohortPicture,
  words: CohortWords,
  t: Translate,
):
  | { people: string; rows: { what: string; before: number; after: number }[]; of: number }
  | { suppressed: string } {
  const c = picture.change;
  if (!c.shown) return { suppressed: t('cohort.suppressed', { n: c.from, min: MIN_GROUP }) };
  return {
    people: t('cohort.change.people', c.value.people),
    of: c.from,
    rows: [
      ...c.value.missingRoles.map((r) => ({
        what: t('cohort.gap.missing-role', {
          subject: roleName(words, r.role),
        }),
        before: r.before,
        after: r.after,
      })),
      ...c.value.types.map((r) => ({ what: typeWords(r.type, t), before: r.before, after: r.after })),
    ],
  };
}

/** Every figure shown as CSV (suppressed ones are left out): figure, what, participants, out of. */
export function cohortCsv(picture: CohortPicture, words: CohortWords, t: Translate): string {
  const rows = cohortRows(picture, words, t);
  const lines: (string | number)[][] = [
    [t('cohort.column.figure'), t('cohort.column.what'), t('cohort.column.count'), t('cohort.column.of')],
  ];
  const sections: [string, FigureRows][] = [
    [t('cohort.missingRoles.title'), rows.missingRoles],
    [t('cohort.types.title'), rows.types],
    [t('cohort.gaps.title'), rows.gaps],
  ];
  for (const [title, figure] of sections)
    if ('rows' in figure) for (const r of figure.rows) lines.push([title, r.what, r.share.count, r.share.of]);
  const change = changeRows(picture, words, t);
  if ('rows' in change)
    for (const when of ['before', 'after'] as const)
      for (const r of change.rows)
        lines.push([
          `${t.label(t('cohort.change.title'))} ${t(`cohort.change.${when}`)}`,
          r.what,
          r[when],
          change.of,
        ]);
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
