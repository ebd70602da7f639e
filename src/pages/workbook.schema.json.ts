import type { APIRoute } from 'astro';
import { workbookJsonSchema } from '../core/workbook-schema.ts';
import { withBase } from '../core/base-path.ts';

/** The workbook's JSON Schema, generated from the zod schema, for anyone reading the files elsewhere. */
export const GET: APIRoute = ({ site }) => {
  const schema = workbookJsonSchema();
  const doc = {
    $id: new URL(withBase('/workbook.schema.json'), site).href,
    title: 'Mentoring Network Kit workbook',
    ...schema,
  };
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
