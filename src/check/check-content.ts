import { access, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { kitLocalesSchema, kitSchema, type Kit } from '../schemas/kit.ts';
import { roleSchema } from '../schemas/role.ts';
import { factorSchema } from '../schemas/factor.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { uiSchema } from '../schemas/ui.ts';
import { agendaSchema } from '../schemas/agenda.ts';
import { programSchema } from '../schemas/program.ts';
import { worksheetSchema, type Worksheet } from '../schemas/worksheet.ts';
import { analysisSchema } from '../schemas/analysis.ts';
import { SUPPORT_FUNCTIONS } from '../core/person.ts';
import { contrastRatio } from '../core/contrast.ts';
import { guidePath, localeRoutes } from '../core/routes.ts';
import { ID_PATTERN } from '../core/ids.ts';
import { parseFrontmatter, parseYaml, readYaml, type Parsed } from './source.ts';
import { dotted, validate } from './zod-problems.ts';
import { findLinks, isExternal, resolveLink } from './links.ts';
import type { Problem } from './problem.ts';
import type { z } from 'astro/zod';

/** Collections kept as one folder per locale, with the same file names in each. */
const perLocale = {
  guides: { ext: '.mdx', schema: guideSchema },
  agendas: { ext: '.yaml', schema: agendaSchema },
  programs: { ext: '.yaml', schema: programSchema },
  worksheets: { ext: '.yaml', schema: worksheetSchema },
} as const;

/** How to bring back a file every kit has, when it is missing: what it holds, and where to find it. */
const restore = (holds: string) =>
  `restore it from the original kit's repository (it holds ${holds}), then adapt it`;
const ifMissing = {
  kit: restore('the institution, colours and locales'),
  analysis: restore('the analysis thresholds and suggestions'),
  roles: restore('the roles of the map'),
  factors: restore('the dynamic-network factors'),
} as const;

/** Contrast the kit's colours need against white (WCAG 2.2 AA for text and for UI parts). */
const minContrast = { primary: 4.5, accent: 3 } as const;

/**
 * Checks everything in `contentDir` that Astro would not catch (or would only log): schemas with
 * file and line, YAML syntax, references between entries, locale parity, internal links, contrast.
 * Returns every problem found; an empty list means the content is good to build.
 */
export async function checkContent(contentDir: string, projectDir = process.cwd()): Promise<Problem[]> {
  const rel = (p: string) => relative(projectDir, join(contentDir, p)) || p;
  const problems: Problem[] = [];

  // kit.yaml first: its locales decide what every other file must contain.
  const kitFile = rel('kit.yaml');
  const kitRead = await readYaml(join(contentDir, 'kit.yaml'), kitFile, ifMissing.kit);
  problems.push(...kitRead.problems);
  if (!kitRead.parsed) return problems;
  const localesResult = validate(kitLocalesSchema, kitRead.parsed, kitFile);
  if (!localesResult.data) return [...problems, ...localesResult.problems];
  const locales = localesResult.data.locales;
  const kit = validate(kitSchema(locales), kitRead.parsed, kitFile);
  problems.push(...kit.problems);
  if (kit.data) problems.push(...(await checkKitFiles(kit.data, contentDir, kitFile, kitRead.parsed, rel)));

  // Per-locale collections: validate each file, then compare the file lists between locales.
  const guideSlugs = new Map<string, Set<string>>();
  const worksheetSlugs = new Map<string, Set<string>>();
  const worksheets: { locale: string; slug: string; file: string; parsed: Parsed; data: Worksheet }[] = [];
  const guides: {
    locale: string;
    slug: string;
    file: string;
    body: string;
    bodyLine: number;
    data: Guide;
  }[] = [];
  for (const [collection, { ext, schema }] of Object.entries(perLocale)) {
    const files = new Map<string, Set<string>>();
    for (const locale of locales) {
      const dir = join(contentDir, collection, locale);
      const names = (await listFiles(dir)).filter((n) => extname(n) === ext);
      files.set(locale, new Set(names.map((n) => basename(n, ext))));
      for (const name of names) {
        const file = rel(join(collection, locale, name));
        const slugProblem = checkSlug(basename(name, ext), ext, file);
        if (slugProblem) problems.push(slugProblem);
        const text = await readFile(join(dir, name), 'utf8');
        if (ext === '.mdx') {
          const fm = parseFrontmatter(text, file);
          problems.push(...fm.problems);
          if (!fm.parsed) continue;
          const v = validate(schema as typeof guideSchema, fm.parsed, file);
          problems.push(...v.problems);
          if (v.data)
            guides.push({
              locale,
              slug: basename(name, ext),
              file,
              body: fm.body,
              bodyLine: fm.bodyLine,
              data: v.data,
            });
        } else {
          const y = parseYaml(text, file);
          problems.push(...y.problems);
          if (!y.parsed) continue;
          const v = validate(schema as z.ZodType, y.parsed, file);
          problems.push(...v.problems);
          if (collection === 'worksheets' && v.data)
            worksheets.push({
              locale,
              slug: basename(name, ext),
              file,
              parsed: y.parsed,
              data: v.data as Worksheet,
            });
        }
      }
    }
    problems.push(...parity(files, (locale, slug) => rel(join(collection, locale, slug + ext))));
    for (const dir of await listFiles(join(contentDir, collection))) {
      if (!locales.includes(dir) && !extname(dir)) {
        problems.push({
          file: rel(join(collection, dir)),
          message: `"${dir}" is not among the locales of kit.yaml (${locales.join(', ')}): add it there or remove this folder`,
        });
      }
    }
    if (collection === 'guides') for (const [l, s] of files) guideSlugs.set(l, s);
    if (collection === 'worksheets') for (const [l, s] of files) worksheetSlugs.set(l, s);
  }

  // Every audience needs a start page in every locale: the home page links to it.
  for (const locale of locales) {
    for (const audience of guideSchema.shape.audience.unwrap().options) {
      if (!guides.some((g) => g.locale === locale && g.data.audience === audience)) {
        problems.push({
          file: rel(join('guides', locale)),
          message: `no guide has "audience: ${audience}": the home page needs one as that audience's start page`,
        });
      }
    }
  }

  // Links between guides must land on a page that exists.
  for (const g of guides) {
    const routes = localeRoutes(g.locale, guideSlugs.get(g.locale) ?? [], worksheetSlugs.get(g.locale) ?? []);
    for (const link of findLinks(g.body, g.bodyLine)) {
      if (isExternal(link.href)) continue;
      const target = resolveLink(link.href, guidePath(g.locale, g.slug));
      if (!routes.has(target)) {
        problems.push({
          file: g.file,
          line: link.line,
          message: `broken link "${link.href}" (leads to ${target}, which is not a page). Link to another guide as ../<slug>/, e.g. ../roles/`,
        });
      }
    }
  }

  problems.push(...checkWorksheets(worksheets, guideSlugs));
  problems.push(...(await checkRolesAndFactors(contentDir, locales, guideSlugs, rel)));
  problems.push(...(await checkUi(contentDir, locales, rel)));
  problems.push(...(await checkAnalysis(contentDir, worksheetSlugs, rel)));
  return problems;
}

/** content/analysis.yaml: thresholds, and references to roles, kinds of support and worksheets that exist. */
async function checkAnalysis(
  contentDir: string,
  worksheetSlugs: Map<string, Set<string>>,
  rel: (p: string) => string,
) {
  const file = rel('analysis.yaml');
  const read = await readYaml(join(contentDir, 'analysis.yaml'), file, ifMissing.analysis);
  if (!read.parsed) return read.problems;
  const v = validate(analysisSchema, read.parsed, file);
  if (!v.data) return v.problems;
  const problems: Problem[] = [];
  const rolesRead = await readYaml(join(contentDir, 'roles.yaml'), rel('roles.yaml'), ifMissing.roles);
  const roleIds = new Set(
    Array.isArray(rolesRead.parsed?.data)
      ? (rolesRead.parsed.data as { id?: string }[]).map((r) => r.id)
      : [],
  );
  const supports = new Set<string>(Object.values(SUPPORT_FUNCTIONS).flat());
  for (const [need, rule] of Object.entries(v.data.needs)) {
    rule.roles.forEach((r, i) => {
      if (!roleIds.has(r))
        problems.push({
          file,
          line: read.parsed!.lineOf(['needs', need, 'roles', i]),
          field: `needs.${need}.roles`,
          message: `"${r}" is not a role id of roles.yaml`,
        });
    });
    rule.supports.forEach((s, i) => {
      if (!supports.has(s))
        problems.push({
          file,
          line: read.parsed!.lineOf(['needs', need, 'supports', i]),
          field: `needs.${need}.supports`,
          message: `"${s}" is not a kind of support; use one of ${[...supports].join(', ')}`,
        });
    });
  }
  for (const [gap, slug] of Object.entries(v.data.suggestions)) {
    for (const [locale, slugs] of worksheetSlugs) {
      if (!slugs.has(slug))
        problems.push({
          file,
          line: read.parsed!.lineOf(['suggestions', gap]),
          field: `suggestions.${gap}`,
          message: `refers to the worksheet "${slug}", which does not exist in content/worksheets/${locale}/`,
        });
    }
  }
  return problems;
}

async function checkKitFiles(
  kit: Kit,
  contentDir: string,
  file: string,
  parsed: Parsed,
  rel: (p: string) => string,
) {
  const problems: Problem[] = [];
  for (const [path, value] of [
    [['institution', 'logo'], kit.institution.logo],
    [['favicon'], kit.favicon],
  ] as const) {
    if (!(await exists(join(contentDir, value)))) {
      problems.push({
        file,
        line: parsed.lineOf(path),
        field: dotted(path),
        message: `${rel(value)} does not exist: add the file or correct the path (relative to content/)`,
      });
    }
  }
  for (const name of ['primary', 'accent'] as const) {
    const ratio = contrastRatio(kit.colours[name], '#ffffff');
    if (ratio < minContrast[name]) {
      problems.push({
        file,
        line: parsed.lineOf(['colours', name]),
        field: `colours.${name}`,
        message: `${kit.colours[name]} has a contrast of ${ratio.toFixed(2)}:1 against white; it needs at least ${minContrast[name]}:1 to stay readable (WCAG 2.2 AA). Choose a darker colour.`,
      });
    }
  }
  return problems;
}

async function checkRolesAndFactors(
  contentDir: string,
  locales: string[],
  guideSlugs: Map<string, Set<string>>,
  rel: (p: string) => string,
) {
  const problems: Problem[] = [];
  const lists = [
    { name: 'roles.yaml', schema: roleSchema(locales), min: 3, max: 9, what: 'roles' },
    { name: 'factors.yaml', schema: factorSchema(locales), min: 1, max: 20, what: 'factors' },
  ] as const;
  for (const { name, schema, min, max, what } of lists) {
    const file = rel(name);
    const read = await readYaml(join(contentDir, name), file, ifMissing[what]);
    problems.push(...read.problems);
    if (!read.parsed) continue;
    const list = validate(schema.array().min(min).max(max), read.parsed, file);
    problems.push(
      ...list.problems.map((p) =>
        p.field ? p : { ...p, message: `${p.message} (the map needs ${min} to ${max} ${what})` },
      ),
    );
    if (!list.data) continue;
    const seen = new Set<string>();
    list.data.forEach((entry, i) => {
      if (seen.has(entry.id))
        problems.push({
          file,
          line: read.parsed!.lineOf([i, 'id']),
          field: `[${i + 1}].id`,
          message: `the id "${entry.id}" is used twice: ids must be unique`,
        });
      seen.add(entry.id);
      if ('guide' in entry) {
        for (const locale of locales) {
          if (!guideSlugs.get(locale)?.has(entry.guide)) {
            problems.push({
              file,
              line: read.parsed!.lineOf([i, 'guide']),
              field: `[${i + 1}].guide`,
              message: `refers to the guide "${entry.guide}", which does not exist in content/guides/${locale}/: use the file name of a guide without .mdx`,
            });
          }
        }
      }
    });
  }
  return problems;
}

async function checkUi(contentDir: string, locales: string[], rel: (p: string) => string) {
  const problems: Problem[] = [];
  const keys = new Map<string, Set<string>>();
  for (const locale of locales) {
    const file = rel(join('ui', `${locale}.yaml`));
    const other = locales.find((l) => l !== locale);
    const read = await readYaml(
      join(contentDir, 'ui', `${locale}.yaml`),
      file,
      other
        ? `copy ui/${other}.yaml to ui/${locale}.yaml and translate its values into "${locale}" (keep the keys)`
        : restore('the interface strings'),
    );
    problems.push(...read.problems);
    if (!read.parsed) continue;
    const v = validate(uiSchema, read.parsed, file);
    problems.push(...v.problems);
    if (v.data) keys.set(locale, new Set(Object.keys(v.data)));
  }
  for (const [locale, own] of keys) {
    for (const [other, theirs] of keys) {
      for (const key of theirs) {
        if (!own.has(key))
          problems.push({
            file: rel(join('ui', `${locale}.yaml`)),
            field: key,
            message: `is missing here but present in ui/${other}.yaml: add its ${locale} translation`,
          });
      }
    }
  }
  return problems;
}

/**
 * Answers are stored by worksheet, field and option id, so a worksheet must have the same fields
 * (and choices) in every locale, or a participant who switches language loses sight of answers.
 */
function checkWorksheets(
  sheets: { locale: string; slug: string; file: string; parsed: Parsed; data: Worksheet }[],
  guideSlugs: Map<string, Set<string>>,
) {
  const problems: Problem[] = [];
  const shape = (ws: Worksheet) =>
    new Map(
      ws.sections.flatMap((s, si) =>
        s.fields.map((f, fi) => {
          const choices =
            'options' in f
              ? f.options
              : 'items' in f
                ? f.items
                : 'columns' in f
                  ? f.columns
                  : 'levels' in f
                    ? f.levels.map((_, i) => ({ id: String(i + 1) }))
                    : [];
          return [
            f.id,
            {
              sig: `${f.type}(${choices.map((c) => c.id).join(',')})`,
              path: ['sections', si, 'fields', fi] as PropertyKey[],
            },
          ] as const;
        }),
      ),
    );
  const bySlug = Map.groupBy(sheets, (s) => s.slug);
  for (const group of bySlug.values()) {
    const [first, ...rest] = group;
    const reference = shape(first!.data);
    for (const other of rest) {
      const mine = shape(other.data);
      for (const [id, { sig, path }] of mine) {
        const ref = reference.get(id);
        if (!ref)
          problems.push({
            file: other.file,
            line: other.parsed.lineOf(path),
            field: dotted(path),
            message: `the field "${id}" is not in ${first!.file}: every locale needs the same field ids`,
          });
        else if (ref.sig !== sig)
          problems.push({
            file: other.file,
            line: other.parsed.lineOf(path),
            field: dotted(path),
            message: `"${id}" is ${sig} here but ${ref.sig} in ${first!.file}: types and choice ids must match in every locale`,
          });
      }
      for (const id of reference.keys()) {
        if (!mine.has(id))
          problems.push({
            file: other.file,
            message: `the field "${id}" of ${first!.file} is missing here: every locale needs the same field ids`,
          });
      }
    }
  }
  for (const ws of sheets) {
    ws.data.guides.forEach((g, i) => {
      if (!guideSlugs.get(ws.locale)?.has(g))
        problems.push({
          file: ws.file,
          line: ws.parsed.lineOf(['guides', i]),
          field: `guides[${i + 1}]`,
          message: `refers to the guide "${g}", which does not exist in content/guides/${ws.locale}/`,
        });
    });
  }
  return problems;
}

/**
 * A file name is the page's address (and, for worksheets, the key under which answers are saved), and
 * Astro would silently rewrite a name like `My Sheet.yaml`, so only plain slugs are accepted.
 */
function checkSlug(slug: string, ext: string, file: string): Problem | undefined {
  if (ID_PATTERN.test(slug)) return undefined;
  const suggestion = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return {
    file,
    message:
      `the file name "${slug}" is not allowed: rename the file using only lowercase letters, digits and hyphens ` +
      `(starting with a letter or digit, at most 64 characters)${suggestion ? `, e.g. ${suggestion}${ext}` : ''}, ` +
      'with the same name in every locale',
  };
}

/** Each slug must exist in every locale: a page missing in one locale is a broken language switch. */
function parity(
  files: Map<string, Set<string>>,
  pathOf: (locale: string, slug: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  // Each slug with the first locale that has it: the file to translate from.
  const firstHaving = new Map<string, string>();
  for (const [locale, slugs] of files)
    for (const slug of slugs) if (!firstHaving.has(slug)) firstHaving.set(slug, locale);
  for (const [slug, from] of firstHaving) {
    for (const [locale, slugs] of files) {
      if (!slugs.has(slug)) {
        problems.push({
          file: pathOf(locale, slug),
          message: `is missing: ${pathOf(from, slug)} exists in "${from}". Translate it into "${locale}", or remove it from every locale`,
        });
      }
    }
  }
  return problems;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

async function exists(path: string) {
  return access(path).then(
    () => true,
    () => false,
  );
}
