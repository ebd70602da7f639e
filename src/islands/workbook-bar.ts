// <mnk-workbook-bar>: the save state, and the workbook as a file: download, open, delete.
import {
  decodeWorkbookBytes,
  isBlankWorkbook,
  MAX_FILE_BYTES,
  workbookFileName,
  writeWorkbook,
  type WorkbookError,
} from '../core/workbook.ts';
// A refusal in words is needed only when something is refused: its code loads then.
const refusalWords = () => import('../core/workbook-refusal.ts');
import { personFieldWords } from '../core/person-field-words.ts';
import type { Conflict } from '../core/merge.ts';
import { showConflictNotes, underKey } from './conflict-note.ts';
import { downloadFile } from './download.ts';
import { session } from './session.ts';
import { loadValidator, STORAGE_KEY, type SaveOutcome } from './store.ts';
import { t } from './strings.ts';

class WorkbookBar extends HTMLElement {
  connectedCallback() {
    session.start();
    session.addEventListener('status', () => this.showStatus());
    this.showStatus();
    this.showLoadProblem();
    // Stored data only the validator can read is read after the page has loaded: its problem, and
    // what it kept aside or left in place (a newer kit's data), show then.
    session.addEventListener('loaded', () => {
      this.showLoadProblem();
      this.renderRecover();
    });
    session.addEventListener('conflicts', () => this.showConflicts());
    this.renderRecover();
    // Something kept aside in another tab (damaged data it found, a conflict it settled) is listed here too.
    window.addEventListener('storage', (e) => {
      if (e.key === null || e.key.startsWith(`${STORAGE_KEY}`)) this.renderRecover();
    });
    this.addEventListener('click', (e) => this.clicked(e));
    // The same download offered elsewhere on the page (the end of the participant's path).
    document.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('[data-workbook-action="download"]')) this.download();
    });
    this.querySelector<HTMLInputElement>('[data-action="open"]')!.addEventListener('change', (e) =>
      this.open(e.target as HTMLInputElement),
    );
  }

  private showLoadProblem() {
    const problem = session.loadProblem;
    if (problem?.kind === 'damaged') this.notice(t('workbook.damaged'), true);
    if (problem?.kind === 'damaged-not-moved') this.notice(t('workbook.damagedNotMoved'), true);
  }

  /** The kind of status last shown: the live region's text is rewritten only when it changes. */
  private shownKind = '';

  private showStatus() {
    const el = this.querySelector<HTMLElement>('[data-status]')!;
    const alert = this.querySelector<HTMLElement>('[data-save-error]')!;
    const s = session.status;
    const time = (d: Date) =>
      d.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
    if (s.kind === 'saved' && s.damagedKept) this.notice(t('workbook.damagedOnSave'), true);
    if (s.kind === 'saved' || s.kind === 'deleted-elsewhere' || s.kind === 'kept-aside-elsewhere')
      this.renderRecover();
    // Rewriting a live region makes screen readers say it again: "Saving…" on every keystroke.
    const kind =
      s.kind === 'error'
        ? `error:${s.outcome.kind}`
        : s.kind === 'saved' && s.merged
          ? 'saved:merged'
          : s.kind;
    if (kind === this.shownKind) return;
    // While saving fails, "Saving…" between two failed attempts would swap the alert for one short
    // line and back: the bar would change height under the participant's pointer (a blur on the way
    // to Download saves). The alert stays until a save succeeds or fails otherwise.
    if (s.kind === 'saving' && this.shownKind.startsWith('error:')) return;
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
      case 'empty':
        el.textContent = t('workbook.nothingSaved');
        break;
      case 'external':
        el.textContent = t('workbook.updatedFromOtherTab');
        break;
      case 'deleted-elsewhere':
        el.textContent = t('workbook.deletedElsewhere');
        break;
      case 'kept-aside-elsewhere':
        el.textContent = t('workbook.keptAsideElsewhere');
        break;
      case 'saved':
        el.textContent = t(s.merged ? 'workbook.savedMerged' : 'workbook.saved', { time: time(s.at) });
        break;
      case 'error':
        el.textContent = '';
        // Its words load with the refusal code; by then another failure may show instead.
        void notSaved(s.outcome).then((text) => {
          if (this.shownKind === kind) alert.textContent = text;
        });
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

  /**
   * Says which fields both tabs changed; each field shows both versions and the choice itself. A
   * person removed in one tab and changed in the other, or a snapshot, has no field: its versions
   * and choice are shown here, in the notice.
   */
  private showConflicts() {
    const text = this.querySelector('[data-notice-text]')!;
    if (session.conflicts.length) {
      const fresh = session.conflicts.filter((c) => !this.reported.has(c));
      if (fresh.length)
        this.notice(t('workbook.conflicts', { fields: t.list(session.conflicts.map(conflictName)) }));
      for (const c of fresh) this.reported.add(c);
    }
    const whole = (v: unknown) =>
      v && typeof v === 'object' && 'name' in v ? String(v.name) : t('workbook.conflict.snapshot');
    const [person, snapshot] = [underKey('person/'), underKey('snapshot/')];
    showConflictNotes(
      this,
      (key) => person(key) ?? snapshot(key),
      () => text,
      () => whole,
      'workbook.conflict.removed',
    );
  }

  /** Conflicts already announced: a later one does not repeat them. */
  private reported = new WeakSet<Conflict>();

  /** The Recover list: everything kept aside, to download or delete; hidden when there is nothing. */
  private renderRecover() {
    const box = this.querySelector<HTMLDetailsElement>('[data-recover]')!;
    const asides = session.store.asides();
    box.hidden = asides.length === 0;
    this.querySelector('[data-recover-title]')!.textContent = t('workbook.recover.title', {
      n: asides.length,
    });
    const when = (d: Date | undefined) =>
      d ? d.toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }) : '';
    const items = asides.map((aside) => {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.textContent =
        aside.kind === 'conflict'
          ? t('workbook.recover.conflict', {
              fields: t.list(conflictsIn(aside.raw).map(conflictName)),
              time: when(aside.at),
            })
          : aside.kind === 'newer'
            ? t('workbook.recover.newer')
            : t(aside.at ? 'workbook.recover.damaged' : 'workbook.recover.damagedInPlace', {
                time: when(aside.at),
              });
      const button = (action: string, text: string) => {
        const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
        b.dataset.action = action;
        b.dataset.key = aside.key;
        b.setAttribute('aria-label', `${t.label(text)} ${label.textContent}`);
        return b;
      };
      li.append(label, ' ', button('recover-download', t('workbook.recover.download')));
      // What is still the stored workbook (damaged in place, a newer kit's) goes with Delete all only.
      if (aside.key !== STORAGE_KEY) li.append(' ', button('recover-delete', t('workbook.recover.delete')));
      return li;
    });
    box.querySelector('[data-recover-list]')!.replaceChildren(...items);
  }

  private recoverAction(action: string, key: string) {
    const aside = session.store.asides().find((a) => a.key === key);
    if (!aside) return this.renderRecover();
    if (action === 'recover-delete') {
      if (!window.confirm(t('workbook.recover.confirmDelete'))) return;
      session.store.removeAside(key);
      this.renderRecover();
      return this.querySelector<HTMLElement>('[data-recover] summary')!.focus();
    }
    const stamp = (aside.at ?? new Date()).toISOString().replace(/[:.]/g, '-');
    if (aside.kind === 'newer') {
      // The newer kit's workbook itself, as a file that kit opens.
      const inner = (JSON.parse(aside.raw) as { workbook: unknown }).workbook;
      return downloadFile(workbookFileName(), JSON.stringify(inner, null, 2) + '\n', 'application/json');
    }
    if (aside.kind === 'conflict')
      return downloadFile(`mentoring-network-conflict-${stamp}.json`, aside.raw, 'application/json');
    return downloadFile(`mentoring-network-damaged-${stamp}.txt`, aside.raw, 'text/plain');
  }

  private clicked(e: Event) {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    const action = target?.dataset.action;
    if (action === 'recover-download' || action === 'recover-delete')
      return this.recoverAction(action, target!.dataset.key!);
    switch (action) {
      case 'download':
        return this.download();
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

  private download() {
    session.flush();
    downloadFile(workbookFileName(), writeWorkbook(session.draft), 'application/json');
  }

  /** Opens a chosen file; a bad one is refused with the reason, and nothing changes. */
  private async open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const roles = JSON.parse(this.dataset.roles ?? '[]') as string[];
    const [{ refusalText }, { readWorkbook }] = await Promise.all([refusalWords(), loadValidator()]);
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
    // Into an empty browser there is nothing to replace: only a guessed encoding is worth a question.
    const ask = isBlankWorkbook(session.draft)
      ? guessed
      : `${guessed} ${t('workbook.confirmReplace', { file: file.name })}`.trim();
    if (ask && !window.confirm(ask)) return;
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

/** The conflicts in a copy kept aside (its text is ours, but read defensively: storage is shared). */
function conflictsIn(raw: string): Conflict[] {
  try {
    const parsed = JSON.parse(raw) as { conflicts?: unknown };
    return Array.isArray(parsed.conflicts) ? (parsed.conflicts as Conflict[]) : [];
  } catch {
    return [];
  }
}

/**
 * A conflict in words: a field by its label when it is on this page, a person by name (from either
 * tab, so a person removed in one is still named), never by an id.
 */
function conflictName(conflict: Conflict): string {
  const [kind, a, b] = conflict.key.split('/');
  const quoted = (text: string) => t('workbook.quoted', { text });
  if (kind === 'person') {
    const name = quoted(conflict.name ?? t('workbook.conflict.someone'));
    return b ? t('workbook.conflict.personField', { name, field: personFieldWords(t, b) }) : name;
  }
  if (kind === 'snapshot') return t('workbook.conflict.snapshot');
  const el = document.querySelector(`mnk-worksheet[data-worksheet="${a}"] [data-field="${b}"]`);
  const label = el?.querySelector('label, legend, caption, .field-label')?.textContent?.trim();
  return label
    ? quoted(label)
    : t('workbook.conflict.answer', { field: quoted(b ?? ''), sheet: quoted(a ?? '') });
}

async function notSaved(outcome: SaveOutcome): Promise<string> {
  switch (outcome.kind) {
    case 'quota':
      return t('workbook.notSavedQuota');
    case 'invalid':
      return (await refusalWords()).notSavedText(t, outcome, personName(outcome.at));
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
