// <mnk-progress>: beside each worksheet of the list, how far it is filled in (core/journey.ts), from
// the workbook stored in this browser; it follows other tabs and Delete all.
import { progressOf } from '../core/journey.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

class ProgressList extends HTMLElement {
  connectedCallback() {
    session.start();
    this.show();
    session.addEventListener('replaced', () => this.show());
  }

  private show() {
    const people = session.draft.network.people.length;
    for (const item of this.querySelectorAll<HTMLElement>('[data-worksheet]')) {
      const fields = (item.dataset.fields ?? '').split(' ').filter(Boolean);
      const state = progressOf(
        fields,
        item.hasAttribute('data-network'),
        session.answers(item.dataset.worksheet!),
        people,
      );
      const badge = item.querySelector<HTMLElement>('[data-progress]')!;
      badge.dataset.state = state;
      badge.textContent = t(`journey.progress.${state}`);
    }
  }
}

customElements.define('mnk-progress', ProgressList);
