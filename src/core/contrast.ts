/** WCAG 2.x contrast between two `#rrggbb` colours (1 to 21). Pure, so the content check and tests share it. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Relative luminance as WCAG defines it, from a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const rgb = parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = ((rgb >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/**
 * The colour nearest to `hex` with at least `needed` contrast against white: the same hue and
 * saturation (HSL), darkened only as far as it must be, so a forker's brand colour keeps its look.
 */
export function nearestPassingShade(hex: string, needed: number): string {
  if (contrastRatio(hex, '#ffffff') >= needed) return hex;
  const [h, s, l] = toHsl(hex);
  // Lightness 0 is black (21:1), so a passing lightness always exists; bisect down to 1/1000.
  let low = 0;
  let high = l;
  while (high - low > 0.001) {
    const mid = (low + high) / 2;
    if (contrastRatio(fromHsl(h, s, mid), '#ffffff') >= needed) low = mid;
    else high = mid;
  }
  return fromHsl(h, s, low);
}

function toHsl(hex: string): [number, number, number] {
  const rgb = parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((shift) => ((rgb >> shift) & 0xff) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`;
}
