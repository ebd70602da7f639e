// withoutPositioning: fontkit stops reading a font's GPOS, and what pdf-lib takes from a layout (the
// glyphs and their advances) stays the same in every script the kit draws; the Hebrew fonts, whose
// shaping reads GPOS, and bad bytes pass unchanged.
import fontkit from '@cantoo/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/render/fonts.ts';
import { withoutPositioning } from '../../src/render/pdf/layout.ts';
import { npmFont } from '../../src/site/npm-fonts.ts';
import { LONG_NAMES, SCRIPT_NAMES } from './pdf-fixtures.ts';

type Font = {
  GPOS?: unknown;
  GSUB?: unknown;
  layout(text: string): { glyphs: { id: number; advanceWidth: number }[] };
};
const open = (bytes: Uint8Array) => fontkit.create(bytes) as unknown as Font;
/** What pdf-lib reads from a layout: each glyph's id and its advance. */
const drawn = (font: Font, text: string) => font.layout(text).glyphs.map((g) => [g.id, g.advanceWidth]);

const TEXTS = [
  ...SCRIPT_NAMES,
  ...LONG_NAMES,
  'Nguyễn Thị Minh, “fi fl ffi” — Ǆ ǅ',
  'A\u0301 e\u0323\u0302 (combining marks)',
  'क्षत्रिय श्री द्वार',
  'لا إله إلا الله، مُحَمَّد',
  'שָׁלוֹם',
  'ภาษาไทย',
];

describe('withoutPositioning', () => {
  it.each(FONT_FILES.map((f) => [f.file, f.script] as const))(
    '%s: the same glyphs and advances, no GPOS for fontkit unless Hebrew, and the original bytes untouched',
    async (file, script) => {
      const bytes = await npmFont(file);
      const before = bytes.slice();
      const full = open(bytes);
      const copy = withoutPositioning(bytes);
      const stripped = open(copy);
      if (script === 'hebrew') expect(copy).toBe(bytes);
      else expect(stripped.GPOS).toBeFalsy();
      expect(Boolean(stripped.GSUB)).toBe(Boolean(full.GSUB));
      for (const text of TEXTS) expect(drawn(stripped, text), text).toEqual(drawn(full, text));
      expect(bytes).toEqual(before);
    },
  );

  it('returns bytes that are no single font, or have no GPOS, as they are', () => {
    const ttc = new Uint8Array([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 1]);
    for (const bytes of [new Uint8Array(), new Uint8Array([1, 2, 3]), ttc, new Uint8Array(64)])
      expect(withoutPositioning(bytes)).toBe(bytes);
    // A directory that claims more tables than the bytes hold.
    const short = new Uint8Array(20);
    short[5] = 200;
    expect(withoutPositioning(short)).toBe(short);
    // A GPOS record that points past the end of the bytes.
    const stray = new Uint8Array(28);
    stray[5] = 1;
    stray.set([0x47, 0x50, 0x4f, 0x53, 0, 0, 0, 0, 0, 0, 0x10, 0], 12);
    expect(withoutPositioning(stray)).toBe(stray);
  });
});
