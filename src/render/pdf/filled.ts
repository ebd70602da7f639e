// Filled documents: a participant's answers, their map, people and findings drawn as text (so it
// copies, searches and reads aloud), never as form fields. Shared by one filled worksheet and
// the report (report.ts). Pure: the browser and the tests pass the workbook and the words.
import type { Color } from '@cantoo/pdf-lib';
import { isEmptyAnswer } from '../../core/answers.ts';
import { analyse, chosenNeeds } from '../../core/analysis/findings.ts';
import { isPlanned, SUPPORT_FUNCTIONS } from '../../core/person.ts';
import type { AnswerValue, Workbook } from '../../core/workbook.ts';
import type { WorksheetField } from '../../schemas/worksheet.ts';
import { findingsText, type FindingsContext, type FindingsSection } from '../findings-text.ts';
import { drawNetworkMap } from '../map-words.ts';
import type { MapScene } from '../../core/map-scene.ts';
import { GREY, LIGHT, type PdfLayout } from './layout.ts';
import { drawMapScene } from './map.ts';
import { drawNothing, drawTable } from './table.ts';
import type { WorksheetInput } from './worksheet.ts';
import type { Translate } from '../../core/i18n.ts';

/** The map scene the live map draws, drawn into the PDF as vectors and text. */
export interface MapDrawing {
  scene: MapScene;
  /** One sentence on what the map shows, printed under it. */
  description: string;
}

/** What a filled document is made from. */
export interface FilledData {
  workbook: Workbook;
  /** Role names in the document's language. */
  roles: readonly { id: string; name: string }[];
  /** The worksheet the report prints as the action plan (content/analysis.yaml, `answers.actionPlan`). */
  actionPlan: string;
  /** The interface strings (content/ui) of the document's language. */
  t: Translate;
  /** The participant's name for the cover or the name line; may be empty. */
  participant: string;
  /** The day the document is made, already written out (e.g. "27 November 2026"). */
  date: string;
  map?: MapDrawing | undefined;
  /** The findings as words (render/findings-text.ts); absent when the map is empty. */
  findings?: FindingsSection[] | undefined;
}

/** A filled document's data for a workbook: with people, its map and its findings too. */
export function filledData(
  workbook: Workbook,
  context: FindingsContext,
  t: Translate,
  locale: string,
  cover: { participant: string; date: string },
): FilledData {
  const data: FilledData = {
    workbook,
    roles: context.roles,
    actionPlan: context.settings.answers.actionPlan,
    t,
    ...cover,
  };
  if (workbook.network.people.length === 0) return data;
  const map = drawNetworkMap(t, context.roles, workbook.network, { showTies: true });
  const analysis = analyse(
    workbook.network,
    context.roles.map((r) => r.id),
    chosenNeeds(workbook.answers, context.settings.answers.needs),
    context.settings,
  );
  return {
    ...data,
    map: { scene: map, description: map.description },
    findings: findingsText(analysis, workbook, context, t, locale),
  };
}

export interface FilledContext {
  layout: PdfLayout;
  data: FilledData;
  locale: string;
  primary: Color;
}

/** An ISO date (2026-11-27) written out in the document's language; anything else as it is. */
export function longDate(value: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
}

// --- the map, the people, the findings ---------------------------------------------------------

/** The map is drawn as wide as the text, and no taller than this share of the page. */
const MAP_HEIGHT_SHARE = 0.6;

/** The map, as wide as the text and no taller than 60% of the page, with its description. */
export function drawMap(c: FilledContext): void {
  const { layout, data } = c;
  if (!data.map || data.workbook.network.people.length === 0)
    return drawNothing(layout, data.t('report.noPeople'));
  const { view } = data.map.scene;
  const scale = Math.min(layout.contentWidth / view.width, (layout.height * MAP_HEIGHT_SHARE) / view.height);
  const [w, h] = [view.width * scale, view.height * scale];
  layout.ensure(h + 30);
  drawMapScene(layout, data.map.scene, {
    x: layout.left + (layout.contentWidth - w) / 2,
    top: layout.y,
    width: w,
    height: h,
  });
  layout.y -= h + 6;
  layout.text(data.map.description, { size: 9, color: GREY });
}

