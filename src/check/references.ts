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
  return problems;
}
