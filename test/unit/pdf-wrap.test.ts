// render/pdf/wrap.ts: line breaking in every script.
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/pdf/wrap.ts';

/** Every grapheme one unit wide, a space too: breaks are easy to predict. */
const units = (s: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;
const graphemes = (s: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
/** Where Intl.Segmenter lets a word of a script without spaces end, as offsets into the text. */
const wordEnds = (s: string) =>
  new Set(
    [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(s)].map(
      (g) => g.index + g.segment.length,
    ),
  );

describe('wrapText', () => {
  it('wraps text to the width with a real font', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const widthOf = (s: string) => font.widthOfTextAtSize(s, 10);
    const lines = wrapText('one two three four five six seven eight nine ten', widthOf, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(widthOf(l)).toBeLessThanOrEqual(60);
    expect(wrapText('x'.repeat(80), widthOf, 60).every((l) => widthOf(l) <= 60)).toBe(true);
    expect(wrapText('a\n\nb', widthOf, 60)).toEqual(['a', '', 'b']);
  });

  it('breaks between words and after a hyphen, never inside a word that fits a line', () => {
    expect(wrapText('Featherstonehaugh Cholmondeley-Marjoribanks', units, 20)).toEqual([
      'Featherstonehaugh',
      'Cholmondeley-',
      'Marjoribanks',
    ]);
    // A hyphen stays at the end of its line, never at the start of the next.
    expect(wrapText('ab-cd', units, 3)).toEqual(['ab-', 'cd']);
    expect(wrapText('Ana María Ruiz', units, 9)).toEqual(['Ana María', 'Ruiz']);
  });

  it('hyphenates a Latin, Greek or Cyrillic word only when it alone is wider than the line', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänin';
    const lines = wrapText(word, units, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/\p{L}-$/u);
    for (const l of lines) expect(units(l)).toBeLessThanOrEqual(12);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe(word);
    for (const w of ['Παπαδοπουλόπουλος', 'Достоевскийпетровский']) {
      const cut = wrapText(w, units, 8);
      expect(cut.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
      expect(cut.map((l) => l.replace(/-$/, '')).join('')).toBe(w);
    }
  });

  it.each([
    ['Chinese', '我们在研究社会网络分析的方法和理论', 5],
    ['Japanese', '田中さくらさんは研究者です', 5],
    ['Thai', 'สมชายใจดีมากมายเหลือเกินครับ', 8],
  ])('breaks %s, written without spaces, between its words', (_, text, width) => {
    const lines = wrapText(text, units, width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    const ends = wordEnds(text);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      // Each break is where a word ends, unless that word alone is wider than the line.
      const ownWordTooWide = !ends.has(at);
      if (ownWordTooWide) expect(units(line)).toBe(width);
    }
    for (const l of lines) expect(units(l)).toBeLessThanOrEqual(width);
  });

  it('never cuts inside a grapheme, and adds no hyphen where the script has none', () => {
    for (const word of [
      'क्षत्रियप्रतिष्ठानों',
      'الاستراتيجيات',
      'ẞtraßenbahnhaltestelle',
      'e\u0301e\u0301e\u0301e\u0301',
    ]) {
      const lines = wrapText(word, units, 3);
      const whole = new Set(graphemes(word));
      for (const l of lines)
        for (const g of graphemes(l.replace(/-$/, ''))) expect(whole.has(g), l).toBe(true);
    }
    expect(wrapText('क्षत्रियप्रतिष्ठानों', units, 3).some((l) => l.endsWith('-'))).toBe(false);
    expect(wrapText('الاستراتيجيات', units, 3).some((l) => l.endsWith('-'))).toBe(false);
  });

  it('takes bad input without failing: nothing, spaces, a line narrower than a letter', () => {
    expect(wrapText('', units, 10)).toEqual(['']);
    expect(wrapText('   ', units, 10)).toEqual(['']);
    expect(wrapText('abc', units, 0)).toEqual(['a-', 'b-', 'c']);
    expect(wrapText('李小龍', units, 0)).toEqual(['李', '小', '龍']);
  });

  it('keeps every letter, in order, and fits every line that can fit (any text)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        (text, width) => {
          const lines = wrapText(text, units, width);
          for (const l of lines) expect(units(l) <= width || units(l.replace(/-$/, '')) === 1).toBe(true);
          const squash = (s: string) => s.replace(/\s+/g, '');
          // Joined back (cut hyphens removed), the lines hold the text's characters in order.
          const joined = lines.map((l, i) => (i < lines.length - 1 ? l : l)).join('');
          expect(squash(joined).replace(/-/g, '')).toBe(squash(text).replace(/-/g, ''));
        },
      ),
    );
  });
});
