import { describe, expect, it } from 'vitest';
import { MAX_LONG, MAX_SHORT } from '../../src/core/answers.ts';
import {
  answerProblem,
  FIELD_KINDS,
  FIELD_TYPES,
  isScreenOnly,
  printsBlank,
  printsFilled,
  type FieldShape,
} from '../../src/core/field-kinds.ts';
import { fieldSchema } from '../../src/schemas/worksheet.ts';

const choice = { type: 'single-choice', options: [{ id: 'a' }, { id: 'b' }] } as const;
const multi = { type: 'multiple-choice', options: [{ id: 'a' }, { id: 'b' }] } as const;
const check = { type: 'checklist', items: [{ id: 'x' }] } as const;
const rating = { type: 'rating', levels: [1, 2, 3, 4] } as const;
const list = { type: 'list', max: 2 } as const;
const table = { type: 'table', max: 2, columns: [{ id: 'who' }, { id: 'when' }] } as const;

describe('the table of field kinds', () => {
  it('has a row for every field type of the schema, and no other', () => {
    const types = fieldSchema.options.map((o) => o.shape.type.value);
    expect([...FIELD_TYPES].sort()).toEqual([...types].sort());
  });

  it('prints on a blank form what can be written by hand, and in a filled PDF what holds something', () => {
    const all = FIELD_TYPES;
    const blank = all.filter((type) => printsBlank({ type }));
    const filled = all.filter((type) => printsFilled({ type }));
    expect(all.filter((type) => !blank.includes(type))).toEqual([
      'timer',
      'reminder',
      'findings',
      'anonymous-summary',
    ]);
    expect(all.filter((type) => !filled.includes(type))).toEqual(['timer', 'reminder', 'anonymous-summary']);
    expect(all.filter(isScreenOnly)).toEqual(['timer', 'reminder', 'anonymous-summary']);
  });

  it('keeps with the answers only what a field stores there', () => {
    const stores = (where: string) =>
      Object.entries(FIELD_KINDS)
        .filter(([, kind]) => kind.stores === where)
        .map(([type]) => type);
    expect(stores('nothing')).toEqual(['timer', 'reminder']);
    expect(stores('network')).toEqual(['people', 'findings', 'anonymous-summary']);
  });
});

describe('answers fit their field type', () => {
  it.each<[string, FieldShape, unknown, ReturnType<typeof answerProblem>]>([
    ['short text', { type: 'short-text' }, 'Ana', null],
    ['short text too long', { type: 'short-text' }, 'x'.repeat(MAX_SHORT + 1), 'too-long'],
    ['short text as a number', { type: 'short-text' }, 3, 'wrong-type'],
    ['long text at the limit', { type: 'long-text' }, 'x'.repeat(MAX_LONG), null],
    ['long text over the limit', { type: 'long-text' }, 'x'.repeat(MAX_LONG + 1), 'too-long'],
    ['composer draft', { type: 'composer' }, 'Dear Ana', null],
    ['a real date', { type: 'date' }, '2027-02-28', null],
    ['the 30th of February', { type: 'date' }, '2027-02-30', 'bad-date'],
    ['a date in another format', { type: 'date' }, '28/02/2027', 'bad-date'],
    ['a known choice', choice, 'a', null],
    ['a choice that is gone', choice, 'c', 'unknown-option'],
    ['a choice given as a list', choice, ['a'], 'wrong-type'],
    ['several known choices', multi, ['a', 'b'], null],
    ['one unknown among several', multi, ['a', 'z'], 'unknown-option'],
    ['a ticked item', check, ['x'], null],
    ['a ticked item that is gone', check, ['y'], 'unknown-option'],
    ['a level on the scale', rating, 4, null],
    ['a level above the scale', rating, 5, 'out-of-range'],
    ['level zero', rating, 0, 'out-of-range'],
    ['a fractional level', rating, 2.5, 'out-of-range'],
    ['a level as text', rating, '3', 'wrong-type'],
    ['a list within its size', list, ['a', 'b'], null],
    ['a list over its size', list, ['a', 'b', 'c'], 'too-many'],
    ['a list of numbers', list, [1, 2], 'wrong-type'],
    ['table rows', table, [{ who: 'Ana', when: '2027-01-01' }], null],
    ['a table with an unknown column', table, [{ whom: 'Ana' }], 'unknown-option'],
    ['too many table rows', table, [{}, {}, {}], 'too-many'],
    ['a table given as text', table, 'Ana', 'wrong-type'],
    ['anything for a timer', { type: 'timer' }, 'x', 'wrong-type'],
    ['anything for the people, who live in the network', { type: 'people' }, ['p-1'], 'wrong-type'],
  ])('%s', (_what, field, value, expected) => {
    expect(answerProblem(field, value as never)).toBe(expected);
  });

  it('accepts an empty answer for every type', () => {
    for (const field of [choice, multi, check, rating, list, table, { type: 'date' } as const]) {
      expect(answerProblem(field, undefined)).toBeNull();
      expect(answerProblem(field, '')).toBeNull();
    }
  });
});
