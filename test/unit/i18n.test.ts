import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { direction, pick, placeholderNames, translator } from '../../src/core/i18n.ts';

const ui = (locale: string) =>
  translator(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>, locale);

describe('translator', () => {
  const t = translator({ 'nav.home': 'Home', 'footer.contact': 'Ask {name} at {email}' }, 'en');

  it('looks up and fills placeholders', () => {
    expect(t('nav.home')).toBe('Home');
    expect(t('footer.contact', { name: 'Ana', email: 'a@x.org' })).toBe('Ask Ana at a@x.org');
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(t('footer.contact', { name: 'Ana' })).toBe('Ask Ana at {email}');
  });

  it('fails loudly, naming the file, when a key is missing', () => {
    expect(() => t('nav.nowhere')).toThrow('content/ui/en.yaml has no "nav.nowhere"');
  });

  it('keeps a stray brace as text and still fills what follows', () => {
    const u = translator({ k: 'a { b {name} c}', l: 'x { y {name}' }, 'en');
    expect(u('k', { name: 'N' })).toBe('a { b {name} c}'); // not a placeholder: left as written
    expect(u('l', { name: 'N' })).toBe('x { y N');
  });

  it('knows its locale', () => {
    expect(t.locale).toBe('en');
  });
});

describe('lists', () => {
  it('joins the way each locale does', () => {
    const [en, es] = [translator({}, 'en'), translator({}, 'es')];
    expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(es.list(['A', 'B', 'C'])).toBe('A, B y C');
    expect(en.list(['A', 'B'], 'or')).toBe('A or B');
    expect(es.list(['A', 'B'], 'or')).toBe('A o B');
    expect(en.list(['A', 'B', 'C'], 'unit')).toBe('A, B, C');
    expect(es.list(['A', 'B', 'C'], 'unit')).toBe('A, B, C');
    expect(en.list(['A'])).toBe('A');
    expect(en.list([])).toBe('');
  });
});

describe('labels', () => {
  it('puts a label before what it labels as each locale writes it, French with a space before the colon', () => {
    expect(ui('en').label('Rings, from the centre')).toBe('Rings, from the centre:');
    expect(ui('es').label('Anillos, desde el centro')).toBe('Anillos, desde el centro:');
    const fr = translator(
      parse(readFileSync('test/fixtures/forks/institution/content/ui/fr.yaml', 'utf8')) as Record<
        string,
        string
      >,
      'fr',
    );
    expect(fr.label(fr('footer.licence'))).toBe('Licence du contenu\u00a0:');
  });

  it('names the missing string when a locale lacks the label form', () => {
    expect(() => translator({}, 'de').label('Ringe')).toThrow(/punctuation\.label/);
  });
});

describe('plurals', () => {
  const strings = {
    people: '{n, plural, one {# person} other {# people}} near {place}',
    exact: '{n, plural, =0 {nobody} one {one person} other {# people}}',
    two: '{a, plural, one {# yes} other {# yeses}}, {b, plural, one {# no} other {# noes}}',
  };

  it('picks the form Intl.PluralRules gives for the number', () => {
    const t = translator(strings, 'en');
    expect(t('people', { n: 1, place: 'you' })).toBe('1 person near you');
    expect(t('people', { n: 0, place: 'you' })).toBe('0 people near you');
    expect(t('people', { n: 2, place: 'you' })).toBe('2 people near you');
    expect(t('exact', { n: 0 })).toBe('nobody');
    expect(t('exact', { n: 1 })).toBe('one person');
    expect(t('two', { a: 1, b: 3 })).toBe('1 yes, 3 noes');
  });

  it('uses other for a category a count seldom reaches (Spanish "many" is for millions)', () => {
    const t = translator({ n: '{n, plural, one {# persona} other {# personas}}' }, 'es');
    expect(t('n', { n: 1 })).toBe('1 persona');
    expect(t('n', { n: 1_000_000 })).toBe('1000000 personas');
  });

  it('refuses a translation missing a form its language uses, naming file, key and form', () => {
    const es = translator({ n: '{n, plural, other {# personas}}' }, 'es');
    expect(() => es('n', { n: 2 })).toThrow('content/ui/es.yaml "n" has no "one" form for {n}');
    // Polish needs few and many too; the check does not wait for a number that needs them.
    const pl = translator({ n: '{n, plural, one {# osoba} other {# osoby}}' }, 'pl');
    expect(() => pl('n', { n: 1 })).toThrow(/no "few", "many" form/);
    // Japanese has one form only.
    expect(translator({ n: '{n, plural, other {#人}}' }, 'ja')('n', { n: 1 })).toBe('1人');
  });

  it('refuses a count that is not a number, and forms it cannot read', () => {
    const t = translator({ ...strings, bad: '{n, plural, single {#} other {#}}' }, 'en');
    expect(() => t('people', { place: 'you' })).toThrow('"people" counts {n}, but the page gave no number');
    expect(() => t('people', { n: '2', place: 'you' })).toThrow(/no number/);
    expect(() => t('bad', { n: 1 })).toThrow('"bad": {n, plural, …} must be forms such as one {…} other {…}');
  });
});

