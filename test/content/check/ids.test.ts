import { describe, expect, it } from 'vitest';
import { checkFileName, duplicateIds } from '../../../src/check/ids.ts';
import { parseYaml } from '../../../src/check/source.ts';

describe('checkFileName', () => {
  it('accepts an id', () => {
    expect(checkFileName('know-yourself', '.yaml', 'f')).toBeUndefined();
    expect(checkFileName('a'.repeat(64), '.yaml', 'f')).toBeUndefined();
  });

  it('refuses a name that is not an id, suggesting the nearest one', () => {
    expect(checkFileName('Mi Hoja Ñ', '.yaml', 'f')?.message).toContain('e.g. mi-hoja-n.yaml');
    expect(checkFileName('a'.repeat(65), '.mdx', 'f')?.message).toContain(`e.g. ${'a'.repeat(64)}.mdx`);
  });

  it('suggests nothing when nothing of the name is usable', () => {
    const message = checkFileName('日本', '.yaml', 'f')?.message ?? '';
    expect(message).not.toContain('e.g.');
    expect(message).toContain(
      '(starting with a letter or digit, at most 64 characters), with the same name in every locale',
    );
  });
});

describe('duplicateIds', () => {
  it('names the second entry with a used id, with its line', () => {
    const { parsed } = parseYaml('- id: a\n- id: b\n- id: a\n', 'roles.yaml');
    expect(duplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }], 'roles.yaml', parsed!)).toEqual([
      {
        file: 'roles.yaml',
        line: 3,
        field: '[3].id',
        message: 'the id "a" is used twice: ids must be unique',
      },
    ]);
  });
});
