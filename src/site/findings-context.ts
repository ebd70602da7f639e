// The names the findings refer to, in a locale: the findings field hands them to its island, and
// the report data carries them to the PDF built in the browser.
import { pick } from '../core/i18n.ts';
import { guidePath, worksheetPath } from '../core/routes.ts';
import type { FindingsContext } from '../render/findings-text.ts';
import { getAnalysisSettings, getFactors, getGuides, getRoles, getWorksheets, splitId } from './data.ts';

export async function findingsContext(locale: string): Promise<FindingsContext> {
  const guides = new Map((await getGuides(locale)).map((g) => [splitId(g.id).slug, g.data.title]));
  const sheets = await getWorksheets(locale);
  const settings = await getAnalysisSettings();
  // The field whose options are the needs, where analysis.yaml says (the content check makes sure it is there).
  const where = settings.answers.needs;
  const needsField = sheets
    .find((s) => splitId(s.id).slug === where.worksheet)
    ?.data.sections.flatMap((sec) => sec.fields)
    .find((f) => f.id === where.field);
  return {
    settings,
    roles: (await getRoles()).map((r) => ({
      id: r.id,
      name: pick(r.name, locale),
      ...(r.inSentence ? { inSentence: pick(r.inSentence, locale) } : {}),
    })),
    factors: (await getFactors()).map((f) => ({
      id: f.id,
      name: pick(f.name, locale),
      guide: { url: guidePath(locale, f.guide), title: guides.get(f.guide) ?? f.guide },
    })),
    needs: Object.fromEntries(
      needsField && 'options' in needsField ? needsField.options.map((o) => [o.id, o.label]) : [],
    ),
    worksheets: Object.fromEntries(
      sheets.map((s) => [
        splitId(s.id).slug,
        { title: s.data.title, url: worksheetPath(locale, splitId(s.id).slug) },
      ]),
    ),
  };
}
