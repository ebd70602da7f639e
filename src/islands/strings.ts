// The interface strings a page hands to its islands (see components/worksheet/IslandStrings.astro).
import { translator } from '../core/i18n.ts';

let cached: ReturnType<typeof translator> | undefined;

export function t(key: string, values?: Record<string, string | number>): string {
  if (!cached) {
    const el = document.getElementById('mnk-strings');
    cached = translator(
      el ? (JSON.parse(el.textContent ?? '{}') as Record<string, string>) : {},
      document.documentElement.lang,
    );
  }
  return cached(key, values);
}
