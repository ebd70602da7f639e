import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastRatio, nearestPassingShade, relativeLuminance } from '../../src/core/contrast.ts';

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

describe('nearestPassingShade', () => {
  it('keeps a colour that passes, and darkens one that does not just enough, keeping its hue', () => {
    expect(nearestPassingShade('#1d4f91', 4.5)).toBe('#1d4f91');
    const shade = nearestPassingShade('#f3b98f', 3);
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(shade, '#ffffff')).toBeLessThan(3.1); // no darker than it must be
    expect(shade).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('always passes, for any colour and any ratio WCAG asks for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.constantFrom(3, 4.5, 7), (rgb, needed) => {
        const hex = `#${rgb.toString(16).padStart(6, '0')}`;
        const shade = nearestPassingShade(hex, needed);
        expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(needed);
        // Never lighter than the colour it replaces.
        expect(relativeLuminance(shade)).toBeLessThanOrEqual(relativeLuminance(hex) + 1e-9);
      }),
    );
  });
});
