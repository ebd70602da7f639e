import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/render/xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters, so a name stays text', () => {
    expect(escapeXml(`<b>&"'`)).toBe('&lt;b&gt;&amp;&quot;&apos;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops the control characters XML 1.0 forbids, keeping tab and line ends', () => {
    expect(escapeXml('a\u0000b\u0007c\u001bd\uFFFE')).toBe('abcd');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('leaves every script alone', () => {
    const names = 'Zoë Γιώργος Иван 李小龍 김민지 محمد דנה अनीता';
    expect(escapeXml(names)).toBe(names);
  });
});
