// "Show initials only": one switch for every island, kept in this browser until turned off, so a
// participant projecting their screen or sharing a report never shows a real name by accident.
// When on, a person is shown by their alias ("Shown as") if they have one, else by their initials.
import { initials, skipWords } from '../../core/person.ts';
import { t } from '../strings.ts';
import type { Person, Workbook } from '../../core/workbook.ts';
import { preference, setPreference } from './preferences.ts';

/** The localStorage key every island reads. */
export const INITIALS_KEY = 'mnk:initials-only';

/** Whether names are private now. */
export const initialsOnly = (): boolean => preference(INITIALS_KEY) === '1';

export const setInitialsOnly = (on: boolean): void => setPreference(INITIALS_KEY, on ? '1' : null);

let skip: string[] | undefined;
/**
 * The titles and words initials leave out, from content (`person.initials.skip`, read once); none
 * outside a page (in Node), where there are no strings to read.
 */
const skipped = (): readonly string[] =>
  (skip ??= typeof document === 'undefined' ? [] : skipWords(t('person.initials.skip')));

/** How a person is shown: their name, or when names are private their alias or initials. */
export const shownName = (p: Pick<Person, 'name' | 'alias'>, hide = initialsOnly()): string =>
  hide ? (p.alias ?? initials(p.name, skipped())) : p.name;

/** The people with their shown names in place of their names (the same objects when names show). */
export function shownPeople<P extends Pick<Person, 'name' | 'alias'>>(
  people: readonly P[],
  hide = initialsOnly(),
): P[] {
  return hide ? people.map((p) => ({ ...p, name: shownName(p, true) })) : [...people];
}

/**
 * The workbook as it may be shown (PDFs, findings, network files): every name in the network and
 * its snapshots replaced when names are private. The workbook file itself always keeps the names.
 */
export function shownWorkbook(workbook: Workbook, hide = initialsOnly()): Workbook {
  if (!hide) return workbook;
  const network = (n: Workbook['network']) => ({ ...n, people: shownPeople(n.people, true) });
  return {
    ...workbook,
    network: network(workbook.network),
    snapshots: workbook.snapshots.map((s) => ({ ...s, network: network(s.network) })),
  };
}
