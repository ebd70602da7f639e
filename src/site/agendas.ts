// The agendas as their pages show them: each step with its offset from the start and the pages it
// uses (guide or worksheet) resolved to titles and addresses, so the agenda page, the presenter view
// and the notes window all read one shape.
import { stepTimes } from '../core/agenda-clock.ts';
import { agendaPath, guidePath, worksheetPath } from '../core/routes.ts';
import type { Translate } from '../core/i18n.ts';
import type { Agenda, AgendaStep } from '../schemas/agenda.ts';
import { getAgendas, getGuides, getWorksheets, splitId } from './data.ts';

/** A page a step sends participants to. */
export interface StepPage {
  kind: 'guide' | 'worksheet';
  title: string;
  href: string;
}

export interface AgendaStepView extends AgendaStep {
  /** Minutes from the session's start. */
  offset: number;
  /** The worksheet first, then the guide: the page participants open in this step. */
  pages: StepPage[];
}

export interface AgendaView extends Omit<Agenda, 'steps' | 'follows' | 'print'> {
  slug: string;
  steps: AgendaStepView[];
  print: { worksheet: string; title: string; href: string; copies: number }[];
  follows?: { title: string; href: string; months: { min: number; max: number } } | undefined;
}

/** Every agenda of a locale, in order, ready for its pages. */
export async function agendaViews(locale: string): Promise<AgendaView[]> {
  const entries = await getAgendas(locale);
  const titles = async (list: Promise<{ id: string; data: { title: string } }[]>) =>
    new Map((await list).map((e) => [splitId(e.id).slug, e.data.title]));
  const guides = await titles(getGuides(locale));
  const worksheets = await titles(getWorksheets(locale));
  const agendas = new Map(entries.map((e) => [splitId(e.id).slug, e.data.title]));
  // The content check has made sure every name resolves; a miss here means it was skipped.
  const title = (map: Map<string, string>, slug: string) => {
    const found = map.get(slug);
    if (found === undefined) throw new Error(`"${slug}" is not in content/ for ${locale}: run npm run check`);
    return found;
  };

  return entries.map((entry) => {
    const { steps, follows, print, ...rest } = entry.data;
    const times = stepTimes(
      0,
      steps.map((s) => s.minutes),
    );
    return {
      ...rest,
      slug: splitId(entry.id).slug,
      steps: steps.map((step, i) => ({
        ...step,
        offset: times[i]!.offset,
        pages: [
          ...(step.worksheet
            ? [
                {
                  kind: 'worksheet' as const,
                  title: title(worksheets, step.worksheet),
                  href: worksheetPath(locale, step.worksheet),
                },
              ]
            : []),
          ...(step.guide
            ? [
                {
                  kind: 'guide' as const,
                  title: title(guides, step.guide),
                  href: guidePath(locale, step.guide),
                },
              ]
            : []),
        ],
      })),
      print: print.map((p) => ({
        ...p,
        title: title(worksheets, p.worksheet),
        href: worksheetPath(locale, p.worksheet),
      })),
      follows: follows && {
        title: title(agendas, follows.agenda),
        href: agendaPath(locale, follows.agenda),
        months: follows.months,
      },
    };
  });
}

/** The pages of every agenda in every locale, for getStaticPaths. */
export async function agendaPaths(locales: readonly string[]) {
  const paths = [];
  for (const locale of locales)
    for (const agenda of await agendaViews(locale))
      paths.push({ params: { locale, slug: agenda.slug }, props: { agenda } });
  return paths;
}

/** Who an agenda suits, in words: a group's size, or one person alone. */
export function groupText(t: Translate, { groupSize }: Pick<Agenda, 'groupSize'>) {
  return groupSize.max === 1
    ? t('agendas.groupAlone')
    : t('agendas.group', { min: groupSize.min, max: groupSize.max });
}
