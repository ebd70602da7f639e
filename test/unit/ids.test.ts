// core/ids.ts: the one id pattern for content and workbook, and the placeholders of templates.
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, MAX_ID_LENGTH, PLACEHOLDER_PATTERN } from '../../src/core/ids.ts';

const placeholders = (template: string) => [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);

describe('ID_PATTERN', () => {
  it('accepts lower-case letters, digits and dashes, starting with a letter or digit', () => {
    for (const id of ['a', '7', 'know-yourself', 'p-3f9a', 'work-life', '2nd-mentor', 'a--b', 'a-'])
      expect(id).toMatch(ID_PATTERN);
  });

  it('accepts 64 characters and refuses 65', () => {
    expect(MAX_ID_LENGTH).toBe(64);
    expect('a'.repeat(64)).toMatch(ID_PATTERN);
    expect('a'.repeat(65)).not.toMatch(ID_PATTERN);
    expect(`a${'-'.repeat(63)}`).toMatch(ID_PATTERN);
  });

  it('refuses a leading dash, upper case and other characters', () => {
    for (const id of [
      '',
      '-a',
      'Know-yourself',
      'KNOW',
      'know_yourself',
      'know yourself',
      'née',
      'a.b',
      'a/b',
      'a\n',
    ])
      expect(id).not.toMatch(ID_PATTERN);
  });
});

describe('PLACEHOLDER_PATTERN', () => {
  it('finds every placeholder of a template, in order, repeats included', () => {
    expect(
      placeholders('Dear {mentor-name},\n\n{connection}\n\nWould you be open to {request}? {request}'),
    ).toEqual(['mentor-name', 'connection', 'request', 'request']);
  });

  it('finds none in a template without placeholders', () => {
    expect(placeholders('Dear colleague, thank you.')).toEqual([]);
    expect(placeholders('')).toEqual([]);
  });

  it('skips braces that do not hold an id', () => {
    expect(placeholders('{Name} {-x} {a b} {} {a_b} {ok}')).toEqual(['ok']);
    expect(placeholders(`{${'a'.repeat(64)}} {${'b'.repeat(65)}}`)).toEqual(['a'.repeat(64)]);
  });
});