describe('the kit’s own counted sentences', () => {
  const [en, es] = [ui('en'), ui('es')];

  it('say one person, and many people, in both languages', () => {
    expect(en('network.count', { n: 1 })).toBe('(1 person)');
    expect(en('network.count', { n: 2 })).toBe('(2 people)');
    expect(es('network.count', { n: 1 })).toBe('(1 persona)');
    expect(es('network.count', { n: 0 })).toBe('(0 personas)');
    expect(es('map.description', { current: 1, planned: 1, close: 1, moderate: 0, distant: 0 })).toBe(
      '1 persona a tu alrededor ahora: 1 cercana, 0 intermedias y 0 lejanas; y 1 prevista.',
    );
    expect(en('map.description', { current: 2, planned: 0, close: 1, moderate: 1, distant: 0 })).toBe(
      '2 people around you now: 1 close, 1 moderate, 0 distant.',
    );
    expect(en('counter.words', { words: 1 })).toBe('1 word');
    expect(es('counter.speaking', { words: 2, seconds: 1, target: 60 })).toBe(
      '2 palabras: 1 segundo en voz alta, dentro de los 60 segundos',
    );
    expect(es('analysis.roles.ok', { role: 'Par', n: 2, close: 1 })).toBe('Par: 2 (1 cercana o intermedia).');
  });

  it('fill every counted string of every locale for the counts a page shows', () => {
    for (const locale of ['en', 'es']) {
      const strings = parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>;
      const t = translator(strings, locale);
      for (const [key, template] of Object.entries(strings)) {
        const counted = [...template.matchAll(/\{(\w+)\s*,\s*plural\s*,/g)].map((m) => m[1]!);
        if (!counted.length) continue;
        for (const n of [0, 1, 2, 5, 21, 100]) {
          const text = t(key, Object.fromEntries(counted.map((name) => [name, n])));
          expect(text, `${locale} ${key} at ${n}`).not.toMatch(/plural|#/);
        }
      }
    }
  });
});

describe('pick and direction', () => {
  it('picks the locale text or says which is missing', () => {
    expect(pick({ en: 'Peer', es: 'Par' }, 'es')).toBe('Par');
    expect(() => pick({ en: 'Peer' }, 'es')).toThrow(/no "es" text/);
  });

  it('knows right-to-left languages', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('he')).toBe('rtl');
    expect(direction('es')).toBe('ltr');
    expect(direction('en-GB')).toBe('ltr');
  });
});

describe('placeholderNames', () => {
  it('names what a string fills, counts and the names inside plural forms included', () => {
    expect(placeholderNames('{role}: {n} ({close} close)')).toEqual(new Set(['role', 'n', 'close']));
    expect(placeholderNames('{need}: {n, plural, one {# person, {name}} other {# people}} here')).toEqual(
      new Set(['need', 'n', 'name']),
    );
    expect(placeholderNames('{n, plural, one {their role} other {their roles}}', { counts: false })).toEqual(
      new Set(),
    );
  });

  it('does not take the words of a plural form for placeholders, nor a stray brace', () => {
    expect(placeholderNames('{n, plural, one {is} other {are}} {x')).toEqual(new Set(['n']));
  });
});
