// The browser store against an in-memory Storage: what is kept, what is refused, what is never overwritten.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadValidator, STORAGE_KEY, WorkbookStore } from '../../src/islands/store.ts';
import { checkedDigest, emptyWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { MemoryStorage } from './memory-storage.ts';
import { filled } from './workbook-fixtures.ts';

beforeAll(() => loadValidator());

let ls: MemoryStorage;
beforeEach(() => {
  ls = new MemoryStorage();
  vi.stubGlobal('window', { localStorage: ls });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const DAMAGED = '{"revision": 3, "workbook": {"schemaVersion": 2, "answ';
const withAnswer = (wb: Workbook, sheet: string, field: string, value: string): Workbook => ({
  ...wb,
  answers: { ...wb.answers, [sheet]: { ...wb.answers[sheet], [field]: value } },
});

describe('damaged stored data', () => {
  it('is offered for download even when there was no room to move it aside', () => {
    ls.setItem(STORAGE_KEY, DAMAGED);
    ls.full = (k) => k !== STORAGE_KEY;
    const store = new WorkbookStore();
    expect(store.load()).toEqual({ kind: 'damaged-not-moved' });
    expect(store.damagedCopies()).toEqual([{ key: STORAGE_KEY, kind: 'damaged', raw: DAMAGED }]);
  });

  it('is offered for download once kept aside', () => {
    ls.setItem(STORAGE_KEY, DAMAGED);
    const store = new WorkbookStore();
    expect(store.load()).toMatchObject({ kind: 'damaged' });
    expect(store.damagedCopies().map((c) => c.raw)).toEqual([DAMAGED]);
  });
});

describe('saving', () => {
  it('refuses a workbook that would not read back, and writes nothing', () => {
    const store = new WorkbookStore();
    store.load();
    expect(store.save(withAnswer(emptyWorkbook(), 'know-yourself', 'success', 'Kept'))).toEqual({
      kind: 'saved',
    });
    const before = ls.getItem(STORAGE_KEY);
    const outcome = store.save(withAnswer(emptyWorkbook(), 'know-yourself', 'success', 'x'.repeat(20_001)));
    expect(outcome).toMatchObject({ kind: 'invalid', path: 'answers.know-yourself.success' });
    expect(ls.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe('saving never overwrites what it cannot read or has not seen', () => {
  const tabs = () => {
    const a = new WorkbookStore();
    a.load();
    a.save(withAnswer(emptyWorkbook(), 'know-yourself', 'success', 'From A'));
    const b = new WorkbookStore();
    b.load();
    return { a, b };
  };

  it('copies damaged stored data aside before writing', () => {
    const { b } = tabs();
    ls.setItem(STORAGE_KEY, DAMAGED);
    const outcome = b.save(withAnswer(b.workbook, 'know-yourself', 'long-term', 'From B'));
    expect(outcome).toMatchObject({ kind: 'saved-damaged-kept' });
    expect(ls.getItem((outcome as { keptAs: string }).keptAs)).toBe(DAMAGED);
    expect(JSON.parse(ls.getItem(STORAGE_KEY)!).workbook.answers['know-yourself']['long-term']).toBe(
      'From B',
    );
  });

  it('writes nothing when damaged stored data cannot be copied aside', () => {
    const { b } = tabs();
    ls.setItem(STORAGE_KEY, DAMAGED);
    ls.full = (k) => k !== STORAGE_KEY;
    expect(b.save(withAnswer(b.workbook, 'know-yourself', 'long-term', 'From B'))).toEqual({
      kind: 'damaged-not-moved',
    });
    expect(ls.getItem(STORAGE_KEY)).toBe(DAMAGED);
  });

  it("leaves a newer kit version's data alone", () => {
    const { b } = tabs();
    const newer = JSON.stringify({ revision: 9, workbook: { ...emptyWorkbook(), schemaVersion: 99 } });
    ls.setItem(STORAGE_KEY, newer);
    expect(b.save(withAnswer(b.workbook, 'know-yourself', 'long-term', 'From B'))).toEqual({
      kind: 'newer',
      version: 99,
    });
    expect(ls.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('merges with a later save even when revisions restarted after a delete', () => {
    const { a, b } = tabs();
    a.clear();
    a.save(withAnswer(a.workbook, 'know-yourself', 'success', 'A again')); // revision 1 again, like the one B read
    expect(b.save(withAnswer(b.workbook, 'know-yourself', 'long-term', 'From B'))).toMatchObject({
      kind: 'merged',
    });
    const answers = JSON.parse(ls.getItem(STORAGE_KEY)!).workbook.answers['know-yourself'];
    expect(answers).toEqual({ success: 'A again', 'long-term': 'From B' });
  });

  it('a write made without seeing this tab’s (both read the same parent) is merged back with a conflict', () => {
    const { a, b } = tabs();
    const parent = JSON.parse(ls.getItem(STORAGE_KEY)!);
    expect(b.save(withAnswer(b.workbook, 'know-yourself', 'success', 'From B'))).toEqual({ kind: 'saved' });
    // Tab A read the stored workbook before B's write reached its copy of localStorage, and wrote over it.
    const overwritten = withAnswer(parent.workbook, 'know-yourself', 'success', 'A again');
    ls.setItem(
      STORAGE_KEY,
      JSON.stringify({
        revision: parent.revision + 1,
        stamp: 'late',
        parent: parent.stamp,
        workbook: overwritten,
      }),
    );
    const rescued = b.refresh();
    expect(rescued).toMatchObject({
      conflicts: [{ key: 'answers/know-yourself/success', mine: 'From B', theirs: 'A again', kept: 'mine' }],
    });
    // Saved again on top of A's write, with A's write as its parent: A takes it as a later write.
    expect(b.save(b.workbook)).toEqual({ kind: 'saved' });
    expect(JSON.parse(ls.getItem(STORAGE_KEY)!)).toMatchObject({ parent: 'late' });
    expect(a.refresh()).toBe(true);
    expect(a.workbook.answers['know-yourself']!.success).toBe('From B');
  });

  it('a later write that saw this tab’s is taken as it is', () => {
    const { a, b } = tabs();
    b.save(withAnswer(b.workbook, 'know-yourself', 'success', 'From B'));
    expect(a.refresh()).toBe(true);
    a.save(withAnswer(a.workbook, 'know-yourself', 'long-term', 'From A'));
    expect(b.refresh()).toBe(true);
    expect(b.workbook.answers['know-yourself']).toEqual({ success: 'From B', 'long-term': 'From A' });
  });

  it('does not bring back a workbook another tab deleted', () => {
    const { a, b } = tabs();
    a.clear();
    expect(b.save(withAnswer(b.workbook, 'know-yourself', 'long-term', 'From B'))).toEqual({
      kind: 'deleted',
    });
    expect(ls.length).toBe(0);
    expect(b.workbook.answers).toEqual({});
  });
});

describe('loading', () => {
  it("leaves a newer kit version's data where it is, unread", () => {
    const newer = JSON.stringify({ revision: 9, workbook: { ...emptyWorkbook(), schemaVersion: 99 } });
    ls.setItem(STORAGE_KEY, newer);
    const store = new WorkbookStore();
    expect(store.load()).toEqual({ kind: 'newer', version: 99 });
    expect(ls.entries()).toEqual({ [STORAGE_KEY]: newer });
    expect(store.save(withAnswer(store.workbook, 'know-yourself', 'success', 'Mine'))).toEqual({
      kind: 'newer',
      version: 99,
    });
    expect(ls.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('before the validator has loaded (it loads on demand)', () => {
  /** A store module of its own, so that its validator is not loaded yet. */
  async function freshStore() {
    vi.resetModules();
    return import('../../src/islands/store.ts');
  }
  const envelope = (wb: Workbook, checked?: string) =>
    JSON.stringify({ revision: 2, stamp: 's', ...(checked ? { checked } : {}), workbook: wb });

  it('shows at once what it stored itself: the text the validator accepted, unchanged', async () => {
    const { WorkbookStore: Store, validatorLoaded } = await freshStore();
    const wb = filled();
    ls.setItem(STORAGE_KEY, envelope(wb, checkedDigest(JSON.stringify(wb))));
    const store = new Store();
    expect(store.load()).toBeNull();
    expect(store.workbook).toEqual(wb);
    expect(validatorLoaded()).toBe(false);
  });

  it('waits for the validator to read anything else: no digest, a changed text, a digest of other rules', async () => {
    const wb = filled();
    const changed = { ...wb, updatedAt: 'not a date' };
    for (const raw of [
      envelope(wb),
      envelope(changed, checkedDigest(JSON.stringify(wb))),
      envelope(wb, 'not-the-digest'),
    ]) {
      const { WorkbookStore: Store, loadValidator: load } = await freshStore();
      ls.setItem(STORAGE_KEY, raw);
      const store = new Store();
      expect(store.load()).toBe('unchecked');
      expect(store.workbook.answers).toEqual({}); // nothing half-read meanwhile
      expect(() => store.save(wb)).toThrow();
      await load();
      const problem = store.load();
      if (raw.includes('not a date')) expect(problem).toMatchObject({ kind: 'damaged' });
      else {
        expect(problem).toBeNull();
        expect(store.workbook).toEqual(wb);
      }
    }
  });

  it('a page left before the validator loaded keeps what was typed, unchecked, over what it read', async () => {
    const { WorkbookStore: Store, loadValidator: load } = await freshStore();
    const wb = filled();
    ls.setItem(STORAGE_KEY, envelope(wb, checkedDigest(JSON.stringify(wb))));
    const store = new Store();
    expect(store.load()).toBeNull();
    const typed = withAnswer(wb, 'know-yourself', 'success', 'Typed just before closing');
    expect(store.saveUnchecked(typed)).toBe(true);
    const stored = JSON.parse(ls.getItem(STORAGE_KEY)!) as { revision: number; checked?: string };
    expect(stored.revision).toBe(3);
    expect(stored.checked).toBeUndefined(); // the next page's validator reads it
    const next = new Store();
    expect(next.load()).toBe('unchecked');
    await load();
    expect(next.load()).toBeNull();
    expect(next.workbook).toEqual(typed);
    // Once the validator is there, the first store's next save follows on from its unchecked write.
    expect(store.save(typed)).toEqual({ kind: 'saved' });
  });

  it('a page left before the validator loaded writes nothing over another tab’s later save', async () => {
    const { WorkbookStore: Store } = await freshStore();
    const wb = filled();
    ls.setItem(STORAGE_KEY, envelope(wb, checkedDigest(JSON.stringify(wb))));
    const store = new Store();
    store.load();
    const theirs = JSON.stringify({ revision: 3, stamp: 'other tab', workbook: wb });
    ls.setItem(STORAGE_KEY, theirs);
    expect(store.saveUnchecked(withAnswer(wb, 'know-yourself', 'success', 'mine'))).toBe(false);
    expect(ls.getItem(STORAGE_KEY)).toBe(theirs);
  });

  it('a save stores the digest that lets the next page show it at once', async () => {
    const wb = filled();
    expect(new WorkbookStore().save(wb)).toEqual({ kind: 'saved' });
    const { WorkbookStore: Store } = await freshStore();
    const store = new Store();
    expect(store.load()).toBeNull();
    expect(store.workbook).toEqual(wb);
  });
});
