// core/person.ts: the person vocabulary, its defaults, and new person ids.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/core/ids.ts';
import {
  BACKGROUND_ATTRIBUTES,
  CLOSENESS,
  DEFAULT_CLOSENESS,
  DEFAULT_STATUS,
  initials,
  SOURCES,
  STAGES,
  STATUSES,
  closenessOf,
  isPlanned,
  newPersonId,
  skipWords,
} from '../../src/core/person.ts';

describe('the lists, in the order the kit shows them', () => {
  it('closeness goes from the innermost ring out, and defaults to the weakest claim', () => {
    expect(CLOSENESS).toEqual(['close', 'moderate', 'distant']);
    expect(DEFAULT_CLOSENESS).toBe(CLOSENESS.at(-1));
  });

  it('sources go from the home unit outwards; stages from above to below', () => {
    expect(SOURCES).toEqual(['department', 'institution', 'external', 'personal']);
    expect(STAGES).toEqual(['above', 'same', 'below']);
  });

  it('a person supports the participant now unless planned', () => {
    expect(STATUSES).toEqual(['current', 'potential']);
    expect(DEFAULT_STATUS).toBe('current');
  });

  it.each(['en', 'es'])('every value has its label in content/ui/%s.yaml', (locale) => {
    const ui = parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>;
    const keys = [
      ...CLOSENESS.map((c) => `person.closeness.${c}`),
      ...SOURCES.map((s) => `person.source.${s}`),
      ...STAGES.map((s) => `person.stage.${s}`),
      ...STATUSES.map((s) => `person.status.${s}`),
      ...BACKGROUND_ATTRIBUTES.map((a) => `person.background.${a}`),
    ];
    expect(keys.filter((k) => typeof ui[k] !== 'string' || ui[k] === '')).toEqual([]);
  });
});

describe('closenessOf', () => {
  it('gives the answer when there is one', () => {
    for (const closeness of CLOSENESS) expect(closenessOf({ closeness })).toBe(closeness);
  });

  it('counts an unanswered closeness as distant', () => {
    expect(closenessOf({})).toBe('distant');
    expect(closenessOf({ closeness: undefined })).toBe('distant');
  });
});

describe('isPlanned', () => {
  it('is true only of a potential person', () => {
    expect(isPlanned({ status: 'potential' })).toBe(true);
    expect(isPlanned({ status: 'current' })).toBe(false);
    expect(isPlanned({})).toBe(false);
  });
});

describe('newPersonId', () => {
  it('is a valid workbook id', () => {
    for (let i = 0; i < 200; i++) expect(newPersonId()).toMatch(ID_PATTERN);
  });

  it('is different each time', () => {
    const ids = Array.from({ length: 1000 }, () => newPersonId());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ten characters of the random text, lower-cased and without dashes', () => {
    expect(newPersonId(() => 'ABCDEF12-3456-7890-ABCD-EF1234567890')).toBe('p-abcdef1234');
    expect(newPersonId(() => 'ABCDEF12-3456-7890-ABCD-EF1234567890')).toMatch(ID_PATTERN);
  });
});

describe('initials', () => {
  const ui = (locale: string) =>
    parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>;
  const skip = skipWords(ui('en')['person.initials.skip']!);
  const graphemes = (s: string) =>
    [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

  it('takes the first letter of up to three words, upper case, in scripts with capitals', () => {
    expect(initials('Ana María Ruiz')).toBe('AMR');
    expect(initials('élodie faure')).toBe('ÉF');
    expect(initials('Иван Петров')).toBe('ИП');
    expect(initials('Γιώργος Παπαδόπουλος')).toBe('ΓΠ');
    expect(initials('Jean-Paul Sartre')).toBe('JPS');
    expect(initials('J.R.R. Tolkien')).toBe('JRR');
    expect(initials('e\u0301lodie')).toBe('É'); // decomposed accents are one letter
  });

  it('leaves out the titles content lists, whatever their case and dots, and lower-case particles', () => {
    expect(initials('Dr. Jane Brown', skip)).toBe('JB');
    expect(initials('dr jane brown', skip)).toBe('JB');
    expect(initials('Prof. Dr. Ana María Ruiz', skip)).toBe('AMR');
    expect(initials('Jane Brown, PhD', skip)).toBe('JB');
    expect(initials('Dra. Lucía de la Cruz', skip)).toBe('LC');
    expect(initials('Ludwig van Beethoven')).toBe('LB');
    // Without the list (a fork that empties it), a title is a word like any other.
    expect(initials('Dr. Jane Brown')).toBe('DJB');
    // A name that is only a title keeps it rather than showing nothing.
    expect(initials('Dr.', skip)).toBe('D');
  });

  it.each(['en', 'es'])('reads its titles from content/ui/%s.yaml', (locale) => {
    const list = skipWords(ui(locale)['person.initials.skip'] ?? '');
    for (const title of ['Dr.', 'Dra.', 'Prof.', 'د.', 'ד״ר', 'डॉ.']) expect(list).toContain(title);
    expect(initials('Dra. Lucía Pérez', list)).toBe('LP');
  });

  it('gives Arabic initials dotted, as Arabic abbreviations are, without the article', () => {
    expect(initials('محمد علي')).toBe('م.ع');
    // The article is not the initial: this once gave "ما", which reads as a word.
    expect(initials('مريم الأحمد')).toBe('م.أ');
    expect(initials('د. هالة السعيد', skip)).toBe('ه.س');
    expect(initials('عبد الرحمن بن محمد الفيصل', skip)).toBe('ع.ر.م');
  });

  it('marks Hebrew initials with gershayim', () => {
    expect(initials('דנה כהן')).toBe('ד״כ');
    expect(initials('ד״ר משה לוי', skip)).toBe('מ״ל');
    expect(initials('דנה')).toBe('ד');
  });

  it('takes the first character of a Chinese, Japanese or Korean name', () => {
    expect(initials('李小龍')).toBe('李');
    expect(initials('田中 さくら')).toBe('田');
    expect(initials('김민지')).toBe('김');
    expect(initials('𠀋小龍')).toBe('𠀋'); // beyond the Basic Plane, one character still
  });

  it('takes whole syllables in Devanagari and first consonants in Thai, dotted', () => {
    expect(initials('अनीता शर्मा')).toBe('अ.श');
    expect(initials('डॉ. राहुल क्षत्रिय', skip)).toBe('रा.क्ष');
    expect(initials('สมชาย ใจดี')).toBe('ส.จ');
    expect(initials('เกียรติ ศักดิ์')).toBe('ก.ศ');
  });

  it('takes bad input: nothing, spaces, digits, emoji, a very long name', () => {
    expect(initials('')).toBe('?');
    expect(initials('  ')).toBe('?');
    expect(initials('123 456')).toBe('?');
    expect(initials('😀 🎉')).toBe('?');
    expect(initials('(Ana) ¿Ruiz?')).toBe('AR');
    expect(initials(`${'Ana '.repeat(5000)}Ruiz`)).toBe('AAA');
    expect(initials('Ana', [])).toBe('A');
    expect(initials('Ana Ruiz', ['', ' ', '.'])).toBe('AR');
  });

  it('always gives one to three initials, never spaces (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (name) => {
        const out = initials(name, skip);
        expect(out).not.toBe('');
        expect(out).not.toMatch(/\s/u);
        const letters = out.replace(/[.״]/gu, '');
        expect(out === '?' || (graphemes(letters) >= 1 && graphemes(letters) <= 3)).toBe(true);
      }),
    );
  });
});