/** Everyone on the map, in a table: the coded columns written out in words. */
export function drawPeople(c: FilledContext): void {
  const {
    layout,
    data: { t, workbook, roles },
  } = c;
  const people = workbook.network.people;
  if (people.length === 0) return drawNothing(layout, t('report.noPeople'));
  const roleName = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
  const value = (key: string, v: string | undefined) => (v ? t(`person.${key}.${v}`) : t('person.notSet'));
  const supports = new Set<string>([...SUPPORT_FUNCTIONS.career, ...SUPPORT_FUNCTIONS.psychosocial]);
  drawTable(
    layout,
    [
      { label: t('person.name'), share: 1.2 },
      { label: t('report.roles'), share: 1.4 },
      { label: t('person.closeness') },
      { label: t('person.stage') },
      { label: t('person.source') },
      { label: t('person.supports'), share: 1.3 },
    ],
    people.map((p) => [
      isPlanned(p) ? `${p.name} (${t('report.potential')})` : p.name,
      p.roles.map(roleName).join(', '),
      value('closeness', p.closeness),
      value('stage', p.stage),
      value('source', p.source),
      (p.supports ?? [])
        .filter((s) => supports.has(s))
        .map((s) => t(`person.supports.${s}`))
        .join(', '),
    ]),
  );
}

/** The findings' sections as headings with paragraphs or bulleted items; links become their words. */
export function drawFindings(c: FilledContext, sections: readonly FindingsSection[]): void {
  const { layout } = c;
  const line = (text: string, link: { text: string } | undefined, bullet: boolean, help = false) => {
    const words = link ? `${text}${link.text}` : text;
    layout.text(bullet ? `•  ${words}` : words, {
      size: help ? 8.5 : 9.5,
      indent: bullet ? 8 : 0,
      ...(help ? { color: GREY } : {}),
    });
    layout.gap(2);
  };
  for (const section of sections) {
    layout.ensure(50);
    if (section.title) layout.text(section.title, { font: 'bold', size: 11, color: c.primary });
    layout.gap(2);
    for (const l of section.lines) line(l.text, l.link, !!section.list, l.help);
    for (const term of section.terms ?? []) {
      layout.ensure(36);
      layout.text(term.term, { font: 'bold', size: 9.5 });
      for (const l of term.lines) line(l.text, l.link, false, l.help);
    }
    layout.gap(6);
  }
}

// --- answers -----------------------------------------------------------------------------------

/** Fields that hold no answer of their own (screen tools), or are drawn apart in the report. */
const NO_ANSWER = new Set<WorksheetField['type']>(['timer', 'reminder']);

/** A tick box drawn in vector, ticked or not, beside a line of text. */
function tickBox(layout: PdfLayout, x: number, top: number, ticked: boolean): void {
  const s = 8;
  const y = top - 10.5;
  layout.page.drawRectangle({ x, y, width: s, height: s, borderColor: GREY, borderWidth: 0.7 });
  if (ticked) {
    layout.page.drawLine({
      start: { x: x + 1.5, y: y + 4 },
      end: { x: x + 3.4, y: y + 1.6 },
      thickness: 1.2,
    });
    layout.page.drawLine({ start: { x: x + 3.4, y: y + 1.6 }, end: { x: x + 7, y: y + 7 }, thickness: 1.2 });
  }
}

