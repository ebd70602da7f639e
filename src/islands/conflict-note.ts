// A conflict between two tabs, shown beside its field: both versions as text and a choice. Used by
// the worksheet forms and the person editor; the session applies the choice (session.resolve).
import type { Conflict } from '../core/merge.ts';
import type { AnswerValue } from '../core/workbook.ts';
import { session } from './session.ts';
import { t } from './strings.ts';

/** A value in words for the note; nothing is "(nothing)". Names stay text: the note sets textContent only. */
export type Describe = (value: unknown) => string;

/** A stored answer as plain text: lists joined, table rows cell by cell. */
export function answerText(value: AnswerValue): string {
  if (!Array.isArray(value)) return String(value);
  return t.list(
    value.map((v) => (typeof v === 'string' ? v : Object.values(v).join(' · '))),
    'unit',
  );
}

const quoted = (text: string) => t('workbook.quoted', { text });

function note(conflict: Conflict, describe: Describe, nothing: string): HTMLElement {
  const say = (v: unknown) => (v === undefined ? t(nothing) : quoted(describe(v)));
  const box = document.createElement('div');
  box.className = 'conflict-note';
  box.dataset.conflict = conflict.key;
  box.setAttribute('role', 'group');
  const text = document.createElement('p');
  text.textContent = t('workbook.conflict.here', { theirs: say(conflict.theirs), mine: say(conflict.mine) });
  text.id = `conflict-${conflict.key.replace(/[^\w-]/g, '-')}`;
  box.setAttribute('aria-labelledby', text.id);
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const [use, words] of [
    ['mine', 'workbook.conflict.keepMine'],
    ['theirs', 'workbook.conflict.useTheirs'],
  ] as const) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: t(words) });
    button.addEventListener('click', () => session.resolve(conflict.key, use));
    actions.append(button);
  }
  box.append(text, actions);
  return box;
}

/**
 * Shows, in `root`, a note for each open conflict that `mine` picks (returning the rest of its key,
 * or `null` for a conflict shown elsewhere), after the element `anchor` finds for that rest; notes
 * of settled conflicts, and of conflicts `mine` no longer picks, go.
 */
export function showConflictNotes(
  root: HTMLElement,
  mine: (key: string) => string | null,
  anchor: (rest: string) => Element | null,
  describe: (rest: string) => Describe,
  /** Words for a side that has nothing (a field left empty; a person removed). */
  nothing = 'workbook.conflict.nothing',
): void {
  const open = session.conflicts.filter((c) => mine(c.key) !== null);
  const keys = new Set(open.map((c) => c.key));
  for (const old of root.querySelectorAll<HTMLElement>('.conflict-note'))
    if (!keys.has(old.dataset.conflict ?? '') && owned(old, root)) old.remove();
  for (const conflict of open) {
    const rest = mine(conflict.key)!;
    const at = anchor(rest);
    if (!at) continue;
    const shown = root.querySelector(`.conflict-note[data-conflict="${CSS.escape(conflict.key)}"]`);
    const fresh = note(conflict, describe(rest), nothing);
    if (shown) shown.replaceWith(fresh);
    else at.after(fresh);
  }
}

/** Whether a note belongs to `root` itself, not to an island nested inside it (the map in a worksheet). */
function owned(note: HTMLElement, root: HTMLElement): boolean {
  const island = note.parentElement?.closest('mnk-worksheet, mnk-network, mnk-workbook-bar');
  return !island || island === root || !root.contains(island);
}

/** Picks conflicts by key prefix: the one segment of the key after it (a field, a person's id). */
export const underKey =
  (prefix: string) =>
  (key: string): string | null => {
    const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    return rest && !rest.includes('/') ? rest : null;
  };
