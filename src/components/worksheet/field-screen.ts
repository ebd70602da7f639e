// What the field components share: which fields each screen kind of core/field-kinds.ts draws, and
// the ids that tie a field's label, help and error message together. The island
// (src/islands/worksheet-form.ts) writes a field's problem into the element with its error id.
import { FIELD_KINDS } from '../../core/field-kinds.ts';
import type { FieldType, WorksheetField } from '../../schemas/worksheet.ts';

type Screen = (typeof FIELD_KINDS)[FieldType]['screen'];

/** The field types that a screen kind draws, read from the table of field kinds. */
type ScreenType<S extends Screen> = {
  [K in FieldType]: (typeof FIELD_KINDS)[K]['screen'] extends S ? K : never;
}[FieldType];

/** A worksheet field drawn by the component of screen kind S. */
export type OnScreen<S extends Screen> = Extract<WorksheetField, { type: ScreenType<S> }>;

/** Whether the component of screen kind `screen` draws `field`. */
export const showsAs = <S extends Screen>(field: WorksheetField, screen: S): field is OnScreen<S> =>
  FIELD_KINDS[field.type].screen === screen;

/** A field's element ids; `describedBy` names its help (when it has one) and its error message. */
export function fieldIds(field: { id: string; help?: string | undefined }) {
  const fid = `f-${field.id}`;
  const helpId = field.help ? `${fid}-help` : undefined;
  const errorId = `${fid}-error`;
  return { fid, helpId, errorId, describedBy: [helpId, errorId].filter(Boolean).join(' ') };
}
