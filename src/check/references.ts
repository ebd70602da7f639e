// References between entries must land: Astro's reference() to a missing entry only logs an error,
// and a file name written in another file breaks silently when the file is renamed. Each check
// takes what exists (the slugs of each locale, the role ids) and names every reference that misses.
import { guideSchema } from '../schemas/guide.ts';
import type { AnalysisSettings } from '../schemas/analysis.ts';
import { SUPPORT_FUNCTIONS } from '../core/person.ts';
import type { Entry } from './collections.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import type { Parsed } from './source.ts';
import { dotted } from './zod-problems.ts';

/** File names per locale, as collections.ts gathers them. */
type Slugs = Map<string, Set<string>>;

/** A place in a file that names another entry. */
interface At {
  file: string;
  parsed: Parsed;
  path: readonly PropertyKey[];
  field: string;
}

const at = ({ file, parsed, path, field }: At) => ({ file, line: parsed.lineOf(path), field });

/** The guide `guide` must exist in every locale of `slugs` (or in `locales` when given). */
function guideInEveryLocale(guide: string, slugs: Slugs, where: At, locales = [...slugs.keys()]): Problem[] {
  return locales
    .filter((locale) => !slugs.get(locale)?.has(guide))
    .map((locale) => ({ ...at(where), message: messages.guideNotFound({ guide, locale }) }));
}

/** The worksheet `worksheet` must exist in every locale. */
function worksheetInEveryLocale(worksheet: string, slugs: Slugs, where: At): Problem[] {
  return [...slugs]
    .filter(([, own]) => !own.has(worksheet))
    .map(([locale]) => ({ ...at(where), message: messages.worksheetNotFound({ worksheet, locale }) }));
}

/** Every audience needs a start page in every locale: the home page links to it. */
export function startPages(
  guides: readonly Entry<'guides'>[],
  locales: readonly string[],
  dirOf: (locale: string) => string,
) {
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const audience of guideSchema.shape.audience.unwrap().options) {
      if (!guides.some((g) => g.locale === locale && g.data.audience === audience))
        problems.push({ file: dirOf(locale), message: messages.noStartPage({ audience }) });
    }
  }
  return problems;
}

/** The guides a worksheet points to, in its own locale. */
export function worksheetGuides(sheets: readonly Entry<'worksheets'>[], guideSlugs: Slugs): Problem[] {
  return sheets.flatMap((ws) =>
    ws.data.guides.flatMap((guide, i) =>
      guideInEveryLocale(
        guide,
        guideSlugs,
        { file: ws.file, parsed: ws.parsed, path: ['guides', i], field: `guides[${i + 1}]` },
        [ws.locale],
      ),
    ),
  );
}

/**
 * The guides and worksheets an agenda's steps use, the worksheets it prints and the agenda it
 * follows, each in the agenda's own locale: the agenda page and the presenter view link to them.
 */
export function agendaReferences(
  agendas: readonly Entry<'agendas'>[],
  slugs: { guides: Slugs; worksheets: Slugs; agendas: Slugs },
): Problem[] {
  return agendas.flatMap((a) => {
    const here = (path: PropertyKey[]) => ({ file: a.file, parsed: a.parsed, path, field: dotted(path) });
    const own = (s: Slugs) => new Map([[a.locale, s.get(a.locale) ?? new Set<string>()]]);
    const problems: Problem[] = [];
    a.data.steps.forEach((step, i) => {
      if (step.guide)
        problems.push(
          ...guideInEveryLocale(step.guide, slugs.guides, here(['steps', i, 'guide']), [a.locale]),
        );
      if (step.worksheet)
        problems.push(
          ...worksheetInEveryLocale(step.worksheet, own(slugs.worksheets), here(['steps', i, 'worksheet'])),
        );
    });
    a.data.print.forEach((item, i) =>
      problems.push(
        ...worksheetInEveryLocale(item.worksheet, own(slugs.worksheets), here(['print', i, 'worksheet'])),
      ),
    );
    const follows = a.data.follows?.agenda;
    if (follows && (follows === a.slug || !slugs.agendas.get(a.locale)?.has(follows)))
      problems.push({
        ...at(here(['follows', 'agenda'])),
        message: messages.agendaNotFound({ agenda: follows, locale: a.locale }),
      });
    return problems;
  });
}

/** Every step of the participant's path (journey.yaml) is a worksheet of every locale. */
export function journeyReferences(
  steps: readonly string[],
  file: string,
  parsed: Parsed,
  worksheetSlugs: Slugs,
): Problem[] {
  return steps.flatMap((worksheet, i) =>
    worksheetInEveryLocale(worksheet, worksheetSlugs, {
      file,
      parsed,
      path: ['steps', i],
      field: dotted(['steps', i]),
    }),
  );
}

/** The guide each entry of a list (factors.yaml) points to, in every locale. */
export function listGuides(
  entries: readonly object[],
  file: string,
  parsed: Parsed,
  locales: readonly string[],
  guideSlugs: Slugs,
): Problem[] {
  return entries.flatMap((entry, i) =>
    'guide' in entry && typeof entry.guide === 'string'
      ? guideInEveryLocale(
          entry.guide,
          guideSlugs,
          { file, parsed, path: [i, 'guide'], field: `[${i + 1}].guide` },
          [...locales],
        )
      : [],
  );
}

