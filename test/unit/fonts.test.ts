// render/fonts.ts: which script needs which font, and how a text is cut into runs one font can draw.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontFilesFor, languageFontsFor, scriptRuns } from '../../src/render/fonts.ts';

describe('languageFontsFor', () => {
  it.each([
    ['cjk', '李小龍'],
    ['cjk', '田中さくら'],
    ['cjk', 'カタカナ'],
    ['cjk', '「全角」'],
    ['korean', '김민지'],
    ['arabic', 'محمد عبد الله'],
    ['hebrew', 'דנה כהן'],
    ['devanagari', 'अनीता शर्मा'],
    ['thai', 'สมชาย ใจดี'],
    ['emoji', '👩‍🔬'],
    ['emoji', '🇪🇸'],
  ] as const)('finds %s in %s', (script, text) => {
    expect(languageFontsFor(text)).toEqual([script]);
    expect(languageFontsFor(`Dr ${text}, PhD`)).toEqual([script]);
  });

  it('needs nothing beyond Noto Sans for Latin, Greek and Cyrillic', () => {
    for (const text of [
      '',
      'Zoë Ångström-Núñez',
      'Łukasz Żółć',
      'Nguyễn Thị Minh',
      'Γιώργος',
      'Иван Петров',
      '12 → 3 · “ok”',
    ])
      expect(languageFontsFor(text)).toEqual([]);
  });

  it('lists each script once, in a fixed order, however the text mixes them', () => {
    expect(languageFontsFor('דנה 李 김 محمد अनीता 龍 כהן')).toEqual([
      'cjk',
      'korean',
      'arabic',
      'hebrew',
      'devanagari',
    ]);
  });
});

describe('fontFilesFor', () => {
  it('gives only Noto Sans, regular and bold, for a Latin-only text', () => {
    const files = fontFilesFor(languageFontsFor('Zoë Ångström-Núñez'));
    expect(files.map((f) => [f.family, f.weight])).toEqual([
      ['Noto Sans', 400],
      ['Noto Sans', 700],
    ]);
  });

  it('adds one family per script, in both weights where the family has two', () => {
    expect(fontFilesFor(['arabic']).map((f) => f.file)).toEqual([
      'noto-sans-regular',
      'noto-sans-bold',
      'noto-sans-arabic-regular',
      'noto-sans-arabic-bold',
    ]);
    // The CJK families are large and come in one weight.
    expect(fontFilesFor(['cjk', 'korean']).map((f) => f.family)).toEqual([
      'Noto Sans',
      'Noto Sans',
      'Noto Sans SC',
      'Noto Sans KR',
    ]);
  });

  it('names files that are unique and present in node_modules', () => {
    expect(new Set(FONT_FILES.map((f) => f.file)).size).toBe(FONT_FILES.length);
    for (const f of FONT_FILES) expect(existsSync(`node_modules/${f.npm}`), f.npm).toBe(true);
  });
});

describe('scriptRuns', () => {
  it('keeps an emoji sequence whole (joiner, skin tone), and the space after it with the text', () => {
    expect(scriptRuns('👩‍🔬 Ana')).toEqual([
      { script: 'emoji', text: '👩‍🔬' },
      { script: 'base', text: ' ' },
      { script: 'base', text: 'Ana' },
    ]);
    expect(scriptRuns('Bo 👍🏽')).toEqual([
      { script: 'base', text: 'Bo ' },
      { script: 'emoji', text: '👍🏽' },
    ]);
    // © and ™ stay with Noto Sans, which has them.
    expect(scriptRuns('Acme™ ©')).toEqual([{ script: 'base', text: 'Acme™ ©' }]);
  });

  it('finds no other script below U+0590 but two Bopomofo marks, where it takes a text as one Noto Sans run without looking at each letter', () => {
    for (let cp = 0; cp < 0x590; cp++)
      expect(languageFontsFor(String.fromCodePoint(cp)), cp.toString(16)).toEqual(
        cp === 0x2ea || cp === 0x2eb ? ['cjk'] : [],
      );
    expect(scriptRuns('Ana ˪').map((r) => r.script)).toEqual(['base', 'cjk']);
    expect(scriptRuns('\tΓιώργος Π., Иван — Łukasz ©')).toEqual([
      { script: 'base', text: '\tΓιώργος Π., Иван — Łukasz ©' },
    ]);
    // One letter of another script is enough to cut the text.
    expect(scriptRuns('Ana ע').map((r) => r.script)).toEqual(['base', 'hebrew']);
  });

  it('keeps a text of one script in one run, spaces included', () => {
    expect(scriptRuns('Ana Ruiz')).toEqual([{ script: 'base', text: 'Ana Ruiz' }]);
    expect(scriptRuns('')).toEqual([]);
  });

  it('cuts a mixed text where the script changes, keeping every character in order', () => {
    const text = 'Dr 李小龍 and 김민지';
    const runs = scriptRuns(text);
    expect(runs).toEqual([
      { script: 'base', text: 'Dr ' },
      { script: 'cjk', text: '李小龍 ' },
      { script: 'base', text: 'and ' },
      { script: 'korean', text: '김민지' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('ends a right-to-left run before its trailing spaces', () => {
    const text = 'محمد عبد الله (Mo)';
    const runs = scriptRuns(text);
    expect(runs[0]).toEqual({ script: 'arabic', text: 'محمد عبد الله' });
    expect(runs.slice(1).every((r) => r.script === 'base')).toBe(true);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('gives leading spaces to the first run', () => {
    expect(scriptRuns('  דנה')).toEqual([
      { script: 'base', text: '  ' },
      { script: 'hebrew', text: 'דנה' },
    ]);
  });
});
