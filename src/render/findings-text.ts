// The findings of src/core/analysis as words, for any medium: the findings field draws them as
// HTML (islands/analysis-view.ts), the report prints them (render/pdf/report.ts). All words come
// from content/ui through `t`; names are plain text, never markup.
import { compareNetworks, overlap, type Analysis, type Suggestion } from '../core/analysis/findings.ts';
import { BACKGROUND_ATTRIBUTES } from '../core/person.ts';
import type { Workbook } from '../core/workbook.ts';
import type { AnalysisSettings } from '../schemas/analysis.ts';
import type { Translate } from '../core/i18n.ts';
import type { FactorId } from '../core/analysis/factors.ts';

/** The names the findings refer to, in the page's language (from content: roles, factors, needs). */
export interface FindingsContext {
  settings: AnalysisSettings;
  /** `inSentence`: the role mid-sentence with its article ("a peer mentor"); the name when content gives none. */
  roles: { id: string; name: string; inSentence?: string }[];
  factors: { id: FactorId; name: string; guide: { url: string; title: string } }[];
  /** Labels of the needs chosen on Know yourself, by id. */
  needs: Record<string, string>;
  worksheets: Record<string, { title: string; url: string }>;
}

/** What a button beside a finding does, on a screen that can act (the findings field). */
export type FindingAction = 'none-know' | 'some-know' | 'link-need';

/** One sentence, with what an interactive medium may add: a link, data attributes for tests and styles. */
export interface FindingLine {
  text: string;
  link?: { url: string; text: string };
  data?: Record<string, string>;
  /** Reads as a gap (an unmet need). */
  gap?: boolean;
  /** Explains the finding rather than stating it. */
  help?: boolean;
  /** An answer the participant can give right here; paper leaves it out. */
  action?: FindingAction;
  /** What the action is about: the need a `link-need` links people to. */
  actionFor?: string;
  /** Only a prompt for the action: paper leaves the whole line out. */
  screenOnly?: boolean;
}

