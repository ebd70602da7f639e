import { describe, expect, it } from 'vitest';
import { isTied, setTie, tiesOf } from '../../src/islands/network/ties.ts';

const person = (id: string) => ({ id, name: id, roles: ['peer'] });
const network = { people: ['a', 'b', 'c'].map(person), ties: [['a', 'b']] as [string, string][] };

describe('ties', () => {
  it('are unordered pairs', () => {
    expect(isTied(network, 'b', 'a')).toBe(true);
    expect(isTied(network, 'a', 'c')).toBe(false);
    expect([...tiesOf(network, 'b')]).toEqual(['a']);
  });

  it('are set once and removed whichever way round', () => {
    const tied = setTie(setTie(network, 'c', 'a', true), 'a', 'c', true);
    expect(tied.ties).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
    expect(setTie(tied, 'b', 'a', false).ties).toEqual([['a', 'c']]);
    expect(setTie(network, 'a', 'a', true).ties).toEqual(network.ties); // nobody is tied to themselves
  });
});
