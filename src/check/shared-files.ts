// The files every locale shares: roles.yaml and factors.yaml (lists of entries with translated
// texts) and analysis.yaml (thresholds and the ids the analysis and the report rely on). Each is
// read and validated against its schema here; what they refer to is checked in references.ts.
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { analysisSchema, type AnalysisSettings } from '../schemas/analysis.ts';
import { factorSchema } from '../schemas/factor.ts';
import { journeySchema, type Journey } from '../schemas/journey.ts';
import { roleSchema } from '../schemas/role.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { readYaml, type ContentFolder, type Parsed } from './source.ts';
import { validate } from './zod-problems.ts';

/** A file as read: where it is, its parsed text and its valid data (absent when it has problems). */
export interface Read<T> {
  file: string;
  parsed?: Parsed | undefined;
  data?: T | undefined;
  problems: Problem[];
}

/** The lists of the map, with how many entries each may have and what a missing file holds. */
const lists = {
  roles: { file: 'roles.yaml', schema: roleSchema, min: 3, max: 9 },
  factors: { file: 'factors.yaml', schema: factorSchema, min: 1, max: 20 },
} as const;

export type ListName = keyof typeof lists;
type ListEntry<L extends ListName> = z.infer<ReturnType<(typeof lists)[L]['schema']>>;

/** Reads roles.yaml or factors.yaml and validates it, with the number of entries the map can draw. */
export async function readList<L extends ListName>(
  content: ContentFolder,
  locales: readonly string[],
  name: L,
): Promise<Read<ListEntry<L>[]>> {
  const { file: fileName, schema, min, max } = lists[name];
  const file = content.rel(fileName);
  const holds = name === 'roles' ? 'the roles of the map' : 'the dynamic-network factors';
  const read = await readYaml(join(content.dir, fileName), file, messages.restoreFromKit({ holds }));
  if (!read.parsed) return { file, problems: read.problems };
  const list = validate(
    (schema(locales) as unknown as z.ZodType<ListEntry<L>>).array().min(min).max(max),
    read.parsed,
    file,
  );
  // A problem with no field is the list's own size (each entry's problems name their field).
  const n = Array.isArray(read.parsed.data) ? read.parsed.data.length : 0;
  const problems = list.problems.map((p) =>
    p.field ? p : { ...p, message: messages.listSize({ n, min, max, what: name }) },
  );
  return { file, parsed: read.parsed, data: list.data, problems };
}

/** The ids a list's file gives, valid or not: what other files may refer to. */
export function idsIn(list: Read<unknown>): Set<string> {
  const data = list.parsed?.data;
  return new Set(
    Array.isArray(data)
      ? data.map((entry: { id?: string }) => entry?.id).filter((id) => id !== undefined)
      : [],
  );
}

/** Reads one settings file every locale shares and validates it against its schema. */
async function readSettings<T>(
  content: ContentFolder,
  fileName: string,
  schema: z.ZodType<T>,
  holds: string,
): Promise<Read<T>> {
  const file = content.rel(fileName);
  const read = await readYaml(join(content.dir, fileName), file, messages.restoreFromKit({ holds }));
  if (!read.parsed) return { file, problems: read.problems };
  const valid = validate(schema, read.parsed, file);
  return { file, parsed: read.parsed, data: valid.data, problems: valid.problems };
}

/** Reads analysis.yaml and validates it. */
export const readAnalysis = (content: ContentFolder): Promise<Read<AnalysisSettings>> =>
  readSettings(content, 'analysis.yaml', analysisSchema, 'the analysis thresholds and suggestions');

/** Reads journey.yaml (the participant's path through the worksheets) and validates it. */
export const readJourney = (content: ContentFolder): Promise<Read<Journey>> =>
  readSettings(content, 'journey.yaml', journeySchema, "the participant's path through the worksheets");
