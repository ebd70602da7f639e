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

function note(conflict: Conflict, describe: Describe): HTMLElement {
  const say = (v: unknown) => (v === undefined ? t('workbook.conflict.nothing') : quoted(describe(v)));
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
 * Shows, in `root`, a note for each open conflict whose key starts with `prefix`, after the element
 * `anchor` finds for the rest of its key; notes of settled conflicts go.
 */
export function showConflictNotes(
  root: HTMLElement,
  prefix: string,
  anchor: (rest: string) => Element | null,
  describe: (rest: string) => Describe,
): void {
  const open = session.conflicts.filter((c) => c.key.startsWith(prefix));
  const keys = new Set(open.map((c) => c.key));
  // Notes of the same kind (answers, people) that are settled or belong elsewhere (another person) go.
  const kind = prefix.slice(0, prefix.indexOf('/') + 1);
  for (const old of root.querySelectorAll<HTMLElement>('.conflict-note'))
    if (old.dataset.conflict?.startsWith(kind) && !keys.has(old.dataset.conflict)) old.remove();
  for (const conflict of open) {
    const rest = conflict.key.slice(prefix.length);
    const at = anchor(rest);
    if (!at) continue;
    const shown = root.querySelector(`.conflict-note[data-conflict="${CSS.escape(conflict.key)}"]`);
    const fresh = note(conflict, describe(rest));
    if (shown) shown.replaceWith(fresh);
    else at.after(fresh);
  }
}