/** analysis.yaml names roles, kinds of support and worksheets: each must exist. */
export function analysisReferences(
  settings: AnalysisSettings,
  file: string,
  parsed: Parsed,
  roleIds: ReadonlySet<string>,
  worksheetSlugs: Slugs,
): Problem[] {
  const problems: Problem[] = [];
  const supports = [...new Set<string>(Object.values(SUPPORT_FUNCTIONS).flat())];
  for (const [need, rule] of Object.entries(settings.needs)) {
    rule.roles.forEach((id, i) => {
      if (!roleIds.has(id))
        problems.push({
          ...at({ file, parsed, path: ['needs', need, 'roles', i], field: `needs.${need}.roles` }),
          message: messages.notARole({ id }),
        });
    });
    rule.supports.forEach((id, i) => {
      if (!supports.includes(id))
        problems.push({
          ...at({ file, parsed, path: ['needs', need, 'supports', i], field: `needs.${need}.supports` }),
          message: messages.notASupport({ id, supports }),
        });
    });
  }
  for (const [gap, worksheet] of Object.entries(settings.suggestions)) {
    problems.push(
      ...worksheetInEveryLocale(worksheet, worksheetSlugs, {
        file,
        parsed,
        path: ['suggestions', gap],
        field: `suggestions.${gap}`,
      }),
    );
  }
  settings.support.menteeRoles.forEach((role, i) => {
    if (!roleIds.has(role))
      problems.push({
        ...at({ file, parsed, path: ['support', 'menteeRoles', i], field: 'support.menteeRoles' }),
        message: messages.notARole({ id: role }),
      });
  });
  for (const [role, worksheet] of Object.entries(settings.roleSuggestions)) {
    if (!roleIds.has(role))
      problems.push({
        ...at({ file, parsed, path: ['roleSuggestions', role], field: `roleSuggestions.${role}` }),
        message: messages.notARole({ id: role }),
      });
    problems.push(
      ...worksheetInEveryLocale(worksheet, worksheetSlugs, {
        file,
        parsed,
        path: ['roleSuggestions', role],
        field: `roleSuggestions.${role}`,
      }),
    );
  }
  return problems;
}

/** Each social system of analysis.yaml has a name (`analysis.system.<id>`) in every locale's ui strings. */
export function systemNames(
  settings: AnalysisSettings,
  file: string,
  parsed: Parsed,
  uiKeys: Map<string, Set<string>>,
): Problem[] {
  return Object.keys(settings.systems).flatMap((system) =>
    [...uiKeys]
      .filter(([, keys]) => !keys.has(`analysis.system.${system}`))
      .map(([locale]) => ({
        ...at({ file, parsed, path: ['systems', system], field: `systems.${system}` }),
        message: messages.systemWithoutName({ system, locale }),
      })),
  );
}

/** The guides kit.yaml's `navigation` names (the header and footer links) exist in every locale. */
export function navigationGuides(
  navigation: Record<string, string>,
  file: string,
  parsed: Parsed,
  guideSlugs: Slugs,
) {
  return Object.entries(navigation).flatMap(([link, guide]) =>
    guideInEveryLocale(guide, guideSlugs, {
      file,
      parsed,
      path: ['navigation', link],
      field: `navigation.${link}`,
    }),
  );
}

/**
 * The worksheets and field analysis.yaml's `answers` names exist, the needs field is a multiple-choice
 * field, and its options are the needs analysis.yaml describes. Fields are compared in the first
 * locale's worksheet: worksheet-shape.ts holds the other locales to it.
 */
export function declaredAnswers(
  settings: AnalysisSettings,
  file: string,
  parsed: Parsed,
  sheets: readonly Entry<'worksheets'>[],
  worksheetSlugs: Slugs,
): Problem[] {
  const { needs: where, actionPlan } = settings.answers;
  const here = (path: PropertyKey[]) => ({ file, parsed, path, field: dotted(path) });
  const problems = [
    ...worksheetInEveryLocale(where.worksheet, worksheetSlugs, here(['answers', 'needs', 'worksheet'])),
    ...worksheetInEveryLocale(actionPlan, worksheetSlugs, here(['answers', 'actionPlan'])),
  ];
  const sheet = sheets.find((s) => s.slug === where.worksheet);
  if (!sheet) return problems;
  const field = sheet.data.sections.flatMap((s) => s.fields).find((f) => f.id === where.field);
  const worksheet = sheet.file;
  if (!field)
    return [
      ...problems,
      {
        ...at(here(['answers', 'needs', 'field'])),
        message: messages.fieldNotFound({ field: where.field, worksheet }),
      },
    ];
  if (field.type !== 'multiple-choice')
    return [
      ...problems,
      {
        ...at(here(['answers', 'needs', 'field'])),
        message: messages.wrongFieldType({
          field: field.id,
          worksheet,
          type: field.type,
          needed: 'multiple-choice',
          why: 'goal alignment',
        }),
      },
    ];
  const options = new Set(field.options.map((o) => o.id));
  for (const need of Object.keys(settings.needs)) {
    if (!options.has(need))
      problems.push({
        ...at(here(['needs', need])),
        message: messages.needNotAnOption({ need, field: field.id, worksheet }),
      });
  }
  for (const option of options) {
    if (!(option in settings.needs))
      problems.push({
        ...at(here(['needs'])),
        message: messages.optionWithoutNeed({ option, field: field.id, worksheet }),
      });
  }
  return problems;
}
