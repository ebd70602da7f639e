// render/pdf/layout.ts: the flowing layout's line wrapping.
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/pdf/layout.ts';

describe('the layout', () => {
  it('wraps text to the width and cuts words longer than a line', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const widthOf = (s: string) => font.widthOfTextAtSize(s, 10);
    const lines = wrapText('one two three four five six seven eight nine ten', widthOf, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(widthOf(l)).toBeLessThanOrEqual(60);
    expect(wrapText('x'.repeat(80), widthOf, 60).every((l) => widthOf(l) <= 60)).toBe(true);
    expect(wrapText('a\n\nb', widthOf, 60)).toEqual(['a', '', 'b']);
  });
});
