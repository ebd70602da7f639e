// Every message of the content check, written once, apart from the logic that finds the problem
// (as the Carpentries validators keep theirs). Each entry takes what the check found and returns one
// sentence for a forker: what is wrong, then how to fix it. The file, line and field are added by
// the caller (problem.ts prints them), so a message never repeats them. Messages given by a schema
// itself (src/schemas/*.ts) stay with the field they describe.
import { MAX_ID_LENGTH } from '../core/ids.ts';

/** A list of ids or names, as a message quotes them. */
type Ids = readonly string[];

export const messages = {
  // --- reading files (source.ts) ---------------------------------------------------------------
  /** A YAML text that does not parse. */
  yamlSyntax: ({ reason }: { reason: string }) =>
    `YAML syntax error: ${reason}. Check indentation, colons and quotes on this line or the one before (text containing ": " must be quoted).`,
  /** A file every kit has (or a locale's copy of one) is not there; `fix` says where to get it. */
  fileNotFound: ({ fix }: { fix: string }) => `file not found: ${fix}`,
  /** The fix for a missing file that the original kit ships. */
  restoreFromKit: ({ holds }: { holds: string }) =>
    `restore it from the original kit's repository (it holds ${holds}), then adapt it`,
  /** The fix for a missing translation of a file kept per locale. */
  copyTranslation: ({ from, to }: { from: string; to: string }) =>
    `copy ui/${from}.yaml to ui/${to}.yaml and translate its values into "${to}" (keep the keys)`,
  /** An MDX guide without its --- block. */
  noFrontmatter: () =>
    'no frontmatter: start the file with a --- line, the fields (title, description, order), and another --- line',

  // --- schemas (zod-problems.ts) ---------------------------------------------------------------
  /** A key the schema does not know, most often a misspelling. */
  unknownField: ({ key }: { key: string | undefined }) =>
    `unknown field "${key}": check its spelling against the comments in the file, or remove it`,
  /** A required key that is absent. */
  requiredField: ({ name }: { name: string }) => `is missing: add "${name}:" with a value (it is required)`,
  /** A list (roles, factors) with too few or too many entries. */
  listSize: ({ n, min, max, what }: { n: number; min: number; max: number; what: string }) =>
    `has ${n} ${n === 1 ? what.replace(/s$/, '') : what}, but the map needs ${min} to ${max}: ${n < min ? 'add' : 'remove'} ${n < min ? min - n : n - max} or more`,

  // --- kit settings (kit-settings.ts) ----------------------------------------------------------
  /** The logo or favicon named in kit.yaml is not there. */
  fileMissing: ({ path }: { path: string }) =>
    `${path} does not exist: add the file or correct the path (relative to content/)`,
  /** A kit colour too light to read on white, with the nearest shade of the same hue that passes. */
  lowContrast: ({
    colour,
    ratio,
    needed,
    shade,
  }: {
    colour: string;
    ratio: number;
    needed: number;
    shade: string;
  }) =>
    `${colour} has a contrast of ${ratio.toFixed(2)}:1 against white; it needs at least ${needed}:1 to stay readable (WCAG 2.2 AA). The nearest shade of the same colour that passes is "${shade}": write that, or choose another darker colour.`,
  /** A logo or favicon whose bytes are another format than its name says. */
  imageNotItsFormat: ({ path, named, actual }: { path: string; named: string; actual: string }) =>
    `${path} is named .${named} but the file is ${actual}: export it again as a real ${named.toUpperCase()} (or rename it to match what it is, if that format is allowed here)`,
  /** A logo or favicon in a format the kit cannot use there. */
  imageFormatRefused: ({
    path,
    format,
    allowed,
    why,
  }: {
    path: string;
    format: string;
    allowed: string;
    why: string;
  }) =>
    `${path} is ${format}, which ${why}: convert it to ${allowed} (any image editor can "Save as"/"Export as" PNG) and point here to the new file`,

  // --- locale parity (locale-parity.ts) --------------------------------------------------------
  /** A page that one locale has and another lacks. */
  missingInLocale: ({ from, fromLocale, locale }: { from: string; fromLocale: string; locale: string }) =>
    `is missing: ${from} exists in "${fromLocale}". Translate it into "${locale}", or remove it from every locale`,
  /** A folder under a per-locale collection for a locale kit.yaml does not list. */
  strayLocaleFolder: ({ dir, locales }: { dir: string; locales: Ids }) =>
    `"${dir}" is not among the locales of kit.yaml (${locales.join(', ')}): add it there or remove this folder`,
  /** A social system of analysis.yaml with no name in a locale's interface strings. */
  systemWithoutName: ({ system, locale }: { system: string; locale: string }) =>
    `the social system "${system}" has no name in ui/${locale}.yaml: add "analysis.system.${system}" there`,
  /** A key of one locale that is a misspelling of the key the others have. */
  misspeltUiKey: ({ key, meant, others }: { key: string; meant: string; others: string }) =>
    `"${key}" looks like a misspelling of "${meant}", which ${others} ha${others.includes(' and ') ? 've' : 's'}: rename the key here to "${meant}"`,
  /** An interface string the kit's code uses that no locale has. */
  uiKeyInNoLocale: ({ locales }: { locales: Ids }) =>
    `is used by the kit's pages but missing from every locale (${locales.map((l) => `ui/${l}.yaml`).join(', ')}): add it back to each, translated (the original kit's content/ui/en.yaml has the English text)`,
  /** A placeholder that the string's other locales (and the code) do not have. */
  unknownPlaceholder: ({ name, expected }: { name: string; expected: string }) =>
    `"{${name}}" is not a placeholder of this string, so participants would see it as written${expected ? `: the other locales use ${expected} here; write that instead` : ': remove it, or write it as the other locales do'}`,
  /** A placeholder the other locales fill that this one lost. */
  missingPlaceholder: ({ name, other }: { name: string; other: string }) =>
    `the placeholder "{${name}}" of ui/${other}.yaml is missing here, so this locale never shows that value: add {${name}} where it belongs in the sentence`,
  /** A locale named like another one in the language switcher. */
  localeNameTaken: ({ name, other }: { name: string; other: string }) =>
    `"${name}" is already the name of the locale "${other}" (ui/${other}.yaml), so the language switcher would show it twice: write this language's own name in that language, e.g. Français`,
  /** A text identical to the first locale's (a warning). */
  untranslated: ({ from }: { from: string }) =>
    `is word for word the same as in "${from}": translate it, unless it really reads the same in this language`,
  /** Many texts of one file identical to the first locale's (one warning for the file). */
  untranslatedMany: ({ n, from, examples }: { n: number; from: string; examples: string }) =>
    `${n} texts are word for word the same as in "${from}" (${examples}, …): translate them, unless they really read the same in this language`,
  /** A whole file identical to the first locale's (a warning). */
  untranslatedFile: ({ from }: { from: string }) =>
    `is an exact copy of ${from}: translate its texts (keep ids, types and file names as they are)`,
  /** A content file written with the wrong extension. */
  wrongExtension: ({ name, ext, right }: { name: string; ext: string; right: string }) =>
    `is written as ${ext}, but this folder only reads ${right} files, so the page would not exist: rename it to ${name}${right}`,
  /** An interface string one locale has and this one lacks. */
  missingUiKey: ({ other, locale }: { other: string; locale: string }) =>
    `is missing here but present in ui/${other}.yaml: add its ${locale} translation`,

  // --- ids (ids.ts) ----------------------------------------------------------------------------
  /** A content file name that is not an id; `suggestion` is a name that would be. */
  badFileName: ({ slug, suggestion, ext }: { slug: string; suggestion: string; ext: string }) =>
    `the file name "${slug}" is not allowed: rename the file using only lowercase letters, digits and hyphens ` +
    `(starting with a letter or digit, at most ${MAX_ID_LENGTH} characters)${suggestion ? `, e.g. ${suggestion}${ext}` : ''}, ` +
    'with the same name in every locale',
  /** Two entries of one list share an id. */
  duplicateId: ({ id }: { id: string }) => `the id "${id}" is used twice: ids must be unique`,

  // --- worksheet shape (worksheet-shape.ts) ----------------------------------------------------
  /** A field of a translation that the first locale's worksheet lacks. */
  fieldNotInReference: ({ id, reference }: { id: string; reference: string }) =>
    `the field "${id}" is not in ${reference}: every locale needs the same field ids`,
  /** A field whose type or choice ids differ between locales. */
  fieldShapeDiffers: ({
    id,
    here,
    there,
    reference,
  }: {
    id: string;
    here: string;
    there: string;
    reference: string;
  }) =>
    `"${id}" is ${here} here but ${there} in ${reference}: types and choice ids must match in every locale`,
  /** A field of the first locale's worksheet that a translation lacks. */
  fieldMissingHere: ({ id, reference }: { id: string; reference: string }) =>
    `the field "${id}" of ${reference} is missing here: every locale needs the same field ids`,

  // --- guide text (guide-body.ts) --------------------------------------------------------------
  /** An MDX text that does not parse; `reason` is the MDX parser's own words. */
  mdxSyntax: ({ reason }: { reason: string }) =>
    `MDX syntax error: ${reason}. Every tag written in a guide must be closed (<br />, not <br>), and { } and < > in plain text must be written as \\{ \\} or &lt; &gt;`,
  /** Braces in a guide's text, which MDX runs as code (a placeholder written as in the interface strings). */
  mdxExpression: () =>
    'text in { } is run as code in a guide (and stops the build or shows nothing): write the braces as \\{ and \\} to show them, or remove them',
  /** An image in a guide whose file is not there. */
  imageNotFound: ({ src, path }: { src: string; path: string }) =>
    `the image "${src}" does not exist (looked for ${path}): put the file there or correct the path, relative to this guide`,
  /** Markup in a guide that the site's Content-Security-Policy blocks. */
  blockedByCsp: ({ what, fix }: { what: string; fix: string }) =>
    `${what} would be blocked by the site's Content-Security-Policy (nothing in a guide may run code, carry its own styles or load from another site): ${fix}`,

  // --- links (links.ts) ------------------------------------------------------------------------
  /** A link in a guide to a page the site does not have. */
  brokenLink: ({ href, target }: { href: string; target: string }) =>
    `broken link "${href}" (leads to ${target}, which is not a page). Link to another guide as ../<slug>/, e.g. ../roles/`,

  // --- references between entries (references.ts) ---------------------------------------------
  /** No guide of a locale is the start page of an audience. */
  noStartPage: ({ audience }: { audience: string }) =>
    `no guide has "audience: ${audience}": the home page needs one as that audience's start page`,
  /** A reference to a guide that one or more locales do not have. */
  guideNotFound: ({ guide, folders }: { guide: string; folders: string }) =>
    `refers to the guide "${guide}", which does not exist in ${folders}: use the file name of a guide without .mdx`,
  /** A reference to a worksheet that one or more locales do not have. */
  worksheetNotFound: ({ worksheet, folders }: { worksheet: string; folders: string }) =>
    `refers to the worksheet "${worksheet}", which does not exist in ${folders}: use the file name of a worksheet without .yaml`,
  /** An agenda that follows one its locale does not have (or itself). */
  agendaNotFound: ({ agenda, locale }: { agenda: string; locale: string }) =>
    `refers to the agenda "${agenda}", which is not another agenda of content/agendas/${locale}/: use the file name of the first session's agenda without .yaml`,
  /** A role id that roles.yaml does not define. */
  notARole: ({ id, alsoOn }: { id: string; alsoOn: string }) =>
    `"${id}" is not a role id of roles.yaml${alsoOn ? ` (also named here on line${alsoOn.includes(',') ? 's' : ''} ${alsoOn})` : ''}: use the id of a role there, or if you renamed the role, rename it in this file too`,
  /** A kind of support the kit does not know. */
  notASupport: ({ id, supports }: { id: string; supports: Ids }) =>
    `"${id}" is not a kind of support; use one of ${supports.join(', ')}`,
  /** A field id that the named worksheet does not have. */
  fieldNotFound: ({ field, worksheet }: { field: string; worksheet: string }) =>
    `refers to the field "${field}", which ${worksheet} does not have: give the id of one of its fields`,
  /** A declared field of the wrong type. */
  wrongFieldType: ({
    field,
    worksheet,
    type,
    needed,
    why,
  }: {
    field: string;
    worksheet: string;
    type: string;
    needed: string;
    why: string;
  }) =>
    `the field "${field}" of ${worksheet} is ${type}, but ${why} needs a ${needed} field: point to one, or change its type`,
  /** A need of analysis.yaml that the needs field does not offer. */
  needNotAnOption: ({ need, field, worksheet }: { need: string; field: string; worksheet: string }) =>
    `"${need}" is not an option of the field "${field}" of ${worksheet}: use one of its option ids, or add the option there`,
  /** A need renamed in the worksheet or in analysis.yaml, but not in both. */
  needRenamed: ({
    need,
    option,
    field,
    worksheet,
  }: {
    need: string;
    option: string;
    field: string;
    worksheet: string;
  }) =>
    `"${need}" is not an option of the field "${field}" of ${worksheet}, which has "${option}" in its place: use one id in both files (renamed in one, rename it in the other), or the analysis will say nobody meets this need. Ids already in participants' workbooks should not be renamed.`,
  /** An option of the needs field that analysis.yaml does not say how to meet. */
  optionWithoutNeed: ({ option, field, worksheet }: { option: string; field: string; worksheet: string }) =>
    `the option "${option}" of the field "${field}" of ${worksheet} is not listed here: add "${option}: { roles: [...], supports: [...] }" so that goal alignment knows who meets it`,
} as const;
