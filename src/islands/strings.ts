// The interface strings a page hands to its islands (see components/worksheet/IslandStrings.astro).
import { translator, type Translate } from '../core/i18n.ts';

let cached: Translate | undefined;

// Read on first use, not at import: an island module may load before the strings' element is parsed.
function strings(): Translate {
  if (!cached) {
    const el = document.getElementById('mnk-strings');
    cached = translator(
      el ? (JSON.parse(el.textContent ?? '{}') as Record<string, string>) : {},
      document.documentElement.lang,
    );
  }
  return cached;
}

/** The page's translator, for islands. */
export const t = Object.defineProperties(
  (key: string, values?: Record<string, string | number>) => strings()(key, values),
  {
    locale: { get: () => strings().locale },
    list: { value: (...args: Parameters<Translate['list']>) => strings().list(...args) },
    label: { value: (text: string) => strings().label(text) },
  },
) as Translate;
