// render/pdf/blank.ts, the build-time PDFs: every worksheet of both locales as a blank fillable PDF, and the packet,
// read back with poppler, qpdf and pdf-lib itself, as a reader's PDF viewer would see them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRadioGroup,
  PDFTextField,
} from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { blankWorksheetPdf, packetPdf } from '../../src/render/pdf/blank.ts';
import type { Worksheet } from '../../src/schemas/worksheet.ts';
import { optionsFor, sheetsOf, topBookmarks, writeChecked } from './pdf-fixtures.ts';

const LOCALES = ['en', 'es'] as const;
const dir = mkdtempSync(join(tmpdir(), 'mnk-pdf-'));

type Kind = 'text' | 'radio' | 'checkbox';

/** The fields a worksheet should have, derived from its YAML independently of the renderer. */
function expectedFields(slug: string, ws: Worksheet): Map<string, Kind> {
  const out = new Map<string, Kind>([
    [`${slug}._name`, 'text'],
    [`${slug}._date`, 'text'],
  ]);
  for (const f of ws.sections.flatMap((s) => s.fields)) {
    const name = `${slug}.${f.id}`;
    switch (f.type) {
      case 'short-text':
      case 'date':
      case 'long-text':
      case 'composer':
        out.set(name, 'text');
        break;
      case 'single-choice':
      case 'rating':
        out.set(name, 'radio');
        break;
      case 'multiple-choice':
        for (const o of f.options) out.set(`${name}.${o.id}`, 'checkbox');
        break;
      case 'checklist':
        for (const o of f.items) out.set(`${name}.${o.id}`, 'checkbox');
        break;
      case 'list':
        for (let i = 1; i <= f.startWith; i++) out.set(`${name}.${i}`, 'text');
        break;
      case 'table':
        for (let r = 1; r <= f.startWith; r++)
          for (const c of f.columns) out.set(`${name}.${r}.${c.id}`, 'text');
        break;
      case 'people':
        for (let r = 1; r <= 12; r++)
          for (const c of ['name', 'role', 'closeness', 'stage', 'source'])
            out.set(`${name}.${r}.${c}`, 'text');
        break;
      case 'timer':
      case 'reminder':
      case 'findings':
      case 'anonymous-summary':
        break; // screen only, or nothing to write by hand
      default:
        f satisfies never;
    }
  }
  return out;
}

async function fieldsOf(bytes: Uint8Array): Promise<Map<string, Kind | 'other'>> {
  const doc = await PDFDocument.load(bytes);
  return new Map(
    doc
      .getForm()
      .getFields()
      .map(
        (f) =>
          [
            f.getName(),
            f instanceof PDFTextField
              ? 'text'
              : f instanceof PDFRadioGroup
                ? 'radio'
                : f instanceof PDFCheckBox
                  ? 'checkbox'
                  : 'other',
          ] as const,
      ),
  );
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const info = (file: string) =>
  Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (file: string) => words(run('pdftotext', ['-layout', file, '-']));

/** Checks every reader agrees the file is sound; returns its path. */
const write = (name: string, bytes: Uint8Array) => writeChecked(dir, name, bytes);

describe.each(LOCALES)('blank worksheets (%s)', (locale) => {
  it.each(sheetsOf(locale).map((s) => [s.slug, s] as const))('%s', async (slug, sheet) => {
    const bytes = await blankWorksheetPdf(sheet, await optionsFor(locale));
    const file = write(`${locale}-${slug}.pdf`, bytes);
    const meta = info(file);
    expect(meta['Title']).toBe(sheet.worksheet.title);
    expect(meta['Form']).toBe('AcroForm');
    expect(meta['Page size']).toContain('(A4)');
    expect(Number(meta['Pages'])).toBeGreaterThan(0);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getLanguage()).toBe(locale);

    const text = textOf(file);
    expect(text).toContain(words(sheet.worksheet.title));
    const first = sheet.worksheet.sections.find((s) =>
      s.fields.some((f) => !['timer', 'reminder', 'findings'].includes(f.type)),
    )!;
    expect(text).toContain(words(first.title));
    expect(text).toMatch(new RegExp(`\\b1 ?/ ?${meta['Pages']}\\b`)); // page numbers; -layout may close the spaces

    expect(Object.fromEntries(await fieldsOf(bytes))).toEqual(
      Object.fromEntries(expectedFields(slug, sheet.worksheet)),
    );
  });
});

