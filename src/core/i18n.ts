/** An interface string by dotted key (content/ui), with `{name}` placeholders filled from `values`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Looks up interface strings by dotted key; a missing key is a content error, never a blank on the page. */
export function translator(strings: Record<string, string>, locale: string): Translate {
  return function t(key: string, values: Record<string, string | number> = {}): string {
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
}

/** The text of a per-locale value, falling back to the default locale only if the check was skipped. */
export function pick(value: Record<string, string>, locale: string): string {
  const found = value[locale];
  if (found === undefined) throw new Error(`no "${locale}" text in ${JSON.stringify(value)}`);
  return found;
}

/** Writing direction of a locale, for `dir` on <html>. */
export function direction(locale: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur|yi|ps|sd|ug|dv)(-|$)/.test(locale) ? 'rtl' : 'ltr';
}
