// Two tabs may edit the same workbook. Answers are merged field by field against the version both
// started from; only a field changed differently in both is a conflict, and the participant decides.
import type { Workbook } from './workbook.ts';

/** A field both sides changed differently: `worksheet/field`, or `network` for the people and ties. */
export type ConflictKey = string;

export interface MergeResult {
  merged: Workbook;
  conflicts: ConflictKey[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of `mine` and `theirs`, both descended from `base`. Where both changed the same
 * field differently, `prefer` decides (the default keeps mine) and the key is reported as a conflict.
 */
export function mergeWorkbooks(base: Workbook, mine: Workbook, theirs: Workbook, prefer: 'mine' | 'theirs' = 'mine'): MergeResult {
  const conflicts: ConflictKey[] = [];
  const pick = <T>(key: string, b: T, m: T, t: T): T => {
    if (same(m, t)) return m;
    if (same(m, b)) return t;
    if (same(t, b)) return m;
    conflicts.push(key);
    return prefer === 'mine' ? m : t;
  };

  const answers: Workbook['answers'] = {};
  const sheets = new Set([...Object.keys(base.answers), ...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
  for (const sheet of [...sheets].sort()) {
    const [b, m, t] = [base.answers[sheet] ?? {}, mine.answers[sheet] ?? {}, theirs.answers[sheet] ?? {}];
    const fields = new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)]);
    const merged: Record<string, Workbook['answers'][string][string]> = {};
    for (const field of [...fields].sort()) {
      const value = pick(`${sheet}/${field}`, b[field], m[field], t[field]);
      if (value !== undefined) merged[field] = value;
    }
    if (Object.keys(merged).length > 0) answers[sheet] = merged;
  }

  return {
    merged: {
      ...mine,
      createdAt: base.createdAt,
      updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
      answers,
      network: pick('network', base.network, mine.network, theirs.network),
      snapshots: pick('snapshots', base.snapshots, mine.snapshots, theirs.snapshots),
    },
    conflicts,
  };
}
