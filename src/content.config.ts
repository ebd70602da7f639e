import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { kitLocalesSchema, kitSchema } from './schemas/kit.ts';
import { roleSchema } from './schemas/role.ts';
import { factorSchema } from './schemas/factor.ts';
import { guideSchema } from './schemas/guide.ts';
import { uiSchema } from './schemas/ui.ts';
import { agendaSchema } from './schemas/agenda.ts';
import { programSchema } from './schemas/program.ts';
import { worksheetSchema } from './schemas/worksheet.ts';
import { analysisSchema } from './schemas/analysis.ts';
import { journeySchema } from './schemas/journey.ts';
import { contentDir } from './check/content-dir.ts';

const root = contentDir();
// Translated texts must exist in every locale of the kit, so the schemas need the locales first.
// The content check has already reported a broken kit.yaml by the time this runs.
const { locales } = kitLocalesSchema.parse(parse(readFileSync(join(root, 'kit.yaml'), 'utf8')));

/** One folder per locale; entry ids are `<locale>/<slug>`. */
const perLocale = (pattern: string, base: string) => glob({ pattern, base: join(root, base) });

/** A list file whose order matters (the map's sectors follow it): each entry keeps its position. */
const inFileOrder = (name: string) =>
  file(join(root, name), {
    parser: (text) => (parse(text) as object[]).map((entry, position) => ({ ...entry, position })),
  });
const position = { position: z.number().int() };

export const collections = {
  kit: defineCollection({
    loader: async () => [{ id: 'kit', ...parse(readFileSync(join(root, 'kit.yaml'), 'utf8')) }],
    schema: kitSchema(locales).extend({ id: z.literal('kit') }),
  }),
  analysis: defineCollection({
    loader: async () => [{ id: 'analysis', ...parse(readFileSync(join(root, 'analysis.yaml'), 'utf8')) }],
    schema: analysisSchema.extend({ id: z.literal('analysis') }),
  }),
  journey: defineCollection({
    loader: async () => [{ id: 'journey', ...parse(readFileSync(join(root, 'journey.yaml'), 'utf8')) }],
    schema: journeySchema.extend({ id: z.literal('journey') }),
  }),
  roles: defineCollection({
    loader: inFileOrder('roles.yaml'),
    schema: roleSchema(locales).extend(position),
  }),
  factors: defineCollection({
    loader: inFileOrder('factors.yaml'),
    schema: factorSchema(locales).extend(position),
  }),
  guides: defineCollection({ loader: perLocale('*/*.mdx', 'guides'), schema: guideSchema }),
  ui: defineCollection({ loader: glob({ pattern: '*.yaml', base: join(root, 'ui') }), schema: uiSchema }),
  agendas: defineCollection({ loader: perLocale('*/*.yaml', 'agendas'), schema: agendaSchema }),
  programs: defineCollection({ loader: perLocale('*/*.yaml', 'programs'), schema: programSchema }),
  worksheets: defineCollection({ loader: perLocale('*/*.yaml', 'worksheets'), schema: worksheetSchema }),
};
