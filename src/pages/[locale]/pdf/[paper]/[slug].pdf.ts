import type { APIRoute, GetStaticPaths } from 'astro';
import { blankWorksheetPdf } from '../../../../render/pdf/blank.ts';
import type { WorksheetInput } from '../../../../render/pdf/document.ts';
import { PAPERS, type Paper } from '../../../../render/pdf/layout.ts';
import { getLocales } from '../../../../site/data.ts';
import { pdfOptions, pdfResponse, worksheetInputs } from '../../../../site/pdf.ts';

// Each worksheet as a blank, fillable PDF, built with the site in both paper sizes: /<locale>/pdf/<paper>/<slug>.pdf.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const locale of await getLocales()) {
    for (const sheet of await worksheetInputs(locale)) {
      for (const paper of PAPERS)
        paths.push({ params: { locale, paper, slug: sheet.slug }, props: { sheet } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  pdfResponse(
    await blankWorksheetPdf(
      (props as { sheet: WorksheetInput }).sheet,
      await pdfOptions(params.locale!, params.paper as Paper),
    ),
  );
