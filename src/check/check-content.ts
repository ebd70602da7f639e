// `npm run check` and the build run this: everything in content/ that Astro would not catch (or
// would only log), one concern per module. The order of the steps is the order of the report: kit.yaml
// first, then each collection, then what the files say about each other.
import { join, relative } from 'node:path';
import { perLocale, readCollection, readUi, type CollectionName, type Entry } from './collections.ts';
import { duplicateIds } from './ids.ts';
import { checkKitSettings } from './kit-settings.ts';
import { brokenLinks } from './links.ts';
import { checkGuideBodies } from './guide-body.ts';
import { fileParity, strayLocaleFolders, uiKeyParity } from './locale-parity.ts';
import type { Problem } from './problem.ts';
import {
  agendaReferences,
  analysisReferences,
  declaredAnswers,
  journeyReferences,
  listGuides,
  navigationGuides,
  startPages,
  systemNames,
  worksheetGuides,
} from './references.ts';
import { idsIn, readAnalysis, readJourney, readList } from './shared-files.ts';
import type { ContentFolder } from './source.ts';
import { codeWords, keysInNoLocale, localeNames, misspeltKeys, placeholderProblems } from './ui-strings.ts';
import { untranslatedFiles, untranslatedStrings, untranslatedTexts } from './untranslated.ts';
import { worksheetShape } from './worksheet-shape.ts';

/**
 * Checks everything in `contentDir`: schemas with file and line, YAML syntax, references between
 * entries, locale parity, internal links, contrast. Returns every problem found; an empty list means
 * the content is good to build. Paths in problems are relative to `projectDir`.
 */
export async function checkContent(contentDir: string, projectDir = process.cwd()): Promise<Problem[]> {
  const content: ContentFolder = {
    dir: contentDir,
    rel: (p) => relative(projectDir, join(contentDir, p)) || p,
  };

  const kit = await checkKitSettings(content);
  const problems = [...kit.problems];
  if (!kit.settings) return problems;
  const { locales } = kit.settings;
  const warnings = untranslatedTexts(kit.settings.file, kit.settings.parsed, locales);

  // Per-locale collections: validate each file, then compare the file lists between locales.
  const slugs = {} as Record<CollectionName, Map<string, Set<string>>>;
  let guides: Entry<'guides'>[] = [];
  let worksheets: Entry<'worksheets'>[] = [];
  let agendas: Entry<'agendas'>[] = [];
  for (const name of Object.keys(perLocale) as CollectionName[]) {
    const collection = await readCollection(content, locales, name);
    const { ext } = perLocale[name];
    problems.push(
      ...collection.problems,
      ...fileParity(collection.slugs, (locale, slug) => content.rel(join(name, locale, slug + ext))),
      ...(await strayLocaleFolders(content, name, locales)),
    );
    warnings.push(...(await untranslatedFiles(content, name, collection.slugs)));
    slugs[name] = collection.slugs;
    if (name === 'guides') guides = collection.entries as Entry<'guides'>[];
    if (name === 'worksheets') worksheets = collection.entries as Entry<'worksheets'>[];
    if (name === 'agendas') agendas = collection.entries as Entry<'agendas'>[];
  }

  problems.push(
    ...startPages(guides, locales, (locale) => content.rel(join('guides', locale))),
    ...(kit.settings.kit
      ? navigationGuides(kit.settings.kit.navigation, kit.settings.file, kit.settings.parsed, slugs.guides)
      : []),
    ...(await checkGuideBodies(guides, content)),
    ...brokenLinks(guides, slugs),
    ...worksheetShape(worksheets),
    ...worksheetGuides(worksheets, slugs.guides),
    ...agendaReferences(agendas, slugs),
  );

  const journey = await readJourney(content);
  problems.push(...journey.problems);
  if (journey.data && journey.parsed)
    problems.push(...journeyReferences(journey.data.steps, journey.file, journey.parsed, slugs.worksheets));

  const roles = await readList(content, locales, 'roles');
  const factors = await readList(content, locales, 'factors');
  for (const list of [roles, factors]) {
    problems.push(...list.problems);
    if (list.parsed) warnings.push(...untranslatedTexts(list.file, list.parsed, locales));
    if (!list.data || !list.parsed) continue;
    problems.push(
      ...duplicateIds(list.data, list.file, list.parsed),
      ...listGuides(list.data, list.file, list.parsed, locales, slugs.guides),
    );
  }

  const ui = await readUi(content, locales);
  const code = await codeWords();
  const misspelt = misspeltKeys(ui.strings, code);
  problems.push(
    ...ui.problems,
    ...misspelt.problems,
    ...uiKeyParity(ui.keys, content, misspelt.explained),
    ...keysInNoLocale(ui.strings, code, misspelt.explained),
    ...placeholderProblems(ui.strings, code),
    ...localeNames(ui.strings),
  );
  warnings.push(...untranslatedStrings(ui.strings));

  const analysis = await readAnalysis(content);
  problems.push(...analysis.problems);
  if (analysis.data && analysis.parsed) {
    const { data, file, parsed } = analysis;
    problems.push(
      ...analysisReferences(data, file, parsed, roles.data && idsIn(roles), slugs.worksheets),
      ...declaredAnswers(data, file, parsed, worksheets, slugs.worksheets),
      ...systemNames(data, file, parsed, ui.keys),
    );
  }
  return [...problems, ...warnings];
}
