import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadValidator, STORAGE_KEY, WorkbookStore } from '../../src/islands/store.ts';
import { MemoryStorage } from './memory-storage.ts';
import { writeWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { readWorkbook } from '../../src/core/workbook-schema.ts';
import { mergeWorkbooks, withConflictValue } from '../../src/core/merge.ts';
import { filled } from './workbook-fixtures.ts';

beforeAll(() => loadValidator());

describe('merging two tabs', () => {
  const base = filled();
  const edit = (wb: Workbook, sheet: string, field: string, value: any): Workbook => ({
    ...wb,
    answers: { ...wb.answers, [sheet]: { ...wb.answers[sheet], [field]: value } },
  });

  it('keeps both sides when they changed different fields', () => {
    const mine = edit(base, 'know-yourself', 'success', 'Mine');
    const theirs = edit(base, 'elevator-pitch', 'who', 'Theirs');
    const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers['know-yourself']!.success).toBe('Mine');
    expect(merged.answers['elevator-pitch']!.who).toBe('Theirs');
  });

  it('reports a field both changed differently and keeps the chosen side', () => {
    const mine = edit(base, 'know-yourself', 'success', 'Mine');
    const theirs = edit(base, 'know-yourself', 'success', 'Theirs');
    expect(mergeWorkbooks(base, mine, theirs).conflicts).toEqual([
      { key: 'answers/know-yourself/success', mine: 'Mine', theirs: 'Theirs', kept: 'mine' },
    ]);
    expect(mergeWorkbooks(base, mine, theirs).merged.answers['know-yourself']!.success).toBe('Mine');
    expect(mergeWorkbooks(base, mine, theirs, 'theirs').merged.answers['know-yourself']!.success).toBe(
      'Theirs',
    );
  });

  it('keeps a deletion made on one side', () => {
    const mine = {
      ...base,
      answers: { ...base.answers, 'know-yourself': { 'needs-now': ['funding', 'visibility'] } },
    };
    const { merged, conflicts } = mergeWorkbooks(base, mine, base);
    expect(conflicts).toEqual([]);
    expect(merged.answers['know-yourself']).toEqual({ 'needs-now': ['funding', 'visibility'] });
  });

  describe('people, by id', () => {
    const ana = base.network.people[0]!;
    const li = base.network.people[1]!;
    const cy = { id: 'p3', name: 'Cy', roles: ['peer'] };
    const dee = { id: 'p4', name: 'Dee', roles: ['mentee'] };
    const net = (
      wb: Workbook,
      people: Workbook['network']['people'],
      ties: [string, string][] = wb.network.ties,
    ) => ({ ...wb, network: { people, ties } });

    it('keeps a person added in each tab', () => {
      const { merged, conflicts } = mergeWorkbooks(base, net(base, [ana, li, cy]), net(base, [ana, li, dee]));
      expect(conflicts).toEqual([]);
      expect(merged.network.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    });

    it('keeps an edit in one tab and a removal in the other, of different people', () => {
      const mine = net(base, [{ ...ana, closeness: 'distant' }, li]);
      const theirs = net(base, [ana], []);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual([]);
      expect(merged.network).toEqual({ people: [{ ...ana, closeness: 'distant' }], ties: [] });
    });

    it('reports a person’s field both tabs changed differently, keeps mine, and names the person', () => {
      const mine = net(base, [{ ...ana, name: 'Ana R.' }, li]);
      const theirs = net(base, [{ ...ana, name: 'A. Ruiz' }, li]);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual([
        { key: 'person/p1/name', mine: 'Ana R.', theirs: 'A. Ruiz', kept: 'mine', name: 'Ana R.' },
      ]);
      expect(merged.network.people[0]!.name).toBe('Ana R.');
    });

    it('merges one person field by field: a note in one tab, closeness and year in the other', () => {
      const mine = net(base, [{ ...ana, notes: 'Met at the retreat' }, li]);
      const theirs = net(base, [{ ...ana, closeness: 'moderate', since: 2019 }, li]);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual([]);
      expect(merged.network.people[0]).toEqual({
        ...ana,
        notes: 'Met at the retreat',
        closeness: 'moderate',
        since: 2019,
      });
    });

    it('a person removed in one tab and changed in the other is a conflict named by the person’s name', () => {
      const mine = net(base, [li], []);
      const theirs = net(base, [{ ...ana, notes: 'x' }, li]);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toMatchObject([{ key: 'person/p1', mine: undefined, name: 'Dr Ana Ruiz' }]);
      expect(merged.network.people).toEqual([li]);
      // Choosing the other tab's side brings the person back.
      const back = withConflictValue(merged, 'person/p1', conflicts[0]!.theirs);
      expect(back.network.people.map((p) => p.id)).toEqual(['p2', 'p1']);
    });

    it('follows a reorder made in the other tab', () => {
      const { merged } = mergeWorkbooks(base, net(base, [ana, li, cy]), net(base, [li, ana]));
      expect(merged.network.people.map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    });

    it('merges ties as a set and drops ties to someone removed', () => {
      const b = net(base, [ana, li, cy], [['p1', 'p2']]);
      const mine = net(
        b,
        [ana, li, cy],
        [
          ['p1', 'p2'],
          ['p1', 'p3'],
        ],
      );
      const theirs = net(b, [ana, cy], []);
      const { merged, conflicts } = mergeWorkbooks(b, mine, theirs);
      expect(conflicts).toEqual([]);
      expect(merged.network).toEqual({ people: [ana, cy], ties: [['p1', 'p3']] });
      expect(readWorkbook(writeWorkbook(merged)).ok).toBe(true);
    });
  });
});

describe('two tabs saving in any order (property)', () => {
  type Edit =
    | { tab: 0 | 1; op: 'answer'; field: string; value: string | undefined }
    | { tab: 0 | 1; op: 'person'; id: string; field: 'notes' | 'closeness' | 'since'; value: unknown }
    | { tab: 0 | 1; op: 'remove'; id: string }
    | { tab: 0 | 1; op: 'save' }
    | { tab: 0 | 1; op: 'refresh' };

  const tab = fc.constantFrom(0 as const, 1 as const);
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({
      tab,
      op: fc.constant('answer' as const),
      field: fc.constantFrom('a', 'b'),
      value: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: undefined }),
    }),
    fc.oneof(
      fc.record({
        tab,
        op: fc.constant('person' as const),
        id: fc.constantFrom('p1', 'p2'),
        field: fc.constant('notes' as const),
        value: fc.constantFrom('n1', 'n2', undefined),
      }),
      fc.record({
        tab,
        op: fc.constant('person' as const),
        id: fc.constantFrom('p1', 'p2'),
        field: fc.constant('closeness' as const),
        value: fc.constantFrom('close', 'distant'),
      }),
      fc.record({
        tab,
        op: fc.constant('person' as const),
        id: fc.constantFrom('p1', 'p2'),
        field: fc.constant('since' as const),
        value: fc.constantFrom(2001, 2010),
      }),
    ),
    fc.record({ tab, op: fc.constant('remove' as const), id: fc.constantFrom('p1', 'p2') }),
    fc.record({ tab, op: fc.constant('save' as const) }),
    fc.record({ tab, op: fc.constant('refresh' as const) }),
  );

  /** Every value a workbook holds, by the key a conflict would name (a person's presence too). */
  function leaves(wb: Workbook): Map<string, string> {
    const out = new Map<string, string>();
    for (const [sheet, fields] of Object.entries(wb.answers))
      for (const [f, v] of Object.entries(fields)) out.set(`answers/${sheet}/${f}`, JSON.stringify(v));
    for (const p of wb.network.people) {
      out.set(`person/${p.id}`, 'present');
      for (const [f, v] of Object.entries(p)) out.set(`person/${p.id}/${f}`, JSON.stringify(v));
    }
    return out;
  }

  const apply = (wb: Workbook, e: Edit): Workbook => {
    if (e.op === 'answer') return withConflictValue(wb, `answers/s/${e.field}`, e.value);
    if (e.op === 'person') return withConflictValue(wb, `person/${e.id}/${e.field}`, e.value);
    if (e.op === 'remove') return withConflictValue(wb, `person/${e.id}`, undefined);
    return wb;
  };

  it('never loses a value another tab saved, nor one this tab typed, without reporting the conflict', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const ls = new MemoryStorage();
        vi.stubGlobal('window', { localStorage: ls });
        try {
          const start: Workbook = {
            ...filled(),
            answers: { s: { a: 'x' } },
            network: {
              people: [
                { id: 'p1', name: 'Ana', roles: ['peer'] },
                { id: 'p2', name: 'Bo', roles: ['peer'] },
              ],
              ties: [],
            },
          };
          new WorkbookStore().save(start);
          const stores = [new WorkbookStore(), new WorkbookStore()];
          stores.forEach((s) => s.load());
          const drafts = stores.map((s) => s.workbook);
          const dirty = [false, false];
          for (const e of edits) {
            const store = stores[e.tab]!;
            if (e.op === 'refresh') {
              if (!dirty[e.tab] && store.refresh()) drafts[e.tab] = store.workbook; // as the session does
              continue;
            }
            if (e.op !== 'save') {
              const next = apply(drafts[e.tab]!, e);
              if (next !== drafts[e.tab]) dirty[e.tab] = true;
              drafts[e.tab] = next;
              continue;
            }
            if (!dirty[e.tab]) continue;
            const seen = leaves(store.workbook); // this tab's base: what it last read or wrote
            const theirs = leaves(JSON.parse(ls.getItem(STORAGE_KEY)!).workbook);
            const mine = leaves(drafts[e.tab]!);
            const outcome = store.save(drafts[e.tab]!);
            expect(['saved', 'merged']).toContain(outcome.kind);
            const result = leaves(store.workbook);
            const reported = outcome.kind === 'merged' ? outcome.conflicts.map((c) => c.key) : [];
            const covered = (k: string) => reported.some((c) => k === c || k.startsWith(`${c}/`));
            for (const k of new Set([...seen.keys(), ...theirs.keys(), ...mine.keys()])) {
              // A value saved by the other tab that this tab had not seen, or one this tab changed:
              // gone from the result only with a conflict naming it.
              if (theirs.get(k) !== seen.get(k) && result.get(k) !== theirs.get(k))
                expect(covered(k), k).toBe(true);
              if (mine.get(k) !== seen.get(k) && result.get(k) !== mine.get(k))
                expect(covered(k), k).toBe(true);
            }
            drafts[e.tab] = store.workbook;
            dirty[e.tab] = false;
          }
        } finally {
          vi.unstubAllGlobals();
        }
      }),
      { numRuns: 300 },
    );
  });
});
