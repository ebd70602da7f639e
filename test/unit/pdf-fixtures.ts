// What the PDF tests build documents from: the real content (worksheets, interface strings, roles,
// factors, analysis settings) read from content/, the fonts from npm, and a participant's workbook
// with names in every script the kit supports, with its map drawn as the live map draws it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { translator } from '../../src/core/i18n.ts';
import type { Person, Workbook } from '../../src/core/workbook.ts';
import { emptyWorkbook } from '../../src/core/workbook.ts';
import type { FindingsContext } from '../../src/render/findings-text.ts';
import { drawNetworkMap } from '../../src/render/map-words.ts';
import { npmFont } from '../../src/site/npm-fonts.ts';
import { filledData } from '../../src/islands/pdf-make.ts';
import type { FilledData } from '../../src/render/pdf/filled.ts';
import { pdfFontsFor } from '../../src/render/pdf/layout.ts';
import type { PdfOptions, WorksheetInput } from '../../src/render/pdf/document.ts';
import { pdfWords } from '../../src/render/pdf/words.ts';
import { analysisSchema } from '../../src/schemas/analysis.ts';
import { worksheetSchema } from '../../src/schemas/worksheet.ts';
import type { FactorId } from '../../src/core/analysis/factors.ts';

/** One name per script a participant may type: Latin with diacritics, Greek, Cyrillic, CJK, Hangul, Arabic, Hebrew, Devanagari. */
export const SCRIPT_NAMES = [
  'Zoë Ångström-Núñez',
  'Łukasz Żółć',
  'Nguyễn Thị Minh',
  'Γιώργος Παπαδόπουλος',
  'Иван Петров',
  '李小龍',
  '田中さくら',
  '김민지',
  'محمد عبد الله',
  'דנה כהן',
  'अनीता शर्मा',
];

/**
 * Long names, for tables that must break between words: an English surname longer than most, a
 * double-barrelled one, a German compound wider than any name column, long Arabic and Chinese names.
 */
export const LONG_NAMES = [
  'Featherstonehaugh Cholmondeley-Marjoribanks',
  'Donaudampfschifffahrtsgesellschaftskapitänin Müller',
  'عبد الرحمن بن محمد الفيصل',
  '欧阳娜娜',
];

export function sheetsOf(locale: string): WorksheetInput[] {
  const folder = `content/worksheets/${locale}`;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      slug: f.replace(/\.yaml$/, ''),
      worksheet: worksheetSchema.parse(parse(readFileSync(join(folder, f), 'utf8'))),
    }));
}

export const uiOf = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')), locale);

/** Options with the fonts a workbook's text needs, as the browser gathers them. */
export const optionsForWorkbook = (wb: Workbook, locale = 'en', paper: PdfOptions['paper'] = 'a4') =>
  optionsFor(locale, paper, JSON.stringify(wb));

/** Options as the build makes them, with the fonts the given text needs. */
export async function optionsFor(
  locale: string,
  paper: PdfOptions['paper'] = 'a4',
  text = '',
): Promise<PdfOptions> {
  const brand = {
    kitName: 'Mentoring Network Kit',
    institution: locale === 'es' ? 'Universidad de Ejemplo' : 'Example University',
    primary: '#1d4f91',
  };
  const blankMap = drawNetworkMap(uiOf(locale), rolesOf(locale), { people: [], ties: [] });
  return {
    fonts: await pdfFontsFor(text, npmFont),
    paper,
    locale,
    words: pdfWords(uiOf(locale)),
    brand,
    blankMap,
  };
}

type Localized = Record<string, string>;
const pick = (v: Localized, locale: string) => v[locale] ?? Object.values(v)[0]!;

export function rolesOf(locale: string) {
  return (
    parse(readFileSync('content/roles.yaml', 'utf8')) as {
      id: string;
      name: Localized;
      inSentence?: Localized;
    }[]
  ).map((r) => ({
    id: r.id,
    name: pick(r.name, locale),
    ...(r.inSentence ? { inSentence: pick(r.inSentence, locale) } : {}),
  }));
}

