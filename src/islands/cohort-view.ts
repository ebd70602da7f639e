// The cohort page (src/pages/[locale]/cohort.astro): reads summary files and pasted text, refuses
// what is not a summary with a reason, leaves out the same file given twice, and draws the figures
// (core/cohort.ts) as tables with a bar and words in each row. Everything stays in this page.
import { addSummaries, cohortPicture } from '../core/cohort.ts';
import { pastedSummaries, readSummary, type AnonymousSummary } from '../core/cohort-summary.ts';
import {
  changeRows,
  cohortCsv,
  cohortRows,
  shareWords,
  type CohortWords,
  type FigureRows,
} from '../render/cohort-text.ts';
import { el } from './dom.ts';
import { downloadFile } from './download.ts';
import { t } from './strings.ts';

/** A table with a header row and body rows of cells (text, or a node). */
function table(head: string[], rows: (string | Node)[][]): HTMLTableElement {
  const out = el('table');
  const tr = el('tr');
  tr.append(...head.map((h) => Object.assign(el('th', h), { scope: 'col' })));
  out.append(el('thead'));
  out.tHead!.append(tr);
  const body = el('tbody');
  for (const cells of rows) {
    const row = el('tr');
    row.append(
      ...cells.map((c, i) => {
        const cell = i === 0 ? Object.assign(el('th'), { scope: 'row' }) : el('td');
        cell.append(c);
        return cell;
      }),
    );
    body.append(row);
  }
  out.append(body);
  return out;
}

/** "4 of 12 (33%)" with a bar for the eye; the words carry it for everyone else. */
function shareCell(count: number, of: number, locale: string): Node {
  const cell = document.createDocumentFragment();
  const bar = el('meter');
  Object.assign(bar, { min: 0, max: Math.max(1, of), value: count });
  bar.setAttribute('aria-hidden', 'true');
  const { count: words, percent } = shareWords({ count, of }, t, locale);
  cell.append(bar, ` ${words} (${percent})`);
  return cell;
}

class CohortView extends HTMLElement {
  private summaries: AnonymousSummary[] = [];
  private words!: CohortWords;

  connectedCallback() {
    const data = JSON.parse(this.querySelector('[data-cohort-words]')!.textContent!) as Omit<
      CohortWords,
      'locale'
    >;
    this.words = { ...data, locale: document.documentElement.lang };
    const form = this.querySelector<HTMLFormElement>('[data-cohort-form]')!;
    const input = form.querySelector<HTMLInputElement>('input[type="file"]')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.add(form, [...(input.files ?? [])]);
    });
    // Files dropped anywhere on the cohort are added at once, as if chosen and added.
    this.addEventListener('dragover', (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
    this.addEventListener('drop', (e) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      void this.add(form, [...e.dataTransfer.files]);
    });
    this.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'clear') {
        this.summaries = [];
        form.reset();
        this.status([]);
        this.render();
      }
      if (action === 'csv')
        downloadFile(
          `${t('cohort.fileName')}.csv`,
          cohortCsv(cohortPicture(this.summaries, this.roleIds), this.words, t),
          'text/csv',
        );
    });
  }

  private get roleIds() {
    return this.words.roles.map((r) => r.id);
  }

  /** Reads these files and the pasted text (one summary, or several one after another). */
  private async add(form: HTMLFormElement, files: File[]) {
    const sources = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const pasted = form.querySelector<HTMLTextAreaElement>('textarea')!.value.trim();
    if (pasted) sources.push(...pastedSummaries(pasted).map((text) => ({ name: t('cohort.paste'), text })));
    const read = sources.map((s) => ({ ...s, read: readSummary(s.text) }));
    const good = read.flatMap((r) => ('summary' in r.read ? [r.read.summary] : []));
    const { summaries, duplicates } = addSummaries(this.summaries, good);
    const added = summaries.length - this.summaries.length;
    this.summaries = summaries;
    this.status([
      t('cohort.added', { n: added, total: summaries.length }),
      ...(duplicates ? [t('cohort.duplicates', { n: duplicates })] : []),
      ...read.flatMap((r) =>
        'problem' in r.read
          ? [t('cohort.refused', { file: r.name, reason: t(`cohort.problem.${r.read.problem}`) })]
          : [],
      ),
    ]);
    form.reset();
    this.render();
  }

  private status(lines: string[]) {
    this.querySelector('[data-cohort-status]')!.replaceChildren(...lines.map((line) => el('p', line)));
  }

  private render() {
    const picture = cohortPicture(this.summaries, this.roleIds);
    const n = picture.participants;
    this.querySelector('[data-cohort-count]')!.textContent = n
      ? t('cohort.participants', { n })
      : t('cohort.empty');
    this.querySelector<HTMLButtonElement>('[data-action="csv"]')!.disabled = n === 0;
    const rows = cohortRows(picture, this.words, t);
    const locale = this.words.locale;
    const draw = (figure: string, body: Node[]) => {
      const section = this.querySelector<HTMLElement>(`[data-figure="${figure}"]`)!;
      section.hidden = n === 0;
      section.querySelector('[data-figure-body]')!.replaceChildren(...body);
    };
    const shares = (r: FigureRows) =>
      'suppressed' in r
        ? [el('p', r.suppressed)]
        : [
            table(
              [t('cohort.column.what'), t('cohort.column.count')],
              r.rows.map((row) => [row.what, shareCell(row.share.count, row.share.of, locale)]),
            ),
          ];
    draw('missingRoles', shares(rows.missingRoles));
    draw('types', shares(rows.types));
    draw('gaps', shares(rows.gaps));
    const change = changeRows(picture, this.words, t);
    draw(
      'change',
      'suppressed' in change
        ? [el('p', change.suppressed)]
        : [
            el('p', change.people),
            table(
              [t('cohort.column.what'), t('cohort.change.before'), t('cohort.change.after')],
              change.rows.map((r) => [
                r.what,
                shareCell(r.before, change.of, locale),
                shareCell(r.after, change.of, locale),
              ]),
            ),
          ],
    );
  }
}

customElements.define('mnk-cohort', CohortView);