describe('what the PDFs say and hold', () => {
  it('prints Spanish accented labels as text a reader can search', async () => {
    const sheet = sheetsOf('es').find((s) => s.slug === 'know-yourself')!;
    const file = write('es-accents.pdf', await blankWorksheetPdf(sheet, await optionsFor('es')));
    const text = textOf(file);
    expect(text).toContain('¿Qué quieres conseguir en el próximo año?');
    expect(text).toContain('Nombre');
  });

  it('gives rating and single-choice radio groups one option per level or choice', async () => {
    const sheet = sheetsOf('en').find((s) => s.slug === 'brief-bio')!;
    const doc = await PDFDocument.load(await blankWorksheetPdf(sheet, await optionsFor('en')));
    const form = doc.getForm();
    expect(form.getRadioGroup('brief-bio.focus').getOptions()).toEqual([
      'level-1',
      'level-2',
      'level-3',
      'level-4',
    ]);
    expect(form.getRadioGroup('brief-bio.audience').getOptions()).toEqual([
      'conference',
      'website',
      'grant',
      'introduction-email',
      'other',
    ]);
    expect(form.getTextField('brief-bio.bio').isMultiline()).toBe(true);
  });

  it('lists the same fields to an independent reader (qpdf)', async () => {
    const sheet = sheetsOf('en').find((s) => s.slug === 'action-plan')!;
    const file = write('en-action-plan-qpdf.pdf', await blankWorksheetPdf(sheet, await optionsFor('en')));
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=acroform', file])) as {
      acroform: { fields: { fullname: string; fieldtype: string }[] };
    };
    const names = json.acroform.fields.map((f) => f.fullname);
    expect(names).toContain('action-plan.actions.1.who');
    expect(names).toContain('action-plan.actions.4.by-when');
    expect(names).toContain('action-plan.review-notes');
    expect(names).not.toContain('action-plan.review-reminder');
    expect(new Set(json.acroform.fields.map((f) => f.fieldtype))).toEqual(new Set(['/Tx']));
  });

  it('adds an empty map to draw on by hand after the people grid of the map worksheet', async () => {
    const sheet = sheetsOf('en').find((s) => s.slug === 'network-map')!;
    const file = write('en-map-blank.pdf', await blankWorksheetPdf(sheet, await optionsFor('en')));
    const pages = Number(info(file)['Pages']);
    const last = words(run('pdftotext', ['-f', String(pages - 1), '-l', String(pages), file, '-']));
    for (const w of [
      'Draw your network here by hand',
      'You',
      'Developmental mentor',
      'Peer mentor',
      'Where they come from',
    ])
      expect(last).toContain(w);
  });

  it('prints on Letter paper when asked', async () => {
    const sheet = sheetsOf('en').find((s) => s.slug === 'cv-refresh')!;
    const file = write('en-letter.pdf', await blankWorksheetPdf(sheet, await optionsFor('en', 'letter')));
    expect(info(file)['Page size']).toContain('612 x 792');
  });
});

describe.each(LOCALES)('participant packet (%s)', (locale) => {
  let file = '';
  let bytes: Uint8Array = new Uint8Array();
  const sheets = sheetsOf(locale);
  const ordered = [...sheets].sort((a, b) => a.worksheet.order - b.worksheet.order);
  beforeAll(async () => {
    bytes = await packetPdf(sheets, await optionsFor(locale));
    file = write(`${locale}-packet.pdf`, bytes);
  });

  it('has every worksheet in workshop order, each from a new page, after a cover', async () => {
    const meta = info(file);
    expect(meta['Title']).toContain((await optionsFor(locale)).words.packetTitle);
    const pages = Number(meta['Pages']);
    expect(pages).toBeGreaterThan(sheets.length);
    const cover = words(run('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    expect(cover).toContain((await optionsFor(locale)).words.contents);
    // Each worksheet's title opens a page (after the running head), in order.
    const openers: string[] = [];
    for (let p = 2; p <= pages; p++) {
      const page = run('pdftotext', ['-f', String(p), '-l', String(p), file, '-']);
      const hit = ordered.find((s) =>
        words(page).includes(`${words(s.worksheet.title)} ${words(s.worksheet.purpose).split(' ')[0]}`),
      );
      if (hit && !openers.includes(hit.slug)) {
        openers.push(hit.slug);
        // The contents give the page it starts on, counted as the footers count (cover included).
        expect(cover).toContain(`${words(hit.worksheet.title)} ${p}`);
        expect(words(page)).toContain(`${p} / ${pages}`);
      }
    }
    expect(openers).toEqual(ordered.map((s) => s.slug));
  });

  it.each(['a4', 'letter'] as const)(
    'keeps each tick box on the page of its question (%s)',
    async (paper) => {
      const packet = await packetPdf(sheets, await optionsFor(locale, paper));
      const path = write(`${locale}-${paper}-packet-choices.pdf`, packet);
      const doc = await PDFDocument.load(packet);
      const pageOf = new Map<string, number>();
      doc.getPages().forEach((page, i) => {
        for (const ref of page.node.Annots()?.asArray() ?? []) pageOf.set(ref.toString(), i + 1);
      });
      const widgetPages = (name: string) =>
        doc
          .getForm()
          .getField(name)
          .acroField.getWidgets()
          .map((w) => pageOf.get(doc.context.getObjectRef(w.dict)!.toString())!);
      let checked = 0;
      for (const { slug, worksheet } of sheets)
        for (const field of worksheet.sections.flatMap((x) => x.fields)) {
          if (
            field.type !== 'single-choice' &&
            field.type !== 'multiple-choice' &&
            field.type !== 'checklist'
          )
            continue;
          const pages =
            field.type === 'single-choice'
              ? widgetPages(`${slug}.${field.id}`)
              : (field.type === 'checklist' ? field.items : field.options).flatMap((o) =>
                  widgetPages(`${slug}.${field.id}.${o.id}`),
                );
          // Every list of this kit fits on a page: all its boxes share their question's page.
          expect(new Set(pages).size, `${slug}.${field.id}`).toBe(1);
          const text = words(run('pdftotext', ['-f', `${pages[0]}`, '-l', `${pages[0]}`, path, '-']));
          expect(text, `${slug}.${field.id}`).toContain(words(field.label));
          checked++;
        }
      expect(checked).toBeGreaterThan(5);
    },
  );

  it('holds the fields of every worksheet, and bookmarks for each', async () => {
    const fields = await fieldsOf(bytes);
    for (const s of sheets)
      for (const [name, kind] of expectedFields(s.slug, s.worksheet))
        expect(fields.get(name), name).toBe(kind);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getLanguage()).toBe(locale);
    expect(await topBookmarks(bytes)).toEqual(ordered.map((s) => s.worksheet.title));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBeGreaterThan(sheets.length);
  });
});