export function findingsContextOf(locale: string): FindingsContext {
  const sheets = sheetsOf(locale);
  const needs = sheets
    .flatMap((s) => s.worksheet.sections.flatMap((x) => x.fields))
    .find((f) => f.id === 'needs-now');
  return {
    settings: analysisSchema.parse(parse(readFileSync('content/analysis.yaml', 'utf8'))),
    roles: rolesOf(locale),
    factors: (
      parse(readFileSync('content/factors.yaml', 'utf8')) as {
        id: FactorId;
        name: Localized;
        guide: string;
      }[]
    ).map((f) => ({
      id: f.id,
      name: pick(f.name, locale),
      guide: { url: `/${locale}/guides/${f.guide}/`, title: f.guide },
    })),
    needs: Object.fromEntries(needs && 'options' in needs ? needs.options.map((o) => [o.id, o.label]) : []),
    worksheets: Object.fromEntries(
      sheets.map((s) => [s.slug, { title: s.worksheet.title, url: `/${locale}/worksheets/${s.slug}/` }]),
    ),
  };
}

const ROLE_IDS = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];

/** A workbook with `count` people (names cycling through SCRIPT_NAMES) and answers on several worksheets. */
export function sampleWorkbook(count: number, names: readonly string[] = SCRIPT_NAMES): Workbook {
  const wb = emptyWorkbook(new Date('2026-11-27T10:00:00Z'));
  const people: Person[] = Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    name: i < names.length ? names[i]! : `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`,
    roles: [ROLE_IDS[i % 5]!, ...(i % 3 === 0 ? [ROLE_IDS[(i + 2) % 5]!] : [])],
    closeness: (['close', 'moderate', 'distant'] as const)[i % 3],
    ...(i % 4 === 3
      ? {}
      : {
          stage: (['above', 'same', 'below'] as const)[i % 3],
          source: (['department', 'institution', 'external', 'personal'] as const)[i % 4],
        }),
    ...(i % 5 === 4 ? { status: 'potential' as const } : {}),
    ...(i % 2 === 0 ? { supports: ['coaching', 'friendship'] } : {}),
  }));
  wb.network = {
    people,
    ties: people.slice(1, Math.min(count, 8)).map((p, i) => [people[i]!.id, p.id] as [string, string]),
  };
  wb.answers = {
    'know-yourself': {
      'short-term': `Publish a paper with ${names[3] ?? 'a colleague'} and learn a new method.`,
      'needs-now': ['career-advice', 'work-life', 'funding'],
      stage: 'postdoc',
    },
    'action-plan': {
      actions: [
        {
          who: names[8] ?? 'a mentor',
          need: 'Career advice',
          action: 'Ask for a meeting',
          'by-when': '2026-12-15',
        },
        {
          who: 'A peer outside my department',
          need: 'Peer support',
          action: 'Join the writing group',
          'by-when': '2027-01-10',
        },
      ],
      'review-date': '2027-03-01',
    },
    'elevator-pitch': {
      who: names[9] ?? 'me',
      pitch: `I study mentoring networks. ${names.slice(5, 8).join(', ')} help me.`,
    },
  };
  return wb;
}

/** Everything a filled document needs, for a workbook, as the browser island gathers it. */
export function filledDataOf(workbook: Workbook, locale: string, withMap = true): FilledData {
  const data = filledData(workbook, findingsContextOf(locale), uiOf(locale), locale, {
    participant: 'Zoë Ångström-Núñez',
    date: '27 November 2026',
  });
  return withMap ? data : { ...data, map: undefined };
}

/**
 * Text of a PDF as poppler extracts it, canonically composed as a reader's search compares it: a
 * font may draw ị as i plus a dot, which copies as i + U+0323.
 */
export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');

/** The titles of a PDF's top-level bookmarks, in order, read from the outline dictionaries. */
export async function topBookmarks(bytes: Uint8Array): Promise<string[]> {
  const { PDFDict, PDFDocument, PDFHexString, PDFName } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.load(bytes);
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  for (
    let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
    item;
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  ) {
    titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
  }
  return titles;
}

/** The fonts poppler finds embedded, by base name without pdf-lib's subset suffix. */
export const embeddedFonts = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]!.replace(/-\d+$/, ''));

/** Writes a PDF into `dir` and has qpdf check its structure (throws on a damaged file); returns the path. */
export function writeChecked(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  execFileSync('qpdf', ['--check', file]);
  return file;
}

/** pdfinfo's report of a PDF, as text. */
export const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
