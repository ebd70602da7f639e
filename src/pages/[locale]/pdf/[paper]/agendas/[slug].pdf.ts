import type { APIRoute, GetStaticPaths } from 'astro';
import { facilitatorGuidePdf } from '../../../../../render/pdf/facilitator-guide.ts';
import type { Paper } from '../../../../../render/pdf/layout.ts';
import { agendaViews, type AgendaView } from '../../../../../site/agendas.ts';
import { getKit, getLocales, getTranslator } from '../../../../../site/data.ts';
import { facilitatorGuide } from '../../../../../site/facilitator-guide.ts';
import { pdfOptions, pdfResponse } from '../../../../../site/pdf.ts';

// Each agenda's facilitator guide, built with the site in the kit's paper size (the facilitator
// prints it on their own printer, so one size is enough, and each PDF costs build time):
// /<locale>/pdf/<paper>/agendas/<slug>.pdf.
export const getStaticPaths = (async () => {
  const { paper } = await getKit();
  const paths = [];
  for (const locale of await getLocales())
    for (const agenda of await agendaViews(locale))
      paths.push({ params: { locale, paper, slug: agenda.slug }, props: { agenda } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  pdfResponse(
    await facilitatorGuidePdf(
      facilitatorGuide(await getTranslator(params.locale!), (props as { agenda: AgendaView }).agenda),
      await pdfOptions(params.locale!, params.paper as Paper),
    ),
  );
