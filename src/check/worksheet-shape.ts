// Answers are stored by worksheet, field and choice id, so a worksheet must have the same fields
// (and choices) in every locale, or a participant who switches language loses sight of answers.
import type { Worksheet } from '../schemas/worksheet.ts';
import type { Entry } from './collections.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { dotted } from './zod-problems.ts';

/** Each field's type and choice ids, e.g. `single-choice(a,b)`, with where the field sits. */
function shape(ws: Worksheet) {
  return new Map(
    ws.sections.flatMap((s, si) =>
      s.fields.map((f, fi) => {
        const choices =
          'options' in f
            ? f.options
            : 'items' in f
              ? f.items
              : 'columns' in f
                ? f.columns
                : 'levels' in f
                  ? f.levels.map((_, i) => ({ id: String(i + 1) }))
                  : [];
        return [
          f.id,
          {
            sig: `${f.type}(${choices.map((c) => c.id).join(',')})`,
            path: ['sections', si, 'fields', fi] as PropertyKey[],
          },
        ] as const;
      }),
    ),
  );
}

/** Compares each translation of a worksheet with the first locale's file. */
export function worksheetShape(sheets: readonly Entry<'worksheets'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const [first, ...rest] of Map.groupBy(sheets, (s) => s.slug).values()) {
    if (!first) continue;
    const reference = shape(first.data);
    for (const other of rest) {
      const mine = shape(other.data);
      for (const [id, { sig, path }] of mine) {
        const ref = reference.get(id);
        const at = { file: other.file, line: other.parsed.lineOf(path), field: dotted(path) };
        if (!ref)
          problems.push({ ...at, message: messages.fieldNotInReference({ id, reference: first.file }) });
        else if (ref.sig !== sig)
          problems.push({
            ...at,
            message: messages.fieldShapeDiffers({ id, here: sig, there: ref.sig, reference: first.file }),
          });
      }
      for (const id of reference.keys()) {
        if (!mine.has(id))
          problems.push({
            file: other.file,
            message: messages.fieldMissingHere({ id, reference: first.file }),
          });
      }
    }
  }
  return problems;
}
