// Quick add: one row takes a name and the four things a workshop asks (main role, closeness, source,
// career stage), in native selects with defaults; Enter anywhere in the row adds. The rest of a
// person is in their editor, under "More details".
import { newPersonId, type Closeness } from '../../core/person.ts';
import { MAX_PEOPLE, nameProblem, type Person } from '../../core/workbook.ts';
import { t } from '../strings.ts';

/** Reads the row into a new person, or shows why not (and returns nothing). */
export function readQuickAdd(row: HTMLElement, count: number): Person | undefined {
  const name = row.querySelector<HTMLInputElement>('#qa-name')!;
  const error = row.querySelector<HTMLElement>('#qa-error')!;
  const value = (field: string) => row.querySelector<HTMLSelectElement>(`[data-quick="${field}"]`)!.value;
  const refuse = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    name.focus();
    return undefined;
  };
  // The same rule as an opened file's names (core/workbook.ts): something readable, no control codes.
  const problem = nameProblem(name.value);
  if (problem) {
    name.setAttribute('aria-invalid', 'true');
    return refuse(t(problem === 'blank-text' ? 'network.nameRequired' : 'network.nameControl'));
  }
  if (count >= MAX_PEOPLE) return refuse(t('network.full', { max: MAX_PEOPLE }));
  error.hidden = true;
  name.removeAttribute('aria-invalid');
  const person: Person = {
    id: newPersonId(),
    name: name.value.trim().slice(0, 100),
    roles: [value('role')],
    closeness: value('closeness') as Closeness,
    status: 'current',
  };
  const source = value('source');
  const stage = value('stage');
  if (source) person.source = source as Person['source'] & string;
  if (stage) person.stage = stage as Person['stage'] & string;
  return person;
}

/** Ready for the next person: a workshop adds many in a row, often with the same role and closeness. */
export function clearQuickAdd(row: HTMLElement): void {
  const name = row.querySelector<HTMLInputElement>('#qa-name')!;
  name.value = '';
  name.focus({ preventScroll: true });
}
