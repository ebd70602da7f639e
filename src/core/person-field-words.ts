// A person's field named in words ("their roles"), for refusals and for conflicts between two tabs.
// Apart from the refusal words (core/workbook-refusal.ts), which load only when something is refused.
import type { Translate } from './i18n.ts';

/** Person fields with words of their own in content/ui (`workbook.field.<key>`). */
const PERSON_FIELDS = [
  'id',
  'name',
  'alias',
  'roles',
  'closeness',
  'stage',
  'source',
  'supports',
  'background',
  'since',
  'status',
  'notes',
];

/** A person's field in words ("their roles"); one the kit does not know, quoted as it is. */
export function personFieldWords(t: Translate, field: string): string {
  return PERSON_FIELDS.includes(field) ? t(`workbook.field.${field}`) : t('workbook.quoted', { text: field });
}
