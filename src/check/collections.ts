// The folders kept once per locale (guides, agendas, programs, worksheets) and the interface
// strings (ui/<locale>.yaml): each file read, its name checked, its content validated against its
// schema. What the files say about each other is checked elsewhere (parity, references, links).
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { agendaSchema } from '../schemas/agenda.ts';
import { guideSchema } from '../schemas/guide.ts';
import { programSchema } from '../schemas/program.ts';
import { uiSchema } from '../schemas/ui.ts';
import { worksheetSchema } from '../schemas/worksheet.ts';
import { checkFileName } from './ids.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import {
  listFiles,
  parseFrontmatter,
  parseYaml,
  readYaml,
  type ContentFolder,
  type Parsed,
} from './source.ts';
import { validate } from './zod-problems.ts';

/** Collections kept as one folder per locale, with the same file names in each. */
export const perLocale = {
  guides: { ext: '.mdx', schema: guideSchema },
  agendas: { ext: '.yaml', schema: agendaSchema },
  programs: { ext: '.yaml', schema: programSchema },
  worksheets: { ext: '.yaml', schema: worksheetSchema },
} as const;

/** Extensions a forker may write by habit for each one the kit reads: said so, never silently skipped. */
const nearMisses: Record<string, readonly string[]> = {
  '.mdx': ['.md', '.markdown'],
  '.yaml': ['.yml'],
};

export type CollectionName = keyof typeof perLocale;

/** One valid file of a collection, with what the other checks need to point into it. */
export interface Entry<C extends CollectionName> {
  locale: string;
  /** The file name without extension: the page's address and the entry's id. */
  slug: string;
  file: string;
  parsed: Parsed;
  data: z.infer<(typeof perLocale)[C]['schema']>;
  /** An MDX file's text after its frontmatter, and the line it starts on. */
  body?: { text: string; line: number } | undefined;
}

export interface Collection<C extends CollectionName> {
  /** The file names (slugs) in each locale's folder, valid or not. */
  slugs: Map<string, Set<string>>;
  entries: Entry<C>[];
  problems: Problem[];
}

/** Reads every file of one collection in every locale, in file-name order. */
export async function readCollection<C extends CollectionName>(
  content: ContentFolder,
  locales: readonly string[],
  name: C,
): Promise<Collection<C>> {
  const { ext, schema } = perLocale[name];
  const out: Collection<C> = { slugs: new Map(), entries: [], problems: [] };
  for (const locale of locales) {
    const dir = join(content.dir, name, locale);
    const all = await listFiles(dir);
    const names = all.filter((n) => extname(n) === ext);
    // A guide saved as .md is there, only misnamed: one problem, and no echoes (a missing page, broken links).
    const misnamed = all.filter((n) => nearMisses[ext]?.includes(extname(n).toLowerCase()));
    for (const n of misnamed)
      out.problems.push({
        file: content.rel(join(name, locale, n)),
        message: messages.wrongExtension({ name: basename(n, extname(n)), ext: extname(n), right: ext }),
      });
    out.slugs.set(
      locale,
      new Set([...names.map((n) => basename(n, ext)), ...misnamed.map((n) => basename(n, extname(n)))]),
    );
    for (const fileName of names) {
      const slug = basename(fileName, ext);
      const file = content.rel(join(name, locale, fileName));
      const badName = checkFileName(slug, ext, file);
      if (badName) out.problems.push(badName);
      const text = await readFile(join(dir, fileName), 'utf8');
      const mdx = ext === '.mdx' ? parseFrontmatter(text, file) : undefined;
      const read = mdx ?? parseYaml(text, file);
      out.problems.push(...read.problems);
      if (!read.parsed) continue;
      const valid = validate(schema as z.ZodType, read.parsed, file);
      out.problems.push(...valid.problems);
      if (valid.data === undefined) continue;
      const body = mdx && { text: mdx.body, line: mdx.bodyLine };
      out.entries.push({
        locale,
        slug,
        file,
        parsed: read.parsed,
        data: valid.data as Entry<C>['data'],
        body,
      });
    }
  }
  return out;
}

/** Reads ui/<locale>.yaml of every locale; returns the keys each one has. */
export async function readUi(content: ContentFolder, locales: readonly string[]) {
  const problems: Problem[] = [];
  const keys = new Map<string, Set<string>>();
  /** Each valid locale's strings, with its file and where each key sits. */
  const strings = new Map<string, { file: string; parsed: Parsed; data: Record<string, string> }>();
  for (const locale of locales) {
    const file = content.rel(join('ui', `${locale}.yaml`));
    const other = locales.find((l) => l !== locale);
    const read = await readYaml(
      join(content.dir, 'ui', `${locale}.yaml`),
      file,
      other
        ? messages.copyTranslation({ from: other, to: locale })
        : messages.restoreFromKit({ holds: 'the interface strings' }),
    );
    problems.push(...read.problems);
    if (!read.parsed) continue;
    const valid = validate(uiSchema, read.parsed, file);
    problems.push(...valid.problems);
    if (valid.data) {
      keys.set(locale, new Set(Object.keys(valid.data)));
      strings.set(locale, { file, parsed: read.parsed, data: valid.data });
    }
  }
  return { keys, strings, problems };
}
