// The one person editor: beside the map on a wide screen, a sheet over the lower part of the screen
// on a phone, so the person stays in view while they change. Fills from a person, reads back.
import { closenessOf, PREFER_NOT_TO_SAY, type Closeness, type Status } from '../../core/person.ts';
import { nameProblem, type Person } from '../../core/workbook.ts';
import type { Translate } from '../../core/i18n.ts';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Puts a person's attributes into the editor. */
export function writePerson(editor: HTMLElement, p: Person): void {
  // Only what differs is written: a field being typed in keeps its caret when another tab's save arrives.
  const set = (prop: string, value: string) => {
    const field = editor.querySelector<Field>(`[data-prop="${prop}"]`)!;
    if (field.value !== value) field.value = value;
  };
  set('name', p.name);
  set('alias', p.alias ?? '');
  set('role', p.roles[0] ?? '');
  set('closeness', closenessOf(p));
  set('stage', p.stage ?? '');
  set('source', p.source ?? '');
  set('status', p.status ?? 'current');
  set('since', p.since ? String(p.since) : '');
  set('notes', p.notes ?? '');
  for (const box of editor.querySelectorAll<HTMLInputElement>('[data-prop="other-role"]'))
    box.checked = p.roles.slice(1).includes(box.value);
  for (const box of editor.querySelectorAll<HTMLInputElement>('[data-prop="support"]'))
    box.checked = (p.supports ?? []).includes(box.value);
  for (const input of editor.querySelectorAll<HTMLInputElement>('[data-prop="background"]')) {
    const v = p.background?.[input.dataset.attribute!] ?? '';
    input.value = v === PREFER_NOT_TO_SAY ? '' : v;
    input.disabled = v === PREFER_NOT_TO_SAY;
  }
  for (const box of editor.querySelectorAll<HTMLInputElement>('[data-prop="prefer-not"]'))
    box.checked = p.background?.[box.dataset.attribute!] === PREFER_NOT_TO_SAY;
}

/** Reads the editor back; unset values are left out rather than stored empty. */
export function readPerson(editor: HTMLElement, before: Person): Person {
  const value = (prop: string) => editor.querySelector<Field>(`[data-prop="${prop}"]`)!.value.trim();
  const checked = (prop: string) =>
    [...editor.querySelectorAll<HTMLInputElement>(`[data-prop="${prop}"]:checked`)].map((b) => b.value);
  // What the editor has no control for (a role, support or background question the kit no longer
  // has, kept from stored data) is carried over as it was, never dropped by an edit of something else.
  const shown = (prop: string) =>
    new Set([...editor.querySelectorAll<Field>(`[data-prop="${prop}"]`)].map((b) => b.value));
  const roleOptions = new Set(
    [...editor.querySelectorAll<HTMLOptionElement>('[data-prop="role"] option')].map((o) => o.value),
  );
  const primary = roleOptions.has(before.roles[0] ?? '') ? value('role') : before.roles[0]!;
  const otherRoles = shown('other-role');
  const supportIds = shown('support');
  const background: Record<string, string> = Object.fromEntries(
    Object.entries(before.background ?? {}).filter(
      ([k]) => !editor.querySelector(`[data-prop="background"][data-attribute="${k}"]`),
    ),
  );
  for (const input of editor.querySelectorAll<HTMLInputElement>('[data-prop="background"]')) {
    const attribute = input.dataset.attribute!;
    const declined = editor.querySelector<HTMLInputElement>(
      `[data-prop="prefer-not"][data-attribute="${attribute}"]`,
    )!.checked;
    input.disabled = declined;
    if (declined) background[attribute] = PREFER_NOT_TO_SAY;
    else if (input.value.trim()) background[attribute] = input.value.trim().slice(0, 100);
  }
  const since = Number.parseInt(value('since'), 10);
  const person: Person = {
    id: before.id,
    name: value('name').slice(0, 100),
    roles: [
      primary,
      ...[...checked('other-role'), ...before.roles.slice(1).filter((r) => !otherRoles.has(r))].filter(
        (r, i, all) => r !== primary && all.indexOf(r) === i,
      ),
    ],
    closeness: value('closeness') as Closeness,
    status: value('status') as Status,
  };
  const alias = value('alias').slice(0, 100);
  const stage = value('stage');
  const source = value('source');
  if (alias && !nameProblem(alias)) person.alias = alias; // nothing readable counts as none
  if (stage) person.stage = stage as Person['stage'] & string;
  if (source) person.source = source as Person['source'] & string;
  const supports = [...checked('support'), ...(before.supports ?? []).filter((k) => !supportIds.has(k))];
  if (supports.length) person.supports = supports;
  if (Object.keys(background).length) person.background = background;
  if (since >= 1900 && since <= 2200) person.since = since;
  const notes = value('notes');
  if (notes) person.notes = notes.slice(0, 2000);
  return person;
}

/** Where a conflict over a person's field is shown in the editor: after that field's control. */
export function conflictAnchor(editor: HTMLElement, field: string): Element | null {
  const prop = field === 'roles' ? 'role' : field === 'supports' ? 'support' : field;
  return editor.querySelector(`[data-prop="${prop}"]`)?.closest('p, fieldset, label') ?? null;
}

/** A person's field value in words, for a conflict note (labels from content/ui, roles by name). */
export function describePersonValue(
  field: string,
  roleName: (id: string) => string,
  t: Translate,
): (value: unknown) => string {
  return (value) => {
    if (Array.isArray(value))
      return t.list(value.map((v: string) => (field === 'roles' ? roleName(v) : t(`person.supports.${v}`))));
    if (field === 'background' && value && typeof value === 'object')
      return t.list(
        Object.entries(value as Record<string, string>).map(
          ([k, v]) =>
            `${t.label(t(`person.background.${k}`))} ${v === PREFER_NOT_TO_SAY ? t('person.background.preferNot') : v}`,
        ),
        'unit',
      );
    if (['closeness', 'stage', 'source', 'status'].includes(field))
      return t(`person.${field}.${String(value)}`);
    return String(value);
  };
}
