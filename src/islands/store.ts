// Keeps the workbook in this browser's localStorage. Nothing here talks to the network.
// Every write carries a revision number and a random stamp, so a tab can tell that another tab saved
// in between (the stamp tells two writes apart even when revisions restart after a delete).
//
// One validator (core/workbook-schema.ts) checks what is saved, opened and loaded, but it is loaded
// on demand, not with the page (zod is most of its weight). Each write also stores the digest of
// the workbook's text as that validator accepted it (`checked`), so a page shows what it stored
// itself at once: text with the same digest is the very text the validator passed. Anything else
// stored (written by an older kit, changed by hand, damaged) waits for the validator to read it.
import { checkedDigest, emptyWorkbook, type Workbook } from '../core/workbook.ts';
import { mergeWorkbooks, type Conflict, type MergeResult } from '../core/merge.ts';
import type { IssueFacts } from '../core/workbook-issue.ts';

type Validator = typeof import('../core/workbook-schema.ts');
let validator: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** Loads the workbook's validator once per page; a failed load (the network gone) is tried again next time. */
export function loadValidator(): Promise<Validator> {
  loading ??= import('../core/workbook-schema.ts').then(
    (v) => (validator = v),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** Whether the validator is there: saving needs it, and so does stored data this kit did not check. */
export const validatorLoaded = () => validator !== undefined;

export const STORAGE_KEY = 'mnk:workbook';

/**
 * What is kept aside, each under `mnk:workbook:<kind>:<time>` until the participant deletes it:
 * stored data that could not be read, and the side a conflict between two tabs did not keep.
 * (A newer kit's data is never moved: it stays the stored workbook, and is listed from there.)
 */
export const ASIDE_KINDS = ['damaged', 'conflict'] as const;
export type AsideKind = (typeof ASIDE_KINDS)[number] | 'newer';
const ASIDE_PREFIXES = ASIDE_KINDS.map((kind) => `${STORAGE_KEY}:${kind}:`);
const isAside = (key: string) => ASIDE_PREFIXES.some((p) => key.startsWith(p));

/**
 * Input typed but not yet part of the workbook (a name in "Add a person" not added yet, the name on
 * a PDF's cover), by input id: kept across a reload like an answer, and deleted with everything else.
 */
const INPUTS_KEY = `${STORAGE_KEY}:inputs`;

/** Something kept aside, to download or delete. */
export interface Aside {
  key: string;
  kind: AsideKind;
  /** When it was kept aside (for data left in place: `undefined`). */
  at?: Date;
  raw: string;
}

interface Envelope {
  revision: number;
  stamp?: string;
  /** The digest of the workbook's text when the validator accepted it (see the top of this file). */
  checked?: string;
  /** The stamp of the stored write this one was made from: tells a concurrent write from a later one. */
  parent?: string;
  workbook: Workbook;
}

/**
 * What is stored: nothing, a readable envelope, one from a newer kit, something unreadable, or
 * something only the validator can tell, which is not loaded yet.
 */
type Stored =
  | { kind: 'empty' }
  | { kind: 'unchecked' }
  | { kind: 'ok'; envelope: Envelope }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; raw: string };

export type LoadProblem =
  /** Stored data could not be read; it was copied aside under `keptAs` and a fresh workbook started. */
  | { kind: 'damaged'; keptAs: string }
  /** Stored data could not be read nor copied aside: saving stays off so nothing is overwritten. */
  | { kind: 'damaged-not-moved' }
  /** This browser gives the page no storage (private mode, blocked site data). */
  | { kind: 'unavailable' }
  /** A newer version of the kit stored it: left as it is, never half-read; saving would not overwrite it. */
  | { kind: 'newer'; version: number };

export type SaveOutcome =
  | { kind: 'saved' }
  /** Another tab saved since; its changes were merged in. `conflicts` were changed in both: mine kept. */
  | { kind: 'merged'; conflicts: Conflict[] }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  /** The workbook would not pass validation (it could not be read back), so it was not written. */
  | ({ kind: 'invalid' } & IssueFacts)
  /** Stored data was unreadable; it was copied aside under `keptAs`, then this workbook saved. */
  | { kind: 'saved-damaged-kept'; keptAs: string }
  /** Stored data was unreadable and could not be copied aside: nothing was written. */
  | { kind: 'damaged-not-moved' }
  /** A newer version of the kit saved in another tab: its data was left alone, nothing was written. */
  | { kind: 'newer'; version: number }
  /** Another tab deleted the stored workbook after this tab last read it: deletion wins, this tab reset. */
  | { kind: 'deleted' };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readStored(raw: string | null): Stored {
  if (raw === null) return { kind: 'empty' };
  try {
    const parsed = JSON.parse(raw) as {
      revision?: unknown;
      stamp?: unknown;
      parent?: unknown;
      checked?: unknown;
      workbook?: unknown;
    };
    if (typeof parsed.revision !== 'number') return { kind: 'damaged', raw };
    const text = JSON.stringify(parsed.workbook) ?? '';
    const checked = typeof parsed.checked === 'string' ? parsed.checked : undefined;
    let workbook: Workbook;
    if (checked !== undefined && checked === checkedDigest(text)) workbook = parsed.workbook as Workbook;
    else if (!validator) return { kind: 'unchecked' };
    else {
      const result = validator.readWorkbook(text);
      if (!result.ok)
        return result.error.code === 'newer-version'
          ? { kind: 'newer', version: result.error.version }
          : { kind: 'damaged', raw };
      workbook = result.workbook;
    }
    const stamp = typeof parsed.stamp === 'string' ? { stamp: parsed.stamp } : {};
    const parent = typeof parsed.parent === 'string' ? { parent: parsed.parent } : {};
    return {
      kind: 'ok',
      envelope: { revision: parsed.revision, ...stamp, ...parent, workbook },
    };
  } catch {
    return { kind: 'damaged', raw };
  }
}

/**
 * The envelope of what is stored; `null` when nothing is, `undefined` when it cannot be read. Only
 * with the validator loaded (before, unchecked data would count as unreadable).
 */
function envelopeOf(stored: Stored): Envelope | null | undefined {
  return stored.kind === 'ok' ? stored.envelope : stored.kind === 'empty' ? null : undefined;
}

const readEnvelope = (raw: string | null) => envelopeOf(readStored(raw));

const sameWrite = (a: Envelope, b: Envelope) => a.revision === b.revision && a.stamp === b.stamp;

function newStamp(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

function keepAside(s: Storage, raw: string, kind: (typeof ASIDE_KINDS)[number] = 'damaged'): string {
  const stem = `${STORAGE_KEY}:${kind}:${new Date().toISOString()}`;
  let keptAs = stem;
  for (let n = 2; s.getItem(keptAs) !== null; n++) keptAs = `${stem}-${n}`; // two in one millisecond
  s.setItem(keptAs, raw);
  return keptAs;
}

export class WorkbookStore {
  workbook: Workbook = emptyWorkbook();
  /** The revision and content this tab last read or wrote: the base of a merge. */
  private base: Envelope = { revision: 0, workbook: this.workbook };
  /** What this tab's last write was made from, while that write is the latest this tab knows of. */
  private builtOn: Envelope | undefined;

  /**
   * Loads the stored workbook, keeping damaged data aside rather than discarding it. `unchecked`:
   * what is stored needs the validator, which is not loaded yet (load again once it is).
   */
  load(): LoadProblem | null | 'unchecked' {
    const s = storage();
    if (!s) return { kind: 'unavailable' };
    const raw = s.getItem(STORAGE_KEY);
    const stored = readStored(raw);
    if (stored.kind === 'unchecked') return 'unchecked';
    if (stored.kind === 'newer') return { kind: 'newer', version: stored.version };
    const envelope = envelopeOf(stored);
    if (envelope === undefined) {
      let keptAs: string;
      try {
        keptAs = keepAside(s, raw!);
        s.removeItem(STORAGE_KEY);
      } catch {
        return { kind: 'damaged-not-moved' }; // left in place; save() will not overwrite it either
      }
      return { kind: 'damaged', keptAs };
    }
    if (envelope) {
      this.workbook = envelope.workbook;
      this.base = envelope;
    }
    return null;
  }

  /**
   * Saves `workbook`; if another tab saved meanwhile, merges field by field first. Never overwrites
   * what it cannot read: damaged data is copied aside first, a newer kit's data is left alone.
   * Only once the validator is loaded (`loadValidator`): nothing is stored unchecked.
   */
  save(workbook: Workbook): SaveOutcome {
    if (!validator) throw new Error('save() before loadValidator()');
    const s = storage();
    if (!s) return { kind: 'unavailable' };
    const stored = readStored(s.getItem(STORAGE_KEY));
    let next = workbook;
    let conflicts: Conflict[] | null = null;
    let keptAs: string | undefined;
    if (stored.kind === 'newer') return { kind: 'newer', version: stored.version };
    if (stored.kind === 'empty' && this.base.revision > 0) {
      // What this tab read or wrote was removed since: another tab deleted it, and that must stick.
      this.reset();
      return { kind: 'deleted' };
    }
    if (stored.kind === 'ok' && !sameWrite(stored.envelope, this.base)) {
      const result = mergeWorkbooks(this.base.workbook, workbook, stored.envelope.workbook);
      next = result.merged;
      conflicts = result.conflicts;
    }
    // Never store what load() would call damaged.
    const problem = validator.workbookProblem(next);
    if (problem) return { kind: 'invalid', ...problem };
    if (stored.kind === 'damaged') {
      try {
        keptAs = keepAside(s, stored.raw);
      } catch {
        return { kind: 'damaged-not-moved' };
      }
    }
    const revision = Math.max(stored.kind === 'ok' ? stored.envelope.revision : 0, this.base.revision) + 1;
    const read = stored.kind === 'ok' ? stored.envelope : undefined;
    const envelope: Envelope = {
      revision,
      stamp: newStamp(),
      ...(read?.stamp ? { parent: read.stamp } : {}),
      checked: checkedDigest(JSON.stringify(next)),
      workbook: next,
    };
    try {
      s.setItem(STORAGE_KEY, JSON.stringify(envelope));
    } catch (e) {
      return isQuota(e) ? { kind: 'quota' } : { kind: 'unavailable' };
    }
    this.workbook = next;
    this.base = envelope;
    this.builtOn = read;
    if (keptAs) return { kind: 'saved-damaged-kept', keptAs };
    return conflicts ? { kind: 'merged', conflicts } : { kind: 'saved' };
  }

  /**
   * Writes `workbook` without the validator, for a page being left before the validator loaded: only
   * over what this tab last read or wrote (or over nothing), and without the `checked` digest, so
   * that the next page has the validator read it (and keeps it aside, never drops it, should it
   * fail). Anything else stored is left alone: merging with it needs the validator. `true` if written.
   */
  saveUnchecked(workbook: Workbook): boolean {
    const s = storage();
    if (!s) return false;
    try {
      const raw = s.getItem(STORAGE_KEY);
      const read = raw === null ? null : (JSON.parse(raw) as { revision?: unknown; stamp?: unknown });
      const mine =
        read === null
          ? this.base.revision === 0
          : read.revision === this.base.revision && read.stamp === this.base.stamp;
      if (!mine) return false;
      const envelope: Envelope = {
        revision: this.base.revision + 1,
        stamp: newStamp(),
        ...(this.base.stamp ? { parent: this.base.stamp } : {}),
        workbook,
      };
      s.setItem(STORAGE_KEY, JSON.stringify(envelope));
      this.builtOn = read === null ? undefined : this.base;
      this.base = envelope;
      this.workbook = workbook;
      return true;
    } catch {
      return false; // unreadable or full: the page asks before it is left (session.ts)
    }
  }

  /**
   * Re-reads what another tab stored (after a `storage` event): `false` if nothing newer is there,
   * `true` when it was taken as it is, or the merge with this tab's last write when the other tab
   * wrote without seeing it. Two tabs saving at the same moment can each read the stored workbook
   * before the other's write reaches it (each tab keeps its own copy of localStorage); the later
   * write then silently replaces the earlier. The earlier tab sees it here: the new write was made
   * from the same parent as its own, not from its own. It merges both against that parent and
   * saves the result, so nothing is lost and the conflicts are reported.
   */
  refresh(): boolean | MergeResult {
    const stored = readEnvelope(storage()?.getItem(STORAGE_KEY) ?? null);
    if (!stored || sameWrite(stored, this.base)) return false;
    const mine = this.base;
    const lost =
      this.builtOn?.stamp !== undefined &&
      stored.parent === this.builtOn.stamp &&
      stored.stamp !== mine.stamp;
    const ancestor = this.builtOn;
    this.base = stored;
    this.builtOn = undefined;
    if (lost && ancestor) {
      const result = mergeWorkbooks(ancestor.workbook, mine.workbook, stored.workbook);
      this.workbook = result.merged;
      return result;
    }
    this.workbook = stored.workbook;
    return true;
  }

  /** Whether a workbook is stored in this browser (false on a fresh profile and after Delete all). */
  holdsWorkbook(): boolean {
    return storage()?.getItem(STORAGE_KEY) != null;
  }

  /** Deletes every workbook this kit stored in this browser, damaged copies included. */
  clear(): void {
    const s = storage();
    if (s) {
      for (const key of keys(s))
        if (key === STORAGE_KEY || key === INPUTS_KEY || isAside(key)) s.removeItem(key);
    }
    this.reset();
  }

  /** Starts again in memory only (another tab removed the stored workbook); storage is left alone. */
  reset(): void {
    this.workbook = emptyWorkbook();
    this.base = { revision: 0, workbook: this.workbook };
    this.builtOn = undefined;
  }

  /**
   * Everything kept aside, for the participant to download: the stored workbook itself when it cannot
   * be read (left in place when there was no room to move it) or a newer kit wrote it, then the
   * copies kept aside, newest first.
   */
  asides(): Aside[] {
    const s = storage();
    if (!s) return [];
    const copies: Aside[] = keys(s)
      .filter(isAside)
      .sort((a, b) => timeOf(b).localeCompare(timeOf(a)))
      .map((key) => {
        const kind = key.slice(STORAGE_KEY.length + 1).split(':')[0] as AsideKind;
        const at = new Date(timeOf(key).replace(/-\d+$/, ''));
        return { key, kind, raw: s.getItem(key) ?? '', ...(Number.isNaN(at.getTime()) ? {} : { at }) };
      });
    const raw = s.getItem(STORAGE_KEY);
    const stored = readStored(raw);
    if (stored.kind === 'damaged' || stored.kind === 'newer')
      copies.unshift({ key: STORAGE_KEY, kind: stored.kind, raw: raw! });
    return copies;
  }

  /** The damaged data among them (the notices about damaged data offer these). */
  damagedCopies(): Aside[] {
    return this.asides().filter((a) => a.kind === 'damaged');
  }

  /** Keeps the side of conflicts a merge did not keep, so that it stays reachable under Recover. */
  keepConflicts(conflicts: Conflict[]): void {
    const s = storage();
    if (!s || conflicts.length === 0) return;
    try {
      keepAside(s, JSON.stringify({ conflicts }, null, 2) + '\n', 'conflict');
    } catch {
      // No room: the conflict is still shown beside its field with both versions until resolved.
    }
  }

  /** Unfinished input by id (see INPUTS_KEY); empty when none was kept. */
  input(id: string): string {
    try {
      const inputs = JSON.parse(storage()?.getItem(INPUTS_KEY) ?? '{}') as Record<string, unknown>;
      return typeof inputs[id] === 'string' ? inputs[id] : '';
    } catch {
      return '';
    }
  }

  /** Keeps unfinished input (empty removes it). Best effort: with no room it holds for this page only. */
  keepInput(id: string, value: string): void {
    const s = storage();
    if (!s) return;
    try {
      const inputs = JSON.parse(s.getItem(INPUTS_KEY) ?? '{}') as Record<string, string>;
      if (value) inputs[id] = value;
      else delete inputs[id];
      if (Object.keys(inputs).length) s.setItem(INPUTS_KEY, JSON.stringify(inputs));
      else s.removeItem(INPUTS_KEY);
    } catch {
      // unreadable or full: the input stays on the page
    }
  }

  /** Deletes one thing kept aside (never the stored workbook itself: that is Delete all). */
  removeAside(key: string): void {
    if (isAside(key)) storage()?.removeItem(key);
  }
}

/** The time part of an aside key (`mnk:workbook:<kind>:<time>`), which sorts as time. */
const timeOf = (key: string) => key.slice(key.indexOf(':', STORAGE_KEY.length + 1) + 1);

// Storage.key() rather than Object.keys(): the same on every Storage implementation.
function keys(s: Storage): string[] {
  return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}
