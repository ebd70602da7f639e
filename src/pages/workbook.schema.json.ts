import type { APIRoute } from 'astro';
import { toJSONSchema } from 'zod/mini';
import { workbookSchema } from '../core/workbook.ts';

/** The workbook's JSON Schema, generated from the zod schema, for anyone reading the files elsewhere. */
export const GET: APIRoute = () => {
  const schema = toJSONSchema(workbookSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const doc = { $id: '/workbook.schema.json', title: 'Mentoring Network Kit workbook', ...schema };
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
