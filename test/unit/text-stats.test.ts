import { describe, expect, it } from 'vitest';
import { clock, countWords, speakingSeconds } from '../../src/core/text-stats.ts';

describe('word count and speaking time', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('I study how neighbourhoods shape heart health.')).toBe(7);
    expect(countWords('Well — it’s   complicated, isn’t it?')).toBe(5);
    expect(countWords('Estudio cómo el barrio influye en la salud.', 'es')).toBe(8);
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords('我研究城市的健康', 'zh')).toBeGreaterThan(1);
  });

  it('estimates seconds at a speaking pace', () => {
    expect(speakingSeconds(130, 130)).toBe(60);
    expect(speakingSeconds(65)).toBe(30);
    expect(speakingSeconds(150, 150)).toBe(60);
    expect(speakingSeconds(0)).toBe(0);
    expect(speakingSeconds(-5)).toBe(0);
    expect(() => speakingSeconds(10, 0)).toThrow(RangeError);
  });

  it('shows a stopwatch time', () => {
    expect([0, 9.9, 60, 75, 3600].map(clock)).toEqual(['0:00', '0:09', '1:00', '1:15', '60:00']);
    expect(clock(-3)).toBe('0:00');
  });
});
