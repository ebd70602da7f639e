import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksBeforeReplacing, endSentence, joinSentences } from '../../src/core/draft.ts';

describe('sentences made from answers', () => {
  it('adds a full stop where a sentence ends without one', () => {
    expect(endSentence('Bo Lee suggested I write')).toBe('Bo Lee suggested I write.');
    expect(endSentence('  trailing space  ')).toBe('trailing space.');
    expect(endSentence('Ana me sugirió que te escribiera')).toBe('Ana me sugirió que te escribiera.');
  });

  it('keeps an ending that is already one', () => {
    for (const done of [
      'Done.',
      'Really?',
      'Yes!',
      'Well…',
      'As follows:',
      'A; B;',
      '¿Sí?',
      '«Hecho.»',
      '(Seen.)',
      'Said "so."',
      '終わり。',
    ])
      expect(endSentence(done)).toBe(done);
  });

  it('leaves empty answers empty', () => {
    expect(endSentence('')).toBe('');
    expect(endSentence('  \n ')).toBe('');
  });

  it('uses the stop it is given', () => {
    expect(endSentence('終わり', '。')).toBe('終わり。');
  });

  it('never doubles a stop, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = endSentence(s);
        expect(endSentence(once)).toBe(once);
      }),
    );
  });

  it('joins parts into one paragraph of sentences, leaving out empty ones', () => {
    expect(joinSentences(["I'm Sam", '', 'I study hearts.', '  Why it matters  '])).toBe(
      "I'm Sam. I study hearts. Why it matters.",
    );
    expect(joinSentences([])).toBe('');
    expect(joinSentences(['', ' '])).toBe('');
  });
});

describe('replacing a draft', () => {
  it('asks only over text of the participant’s own', () => {
    expect(asksBeforeReplacing('', 'New draft')).toBe(false);
    expect(asksBeforeReplacing('   ', 'New draft')).toBe(false);
    expect(asksBeforeReplacing('New draft', 'New draft')).toBe(false);
    expect(asksBeforeReplacing('New draft\n', 'New draft')).toBe(false);
    expect(asksBeforeReplacing('New draft\n\nSam', 'New draft')).toBe(true);
    expect(asksBeforeReplacing('Mine', '')).toBe(true);
  });
});