export interface FindingsSection {
  key:
    | 'people'
    | 'type'
    | 'roles'
    | 'factors'
    | 'structure'
    | 'support'
    | 'goals'
    | 'suggestions'
    | 'plan'
    | 'open';
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

/** "N current, M planned": the one count of people that every medium shows. */
export function peopleCount(a: Pick<Analysis, 'people' | 'planned'>, t: Translate): string {
  return t('analysis.count', { current: a.people, planned: a.planned.length });
}

/** "Since the snapshot of <date>: 2 added, …", or that there is no snapshot to compare with. */
export function changeText(
  snapshot: Workbook['snapshots'][number] | undefined,
  now: Workbook['network'],
  t: Translate,
  locale: string,
): string {
  if (!snapshot) return t('analysis.change.none');
  const c = compareNetworks(snapshot.network, now);
  const summary = t('analysis.change.summary', {
    date: new Date(snapshot.takenAt).toLocaleDateString(locale),
    added: c.added.length,
    lost: c.lost.length,
    closer: c.closer.length,
    farther: c.farther.length,
    roles: c.roleChanged.length,
  });
  return `${summary} ${t('analysis.change.overlap', { pct: pct(overlap(snapshot.network, now)) })}`;
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
  const role = (id: string) => context.roles.find((r) => r.id === id);
  const roleName = (id: string) => role(id)?.name ?? id;
  const roleInSentence = (id: string) => role(id)?.inSentence ?? roleName(id);
  const nameOf = (id: string) => workbook.network.people.find((p) => p.id === id)?.name ?? id;
  const system = (id: string) => t(`analysis.system.${id}`);
  const systems = (ids: readonly string[], style: 'and' | 'or') => t.list(ids.map(system), style);
  const sheetLink = (slug: string, key = 'analysis.suggest.worksheet') => {
    const sheet = context.worksheets[slug];
    return sheet ? { link: { url: sheet.url, text: t(key, { title: sheet.title }) } } : {};
  };
  const settings = context.settings;
  const totalSystems = Object.keys(settings.systems).length;
  const sections: FindingsSection[] = [];

  sections.push({
    key: 'people',
    title: t('analysis.people.title'),
    lines: [
      { text: peopleCount(a, t), data: { count: `${a.people}:${a.planned.length}` } },
      ...(a.planned.length ? [{ text: t('analysis.people.planned', { n: a.planned.length }) }] : []),
    ],
  });

  const openLines = a.open.map((o): FindingLine => {
    const data = { open: o.kind };
    switch (o.kind) {
      case 'few-people':
        return { text: t('analysis.open.few-people', { n: o.more, min: settings.typeFrom.people }), data };
      case 'planned':
        return {
          text: `${t('analysis.open.planned', { people: t.list(o.people.map(nameOf)), n: o.people.length })} `,
          data,
          ...sheetLink(settings.suggestions['missing-role'] ?? ''),
        };
      case 'no-needs':
        return {
          text: `${t('analysis.open.no-needs')} `,
          data,
          ...sheetLink(settings.answers.needs.worksheet),
        };
      case 'ties':
        return { text: t('analysis.open.ties'), data };
      default:
        return { text: t(`analysis.open.${o.kind}`, { n: o.people }), data };
    }
  });

  // Only planned people: no measure has anyone to count, so the findings say so and what is open.
  if (a.people === 0) {
    sections.push({
      key: 'suggestions',
      title: t('analysis.suggestions.title'),
      lines: [{ text: t('analysis.people.onlyPlanned') }],
    });
    sections.push({ key: 'open', title: t('analysis.open.title'), list: true, lines: openLines });
    return sections;
  }

  const present = a.sources.systems.filter((x) => x.people > 0);
  const systemCounts = t.list(
    present.map((x) => t('analysis.system.count', { system: system(x.system), n: x.people })),
    'and',
  );
  const cutoffs = {
    text: t('analysis.type.cutoffs', {
      minSystems: settings.typology.highRangeFromSystems,
      total: totalSystems,
      systems: systems(Object.keys(settings.systems), 'and'),
      dominantPct: pct(settings.typology.dominantShare),
      closeCut: pct(settings.typology.strongTiesFromCloseShare),
      minPeople: settings.typeFrom.people,
    }),
    help: true,
  };
  if (a.type) {
    sections.push({
      key: 'type',
      title: t('analysis.type.title'),
      lines: [
        { text: t(`analysis.type.${a.type.type}`), data: { 'network-type': a.type.type } },
        {
          text: t('analysis.type.basis', {
            present: a.type.systems,
            total: totalSystems,
            closePct: pct(a.type.closeShare),
          }),
        },
        cutoffs,
      ],
    });
  } else if (a.typeWait) {
    const first = [
      ...(a.typeWait.morePeople ? [t('analysis.type.wait.people', { n: a.typeWait.morePeople })] : []),
      ...(a.typeWait.withoutSource ? [t('analysis.type.wait.source', { n: a.typeWait.withoutSource })] : []),
    ];
    sections.push({
      key: 'type',
      title: t('analysis.type.title'),
      lines: [
        {
          text: t('analysis.type.wait', { min: settings.typeFrom.people, first: t.list(first, 'and') }),
          data: { 'network-type': 'none' },
        },
        cutoffs,
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

  const src = a.sources;
  const sourcesText =
    src.status === 'none'
      ? [t('analysis.sources.none')]
      : [
          t('analysis.sources.systems', { present: src.present, total: totalSystems, systems: systemCounts }),
          ...(src.status === 'narrow'
            ? [
                src.dominant
                  ? t('analysis.sources.dominant', {
                      pct: pct(src.dominant.share),
                      system: system(src.dominant.system),
                      widen: systems(src.widenWith, 'or'),
                    })
                  : src.widenWith.length
                    ? t('analysis.sources.narrow', { widen: systems(src.widenWith, 'or') })
                    : t('analysis.sources.narrow-any'),
              ]
            : src.missing.length
              ? [t('analysis.sources.missing', { missing: systems(src.missing, 'or') })]
              : []),
          ...(a.people > src.withSource
            ? [t('analysis.sources.unanswered', { n: a.people - src.withSource })]
            : []),
        ];
  const factorText: Record<FactorId, FindingLine[]> = {
    sources: sourcesText.map((text) => ({ text, data: { sources: src.status } })),
    'career-stages': [
      { text: t('analysis.stages.counts', a.stages.counts) },
      ...(a.stages.missing.length
        ? [
            {
              text: t(
                a.stages.withStage < a.people ? 'analysis.stages.missingSoFar' : 'analysis.stages.missing',
                {
                  stages: t.list(
                    a.stages.missing.map((s) => t(`analysis.stage.${s}`)),
                    'or',
                  ),
                  n: a.stages.withStage,
                },
              ),
            },
          ]
        : []),
    ],
    strength: [{ text: t(`analysis.strength.${a.strength.status}`, a.strength.counts) }],
    backgrounds: [
      ...BACKGROUND_ATTRIBUTES.map((attr) => {
        const d = a.backgrounds[attr];
        const attribute = t(`person.background.${attr}`);
        if (d.status !== 'ok')
          return {
            text: t('analysis.backgrounds.not-enough', { attribute, answers: d.answers, minimum: d.minimum }),
          };
        if (d.possible < 2) return { text: t('analysis.backgrounds.one', { attribute, answers: d.answers }) };
        return {
          text: t('analysis.backgrounds.ok', {
            attribute,
            answers: d.answers,
            categories: d.categories,
            k: d.possible,
            blau: fixed(d.blau),
            blauMax: fixed(d.blauMax),
            iqv: fixed(d.iqv),
          }),
        };
      }),
      { text: t('analysis.backgrounds.rule'), help: true },
    ],
    change: [{ text: changeText(workbook.snapshots.at(-1), workbook.network, t, locale) }],
  };
  sections.push({
    key: 'factors',
    title: t('analysis.factors.title'),
    lines: [],
    terms: context.factors.map((f) => ({
      term: f.name,
      data: { factor: f.id },
      lines: [
        ...factorText[f.id],
        {
          text: `${t('analysis.factor.help')} `,
          link: { url: f.guide.url, text: f.guide.title },
          help: true,
        },
      ],
    })),
  });

  sections.push({
    key: 'structure',
    title: t('analysis.structure.title'),
    ...structureLines(a, t, fixed, settings),
  });

  sections.push({ key: 'support', title: t('analysis.support.title'), ...supportLines(a, t, fixed, nameOf) });

  sections.push(
    a.goals.length === 0
      ? { key: 'goals', title: t('analysis.goals.title'), lines: [{ text: t('analysis.goals.none') }] }
      : {
          key: 'goals',
          title: t('analysis.goals.title'),
          list: true,
          lines: a.goals.map((g): FindingLine => {
            const need = context.needs[g.need] ?? g.need;
            const link = {
              action: 'link-need' as const,
              actionFor: g.need,
              data: { goal: `${g.need}:${g.basis}` },
            };
            const people = t.list(g.supporters.map(nameOf));
            return !g.supporters.length
              ? { text: t('analysis.goals.unmet', { need }), gap: true, ...link }
              : g.basis === 'linked'
                ? { text: t('analysis.goals.met', { need, people }), ...link }
                : { text: t('analysis.goals.guess', { need, people, n: g.supporters.length }), ...link };
          }),
        },
  );

  const step = (g: Suggestion): string => {
    const subject =
      g.gap === 'missing-role' || g.gap === 'distant-only'
        ? roleInSentence(g.subject!)
        : g.gap === 'missing-stage'
          ? t(`analysis.stage.${g.subject}`)
          : g.gap === 'unmet-need'
            ? (context.needs[g.subject!] ?? g.subject!)
            : g.gap === 'low-diversity'
              ? t(`person.background.${g.subject}`)
              : g.gap === 'over-reliance'
                ? nameOf(g.subject!)
                : '';
    const key =
      g.gap === 'narrow-sources' && !g.systems?.length
        ? 'analysis.suggest.narrow-any'
        : g.gap === 'one-sided'
          ? `analysis.suggest.one-sided.${g.subject}`
          : `analysis.suggest.${g.gap}`;
    return t(key, { subject, systems: systems(g.systems ?? [], 'or') });
  };
  const suggestionLines = a.suggestions.map((g): FindingLine => ({
    text: `${step(g)} `,
    data: { suggestion: g.gap },
    ...sheetLink(g.worksheet),
  }));
  sections.push({
    key: 'suggestions',
    title: t('analysis.suggestions.title'),
    ...(suggestionLines.length
      ? { list: true, lines: suggestionLines }
      : openLines.length
        ? { lines: [{ text: t('analysis.suggestions.noneYet'), data: { suggestion: 'none-yet' } }] }
        : { lines: [{ text: t('analysis.suggestions.none'), data: { suggestion: 'none' } }] }),
  });
  if (a.plan) {
    const p = a.plan;
    sections.push({
      key: 'plan',
      title: t('analysis.plan.title'),
      list: true,
      lines: [
        {
          text: t('analysis.plan.type', {
            n: a.planned.length,
            type: p.type ? t(`analysis.typeName.${p.type}`) : t('analysis.plan.noType'),
          }),
          data: { plan: 'type' },
        },
        ...p.closes.map((g) => ({
          text: t('analysis.plan.closes', { step: step(g) }),
          data: { plan: 'closes' },
        })),
        ...p.leaves.map((g) => ({
          text: t('analysis.plan.leaves', { step: step(g) }),
          data: { plan: 'leaves' },
        })),
        ...p.adds.map((g) => ({ text: t('analysis.plan.adds', { step: step(g) }), data: { plan: 'adds' } })),
      ],
    });
  }
  if (openLines.length)
    sections.push({
      key: 'open',
      title: t('analysis.open.title'),
      list: true,
      lines: openLines,
    });

  return sections;
}

/**
 * Who knows whom: each measure with what it means for the participant, or how to answer the
 * question when it is still open.
 */
function structureLines(
  a: Analysis,
  t: Translate,
  fixed: (n: number) => string,
  settings: AnalysisSettings,
): Pick<FindingsSection, 'lines' | 'list'> {
  const s = a.structure;
  const n = a.people;
  if (!s)
    return {
      lines:
        n < 2
          ? [{ text: t('analysis.structure.one') }]
          : [
              { text: t('analysis.structure.none') },
              { text: t('analysis.structure.noneKnow'), action: 'none-know', screenOnly: true },
            ],
    };
  const redundant = n > 1 && s.efficiency < settings.structure.redundantBelowEfficiency;
  const minimum = 1 / n;
  return {
    list: true,
    lines: [
      ...(s.basis === 'none-know'
        ? [{ text: t('analysis.structure.saidNone'), action: 'some-know' as const, help: true }]
        : []),
      {
        text: t(
          s.density >= settings.structure.closeKnitFromDensity
            ? 'analysis.structure.density.knit'
            : 'analysis.structure.density.apart',
          { value: fixed(s.density), pct: pct(s.density) },
        ),
        data: { measure: 'density' },
      },
      {
        text: t('analysis.structure.effectiveSize', {
          value: fixed(s.effectiveSize),
          n,
          about: Math.round(s.effectiveSize),
        }),
        data: { measure: 'effective-size' },
      },
      {
        text: t(redundant ? 'analysis.structure.efficiency.low' : 'analysis.structure.efficiency.ok', {
          value: fixed(s.efficiency),
          pct: pct(s.efficiency),
        }),
        data: { measure: 'efficiency' },
      },
      {
        text: t(
          s.constraint > minimum + 1e-9
            ? 'analysis.structure.constraint.tied'
            : 'analysis.structure.constraint.free',
          { value: fixed(s.constraint), minimum: fixed(minimum), n },
        ),
        data: { measure: 'constraint' },
      },
    ],
  };
}

/**
 * The support you get, as research describes it: Kram's two functions, sponsorship, multiplexity,
 * over-reliance on one person and the inside/outside balance (docs/analysis.md#what-research-adds).
 */
function supportLines(
  a: Analysis,
  t: Translate,
  fixed: (n: number) => string,
  nameOf: (id: string) => string,
): Pick<FindingsSection, 'lines' | 'list'> {
  const s = a.support;
  const names = (ids: readonly string[]) => t.list(ids.map(nameOf));
  const lines: FindingLine[] = [];
  if (s.described === 0) lines.push({ text: t('analysis.support.none') });
  else
    lines.push(
      {
        text: t('analysis.support.balance', {
          described: s.described,
          career: s.career,
          psychosocial: s.psychosocial,
        }),
        data: { support: 'balance' },
      },
      {
        text: s.sponsors.length
          ? t('analysis.support.sponsors', { n: s.sponsors.length, people: names(s.sponsors) })
          : t('analysis.support.noSponsor'),
        data: { support: 'sponsorship' },
      },
      {
        text: s.multiplex.length
          ? t('analysis.support.multiplex', {
              n: s.multiplex.length,
              described: s.described,
              people: names(s.multiplex),
            })
          : t('analysis.support.noMultiplex'),
        data: { support: 'multiplexity' },
      },
    );
  const r = s.reliance;
  if (r)
    lines.push({
      text:
        r.by === 'needs'
          ? t('analysis.support.relianceNeeds', { person: nameOf(r.person), n: r.needs, of: r.ofNeeds })
          : t('analysis.support.relianceRoles', { person: nameOf(r.person), n: r.roles, of: r.ofRoles }),
      data: { support: 'reliance' },
    });
  if (s.mentees !== null)
    lines.push({ text: t('analysis.support.mentees', { n: s.mentees }), data: { support: 'mentees' } });
  if (s.ei)
    lines.push({
      text: t('analysis.support.ei', {
        value: fixed(s.ei.index),
        inside: s.ei.inside,
        outside: s.ei.outside,
      }),
      data: { support: 'ei' },
    });
  return { list: true, lines };
}
