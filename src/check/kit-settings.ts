// content/kit.yaml: read first, because its locales decide what every other file must contain; then
// what its schema cannot see: the logo and favicon files it names, and its colours' contrast.
import { join } from 'node:path';
import { contrastRatio, nearestPassingShade } from '../core/contrast.ts';
import { kitLocalesSchema, kitSchema, type Kit } from '../schemas/kit.ts';
import { formatName, namedFormat, readHead, sniffFormat } from './image-format.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { exists, readYaml, type ContentFolder, type Parsed } from './source.ts';
import { dotted, validate } from './zod-problems.ts';

/** Contrast the kit's colours need against white (WCAG 2.2 AA for text and for UI parts). */
const minContrast = { primary: 4.5, accent: 3 } as const;

export interface KitSettings {
  file: string;
  parsed: Parsed;
  locales: string[];
  /** The settings, when they are valid. */
  kit?: Kit | undefined;
}

/** Reads and checks kit.yaml; without readable locales there is nothing else to check against. */
export async function checkKitSettings(
  content: ContentFolder,
): Promise<{ settings?: KitSettings; problems: Problem[] }> {
  const file = content.rel('kit.yaml');
  const read = await readYaml(
    join(content.dir, 'kit.yaml'),
    file,
    messages.restoreFromKit({ holds: 'the institution, colours and locales' }),
  );
  if (!read.parsed) return { problems: read.problems };
  const locales = validate(kitLocalesSchema, read.parsed, file);
  if (!locales.data) return { problems: locales.problems };
  const kit = validate(kitSchema(locales.data.locales), read.parsed, file);
  const settings = { file, parsed: read.parsed, locales: locales.data.locales, kit: kit.data };
  if (!kit.data) return { settings, problems: kit.problems };
  return {
    settings,
    problems: [...(await kitFiles(kit.data, settings, content)), ...colours(kit.data, settings)],
  };
}

/**
 * Where each image goes decides its formats: the logo is drawn in every PDF (pdf-lib embeds PNG and
 * JPEG; SVG is drawn to a PNG first), the favicon only by browsers (which read ICO too).
 */
const imageUses = {
  logo: {
    path: ['institution', 'logo'],
    formats: ['svg', 'png', 'jpg'],
    why: 'the PDFs cannot embed (the logo would be missing from every PDF)',
  },
  favicon: {
    path: ['favicon'],
    formats: ['svg', 'png', 'ico'],
    why: 'not every browser shows as a tab icon',
  },
} as const;

/** The logo and favicon must be files inside content/, in a format their use allows, and be what their name says. */
async function kitFiles(kit: Kit, { file, parsed }: KitSettings, content: ContentFolder) {
  const problems: Problem[] = [];
  for (const [use, value] of [
    ['logo', kit.institution.logo],
    ['favicon', kit.favicon],
  ] as const) {
    const { path, formats, why } = imageUses[use];
    const at = { file, line: parsed.lineOf(path), field: dotted(path) };
    const abs = join(content.dir, value);
    if (!(await exists(abs))) {
      problems.push({ ...at, message: messages.fileMissing({ path: content.rel(value) }) });
      continue;
    }
    const named = namedFormat(value);
    const actual = sniffFormat(await readHead(abs));
    const allowed = (formats as readonly string[])
      .map((f) => f.toUpperCase())
      .join(', ')
      .replace(/, (\w+)$/, ' or $1');
    if (named && actual !== named)
      problems.push({
        ...at,
        message: messages.imageNotItsFormat({
          path: content.rel(value),
          named,
          actual: actual ? formatName[actual] : 'not an image the kit can read',
        }),
      });
    else if (named && !(formats as readonly string[]).includes(named))
      problems.push({
        ...at,
        message: messages.imageFormatRefused({
          path: content.rel(value),
          format: formatName[named],
          allowed,
          why,
        }),
      });
  }
  return problems;
}

/** Text and focus rings in the kit's colours must stay readable on white. */
function colours(kit: Kit, { file, parsed }: KitSettings) {
  const problems: Problem[] = [];
  for (const name of ['primary', 'accent'] as const) {
    const ratio = contrastRatio(kit.colours[name], '#ffffff');
    if (ratio < minContrast[name])
      problems.push({
        file,
        line: parsed.lineOf(['colours', name]),
        field: `colours.${name}`,
        message: messages.lowContrast({
          colour: kit.colours[name],
          ratio,
          needed: minContrast[name],
          shade: nearestPassingShade(kit.colours[name], minContrast[name]),
        }),
      });
  }
  return problems;
}
