// The findings of src/core/analysis as words, for any medium: the findings field draws them as
// HTML (islands/analysis-view.ts), the report prints them (render/pdf/report.ts). All words come
// from content/ui through `t`; names are plain text, never markup.
import { compareNetworks, type Analysis } from '../core/analysis/findings.ts';
import { BACKGROUND_ATTRIBUTES } from '../core/person.ts';
import type { Workbook } from '../core/workbook.ts';
import type { AnalysisSettings } from '../schemas/analysis.ts';
import type { Translate } from '../core/i18n.ts';
import type { FactorId } from '../core/analysis/factors.ts';

/** The names the findings refer to, in the page's language (from content: roles, factors, needs). */
export interface FindingsContext {
  settings: AnalysisSettings;
  roles: { id: string; name: string }[];
  factors: { id: FactorId; name: string; guide: { url: string; title: string } }[];
  /** Labels of the needs chosen on Know yourself, by id. */
  needs: Record<string, string>;
  worksheets: Record<string, { title: string; url: string }>;
}

/** One sentence, with what an interactive medium may add: a link, data attributes for tests and styles. */
export interface FindingLine {
  text: string;
  link?: { url: string; text: string };
  data?: Record<string, string>;
  /** Reads as a gap (an unmet need). */
  gap?: boolean;
  /** Explains the finding rather than stating it. */
  help?: boolean;
}

export interface FindingsSection {
  key: 'type' | 'roles' | 'factors' | 'structure' | 'goals' | 'suggestions';
  title: string;
  /** Paragraphs, or list items when `list` is set. */
  lines: FindingLine[];
  list?: boolean;
  /** The five factors: a term with its sentences. */
  terms?: { term: string; data: Record<string, string>; lines: FindingLine[] }[];
}

const pct = (share: number) => Math.round(share * 100);

/** Formats with the document's language: two decimals at most. */
const decimals = (locale: string) => (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });

/** "Since the snapshot of <date>: 2 added, …", or that there is no snapshot to compare with. */
export function changeText(
  snapshot: Workbook['snapshots'][number] | undefined,
  now: Workbook['network'],
  t: Translate,
  locale: string,
): string {
  if (!snapshot) return t('analysis.change.none');
  const c = compareNetworks(snapshot.network, now);
  return t('analysis.change.summary', {
    date: new Date(snapshot.takenAt).toLocaleDateString(locale),
    added: c.added.length,
    lost: c.lost.length,
    closer: c.closer.length,
    farther: c.farther.length,
    roles: c.roleChanged.length,
  });
}

