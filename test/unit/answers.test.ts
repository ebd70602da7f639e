import { describe, expect, it } from 'vitest';
import { isEmptyAnswer } from '../../src/core/answers.ts';

describe('answers', () => {
  it('knows empty answers', () => {
    expect([undefined, '', []].map((v) => isEmptyAnswer(v as never))).toEqual([true, true, true]);
    expect([' ', 0, ['a']].map((v) => isEmptyAnswer(v as never))).toEqual([false, false, false]);
  });
});
