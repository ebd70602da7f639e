/** An interface string by dotted key (content/ui), with `{name}` placeholders filled from `values`. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  /** The locale whose strings these are (a BCP 47 tag, as in kit.yaml). */
  readonly locale: string;
  /**
   * Items joined as the locale joins a list ("a, b and c", "a, b y c"), for sentences a translator
   * can still reorder: the joined list fills one placeholder. `unit` joins without a conjunction.
   */
  list(items: readonly string[], style?: 'and' | 'unit'): string;
}

/** Looks up interface strings by dotted key; a missing key is a content error, never a blank on the page. */
export function translator(strings: Record<string, string>, locale: string): Translate {
  const t = (key: string, values: Record<string, string | number> = {}): string => {
    const template = strings[key];
    if (template === undefined) {
      throw new Error(
        `content/ui/${locale}.yaml has no "${key}": add it (see content/ui/en.yaml for the meaning)`,
      );
    }
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
  const formats = {
    and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    unit: new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }),
  };
  return Object.assign(t, {
    locale,
    list: (items: readonly string[], style: 'and' | 'unit' = 'and') => formats[style].format(items),
  });
}

/** The text of a per-locale value. The content check makes every locale give one, so a missing text throws. */
export function pick(value: Record<string, string>, locale: string): string {
  const found = value[locale];
  if (found === undefined) throw new Error(`no "${locale}" text in ${JSON.stringify(value)}`);
  return found;
}

/** Writing direction of a locale, for `dir` on <html>. */
export function direction(locale: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur|yi|ps|sd|ug|dv)(-|$)/.test(locale) ? 'rtl' : 'ltr';
}
