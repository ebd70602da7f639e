// The agendas of a locale, read from content and shaped for their pages (see agenda-view.ts).
import { agendaView } from './agenda-view.ts';
import { getAgendas, getGuides, getJourney, getWorksheets, splitId } from './data.ts';

export { groupText, shareLabel, type AgendaView } from './agenda-view.ts';

/** Every agenda of a locale, in order, ready for its pages. */
export async function agendaViews(locale: string) {
  const entries = await getAgendas(locale);
  const titles = async (list: Promise<{ id: string; data: { title: string } }[]>) =>
    new Map((await list).map((e) => [splitId(e.id).slug, e.data.title]));
  const all = {
    guides: await titles(getGuides(locale)),
    worksheets: await titles(getWorksheets(locale)),
    agendas: await titles(Promise.resolve(entries)),
    journey: await getJourney(),
  };
  return entries.map((entry) => agendaView(locale, splitId(entry.id).slug, entry.data, all));
}

/** The pages of every agenda in every locale, for getStaticPaths. */
export async function agendaPaths(locales: readonly string[]) {
  const paths = [];
  for (const locale of locales)
    for (const agenda of await agendaViews(locale))
      paths.push({ params: { locale, slug: agenda.slug }, props: { agenda } });
  return paths;
}
