// The two filled documents made in the browser: the participant's report (cover, map, people,
// findings, goals, action plan, every filled worksheet) and one worksheet with its answers.
import { GREY } from './layout.ts';
import type { OutlineItem } from './outline.ts';
import {
  drawFilledSections,
  drawFindings,
  drawMap,
  drawPeople,
  isFilled,
  type FilledContext,
  type FilledData,
} from './filled.ts';
import { drawNothing } from './table.ts';
import {
  drawContents,
  drawCoverLogo,
  inWorkshopOrder,
  startDocument,
  titledPage,
  titleBlock,
  type DocumentContext,
  type PdfOptions,
  type WorksheetInput,
} from './worksheet.ts';

function filledContext(c: DocumentContext, data: FilledData): FilledContext {
  return { layout: c.layout, data, locale: c.options.locale, primary: c.primary };
}

/** One worksheet with its answers, every question listed, as a document of its own. */
export async function filledWorksheetPdf(
  sheet: WorksheetInput,
  data: FilledData,
  options: PdfOptions,
): Promise<Uint8Array> {
  const c = await startDocument(options, sheet.worksheet.title, sheet.worksheet.purpose);
  const { layout } = c;
  titleBlock(c, sheet.worksheet, undefined, (top, at) => {
    layout.textAt([data.participant], at.name.x, top - 5, { size: 9.5 });
    layout.textAt([data.date], at.date.x, top - 5, { size: 9.5 });
  });
  drawFilledSections(filledContext(c, data), sheet, { all: true });
  return layout.save();
}

/** The report: everything the participant made, in the order a workshop goes. */
export async function reportPdf(
  sheets: readonly WorksheetInput[],
  data: FilledData,
  options: PdfOptions,
): Promise<Uint8Array> {
  const { t } = data;
  const { brand } = options;
  const title = t('report.title');
  const c = await startDocument(options, data.participant ? `${title} · ${data.participant}` : title);
  const { layout } = c;
  const filled = filledContext(c, data);
  const cover = layout.newPage({ plain: true });
  drawCoverLogo(c);
  const contents: { title: string; page: number }[] = [];

  /** A part of the report from a new page, with its bookmark and running head. */
  const part = (heading: string): OutlineItem => {
    const mark = titledPage(c, heading, 18);
    contents.push({ title: heading, page: layout.doc.getPageCount() - 1 });
    layout.gap(10);
    return mark;
  };

  part(t('report.map'));
  drawMap(filled);

  part(t('report.people'));
  drawPeople(filled);

  part(t('report.findings'));
  const findings = (data.findings ?? []).filter((s) => s.key !== 'goals');
  if (findings.length) drawFindings(filled, findings);
  else drawNothing(layout, t('report.noPeople'));

  part(t('report.goals'));
  const goals = (data.findings ?? []).filter((s) => s.key === 'goals');
  if (goals.length)
    drawFindings(
      filled,
      goals.map((s) => ({ ...s, title: '' })),
    );
  else drawNothing(layout, t('report.noPeople'));

  const ordered = inWorkshopOrder(sheets);
  const plan = ordered.find((s) => s.slug === data.actionPlan);
  if (plan) {
    part(plan.worksheet.title);
    if (isFilled(plan, data.workbook)) drawFilledSections(filled, plan, { all: false });
    else drawNothing(layout, t('report.notFilled'));
  }

  // The map and findings have parts of their own; the worksheets that hold them show the rest.
  const skip = new Set(['people', 'findings'] as const);
  const withAnswers = ordered.filter((s) => s.slug !== data.actionPlan && isFilled(s, data.workbook, skip));
  const worksheets = part(t('report.worksheets'));
  if (withAnswers.length === 0) drawNothing(layout, t('report.notFilled'));
  for (const [i, sheet] of withAnswers.entries()) {
    if (i > 0) layout.gap(10);
    layout.ensure(120);
    c.running.title = sheet.worksheet.title;
    layout.bookmark(sheet.worksheet.title, worksheets);
    layout.text(sheet.worksheet.title, { font: 'bold', size: 15, color: c.primary });
    layout.gap(6);
    drawFilledSections(filled, sheet, { all: false, skip });
  }

  // The cover last, so that its contents can give page numbers.
  layout.page = cover;
  layout.y = layout.height * 0.72;
  layout.text(brand.kitName, { size: 13, color: GREY });
  layout.gap(4);
  layout.text(title, { font: 'bold', size: 28, color: c.primary, leading: 1.2 });
  layout.gap(10);
  if (data.participant) layout.text(data.participant, { size: 18 });
  layout.text(data.date, { size: 12, color: GREY });
  layout.gap(4);
  layout.text(brand.institution, { size: 12, color: GREY });
  layout.gap(28);
  drawContents(c, contents);
  layout.gap(24);
  layout.text(t('report.private'), { size: 8.5, color: GREY });
  return layout.save();
}
