// A refused workbook in the participant's words: what is wrong, where, and how to fix it, in the
// page's language (content/ui `workbook.error.*`, `workbook.place.*`, `workbook.rule.*`,
// `workbook.fix.*`). Used for an opened file and for a save the schema refused, so that both speak
// alike. Never zod's own message, never a bare dotted path.
import type { Translate } from './i18n.ts';
import type { IssueFacts } from './workbook-issue.ts';
import type { WorkbookError } from './workbook.ts';
import { personFieldWords } from './person-field-words.ts';

const quoted = (t: Translate, text: string) => t('workbook.quoted', { text });

/** A person's place: by number in the list, and by name when the file gives one. */
function personPlace(t: Translate, index: number, rest: (string | number)[], name?: string): string {
  const who = name
    ? t('workbook.place.personNamed', { n: index + 1, name: quoted(t, name) })
    : t('workbook.place.person', { n: index + 1 });
  const field = rest[0];
  if (field === undefined) return who;
  return t('workbook.place.personField', { person: who, field: personFieldWords(t, String(field)) });
}

/** A network's place (the current one or a snapshot's). */
function networkPlace(t: Translate, at: (string | number)[], name?: string): string {
  const [list, index, ...rest] = at;
  if (list === undefined) return t('workbook.place.network');
  if (list === 'people') {
    if (typeof index !== 'number') return t('workbook.place.people');
    return personPlace(t, index, rest, name);
  }
  if (list === 'ties')
    return typeof index === 'number' ? t('workbook.place.tie', { n: index + 1 }) : t('workbook.place.ties');
  return t('workbook.place.key', { key: quoted(t, String(list)) });
}

/** Where in the workbook a path points, in words: "person 3 (“Ana”), roles". */
export function placeText(t: Translate, at: (string | number)[], name?: string): string {
  const [top, a, b, c] = at;
  switch (top) {
    case undefined:
      return t('workbook.place.file');
    case 'schemaVersion':
      return t('workbook.place.version');
    case 'createdAt':
      return t('workbook.place.createdAt');
    case 'updatedAt':
      return t('workbook.place.updatedAt');
    case 'answers':
      if (a === undefined) return t('workbook.place.answers');
      if (b === undefined) return t('workbook.place.worksheet', { sheet: quoted(t, String(a)) });
      return typeof c === 'number'
        ? t('workbook.place.answerRow', {
            sheet: quoted(t, String(a)),
            field: quoted(t, String(b)),
            n: c + 1,
          })
        : t('workbook.place.answer', { sheet: quoted(t, String(a)), field: quoted(t, String(b)) });
    case 'network':
      return networkPlace(t, at.slice(1), name);
    case 'snapshots':
      if (typeof a !== 'number') return t('workbook.place.snapshots');
      if (b === 'network')
        return t('workbook.place.inSnapshot', { place: networkPlace(t, at.slice(3), name), n: a + 1 });
      return b === undefined
        ? t('workbook.place.snapshot', { n: a + 1 })
        : t('workbook.place.snapshotField', { n: a + 1, field: quoted(t, String(b)) });
    default:
      return t('workbook.place.key', { key: quoted(t, String(top)) });
  }
}

/** The rule a value broke, with its limit or the names involved. */
export function ruleText(t: Translate, facts: IssueFacts): string {
  const names = t.list((facts.names ?? []).map((n) => quoted(t, n)));
  const values = { limit: facts.limit ?? 0, names };
  // The people list's limit is the one a participant can meet (a whole department's contacts):
  // it says "people", not "entries".
  if (facts.detail === 'too-many' && facts.at.at(-1) === 'people')
    return t('workbook.rule.too-many-people', values);
  return t(`workbook.rule.${facts.detail}`, values);
}

/** How to fix it: the few rules with a fix of their own, else correcting the file. */
function fixText(t: Translate, facts: IssueFacts, roles: readonly string[]): string {
  if (facts.detail === 'too-many' && facts.at.at(-1) === 'people')
    return t('workbook.fix.too-many-people', { limit: facts.limit ?? 0 });
  if (facts.detail === 'unknown-role')
    return t('workbook.fix.unknown-role', {
      known: t.list(
        roles.map((r) => quoted(t, r)),
        'or',
      ),
    });
  return t('workbook.fix.edit');
}

/** Why an opened file was refused, whole: what, where and how to fix it. */
export function refusalText(
  t: Translate,
  error: WorkbookError,
  file: string,
  roles: readonly string[] = [],
): string {
  switch (error.code) {
    case 'invalid':
      return t('workbook.error.invalid', {
        file: quoted(t, file),
        place: placeText(t, error.at, error.person),
        rule: ruleText(t, error),
        fix: fixText(t, error, roles),
      });
    case 'not-json':
      return error.line
        ? t('workbook.error.not-json-at', {
            file: quoted(t, file),
            line: error.line,
            column: error.column ?? 1,
          })
        : t('workbook.error.not-json', { file: quoted(t, file) });
    case 'newer-version':
      return t('workbook.error.newer-version', { file: quoted(t, file), version: error.version });
    case 'too-large':
      return t('workbook.error.too-large', { file: quoted(t, file), mb: Math.ceil(error.bytes / 2 ** 20) });
    default:
      return t(`workbook.error.${error.code}`, { file: quoted(t, file) });
  }
}

/** Why a save was refused (the schema's words for what this tab holds), where and how to fix it. */
export function notSavedText(t: Translate, facts: IssueFacts, name?: string): string {
  return t('workbook.notSavedInvalid', { place: placeText(t, facts.at, name), rule: ruleText(t, facts) });
}
