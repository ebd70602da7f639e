// The participant's report, made in the browser: a cover with contents, then the map, the people,
// the findings, the goals, the action plan and every filled worksheet, each part from a new page.
// Its parts are those of one filled worksheet (filled.ts); the findings come in already as words.
import { FIELD_KINDS, FIELD_TYPES } from '../../core/field-kinds.ts';
import {
  drawContents,
  drawCoverLogo,
  inWorkshopOrder,
  startDocument,
  titledPage,
  type PdfOptions,
  type WorksheetInput,
} from './document.ts';
import {
  drawFilledSections,
  drawFindings,
  drawMap,
  drawPeople,
  isFilled,
  type FilledContext,
  type FilledData,
} from './filled.ts';
import { GREY } from './layout.ts';
import type { OutlineItem } from './outline.ts';
import { drawNothing } from './table.ts';

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
  const filled: FilledContext = { ...c, data };
  const cover = layout.newPage({ plain: true });
  drawCoverLogo(c);
  const contents: { title: string; page: number }[] = [];

  /** A part of the report from a new page, with its bookmark and running head. */
  const part = (heading: string): OutlineItem => {
    const mark = titledPage(c, heading, 18);
    contents.push({ title: heading, page: layout.doc.getPageCount() });
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
  const skip = new Set(FIELD_TYPES.filter((type) => FIELD_KINDS[type].stores === 'network'));
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
