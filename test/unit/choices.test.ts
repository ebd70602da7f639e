import { describe, expect, it } from 'vitest';
import { needChoices, peopleChoices } from '../../src/core/choices.ts';

describe('people offered as answers', () => {
  it('lists the map in its order, each name once, planned people marked', () => {
    expect(
      peopleChoices([
        { name: 'Ana Campos', status: 'current' },
        { name: 'Dr Rivera', status: 'potential' },
        { name: 'Bo', status: undefined },
        { name: ' Ana Campos ', status: 'potential' },
      ]),
    ).toEqual([
      { value: 'Ana Campos', kind: 'current' },
      { value: 'Dr Rivera', kind: 'planned' },
      { value: 'Bo', kind: 'current' },
    ]);
  });

  it('offers nothing for an empty map, and skips blank names', () => {
    expect(peopleChoices([])).toEqual([]);
    expect(peopleChoices([{ name: '   ', status: 'current' }])).toEqual([]);
  });
});

describe('needs offered as answers', () => {
  const labels = { funding: 'Funding', 'writing-feedback': 'Feedback on writing' };

  it('gives the ticked needs in their words, in the order ticked', () => {
    expect(needChoices(['writing-feedback', 'funding'], labels)).toEqual([
      { value: 'Feedback on writing', kind: 'need' },
      { value: 'Funding', kind: 'need' },
    ]);
  });

  it('ignores answers that are not a list of ticked needs, needs without words and repeats', () => {
    expect(needChoices(undefined, labels)).toEqual([]);
    expect(needChoices('funding', labels)).toEqual([]);
    expect(needChoices(3, labels)).toEqual([]);
    expect(needChoices(['gone', 'funding', 'funding', 'toString'], labels)).toEqual([
      { value: 'Funding', kind: 'need' },
    ]);
  });
});
