import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/check/collections.ts';
import { parseYaml } from '../../../src/check/source.ts';
import { worksheetShape } from '../../../src/check/worksheet-shape.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';

/** A one-field worksheet in a locale. */
function sheet(locale: string, field: string): Entry<'worksheets'> {
  const text = `title: T\npurpose: A worksheet for tests.\nminutes: 5\norder: 1\nsections:\n  - id: s\n    title: S\n    fields:\n${field}`;
  const { parsed } = parseYaml(text, `${locale}/t.yaml`);
  return {
    locale,
    slug: 't',
    file: `${locale}/t.yaml`,
    parsed: parsed!,
    data: worksheetSchema.parse(parsed!.data),
  };
}
const choice = (ids: string[]) =>
  `      - id: pick\n        type: single-choice\n        label: Pick\n        options:\n${ids.map((id) => `          - { id: ${id}, label: ${id} }\n`).join('')}`;

describe('worksheetShape', () => {
  it('accepts the same fields and choices in every locale', () => {
    expect(worksheetShape([sheet('en', choice(['a', 'b'])), sheet('es', choice(['a', 'b']))])).toEqual([]);
  });

  it('names a choice renamed in one locale, with the field and its line', () => {
    expect(worksheetShape([sheet('en', choice(['a', 'b'])), sheet('es', choice(['a', 'c']))])).toEqual([
      {
        file: 'es/t.yaml',
        line: 9,
        field: 'sections[1].fields[1]',
        message:
          '"pick" is single-choice(a,c) here but single-choice(a,b) in en/t.yaml: types and choice ids must match in every locale',
      },
    ]);
  });
});
