// The page's one workbook session: the workbook in memory, saved to the browser after each change
// (debounced, and flushed when the page is hidden), and told about changes made in other tabs.
import type { AnswerValue, Workbook } from '../core/workbook.ts';
import { isEmptyAnswer } from '../core/answers.ts';
import { withConflictValue, type Conflict } from '../core/merge.ts';
import { whenIdle } from './idle.ts';
import {
  loadValidator,
  validatorLoaded,
  WorkbookStore,
  STORAGE_KEY,
  type LoadProblem,
  type SaveOutcome,
} from './store.ts';

export type Status =
  | { kind: 'loading' }
  /** Nothing is stored in this browser yet (a fresh profile, or after Delete all). */
  | { kind: 'empty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; merged?: Conflict[]; damagedKept?: boolean }
  | { kind: 'error'; outcome: SaveOutcome }
  | { kind: 'external' }
  /** Another tab deleted the workbook; this tab started again. */
  | { kind: 'deleted-elsewhere' }
  /** Another tab found the stored workbook damaged and kept it aside (under Recover); this tab started again. */
  | { kind: 'kept-aside-elsewhere' };

const SAVE_DELAY_MS = 400;

// A validator that failed to load (the network gone) is asked for again by the next save.
const ignore = () => {};

class WorkbookSession extends EventTarget {
  readonly store = new WorkbookStore();
  loadProblem: LoadProblem | null = null;
  status: Status = { kind: 'loading' };
  private started = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  /**
   * Fields both tabs changed differently, not yet settled by the participant: each island shows the
   * ones on its page beside their field, with both versions and a choice (event `conflicts`).
   */
  conflicts: Conflict[] = [];

  get workbook(): Workbook {
    return this.store.workbook;
  }

  /**
   * Loads once per page, however many islands ask. What this kit stored itself shows at once; other
   * stored data (an older kit's) waits for the validator, and the islands are told when it is read
   * (`replaced`). The validator, which the first save needs, loads when the browser is idle.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.draft = this.store.workbook;
    this.open();
    // Leaving the page before the validator has loaded (a tab closed right after typing), what was
    // typed is written unchecked where that is safe; the validated save follows if the page stays.
    let keptUnchecked = false;
    const flush = () => {
      if (this.dirty && !validatorLoaded()) keptUnchecked = this.store.saveUnchecked(this.draft);
      this.flush();
    };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', (e) => {
      flush();
      // The browser asks before unsaved work is lost: a save failed, or could not run at all yet.
      if (this.dirty && (this.status.kind === 'error' || (!validatorLoaded() && !keptUnchecked)))
        e.preventDefault();
    });
    const onStorage = (e: StorageEvent): void => {
      if (e.key !== STORAGE_KEY && e.key !== null) return;
      if (!validatorLoaded()) return void loadValidator().then(() => onStorage(e), ignore);
      if (e.key === null || e.newValue === null) {
        // Removed because another tab kept it aside as damaged, or deleted: two different messages.
        const keptAside = e.oldValue !== null && this.store.asides().some((a) => a.raw === e.oldValue);
        return this.deletedElsewhere(keptAside);
      }
      if (this.dirty) return; // our pending save will merge with theirs
      const refreshed = this.store.refresh();
      if (!refreshed) return;
      this.draft = this.store.workbook;
      if (refreshed !== true) {
        // Their write replaced ours without seeing it: the merge of both is saved again, at once.
        this.dirty = true;
        return this.flush(refreshed.conflicts);
      }
      this.setStatus({ kind: 'external' });
      this.dispatchEvent(new Event('replaced'));
    };
    window.addEventListener('storage', onStorage);
    whenIdle(() => void loadValidator().catch(ignore));
  }

  /** Reads the stored workbook, now or, when only the validator can read it, once it is loaded. */
  private open(): void {
    const loaded = this.store.load();
    if (loaded === 'unchecked') {
      void loadValidator().then(() => {
        // Edits made meanwhile are merged with the stored workbook by the save, as another tab's would be.
        if (this.dirty) this.flush();
        else this.open();
        this.dispatchEvent(new Event('replaced'));
      }, ignore);
      return;
    }
    this.loadProblem = loaded;
    this.draft = this.store.workbook;
    if (loaded?.kind === 'unavailable' || loaded?.kind === 'damaged-not-moved' || loaded?.kind === 'newer')
      this.setStatus({ kind: 'error', outcome: loaded });
    else if (!this.store.holdsWorkbook()) this.setStatus({ kind: 'empty' });
    else this.setStatus({ kind: 'saved', at: new Date(this.workbook.updatedAt) });
    this.dispatchEvent(new Event('loaded'));
  }

  /** The workbook with unsaved edits. */
  draft!: Workbook;

  answers(worksheet: string): Record<string, AnswerValue> {
    return this.draft.answers[worksheet] ?? {};
  }

  /** Records one answer and schedules a save. Empty answers are removed, not stored. */
  setAnswer(worksheet: string, field: string, value: AnswerValue): void {
    const sheet = { ...(this.draft.answers[worksheet] ?? {}) };
    if (isEmptyAnswer(value)) delete sheet[field];
    else sheet[field] = value;
    const answers = { ...this.draft.answers, [worksheet]: sheet };
    if (Object.keys(sheet).length === 0) delete answers[worksheet];
    this.draft = { ...this.draft, answers, updatedAt: new Date().toISOString() };
    this.schedule();
  }

  private schedule(): void {
    this.dirty = true;
    this.setStatus({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Records the network (people and ties) and schedules a save. */
  setNetwork(network: Workbook['network']): void {
    this.draft = { ...this.draft, network, updatedAt: new Date().toISOString() };
    this.schedule();
  }

  /** Records the snapshots and saves at once (taking one is a deliberate act). */
  setSnapshots(snapshots: Workbook['snapshots']): void {
    this.draft = { ...this.draft, snapshots, updatedAt: new Date().toISOString() };
    this.schedule();
    this.flush();
    this.dispatchEvent(new Event('snapshots'));
  }

  /** Saves now if anything is waiting; `rescued` are conflicts of a write another tab overwrote. */
  flush(rescued?: Conflict[]): void {
    clearTimeout(this.timer);
    if (!this.dirty) return;
    if (!validatorLoaded()) return void loadValidator().then(() => this.flush(rescued), ignore);
    let outcome = this.store.save(this.draft);
    if (rescued && (outcome.kind === 'saved' || outcome.kind === 'merged'))
      outcome = {
        kind: 'merged',
        conflicts: [...rescued, ...(outcome.kind === 'merged' ? outcome.conflicts : [])],
      };
    if (outcome.kind === 'deleted') return this.deletedElsewhere();
    if (outcome.kind === 'saved' || outcome.kind === 'merged' || outcome.kind === 'saved-damaged-kept') {
      this.dirty = false;
      const conflicts = outcome.kind === 'merged' ? outcome.conflicts : undefined;
      this.draft = this.store.workbook;
      const extra = conflicts
        ? { merged: conflicts }
        : outcome.kind === 'saved-damaged-kept'
          ? { damagedKept: true }
          : {};
      if (conflicts?.length) {
        const keys = new Set(conflicts.map((c) => c.key));
        this.conflicts = [...this.conflicts.filter((c) => !keys.has(c.key)), ...conflicts];
        this.store.keepConflicts(conflicts); // the side not kept stays under Recover
      }
      this.setStatus({ kind: 'saved', at: new Date(), ...extra });
      if (conflicts) this.dispatchEvent(new Event('replaced'));
      if (conflicts?.length) this.dispatchEvent(new Event('conflicts'));
    } else {
      this.setStatus({ kind: 'error', outcome }); // the draft stays in memory; the next change tries again
    }
  }

  /** Settles a conflict: `use` is the side to keep; the other side's value is set if it was not kept. */
  resolve(key: string, use: 'mine' | 'theirs'): void {
    const conflict = this.conflicts.find((c) => c.key === key);
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (use !== conflict.kept) {
      this.draft = {
        ...withConflictValue(this.draft, key, use === 'mine' ? conflict.mine : conflict.theirs),
        updatedAt: new Date().toISOString(),
      };
      this.schedule();
      this.dispatchEvent(new Event('replaced'));
    }
    this.dispatchEvent(new Event('conflicts'));
  }

  /** Replaces everything with an opened file's workbook, saved at once. */
  replace(workbook: Workbook): void {
    this.conflicts = [];
    this.draft = { ...workbook, updatedAt: new Date().toISOString() };
    this.dirty = true;
    this.flush();
    this.dispatchEvent(new Event('replaced'));
  }

  /** Deletes everything stored by the kit in this browser. */
  clearAll(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.store.clear();
    this.conflicts = [];
    this.draft = this.store.workbook;
    this.loadProblem = null;
    this.setStatus({ kind: 'empty' });
    this.dispatchEvent(new Event('replaced'));
  }

  /**
   * Another tab deleted the stored workbook (Delete all, or moved damaged data aside). Deletion wins
   * over this tab's unsaved edits, so that they cannot bring the deleted data back; storage is not touched.
   */
  private deletedElsewhere(keptAside = false): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.store.reset();
    this.conflicts = [];
    this.draft = this.store.workbook;
    this.setStatus({ kind: keptAside ? 'kept-aside-elsewhere' : 'deleted-elsewhere' });
    this.dispatchEvent(new Event('replaced'));
  }

  private setStatus(status: Status): void {
    this.status = status;
    this.dispatchEvent(new Event('status'));
  }
}

export const session = new WorkbookSession();
