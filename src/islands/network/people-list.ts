// The people as a list (one collapsed row each: a button that opens the editor, and Remove) and as
// the table that is the map's text alternative. Rows grow one by one with the network, and an edit
// redraws only its own row (no pairwise parts, so the page stays linear in the number of people).
// An edit's table row waits for the browser to be idle (or a print, which needs it at once): the
// table sits below the map, and its relayout after each move, some 10 ms at 500 people, delayed the
// frame that shows the move.
import { closenessOf, isPlanned } from '../../core/person.ts';
import type { Person } from '../../core/workbook.ts';
import { cancelIdle, whenIdle } from '../idle.ts';
import { morphContent } from '../morph.ts';
import { t } from '../strings.ts';

export interface Role {
  id: string;
  name: string;
}

const roleName = (roles: readonly Role[], id: string | undefined) =>
  roles.find((r) => r.id === id)?.name ?? id ?? '';

/** "Mentee, close" (and "potential" when planned): what a row says after the name. */
function summary(p: Person, roles: readonly Role[]): string {
  const parts = [roleName(roles, p.roles[0]), t(`person.closeness.${closenessOf(p)}`)];
  if (isPlanned(p)) parts.push(t('person.status.potential'));
  return t.list(parts, 'unit');
}

function listRow(p: Person, shown: string, roles: readonly Role[], selected: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'person';
  li.dataset.person = p.id;
  const pick = document.createElement('button');
  pick.type = 'button';
  pick.className = 'person-pick';
  pick.dataset.action = 'select';
  pick.setAttribute('aria-pressed', String(selected));
  const name = document.createElement('strong');
  name.textContent = shown;
  const more = document.createElement('span');
  more.className = 'muted';
  more.textContent = ` — ${summary(p, roles)}`;
  pick.append(name, more);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'danger';
  remove.dataset.action = 'remove';
  remove.textContent = t('network.remove');
  remove.setAttribute('aria-label', `${t.label(t('network.remove'))} ${shown}`);
  li.append(pick, remove);
  return li;
}

function tableRow(p: Person, shown: string, roles: readonly Role[]): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.person = p.id;
  const opt = (prefix: string, v: string | undefined) => (v ? t(`${prefix}.${v}`) : t('person.notSet'));
  const cell = (text: string) => Object.assign(document.createElement('td'), { textContent: text });
  row.append(
    Object.assign(document.createElement('th'), { scope: 'row', textContent: shown }),
    cell(
      t.list(
        p.roles.map((r) => roleName(roles, r)),
        'unit',
      ),
    ),
    cell(opt('person.closeness', closenessOf(p))),
    cell(opt('person.stage', p.stage)),
    cell(opt('person.source', p.source)),
    cell(opt('person.status', p.status ?? 'current')),
  );
  return row;
}

export class PeopleList {
  private blankRow: HTMLElement;
  private root: HTMLElement;
  private roles: readonly Role[];
  private shown: (p: Person) => string;

  constructor(root: HTMLElement, roles: readonly Role[], shown: (p: Person) => string) {
    this.root = root;
    this.roles = roles;
    this.shown = shown;
    this.blankRow = root.querySelector<HTMLElement>('[data-people-table] .blank-row')!;
    addEventListener('beforeprint', () => this.flushTable());
  }

  /** People whose table row is still to be redrawn, by id (the latest edit of each). */
  private pending = new Map<string, Person>();
  private idle = 0;

  /** Redraws the table rows edits left waiting. */
  flushTable(): void {
    cancelIdle(this.idle);
    const table = this.root.querySelector('[data-people-table]')!;
    for (const p of this.pending.values())
      table
        .querySelector(`[data-person="${CSS.escape(p.id)}"]`)
        ?.replaceWith(tableRow(p, this.shown(p), this.roles));
    this.pending.clear();
  }

  /** Every row again: after adding, removing, opening a file or switching names private. */
  render(people: readonly Person[], selected: string | undefined): void {
    // Every row is drawn anew from `people`: an edit's row still waiting is in it.
    cancelIdle(this.idle);
    this.pending.clear();
    const count = this.root.querySelector('[data-count]')!;
    count.textContent = people.length ? t('network.count', { n: people.length }) : '';
    this.root.querySelector<HTMLElement>('[data-empty]')!.hidden = people.length > 0;
    this.root
      .querySelector('[data-people-list]')!
      .replaceChildren(...people.map((p) => listRow(p, this.shown(p), this.roles, p.id === selected)));
    // Paper keeps a few empty rows to write more people in by hand (they never show on screen).
    const blanks = Array.from(
      { length: Math.max(3, 12 - people.length) },
      () => this.blankRow.cloneNode(true) as HTMLElement,
    );
    this.root
      .querySelector('[data-people-table]')!
      .replaceChildren(...people.map((p) => tableRow(p, this.shown(p), this.roles)), ...blanks);
  }

  /** One person's row in the list now, and in the table once the browser is idle, after an edit. */
  update(p: Person, selected: string | undefined): void {
    // The row's texts change in place: a new row among 500 cost the next frame some 5 ms of style
    // and layout. Its focus and scroll position stay as they were.
    const row = this.root.querySelector(`[data-people-list] [data-person="${CSS.escape(p.id)}"]`);
    if (row) morphContent(row, listRow(p, this.shown(p), this.roles, p.id === selected));
    this.pending.set(p.id, p);
    cancelIdle(this.idle);
    this.idle = whenIdle(() => this.flushTable());
  }

  /** Marks the selected person's row. */
  select(id: string | undefined): void {
    for (const b of this.root.querySelectorAll('[data-people-list] .person-pick'))
      b.setAttribute('aria-pressed', String(b.closest<HTMLElement>('[data-person]')!.dataset.person === id));
  }
}
