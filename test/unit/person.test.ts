// core/person.ts: the person vocabulary, its defaults, and new person ids.
import { readFileSync } from 'node:fs';
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
  it('makes initials in any script', () => {
    expect(initials('Ana María Ruiz')).toBe('AMR');
    expect(initials('élodie faure')).toBe('ÉF');
    expect(initials('Иван Петров')).toBe('ИП');
    expect(initials('李小龍')).toBe('李');
    expect(initials('محمد علي')).toBe('مع');
    expect(initials('  ')).toBe('?');
    expect(initials('Dr. Jean-Paul Sartre')).toBe('DJP');
  });
});
