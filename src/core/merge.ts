// Two tabs may edit the same workbook. Everything is merged against the version both started from:
// answers field by field, people and snapshots by id, ties as a set. Only a field or a person changed
// differently in both is a conflict, and the participant decides.
import type { Workbook } from './workbook.ts';

/** What both sides changed differently: `worksheet/field`, `person/<id>` or `snapshot/<id>`. */
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
export function mergeWorkbooks(
  base: Workbook,
  mine: Workbook,
  theirs: Workbook,
  prefer: 'mine' | 'theirs' = 'mine',
): MergeResult {
  const conflicts: ConflictKey[] = [];
  const pick = <T>(key: string, b: T, m: T, t: T): T => {
    if (same(m, t)) return m;
    if (same(m, b)) return t;
    if (same(t, b)) return m;
    conflicts.push(key);
    return prefer === 'mine' ? m : t;
  };

  const answers: Workbook['answers'] = {};
  const sheets = new Set([
    ...Object.keys(base.answers),
    ...Object.keys(mine.answers),
    ...Object.keys(theirs.answers),
  ]);
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

  const people = mergeById('person', base.network.people, mine.network.people, theirs.network.people, pick);
  const present = new Set(people.map((p) => p.id));
  const ties = mergeTies(base.network.ties, mine.network.ties, theirs.network.ties).filter(
    ([a, b]) => present.has(a) && present.has(b),
  ); // a tie to someone removed on either side goes too

  return {
    merged: {
      ...mine,
      createdAt: base.createdAt,
      updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
      answers,
      network: { people, ties },
      snapshots: mergeById('snapshot', base.snapshots, mine.snapshots, theirs.snapshots, pick),
    },
    conflicts,
  };
}

type Pick = <T>(key: string, b: T, m: T, t: T) => T;

/**
 * Three-way merge of lists of items with ids: each item is picked on its own (added, changed or
 * removed on one side wins over unchanged). Order follows mine unless only theirs was reordered;
 * items only the other side added keep their place after the item they followed there.
 */
function mergeById<T extends { id: string }>(
  kind: string,
  base: T[],
  mine: T[],
  theirs: T[],
  pick: Pick,
): T[] {
  const byId = (list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = (list: T[]) => list.map((x) => x.id);
  // Did this side move items that were in base? (Adding and removing is not reordering.)
  const reordered = (list: T[], set: Map<string, T>) =>
    !same(
      ids(list).filter((id) => b.has(id)),
      ids(base).filter((id) => set.has(id)),
    );
  const [lead, other] = !reordered(mine, m) && reordered(theirs, t) ? [theirs, byId(mine)] : [mine, t];
  const order = ids(lead);
  let after = -1;
  for (const id of other.keys()) {
    const at = order.indexOf(id);
    if (at >= 0) {
      after = Math.max(after, at); // after everything that came before it there
      continue;
    }
    after++;
    while (after < order.length && !other.has(order[after]!)) after++; // after the lead's own additions there
    order.splice(after, 0, id);
  }
  const merged: T[] = [];
  for (const id of order) {
    const item = pick(`${kind}/${id}`, b.get(id), m.get(id), t.get(id));
    if (item !== undefined) merged.push(item);
  }
  return merged;
}

/** Ties as a set of unordered pairs: one added or removed on either side stays so. */
function mergeTies(
  base: [string, string][],
  mine: [string, string][],
  theirs: [string, string][],
): [string, string][] {
  const key = ([a, b]: [string, string]) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const [b, m, t] = [new Set(base.map(key)), new Set(mine.map(key)), new Set(theirs.map(key))];
  const kept = (k: string) => (b.has(k) ? m.has(k) && t.has(k) : m.has(k) || t.has(k));
  const seen = new Set<string>();
  return [...mine, ...theirs].filter((tie) => {
    const k = key(tie);
    if (seen.has(k) || !kept(k)) return false;
    seen.add(k);
    return true;
  });
}
