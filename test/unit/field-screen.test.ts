import { describe, expect, it } from 'vitest';
import { fieldIds, showsAs } from '../../src/components/worksheet/field-screen.ts';
import { FIELD_TYPES } from '../../src/core/field-kinds.ts';
import type { WorksheetField } from '../../src/schemas/worksheet.ts';

const SCREENS = ['text', 'choice', 'rows', 'tool', 'network'] as const;
const of = (type: WorksheetField['type']) => ({ id: 'x', label: 'X', type }) as WorksheetField;

describe('the screen kind of a field', () => {
  it('gives every field type exactly one component', () => {
    for (const type of FIELD_TYPES) {
      expect(
        SCREENS.filter((screen) => showsAs(of(type), screen)),
        type,
      ).toHaveLength(1);
    }
  });

  it('follows the table of field kinds', () => {
    const drawnBy = (screen: (typeof SCREENS)[number]) =>
      FIELD_TYPES.filter((type) => showsAs(of(type), screen));
    expect(drawnBy('text')).toEqual(['short-text', 'long-text', 'composer', 'date']);
    expect(drawnBy('choice')).toEqual(['single-choice', 'multiple-choice', 'checklist', 'rating']);
    expect(drawnBy('rows')).toEqual(['list', 'table']);
    expect(drawnBy('tool')).toEqual(['timer', 'reminder']);
    expect(drawnBy('network')).toEqual(['people', 'findings', 'anonymous-summary']);
  });
});

describe('the ids of a field', () => {
  it('point its inputs to the help and the error message', () => {
    expect(fieldIds({ id: 'goal', help: 'Say why.' })).toEqual({
      fid: 'f-goal',
      helpId: 'f-goal-help',
      errorId: 'f-goal-error',
      describedBy: 'f-goal-help f-goal-error',
    });
  });

  it('point to the error message alone when there is no help', () => {
    const ids = fieldIds({ id: 'goal' });
    expect(ids.helpId).toBeUndefined();
    expect(ids.describedBy).toBe('f-goal-error');
  });
});
