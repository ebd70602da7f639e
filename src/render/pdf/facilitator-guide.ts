// The facilitator's guide to one agenda, built with the site: a cover with the agenda's facts and
// contents, then what to do before the session (a checklist and the privacy script), the timed steps
// with notes, the prompts for the share, and what to print. It draws the words it is given; the
// site (site/facilitator-guide.ts) picks them from the agenda and content/ui.
import { drawContents, drawCoverLogo, startDocument, titledPage, type PdfOptions } from './document.ts';
import { GREY } from './layout.ts';
import { drawTable } from './table.ts';

/** One timed step: when it starts, its title, labelled paragraphs and labelled lists. */
export interface GuideStep {
  /** E.g. `0:05 · 8 min`. */
  when: string;
  title: string;
  /** Each label as the locale writes one before what it labels ("Purpose:", t.label). */
  paragraphs: readonly { label: string; text: string }[];
  lists: readonly { label: string; items: readonly string[] }[];
}

export interface FacilitatorGuide {
  /** The kind of document, e.g. "Facilitator guide". */
  kind: string;
  agenda: string;
  /** The document's title: the kind, as a label, then the agenda. */
  title: string;
  summary: string;
  /** Short lines under the title: length, group size, facilitators, the session it follows. */
  facts: readonly string[];
  prepare: { title: string; items: readonly string[] };
  privacy: { title: string; intro: string; lines: readonly string[] };
  steps: { title: string; items: readonly GuideStep[]; total: string };
  share: { title: string; intro: string; steps: readonly { title: string; lines: readonly string[] }[] };
  print: {
    title: string;
    /** Shown instead of the table when nothing needs printing. */
    none: string;
    help: string;
    columns: readonly string[];
    rows: readonly (readonly string[])[];
  };
}

const BOX = 8;

export async function facilitatorGuidePdf(guide: FacilitatorGuide, options: PdfOptions): Promise<Uint8Array> {
  const c = await startDocument(options, guide.title, guide.summary);
  const { layout } = c;
  const cover = layout.newPage({ plain: true });
  drawCoverLogo(c);
  const contents: { title: string; page: number }[] = [];
  const part = (heading: string) => {
    titledPage(c, heading, 18);
    contents.push({ title: heading, page: layout.doc.getPageCount() });
    layout.gap(8);
  };
  const heading = (text: string) => {
    layout.ensure(60);
    layout.gap(6);
    layout.text(text, { font: 'bold', size: 13, color: c.primary });
    layout.gap(4);
  };

  part(guide.prepare.title);
  for (const item of guide.prepare.items) {
    const lines = layout.measure(item, { size: 10.5, indent: BOX + 8 });
    layout.ensure(lines.height);
    const top = layout.y;
    // An empty box to tick on paper.
    layout.page.drawRectangle({
      x: layout.left,
      y: top - lines.lineHeight + (lines.lineHeight - BOX) / 2 - 1,
      width: BOX,
      height: BOX,
      borderColor: GREY,
      borderWidth: 0.8,
    });
    layout.text(item, { size: 10.5, indent: BOX + 8 });
    layout.gap(5);
  }
  heading(guide.privacy.title);
  layout.text(guide.privacy.intro, { size: 10.5 });
  layout.gap(4);
  for (const line of guide.privacy.lines) {
    layout.text(line, { size: 11.5, indent: 14 });
    layout.gap(4);
  }

  part(guide.steps.title);
  for (const step of guide.steps.items) {
    const first = layout.measure(step.title, { size: 12.5, font: 'bold' });
    layout.ensure(first.height + 60);
    layout.text(step.when, { size: 9.5, color: GREY });
    layout.text(step.title, { size: 12.5, font: 'bold', color: c.primary });
    layout.gap(2);
    for (const p of step.paragraphs) {
      layout.text(`${p.label} ${p.text}`, { size: 10 });
      layout.gap(2);
    }
    for (const list of step.lists) {
      layout.text(list.label, { size: 10, font: 'bold' });
      for (const item of list.items) layout.text(`• ${item}`, { size: 10, indent: 10 });
      layout.gap(2);
    }
    layout.gap(10);
  }
  layout.ensure(20);
  layout.text(guide.steps.total, { size: 11, font: 'bold' });

  part(guide.share.title);
  layout.text(guide.share.intro, { size: 10.5 });
  for (const step of guide.share.steps) {
    heading(step.title);
    for (const line of step.lines) {
      layout.text(line, { size: 10.5, indent: 10 });
      layout.gap(3);
    }
  }

  part(guide.print.title);
  if (guide.print.rows.length === 0) layout.text(guide.print.none, { size: 10.5 });
  else {
    layout.text(guide.print.help, { size: 10.5, color: GREY });
    layout.gap(6);
    drawTable(
      layout,
      guide.print.columns.map((label, i) => ({ label, share: i === 0 ? 3 : 1.2 })),
      guide.print.rows,
      { size: 10 },
    );
  }

  // The cover last, so that its contents can give page numbers.
  layout.page = cover;
  layout.y = layout.height * 0.74;
  layout.text(options.brand.kitName, { size: 13, color: GREY });
  layout.gap(4);
  layout.text(guide.kind, { size: 16 });
  layout.text(guide.agenda, { font: 'bold', size: 26, color: c.primary, leading: 1.2 });
  layout.gap(8);
  layout.text(guide.summary, { size: 11 });
  layout.gap(6);
  for (const fact of guide.facts) layout.text(fact, { size: 10.5, color: GREY });
  layout.gap(4);
  layout.text(options.brand.institution, { size: 10.5, color: GREY });
  layout.gap(24);
  drawContents(c, contents);
  return layout.save();
}
