import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/core/contrast.ts';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the classic lightest AA grey
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('accepts either case and refuses what is not #rrggbb', () => {
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(() => relativeLuminance('#fff')).toThrow(/not a #rrggbb colour/);
    expect(() => relativeLuminance('navy')).toThrow(/not a #rrggbb colour/);
  });
});
