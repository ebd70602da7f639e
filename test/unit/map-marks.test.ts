// core/map-marks.ts: the map's palette and the builders of its marks.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/core/contrast.ts';
import {
  INK,
  PAPER,
  RING_FILL,
  SOURCE_STYLE,
  circlePath,
  pathNumber,
  shapePath,
  text,
} from '../../src/core/map-marks.ts';
import { CLOSENESS, SOURCES, STAGES } from '../../src/core/person.ts';

describe('the palette', () => {
  it('has a style for every source and for none, each letter readable on its fill (WCAG 4.5:1)', () => {
    expect(Object.keys(SOURCE_STYLE).sort()).toEqual([...SOURCES, 'unknown'].sort());
    for (const [source, { fill, ink }] of Object.entries(SOURCE_STYLE))
      expect(contrastRatio(fill.toLowerCase(), ink), source).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps ink readable on paper and on every ring', () => {
    expect(contrastRatio(INK, PAPER)).toBeGreaterThanOrEqual(7);
    for (const ring of CLOSENESS) expect(contrastRatio(INK, RING_FILL[ring]), ring).toBeGreaterThanOrEqual(7);
  });
});

describe('marks', () => {
  it('writes positions to a tenth of a map unit, the same in every renderer', () => {
    expect(pathNumber(1.26)).toBe('1.3');
    expect(pathNumber(-0.04)).toBe('0');
    expect(pathNumber(12)).toBe('12');
  });

  it('draws a distinct closed shape for each career stage and for none', () => {
    const shapes = [...STAGES, undefined].map((s) => shapePath(s, 10, 20));
    expect(new Set(shapes).size).toBe(4);
    for (const d of shapes) expect(d).toMatch(/^M.*Z$/);
    expect(shapePath('same', 10, 20, 5)).toBe(circlePath(10, 20, 5));
  });

  it('makes texts plain data with the kit’s defaults, positions rounded', () => {
    const t = text(1.04, 2.06, '<b>Ana</b>', { bold: true });
    expect(t).toMatchObject({ kind: 'text', x: 1, y: 2.1, text: '<b>Ana</b>', bold: true, anchor: 'start' });
  });
});