/** One answer, under its label. */
function drawAnswer(c: FilledContext, field: WorksheetField, value: AnswerValue | undefined): void {
  const {
    layout,
    data: { t },
  } = c;
  const text = (s: string, indent = 0) => layout.text(s, { size: 10, indent });
  switch (field.type) {
    case 'short-text':
    case 'long-text':
    case 'composer':
      return text(String(value));
    case 'date':
      return text(longDate(String(value), c.locale));
    case 'single-choice':
      return text(field.options.find((o) => o.id === value)?.label ?? String(value));
    case 'multiple-choice': {
      const chosen = Array.isArray(value) ? value : [];
      for (const o of field.options) if (chosen.includes(o.id as never)) text(`•  ${o.label}`, 8);
      return;
    }
    case 'checklist': {
      const done = Array.isArray(value) ? value : [];
      for (const [i, item] of field.items.entries()) {
        layout.ensure(14);
        tickBox(layout, layout.left, layout.y, done.includes(item.id as never));
        text(field.ordered ? `${i + 1}. ${item.label}` : item.label, 14);
      }
      return;
    }
    case 'rating': {
      const level = typeof value === 'number' ? field.levels[value - 1] : undefined;
      if (!level) return;
      layout.text(level.label, { size: 10, font: 'bold' });
      return layout.text(level.descriptor, { size: 9, color: GREY });
    }
    case 'list':
      (Array.isArray(value) ? value : []).forEach((item, i) => text(`${i + 1}. ${String(item)}`, 4));
      return;
    case 'table': {
      const rows = (Array.isArray(value) ? value : []) as Record<string, string>[];
      return drawTable(
        layout,
        field.columns.map((col) => ({ label: col.label, share: col.type === 'date' ? 0.7 : 1 })),
        rows.map((r) =>
          field.columns.map((col) =>
            col.type === 'date' ? longDate(r[col.id] ?? '', c.locale) : (r[col.id] ?? ''),
          ),
        ),
      );
    }
    case 'people':
      drawMap(c);
      layout.gap(10);
      return drawPeople(c);
    case 'findings':
      return c.data.findings ? drawFindings(c, c.data.findings) : drawNothing(layout, t('report.noPeople'));
    case 'timer':
    case 'reminder':
      return;
  }
}

/** Whether a field shows something: an answer, or the map for the people and findings fields. */
function answered(f: WorksheetField, value: AnswerValue | undefined, workbook: Workbook): boolean {
  if (f.type === 'people' || f.type === 'findings') return workbook.network.people.length > 0;
  return !NO_ANSWER.has(f.type) && !isEmptyAnswer(value);
}

/** Whether a worksheet has anything to show, leaving out the field types in `skip`. */
export function isFilled(
  sheet: WorksheetInput,
  workbook: Workbook,
  skip: ReadonlySet<WorksheetField['type']> = new Set(),
): boolean {
  const answers = workbook.answers[sheet.slug] ?? {};
  return sheet.worksheet.sections.some((s) =>
    s.fields.some((f) => !skip.has(f.type) && answered(f, answers[f.id], workbook)),
  );
}

/**
 * A worksheet's sections with their answers, from the cursor on. `all` also lists the questions
 * left blank (one filled worksheet); the report shows only what was answered, and `skip` leaves
 * out field types it draws elsewhere.
 */
export function drawFilledSections(
  c: FilledContext,
  sheet: WorksheetInput,
  options: { all: boolean; skip?: ReadonlySet<WorksheetField['type']> },
): void {
  const { layout, data } = c;
  const answers = data.workbook.answers[sheet.slug] ?? {};
  const shown = (f: WorksheetField) =>
    !NO_ANSWER.has(f.type) &&
    !options.skip?.has(f.type) &&
    (options.all || answered(f, answers[f.id], data.workbook));
  for (const section of sheet.worksheet.sections) {
    const fields = section.fields.filter(shown);
    if (fields.length === 0) continue;
    layout.ensure(70);
    layout.text(section.title, { font: 'bold', size: 12.5, color: c.primary });
    if (options.all && section.intro) layout.text(section.intro, { size: 9, color: GREY });
    layout.gap(6);
    for (const field of fields) {
      layout.ensure(40);
      layout.text(field.label, { font: 'bold', size: 10 });
      layout.gap(2);
      const value = answers[field.id];
      if (
        isEmptyAnswer(value) &&
        field.type !== 'people' &&
        field.type !== 'findings' &&
        field.type !== 'checklist'
      ) {
        drawNothing(layout, data.t('report.notAnswered'));
      } else drawAnswer(c, field, value);
      layout.gap(10);
    }
    layout.page.drawLine({
      start: { x: layout.left, y: layout.y + 4 },
      end: { x: layout.left + 60, y: layout.y + 4 },
      thickness: 0.5,
      color: LIGHT,
    });
    layout.gap(8);
  }
}
