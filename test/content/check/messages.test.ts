import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/check/messages.ts';

describe('messages', () => {
  it('says what is wrong and how to fix it, with the values it is given', () => {
    expect(messages.lowContrast({ colour: '#8fb3e0', ratio: 2.345, needed: 4.5, shade: '#3a72b8' })).toBe(
      '#8fb3e0 has a contrast of 2.35:1 against white; it needs at least 4.5:1 to stay readable (WCAG 2.2 AA). The nearest shade of the same colour that passes is "#3a72b8": write that, or choose another darker colour.',
    );
    expect(messages.notASupport({ id: 'fame', supports: ['coaching', 'exposure'] })).toBe(
      '"fame" is not a kind of support; use one of coaching, exposure',
    );
  });

  it('writes each message once: no two codes give the same text', () => {
    const texts = Object.entries(messages).map(([code, say]) =>
      (say as (p: Record<string, unknown>) => string)(
        new Proxy(
          {},
          {
            get: (_, key) =>
              key === 'ratio' ? 1 : key === 'locales' || key === 'supports' ? [code] : `<${String(key)}>`,
          },
        ),
      ),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });
});
