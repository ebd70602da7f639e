import { describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbook, type Workbook } from '../../src/core/workbook.ts';
import { mergeWorkbooks } from '../../src/core/merge.ts';
import { filled } from './workbook-fixtures.ts';

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
    expect(mergeWorkbooks(base, mine, theirs)).toMatchObject({ conflicts: ['know-yourself/success'] });
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

    it('reports a person both tabs changed differently, and keeps mine', () => {
      const mine = net(base, [{ ...ana, name: 'Ana R.' }, li]);
      const theirs = net(base, [{ ...ana, name: 'A. Ruiz' }, li]);
      const { merged, conflicts } = mergeWorkbooks(base, mine, theirs);
      expect(conflicts).toEqual(['person/p1']);
      expect(merged.network.people[0]!.name).toBe('Ana R.');
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
