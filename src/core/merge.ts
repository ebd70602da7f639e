// Two tabs may edit the same workbook. Everything is merged against the version both started from:
// answers field by field, people by id and then field by field, snapshots by id, ties as a set. Only
// a field (or a person removed in one tab and changed in the other) changed differently in both is a
// conflict: one side is kept, and the conflict carries both values so the participant can choose.
import type { Person, Workbook } from './workbook.ts';

/**
 * What both sides changed differently. `key` is `answers/<worksheet>/<field>`, `person/<id>/<field>`,
 * `person/<id>` (removed in one tab, changed in the other) or `snapshot/<id>`; `mine` and `theirs`
 * are the two values (`undefined`: absent, or removed); `name` names the person, from either side.
 */
export interface Conflict {
  key: string;
  mine: unknown;
  theirs: unknown;
  /** The value kept in the merge. */
  kept: 'mine' | 'theirs';
  name?: string;
}

export interface MergeResult {
  merged: Workbook;
  conflicts: Conflict[];
}

/** JSON with object keys sorted: two values are the same whatever order their fields were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Three-way merge of `mine` and `theirs`, both descended from `base`. Where both changed the same
 * field differently, `prefer` decides (the default keeps mine) and the conflict is reported.
 */
export function mergeWorkbooks(
  base: Workbook,
  mine: Workbook,
  theirs: Workbook,
  prefer: 'mine' | 'theirs' = 'mine',
): MergeResult {
  const conflicts: Conflict[] = [];
  const pick: Pick = (key, b, m, t, name) => {
    if (same(m, t)) return m;
    if (same(m, b)) return t;
    if (same(t, b)) return m;
    conflicts.push({ key, mine: m, theirs: t, kept: prefer, ...(name ? { name } : {}) });
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
      const value = pick(`answers/${sheet}/${field}`, b[field], m[field], t[field]);
      if (value !== undefined) merged[field] = value;
    }
    if (Object.keys(merged).length > 0) answers[sheet] = merged;
  }

  const people = mergeById(
    'person',
    base.network.people,
    mine.network.people,
    theirs.network.people,
    pickPerson(pick),
  );
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

type Pick = <T>(key: string, b: T, m: T, t: T, name?: string) => T;

/**
 * A person changed in both tabs is merged field by field: a note typed in one tab and a closeness set
 * in the other both stay. Removed in one and changed in the other is a conflict over the whole person.
 */
const pickPerson =
  (pick: Pick): Pick =>
  <T>(key: string, b: T, m: T, t: T): T => {
    const [bp, mp, tp] = [b, m, t] as (Person | undefined)[];
    const name = mp?.name ?? tp?.name ?? bp?.name;
    if (!bp || !mp || !tp) return pick(key, b, m, t, name);
    const fields = new Set([...Object.keys(mp), ...Object.keys(tp), ...Object.keys(bp)]);
    const merged: Record<string, unknown> = {};
    for (const field of fields) {
      const [bv, mv, tv] = [bp, mp, tp].map((p) => (p as Record<string, unknown>)[field]);
      const value = pick(`${key}/${field}`, bv, mv, tv, name);
      if (value !== undefined) merged[field] = value;
    }
    return merged as T;
  };

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

/**
 * The workbook with one conflict's key set to `value` (`undefined` removes it): how the participant's
 * choice of the other side is applied. A person brought back comes without their ties.
 */
export function withConflictValue(wb: Workbook, key: string, value: unknown): Workbook {
  const [kind, a, b] = key.split('/') as [string, string, string | undefined];
  if (kind === 'answers' && b !== undefined) {
    const sheet: Record<string, unknown> = { ...(wb.answers[a] ?? {}) };
    if (value === undefined) delete sheet[b];
    else sheet[b] = value;
    const answers = { ...wb.answers, [a]: sheet } as Workbook['answers'];
    if (Object.keys(sheet).length === 0) delete answers[a];
    return { ...wb, answers };
  }
  if (kind === 'person') {
    const people = wb.network.people;
    const current = people.find((p) => p.id === a);
    let next: Person | undefined;
    if (b === undefined) next = value as Person | undefined;
    else if (current) {
      const edited: Record<string, unknown> = { ...current };
      if (value === undefined) delete edited[b];
      else edited[b] = value;
      next = edited as unknown as Person;
    } else return wb; // the person is gone: a field of theirs has nowhere to go
    const list = next
      ? current
        ? people.map((p) => (p.id === a ? next : p))
        : [...people, next]
      : people.filter((p) => p.id !== a);
    const ties = next ? wb.network.ties : wb.network.ties.filter((t) => !t.includes(a));
    return { ...wb, network: { people: list, ties } };
  }
  if (kind === 'snapshot') {
    const rest = wb.snapshots.filter((s) => s.id !== a);
    const snapshot = value as Workbook['snapshots'][number] | undefined;
    return { ...wb, snapshots: snapshot ? [...rest, snapshot] : rest };
  }
  return wb;
}
