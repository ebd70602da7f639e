import { describe, expect, it } from 'vitest';
import {
  constraint,
  density,
  effectiveSize,
  efficiency,
  tieCount,
} from '../../src/core/analysis/structure.ts';

const three = ['a', 'b', 'c'];

describe('structure: the values networkx gives (docs/analysis.md#checked-against-networkx)', () => {
  it.each([
    ['no ties', [], 3, 0.333],
    ['one tie', [['a', 'b']], 2.333, 0.611],
    [
      'all three ties',
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
      1,
      0.926,
    ],
  ] as const)('3 alters, %s', (_what, ties, es, c) => {
    expect(effectiveSize(three, ties)).toBeCloseTo(es, 3);
    expect(constraint(three, ties)).toBeCloseTo(c, 3);
  });
});

describe('structure: cases worked by hand', () => {
  it('density is 2t / n(n−1)', () => {
    expect(density(three, [['a', 'b']])).toBeCloseTo(1 / 3, 10);
    expect(
      density(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toBeCloseTo(2 / 6, 10);
  });

  it('efficiency is effective size over n', () => {
    // 4 alters, 2 ties: ES = 4 − 4/4 = 3, efficiency 0.75.
    expect(
      effectiveSize(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toBe(3);
    expect(
      efficiency(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toBe(0.75);
  });

  it('constraint of two alters who know each other', () => {
    // p = 1/2; each alter has degree 2 (the other and you): (1/2 + 1/2·1/2)² · 2 = 1.125.
    expect(constraint(['a', 'b'], [['a', 'b']])).toBeCloseTo(1.125, 10);
  });

  it('handles 0 and 1 person and no ties', () => {
    for (const f of [density, effectiveSize, efficiency, constraint]) expect(f([], [])).toBe(0);
    expect(density(['a'], [])).toBe(0);
    expect(effectiveSize(['a'], [])).toBe(1);
    expect(efficiency(['a'], [])).toBe(1);
    expect(constraint(['a'], [])).toBe(1);
  });

  it('ignores duplicate ties, self-ties and ties to people not in the network', () => {
    const messy = [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'a'],
      ['a', 'z'],
    ] as const;
    expect(tieCount(three, messy)).toBe(1);
    expect(constraint(three, messy)).toBeCloseTo(0.611, 3);
  });
});
