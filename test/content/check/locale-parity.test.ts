import { describe, expect, it } from 'vitest';
import { fileParity, uiKeyParity } from '../../../src/check/locale-parity.ts';

const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

describe('fileParity', () => {
  it('names the missing file and the one to translate from', () => {
    const problems = fileParity(sets({ en: ['a', 'b'], es: ['a'] }), (l, s) => `${l}/${s}.yaml`);
    expect(problems).toEqual([
      {
        file: 'es/b.yaml',
        message:
          'is missing: en/b.yaml exists in "en". Translate it into "es", or remove it from every locale',
      },
    ]);
  });

  it('finds nothing when every locale has the same files', () => {
    expect(fileParity(sets({ en: ['a'], es: ['a'] }), (l, s) => `${l}/${s}`)).toEqual([]);
  });
});

describe('uiKeyParity', () => {
  it('names the key a locale lacks', () => {
    const content = { dir: 'content', rel: (p: string) => `content/${p}` };
    expect(uiKeyParity(sets({ en: ['nav.home', 'nav.guides'], es: ['nav.home'] }), content)).toEqual([
      {
        file: 'content/ui/es.yaml',
        field: 'nav.guides',
        message: 'is missing here but present in ui/en.yaml: add its es translation',
      },
    ]);
  });
});
