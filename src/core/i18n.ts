/**
 * An interface string by dotted key (content/ui), with `{name}` placeholders filled from `values`.
 * A count may choose its words: `{n, plural, one {# person} other {# people}}` picks the form the
 * locale's plural rules (Intl.PluralRules) give for the number `n`, and `#` stands for the number.
 * `=0 {nobody}` gives a form for one exact number.
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  /** The locale whose strings these are (a BCP 47 tag, as in kit.yaml). */
  readonly locale: string;
  /**
   * Items joined as the locale joins a list ("a, b, and c", "a, b y c"), for sentences a translator
   * can still reorder: the joined list fills one placeholder. `or` joins alternatives ("a, b, or
   * c"); `unit` is the locale's short list of units ("a, b, c" in English), for a list that is not a
   * sentence, such as a table cell.
   */
  list(items: readonly string[], style?: 'and' | 'or' | 'unit'): string;
  /**
   * A label as the locale sets one before what it labels: "Rings:" in English, "Anneaux :" in
   * French (`punctuation.label`). What follows goes after a space.
   */
  label(text: string): string;
}

type Values = Record<string, string | number>;

/** The plural categories of CLDR, in its order. */
const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Looks up interface strings by dotted key; a missing key is a content error, never a blank on the page. */
export function translator(strings: Record<string, string>, locale: string): Translate {
  const where = (key: string) => `content/ui/${locale}.yaml "${key}"`;
  const rules = new Intl.PluralRules(locale);
  let needed: string[] | undefined;
  // The forms a translation must give: every one the locale uses for a count below 1000, and
  // `other`, which stands in for the rare rest (Spanish "many" is for millions).
  const neededForms = (): readonly string[] => {
    if (!needed) {
      const used = new Set(Array.from({ length: 1000 }, (_, i) => rules.select(i)));
      needed = CATEGORIES.filter((form) => form === 'other' || used.has(form));
    }
    return needed;
  };

  const plural = (key: string, name: string, body: string, values: Values): string => {
    const n = values[name];
    if (typeof n !== 'number')
      throw new Error(`${where(key)} counts {${name}}, but the page gave no number for it (${String(n)})`);
    const forms = pluralForms(body);
    if (!forms)
      throw new Error(`${where(key)}: {${name}, plural, …} must be forms such as one {…} other {…}`);
    const missing = neededForms().filter((form) => !(form in forms));
    if (missing.length)
      throw new Error(
        `${where(key)} has no "${missing.join('", "')}" form for {${name}}: ${locale} uses ${neededForms().join(', ')}`,
      );
    const chosen = forms[`=${n}`] ?? forms[rules.select(n)] ?? forms.other!;
    return fill(key, chosen.replaceAll('#', String(n)), values);
  };

  const fill = (key: string, template: string, values: Values): string =>
    replaceBraces(template, (inner, whole) => {
      const simple = /^(\w+)$/.exec(inner);
      if (simple) return simple[1]! in values ? String(values[simple[1]!]) : whole;
      const counted = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
      if (counted) return plural(key, counted[1]!, counted[2]!, values);
      return whole;
    });

  const t = (key: string, values: Values = {}): string => {
    const template = strings[key];
    if (template === undefined) {
      throw new Error(
        `content/ui/${locale}.yaml has no "${key}": add it (see content/ui/en.yaml for the meaning)`,
      );
    }
    return fill(key, template, values);
  };
  const formats = {
    and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    or: new Intl.ListFormat(locale, { type: 'disjunction' }),
    unit: new Intl.ListFormat(locale, { type: 'unit', style: 'short' }),
  };
  return Object.assign(t, {
    locale,
    list: (items: readonly string[], style: 'and' | 'or' | 'unit' = 'and') => formats[style].format(items),
    label: (label: string) => t('punctuation.label', { label }),
  });
}

/** Index just past the brace that closes the one at `open`, or -1 when it is never closed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Rewrites each top-level `{…}` (nested braces included) through `replace`; text outside stays. */
function replaceBraces(text: string, replace: (inner: string, whole: string) => string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('{'); open !== -1; open = text.indexOf('{', at)) {
    const end = closing(text, open);
    if (end === -1) {
      // A stray brace is text; placeholders after it are still filled.
      out += text.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    out += text.slice(at, open) + replace(text.slice(open + 1, end - 1), text.slice(open, end));
    at = end;
  }
  return out + text.slice(at);
}

/** `one {…} other {…}` as forms by name, or undefined when it is not that shape. */
function pluralForms(body: string): Record<string, string> | undefined {
  const forms: Record<string, string> = {};
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*(?=\{)/y;
  let at = 0;
  while (body.slice(at).trim() !== '') {
    selector.lastIndex = at;
    const match = selector.exec(body);
    if (!match) return undefined;
    const open = selector.lastIndex;
    const end = closing(body, open);
    if (end === -1) return undefined;
    forms[match[1]!] = body.slice(open + 1, end - 1);
    at = end;
  }
  return Object.keys(forms).length ? forms : undefined;
}

/**
 * The names a string fills from the page's values: each `{name}`, and the count of each
 * `{n, plural, …}` with the names inside its forms, read the way `translator` reads them.
 * `counts: false` leaves out names used only to choose a plural form (a language may not need them).
 */
export function placeholderNames(template: string, { counts = true } = {}): Set<string> {
  const names = new Set<string>();
  replaceBraces(template, (inner) => {
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    if (simple) names.add(simple[1]!);
    const counted = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (counted) {
      if (counts) names.add(counted[1]!);
      for (const form of Object.values(pluralForms(counted[2]!) ?? {}))
        for (const name of placeholderNames(form, { counts })) names.add(name);
    }
    return '';
  });
  return names;
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
