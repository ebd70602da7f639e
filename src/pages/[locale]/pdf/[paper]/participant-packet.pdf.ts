import type { APIRoute, GetStaticPaths } from 'astro';
import { packetPdf } from '../../../../render/pdf/blank.ts';
import { PAPERS, type Paper } from '../../../../render/pdf/layout.ts';
import { getLocales } from '../../../../site/data.ts';
import { pdfOptions, pdfResponse, worksheetInputs } from '../../../../site/pdf.ts';

// Every worksheet of a locale, in workshop order, in one fillable PDF with a cover, in both paper sizes.
export const getStaticPaths = (async () =>
  (await getLocales()).flatMap((locale) =>
    PAPERS.map((paper) => ({ params: { locale, paper } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  pdfResponse(
    await packetPdf(
      await worksheetInputs(params.locale!),
      await pdfOptions(params.locale!, params.paper as Paper),
    ),
  );