/** The findings as titled sections, in the order the field and the report show them. */
export function findingsText(
  a: Analysis,
  workbook: Pick<Workbook, 'network' | 'snapshots'>,
  context: FindingsContext,
  t: Translate,
  locale: string,
): FindingsSection[] {
  const fixed = decimals(locale);
  const roleName = (id: string) => context.roles.find((r) => r.id === id)?.name ?? id;
  const nameOf = (id: string) => workbook.network.people.find((p) => p.id === id)?.name ?? id;
  const sections: FindingsSection[] = [];

  if (a.type) {
    sections.push({
      key: 'type',
      title: t('analysis.type.title'),
      lines: [
        { text: t(`analysis.type.${a.type.type}`), data: { 'network-type': a.type.type } },
        {
          text: t('analysis.type.basis', {
            sources: a.type.distinctSources,
            closePct: pct(a.type.closeShare),
          }),
        },
        {
          text: t('analysis.type.cutoffs', {
            minSources: context.settings.typology.highRangeFromSources,
            closeCut: pct(context.settings.typology.strongTiesFromCloseShare),
          }),
          help: true,
        },
      ],
    });
  }

  sections.push({
    key: 'roles',
    title: t('analysis.roles.title'),
    list: true,
    lines: a.coverage.map((c) => ({
      text: t(`analysis.roles.${c.status}`, { role: roleName(c.role), n: c.people, close: c.close }),
      data: { coverage: `${c.role}:${c.status}` },
    })),
  });

  const factorText: Record<FactorId, string[]> = {
    sources: [
      t(`analysis.sources.${a.sources.status}`, {
        distinct: a.sources.distinct,
        homePct: pct(a.sources.homeShare),
      }),
    ],
    'career-stages': [
      t('analysis.stages.counts', a.stages.counts),
      ...(a.stages.missing.length && a.people
        ? [
            t('analysis.stages.missing', {
              stages: t.list(
                a.stages.missing.map((s) => t(`analysis.stage.${s}`)),
                'or',
              ),
            }),
          ]
        : []),
    ],
    strength: [t(`analysis.strength.${a.strength.status}`, a.strength.counts)],
    backgrounds: BACKGROUND_ATTRIBUTES.map((attr) => {
      const d = a.backgrounds[attr];
      const attribute = t(`person.background.${attr}`);
      return d.status === 'ok'
        ? t('analysis.backgrounds.ok', {
            attribute,
            answers: d.answers,
            categories: d.categories,
            blau: fixed(d.blau),
            iqv: fixed(d.iqv),
          })
        : t('analysis.backgrounds.not-enough', { attribute, answers: d.answers, minimum: d.minimum });
    }),
    change: [changeText(workbook.snapshots.at(-1), workbook.network, t, locale)],
  };
  sections.push({
    key: 'factors',
    title: t('analysis.factors.title'),
    lines: [],
    terms: context.factors.map((f) => ({
      term: f.name,
      data: { factor: f.id },
      lines: [
        ...factorText[f.id].map((text) => ({ text })),
        {
          text: `${t('analysis.factor.help')} `,
          link: { url: f.guide.url, text: f.guide.title },
          help: true,
        },
      ],
    })),
  });

  const s = a.structure;
  sections.push(
    s
      ? {
          key: 'structure',
          title: t('analysis.structure.title'),
          list: true,
          lines: [
            { text: t('analysis.structure.density', { value: fixed(s.density) }) },
            { text: t('analysis.structure.effectiveSize', { value: fixed(s.effectiveSize) }) },
            { text: t('analysis.structure.efficiency', { value: fixed(s.efficiency) }) },
            { text: t('analysis.structure.constraint', { value: fixed(s.constraint) }) },
          ],
        }
      : {
          key: 'structure',
          title: t('analysis.structure.title'),
          lines: [{ text: t('analysis.structure.none') }],
        },
  );

  sections.push(
    a.goals.length === 0
      ? { key: 'goals', title: t('analysis.goals.title'), lines: [{ text: t('analysis.goals.none') }] }
      : {
          key: 'goals',
          title: t('analysis.goals.title'),
          list: true,
          lines: a.goals.map((g) => {
            const need = context.needs[g.need] ?? g.need;
            return g.supporters.length
              ? { text: t('analysis.goals.met', { need, people: t.list(g.supporters.map(nameOf)) }) }
              : { text: t('analysis.goals.unmet', { need }), gap: true };
          }),
        },
  );

  sections.push(
    a.suggestions.length === 0
      ? {
          key: 'suggestions',
          title: t('analysis.suggestions.title'),
          lines: [{ text: t('analysis.suggestions.none') }],
        }
      : {
          key: 'suggestions',
          title: t('analysis.suggestions.title'),
          list: true,
          lines: a.suggestions.map((g) => {
            const subject =
              g.gap === 'missing-role' || g.gap === 'distant-only'
                ? roleName(g.subject!)
                : g.gap === 'missing-stage'
                  ? t(`analysis.stage.${g.subject}`)
                  : g.gap === 'unmet-need'
                    ? (context.needs[g.subject!] ?? g.subject!)
                    : g.gap === 'low-diversity'
                      ? t(`person.background.${g.subject}`)
                      : '';
            const sheet = context.worksheets[g.worksheet];
            return {
              text: `${t(`analysis.suggest.${g.gap}`, { subject })} `,
              data: { suggestion: g.gap },
              ...(sheet
                ? { link: { url: sheet.url, text: t('analysis.suggest.worksheet', { title: sheet.title }) } }
                : {}),
            };
          }),
        },
  );

  return sections;
}
