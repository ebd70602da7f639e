// <mnk-workbook-bar>: the save state, and the workbook as a file: download, open, delete.
import {
  decodeWorkbookBytes,
  MAX_FILE_BYTES,
  readWorkbook,
  workbookFileName,
  writeWorkbook,
  type WorkbookError,
} from '../core/workbook.ts';
import { notSavedText, refusalText } from '../core/workbook-refusal.ts';
import { downloadFile } from './download.ts';
import { session } from './session.ts';
import type { SaveOutcome } from './store.ts';
import { t } from './strings.ts';

class WorkbookBar extends HTMLElement {
  connectedCallback() {
    session.start();
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    session.addEventListener('status', () => this.showStatus());
    this.showStatus();
    const problem = session.loadProblem;
    if (problem?.kind === 'damaged') this.notice(t('workbook.damaged'), true);
    if (problem?.kind === 'damaged-not-moved') this.notice(t('workbook.damagedNotMoved'), true);
    this.addEventListener('click', (e) => this.clicked(e));
    this.querySelector<HTMLInputElement>('[data-action="open"]')!.addEventListener('change', (e) =>
      this.open(e.target as HTMLInputElement),
    );
  }

  /** The kind of status last shown: the live region's text is rewritten only when it changes. */
  private shownKind = '';

  private showStatus() {
    const el = this.querySelector<HTMLElement>('[data-status]')!;
    const alert = this.querySelector<HTMLElement>('[data-save-error]')!;
    const s = session.status;
    const time = (d: Date) =>
      d.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
    if (s.kind === 'saved' && s.merged?.length)
      this.notice(t('workbook.conflicts', { fields: t.list(s.merged.map(fieldName)) }));
    if (s.kind === 'saved' && s.damagedKept) this.notice(t('workbook.damagedOnSave'), true);
    // Rewriting a live region makes screen readers say it again: "Saving…" on every keystroke.
    const kind =
      s.kind === 'error'
        ? `error:${s.outcome.kind}`
        : s.kind === 'saved' && s.merged
          ? 'saved:merged'
          : s.kind;
    if (kind === this.shownKind) return;
    this.shownKind = kind;
    // A failed save is an alert, not a polite status: the participant may be about to lose work.
    el.hidden = s.kind === 'error';
    alert.hidden = s.kind !== 'error';
    if (s.kind !== 'error') alert.textContent = '';
    switch (s.kind) {
      case 'loading':
        el.textContent = t('workbook.loading');
        break;
      case 'saving':
        el.textContent = t('workbook.saving');
        break;
      case 'external':
        el.textContent = t('workbook.updatedFromOtherTab');
        break;
      case 'deleted-elsewhere':
        el.textContent = t('workbook.deletedElsewhere');
        break;
      case 'saved':
        el.textContent = t(s.merged ? 'workbook.savedMerged' : 'workbook.saved', { time: time(s.at) });
        break;
      case 'error':
        el.textContent = '';
        alert.textContent = notSaved(s.outcome);
        // The download button lives in the notice; the alert line above already says why.
        if (
          s.outcome.kind === 'damaged-not-moved' &&
          this.querySelector<HTMLElement>('[data-notice]')!.hidden
        )
          this.notice(t('workbook.damagedNotMoved'), true);
        break;
    }
  }

  private notice(text: string, offerDamaged = false) {
    const box = this.querySelector<HTMLElement>('[data-notice]')!;
    box.querySelector('[data-notice-text]')!.textContent = text;
    box.querySelector<HTMLElement>('[data-action="download-damaged"]')!.hidden = !offerDamaged;
    box.hidden = false;
  }

  private clicked(e: Event) {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    switch (action) {
      case 'download':
        session.flush();
        return downloadFile(workbookFileName(), writeWorkbook(session.draft), 'application/json');
      case 'print':
        session.flush();
        return window.print();
      case 'delete':
        if (!window.confirm(t('workbook.confirmDelete'))) return;
        session.clearAll();
        return this.notice(t('workbook.deleted'));
      case 'download-damaged':
        for (const { key, raw } of session.store.damagedCopies())
          downloadFile(`${key.replace(/[^\w.-]+/g, '-')}.txt`, raw, 'text/plain');
        return;
      case 'dismiss':
        this.querySelector<HTMLElement>('[data-notice]')!.hidden = true;
        return;
    }
  }

  /** Opens a chosen file; a bad one is refused with the reason, and nothing changes. */
  private async open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const roles = JSON.parse(this.dataset.roles ?? '[]') as string[];
    const refuse = (error: WorkbookError) =>
      this.notice(`${refusalText(t, error, file.name, roles)} ${t('workbook.keptCurrent')}`);
    if (file.size > MAX_FILE_BYTES) return refuse({ code: 'too-large', bytes: file.size });
    const { text, encoding } = decodeWorkbookBytes(new Uint8Array(await file.arrayBuffer()));
    const result = readWorkbook(text, { roles });
    if (!result.ok) return refuse(result.error);
    // Not UTF-8: read by a guess, which the participant checks before it replaces anything.
    const guessed =
      encoding === 'utf-8'
        ? ''
        : t('workbook.encodingGuessed', { file: t('workbook.quoted', { text: file.name }), encoding });
    if (!window.confirm(`${guessed} ${t('workbook.confirmReplace', { file: file.name })}`.trim())) return;
    session.replace(result.workbook);
    this.notice(
      [
        t('workbook.replaced', { file: file.name }),
        result.migratedFrom ? t('workbook.migrated', { file: file.name }) : '',
        guessed,
      ]
        .join(' ')
        .trim(),
    );
  }
}

/** A clashing field by its label when it is on this page, a person by name, else by its id (`worksheet/field`). */
function fieldName(key: string): string {
  const [sheet, field] = key.split('/');
  if (sheet === 'person') {
    const name = session.draft.network.people.find((p) => p.id === field)?.name;
    if (name) return `“${name}”`;
  }
  const el = document.querySelector(`mnk-worksheet[data-worksheet="${sheet}"] [data-field="${field}"]`);
  const label = el?.querySelector('label, legend, caption, .field-label')?.textContent?.trim();
  return label ? `“${label}”` : key;
}

function notSaved(outcome: SaveOutcome): string {
  switch (outcome.kind) {
    case 'quota':
      return t('workbook.notSavedQuota');
    case 'invalid':
      return notSavedText(t, outcome, personName(outcome.at));
    case 'newer':
      return t('workbook.notSavedNewer', { version: outcome.version });
    case 'damaged-not-moved':
      return t('workbook.notSavedDamaged');
    default:
      return t('workbook.notSavedUnavailable');
  }
}

/** The name of the person a path points into, from what this tab holds. */
function personName(at: (string | number)[]): string | undefined {
  const i = at.indexOf('people');
  if (i < 0 || typeof at[i + 1] !== 'number') return undefined;
  const network =
    at[0] === 'snapshots' ? session.draft.snapshots[at[1] as number]?.network : session.draft.network;
  return network?.people[at[i + 1] as number]?.name;
}

customElements.define('mnk-workbook-bar', WorkbookBar);
