import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocales } from '../../../site/data.ts';
import { pdfData } from '../../../site/pdf.ts';

// What the browser needs to make a filled PDF, fetched only when a participant asks for one.
export const getStaticPaths = (async () =>
  (await getLocales()).map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await pdfData(params.locale!)), {
    headers: { 'Content-Type': 'application/json' },
  });
