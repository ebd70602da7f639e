// The participant's anonymous summary for their facilitator (components/worksheet/AnonymousSummaryField.astro):
// made from the workbook in core/cohort-summary.ts, shown in words (render/cohort-text.ts), and saved
// as a file only when asked. Nothing is sent anywhere.
import { analyseWith } from '../core/analysis/findings.ts';
import {
  anonymousSummary,
  summaryId,
  SUMMARY_SUFFIX,
  type AnonymousSummary,
} from '../core/cohort-summary.ts';
import { summaryLines, type CohortWords } from '../render/cohort-text.ts';
import { el } from './dom.ts';
import { downloadFile } from './download.ts';
import { failureText } from './failure.ts';
import { findingsData } from './findings-data.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

class AnonymousSummaryField extends HTMLElement {
  private summary: AnonymousSummary | undefined;

  connectedCallback() {
    session.start();
    this.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'summary-show') this.show();
      if (action === 'summary-save') this.save();
    });
    // What is shown stays what would be saved: an edit elsewhere on the page makes it again.
    for (const type of ['status', 'replaced'] as const)
      session.addEventListener(type, () => {
        if (!this.preview.hidden) this.render();
      });
  }

  private get preview() {
    return this.querySelector<HTMLElement>('[data-summary-preview]')!;
  }

  private show() {
    const button = this.querySelector<HTMLButtonElement>('[data-action="summary-show"]')!;
    const open = this.preview.hidden;
    this.preview.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) this.render();
  }

  private render() {
    const status = this.querySelector<HTMLElement>('[data-summary-status]')!;
    const lines = this.querySelector<HTMLElement>('[data-summary-lines]')!;
    try {
      const data = findingsData();
      if (!data) throw new Error('no findings on this page');
      const words: CohortWords = {
        roles: data.roles,
        needs: data.needs,
        locale: document.documentElement.lang,
      };
      const workbook = session.draft;
      this.summary = anonymousSummary(
        workbook,
        { roles: data.roles.map((r) => r.id), needs: Object.keys(data.needs) },
        (network) => analyseWith(data, workbook.answers, network),
        this.summary?.id ?? summaryId(crypto.getRandomValues(new Uint8Array(16))),
        new Date(),
      );
      const maps = [summaryLines(this.summary.now, 'now', words, t)];
      if (this.summary.before) maps.push(summaryLines(this.summary.before, 'before', words, t));
      lines.replaceChildren(
        ...maps.flatMap(({ title, lines: said }) => {
          const list = el('ul');
          list.append(...said.map((text) => el('li', text)));
          return [el('h4', title), list];
        }),
      );
    } catch (error) {
      this.summary = undefined;
      status.textContent = t('summary.failed', { reason: failureText(t, error) });
    }
  }

  private save() {
    this.render();
    if (!this.summary) return;
    const file = `${t('export.fileName')}${SUMMARY_SUFFIX}`;
    downloadFile(file, `${JSON.stringify(this.summary, null, 2)}\n`, 'application/json');
    this.querySelector('[data-summary-status]')!.textContent = t('summary.saved', { file });
  }
}

customElements.define('mnk-anonymous-summary', AnonymousSummaryField);
