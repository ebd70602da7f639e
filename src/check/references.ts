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

/** True when some locale has the file: then a locale without it lacks a translation, not the file. */
const existsSomewhere = (slug: string, slugs: Slugs) => [...slugs.values()].some((own) => own.has(slug));

/** Locale folders as a message names them: `content/guides/en/ and content/guides/es/`. */
const folders = (collection: string, locales: readonly string[]) =>
  locales.map((l) => `content/${collection}/${l}/`).join(' and ');

/**
 * The guide `guide` must exist in every locale of `slugs` (or in `locales` when given): one problem
 * for the reference, naming every locale that lacks it, not one per locale.
 */
function guideInEveryLocale(guide: string, slugs: Slugs, where: At, locales = [...slugs.keys()]): Problem[] {
  const lacking = locales.filter((locale) => !slugs.get(locale)?.has(guide));
  // A guide that some locale has is only missing its translation, which locale-parity.ts reports.
  return lacking.length && !existsSomewhere(guide, slugs)
    ? [{ ...at(where), message: messages.guideNotFound({ guide, folders: folders('guides', lacking) }) }]
    : [];
}

/** The worksheet `worksheet` must exist in every locale (one problem, as for guides). */
function worksheetInEveryLocale(
  worksheet: string,
  slugs: Slugs,
  where: At,
  everywhere: Slugs = slugs,
): Problem[] {
  const lacking = [...slugs].filter(([, own]) => !own.has(worksheet)).map(([locale]) => locale);
  return lacking.length && !existsSomewhere(worksheet, everywhere)
    ? [
        {
          ...at(where),
          message: messages.worksheetNotFound({ worksheet, folders: folders('worksheets', lacking) }),
        },
      ]
    : [];
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
          ...worksheetInEveryLocale(
            step.worksheet,
            own(slugs.worksheets),
            here(['steps', i, 'worksheet']),
            slugs.worksheets,
          ),
        );
    });
    a.data.print.forEach((item, i) =>
      problems.push(
        ...worksheetInEveryLocale(
          item.worksheet,
          own(slugs.worksheets),
          here(['print', i, 'worksheet']),
          slugs.worksheets,
        ),
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

/**
 * analysis.yaml names roles, kinds of support and worksheets: each must exist. Without valid roles
 * (`roleIds` undefined) the role names are not checked: roles.yaml's own problem comes first, and
 * every role named here would only echo it.
 */
export function analysisReferences(
  settings: AnalysisSettings,
  file: string,
  parsed: Parsed,
  roleIds: ReadonlySet<string> | undefined,
  worksheetSlugs: Slugs,
): Problem[] {
  const problems: Problem[] = [];
  const supports = [...new Set<string>(Object.values(SUPPORT_FUNCTIONS).flat())];
  // A role renamed in roles.yaml is named in several places here: one problem per missing role,
  // at its first place, with the lines of the others.
  const roleMisses = new Map<string, At[]>();
  const role = (id: string, where: At) => {
    if (roleIds && !roleIds.has(id)) roleMisses.set(id, [...(roleMisses.get(id) ?? []), where]);
  };
  for (const [need, rule] of Object.entries(settings.needs)) {
    rule.roles.forEach((id, i) =>
      role(id, { file, parsed, path: ['needs', need, 'roles', i], field: `needs.${need}.roles` }),
    );
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
  settings.support.menteeRoles.forEach((id, i) =>
    role(id, { file, parsed, path: ['support', 'menteeRoles', i], field: 'support.menteeRoles' }),
  );
  for (const [id, worksheet] of Object.entries(settings.roleSuggestions)) {
    role(id, { file, parsed, path: ['roleSuggestions', id], field: `roleSuggestions.${id}` });
    problems.push(
      ...worksheetInEveryLocale(worksheet, worksheetSlugs, {
        file,
        parsed,
        path: ['roleSuggestions', id],
        field: `roleSuggestions.${id}`,
      }),
    );
  }
  for (const [id, [first, ...others]] of roleMisses) {
    const lines = others.map((w) => at(w).line).filter((l) => l !== undefined);
    problems.unshift({
      ...at(first!),
      message: messages.notARole({ id, alsoOn: lines.join(', ') }),
    });
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
  navigation: Record<string, string | undefined>,
  file: string,
  parsed: Parsed,
  guideSlugs: Slugs,
) {
  return Object.entries(navigation).flatMap(([link, guide]) =>
    guide === undefined
      ? []
      : guideInEveryLocale(guide, guideSlugs, {
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
  const stale = Object.keys(settings.needs).filter((need) => !options.has(need));
  const added = [...options].filter((option) => !(option in settings.needs));
  // As many needs gone as options new: a rename in the worksheet, said once per need, not twice.
  if (stale.length > 0 && stale.length === added.length) {
    stale.forEach((need, i) =>
      problems.push({
        ...at(here(['needs', need])),
        message: messages.needRenamed({ need, option: added[i]!, field: field.id, worksheet }),
      }),
    );
    return problems;
  }
  for (const need of stale)
    problems.push({
      ...at(here(['needs', need])),
      message: messages.needNotAnOption({ need, field: field.id, worksheet }),
    });
  for (const option of added)
    problems.push({
      ...at(here(['needs'])),
      message: messages.optionWithoutNeed({ option, field: field.id, worksheet }),
    });
  return problems;
}
