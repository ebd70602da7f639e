// Keeps the workbook in this browser's localStorage. Nothing here talks to the network.
// Every write carries a revision number, so a tab can tell that another tab saved in between.
import { emptyWorkbook, readWorkbook, workbookSchema, writeWorkbook, type Workbook } from '../core/workbook.ts';
import { mergeWorkbooks, type ConflictKey } from '../core/merge.ts';

export const STORAGE_KEY = 'mnk:workbook';
const ASIDE_PREFIX = 'mnk:workbook:damaged:';

interface Envelope {
  revision: number;
  workbook: Workbook;
}

export type LoadProblem =
  /** Stored data could not be read; it was copied aside under `keptAs` and a fresh workbook started. */
  | { kind: 'damaged'; keptAs: string }
  /** Stored data could not be read nor copied aside: saving stays off so nothing is overwritten. */
  | { kind: 'damaged-not-moved' }
  /** This browser gives the page no storage (private mode, blocked site data). */
  | { kind: 'unavailable' };

export type SaveOutcome =
  | { kind: 'saved' }
  /** Another tab saved since; its changes were merged in. `conflicts` were changed in both: mine kept. */
  | { kind: 'merged'; conflicts: ConflictKey[] }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  /** The workbook would not pass validation (it could not be read back), so it was not written. */
  | { kind: 'invalid'; path: string; detail: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the stored envelope; `null` when nothing is stored, `undefined` when it is unreadable. */
function readEnvelope(raw: string | null): Envelope | null | undefined {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { revision?: unknown; workbook?: unknown };
    if (typeof parsed.revision !== 'number') return undefined;
    const result = readWorkbook(JSON.stringify(parsed.workbook));
    return result.ok ? { revision: parsed.revision, workbook: result.workbook } : undefined;
  } catch {
    return undefined;
  }
}

export class WorkbookStore {
  workbook: Workbook = emptyWorkbook();
  /** The revision and content this tab last read or wrote: the base of a merge. */
  private base: Envelope = { revision: 0, workbook: this.workbook };
  private readOnly = false;

  /** Loads the stored workbook, keeping damaged data aside rather than discarding it. */
  load(): LoadProblem | null {
    const s = storage();
    if (!s) {
      this.readOnly = true;
      return { kind: 'unavailable' };
    }
    const raw = s.getItem(STORAGE_KEY);
    const envelope = readEnvelope(raw);
    if (envelope === undefined) {
      const keptAs = `${ASIDE_PREFIX}${new Date().toISOString()}`;
      try {
        s.setItem(keptAs, raw!);
        s.removeItem(STORAGE_KEY);
      } catch {
        this.readOnly = true;
        return { kind: 'damaged-not-moved' };
      }
      return { kind: 'damaged', keptAs };
    }
    if (envelope) {
      this.workbook = envelope.workbook;
      this.base = envelope;
    }
    return null;
  }

  /** Saves `workbook`; if another tab saved meanwhile, merges field by field first. */
  save(workbook: Workbook): SaveOutcome {
    const s = storage();
    if (!s || this.readOnly) return { kind: 'unavailable' };
    const stored = readEnvelope(s.getItem(STORAGE_KEY));
    let next = workbook;
    let conflicts: ConflictKey[] | null = null;
    if (stored && stored.revision !== this.base.revision) {
      const result = mergeWorkbooks(this.base.workbook, workbook, stored.workbook);
      next = result.merged;
      conflicts = result.conflicts;
    }
    // Never store what load() would call damaged.
    const checked = workbookSchema.safeParse(next);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return { kind: 'invalid', path: issue.path.map(String).join('.'), detail: issue.message };
    }
    const revision = Math.max(stored?.revision ?? 0, this.base.revision) + 1;
    try {
      s.setItem(STORAGE_KEY, JSON.stringify({ revision, workbook: next }));
    } catch (e) {
      return isQuota(e) ? { kind: 'quota' } : { kind: 'unavailable' };
    }
    this.workbook = next;
    this.base = { revision, workbook: next };
    return conflicts ? { kind: 'merged', conflicts } : { kind: 'saved' };
  }

  /** Re-reads what another tab stored (after a `storage` event); false if nothing newer is there. */
  refresh(): boolean {
    const stored = readEnvelope(storage()?.getItem(STORAGE_KEY) ?? null);
    if (!stored || stored.revision === this.base.revision) return false;
    this.workbook = stored.workbook;
    this.base = stored;
    return true;
  }

  /** Deletes every workbook this kit stored in this browser, damaged copies included. */
  clear(): void {
    const s = storage();
    if (s) {
      for (const key of keys(s)) if (key === STORAGE_KEY || key.startsWith(ASIDE_PREFIX)) s.removeItem(key);
    }
    this.reset();
  }

  /** Starts again in memory only (another tab removed the stored workbook); storage is left alone. */
  reset(): void {
    this.readOnly = !storage();
    this.workbook = emptyWorkbook();
    this.base = { revision: 0, workbook: this.workbook };
  }

  /**
   * Damaged data for the participant to download: the stored workbook itself when it cannot be read
   * (it stays in place when there was no room to move it aside), then the copies kept aside, newest first.
   */
  damagedCopies(): { key: string; raw: string }[] {
    const s = storage();
    if (!s) return [];
    const copies = keys(s).filter((k) => k.startsWith(ASIDE_PREFIX)).sort().reverse().map((key) => ({ key, raw: s.getItem(key) ?? '' }));
    const raw = s.getItem(STORAGE_KEY);
    if (raw !== null && readEnvelope(raw) === undefined) copies.unshift({ key: STORAGE_KEY, raw });
    return copies;
  }
}

// Storage.key() rather than Object.keys(): the same on every Storage implementation.
function keys(s: Storage): string[] {
  return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

export { writeWorkbook };
