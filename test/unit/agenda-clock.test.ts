import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  clockValue,
  copiesFor,
  countdown,
  elapsed,
  formatClock,
  parseClock,
  parseGroupSize,
  stepTimes,
} from '../../src/core/agenda-clock.ts';

describe('parseClock', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['9:05', 545],
    ['12:00', 720],
    ['23:59', 1439],
    ['13:45:00', 825],
    [' 07:15 ', 435],
  ])('%s is %d minutes after midnight', (value, minutes) => {
    expect(parseClock(value)).toBe(minutes);
  });

  it.each(['', '24:00', '12:60', '9', '9.30', 'noon', '-1:00', '12:3', '1:30 PM'])('refuses %j', (value) => {
    expect(parseClock(value)).toBeUndefined();
  });

  it('reads back every value clockValue writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(parseClock(clockValue(m))).toBe(m);
      }),
    );
  });
});

describe('stepTimes', () => {
  it('gives each step its offset, start and end, before noon', () => {
    expect(stepTimes(9 * 60, [5, 10, 15])).toEqual([
      { offset: 0, start: { minutes: 540, day: 0 }, end: { minutes: 545, day: 0 } },
      { offset: 5, start: { minutes: 545, day: 0 }, end: { minutes: 555, day: 0 } },
      { offset: 15, start: { minutes: 555, day: 0 }, end: { minutes: 570, day: 0 } },
    ]);
  });

  it('crosses noon: 11:50 and steps of 5, 10 and 20 minutes end at 12:25', () => {
    const times = stepTimes(parseClock('11:50')!, [5, 10, 20]);
    expect(times.map((s) => clockValue(s.start.minutes))).toEqual(['11:50', '11:55', '12:05']);
    expect(clockValue(times[2]!.end.minutes)).toBe('12:25');
    expect(formatClock(times[2]!.start, 'en')).toBe('12:05 PM');
    expect(formatClock(times[0]!.start, 'en')).toBe('11:50 AM');
    expect(formatClock(times[2]!.start, 'es')).toBe('12:05');
  });

  it('crosses midnight: a step that starts on the next day says so', () => {
    const times = stepTimes(parseClock('23:30')!, [20, 15, 60]);
    expect(times.map((s) => [clockValue(s.start.minutes), s.start.day])).toEqual([
      ['23:30', 0],
      ['23:50', 0],
      ['00:05', 1],
    ]);
    expect(times[1]!.end).toEqual({ minutes: 5, day: 1 });
    expect(times[2]!.end).toEqual({ minutes: 65, day: 1 });
    expect(formatClock(times[2]!.start, 'en')).toBe('12:05 AM');
    expect(formatClock(times[2]!.end, 'es')).toBe('1:05');
  });

  it('ends exactly at midnight on the next day', () => {
    expect(stepTimes(parseClock('22:00')!, [90, 30]).at(-1)!.end).toEqual({ minutes: 0, day: 1 });
  });

  it('always ends the total length after the start, whatever the start and steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 30 }),
        (start, lengths) => {
          const times = stepTimes(start, lengths);
          const total = lengths.reduce((a, b) => a + b, 0);
          const last = times.at(-1)!;
          expect(last.end.day * 1440 + last.end.minutes).toBe(start + total);
          times.forEach((t, i) => {
            if (i > 0) expect(t.start).toEqual(times[i - 1]!.end);
            expect(t.start.minutes).toBeGreaterThanOrEqual(0);
            expect(t.start.minutes).toBeLessThan(1440);
          });
        },
      ),
    );
  });
});

describe('addMinutes', () => {
  it('wraps past midnight and counts the days', () => {
    expect(addMinutes(1439, 1)).toEqual({ minutes: 0, day: 1 });
    expect(addMinutes(600, 3 * 1440 + 5)).toEqual({ minutes: 605, day: 3 });
  });
});

describe('formatClock', () => {
  it('does not depend on the time zone of the machine', () => {
    expect(formatClock(0, 'en')).toBe('12:00 AM');
    expect(formatClock(720, 'en')).toBe('12:00 PM');
    expect(formatClock(13 * 60 + 5, 'es')).toBe('13:05');
  });
});

describe('elapsed and countdown', () => {
  it('write offsets as h:mm', () => {
    expect([0, 5, 60, 95, 210].map(elapsed)).toEqual(['0:00', '0:05', '1:00', '1:35', '3:30']);
  });

  it('writes the time left as m:ss, rounding a part second up and never going below zero', () => {
    expect(countdown(600)).toBe('10:00');
    expect(countdown(59.2)).toBe('1:00');
    expect(countdown(0.4)).toBe('0:01');
    expect(countdown(0)).toBe('0:00');
    expect(countdown(-12)).toBe('0:00');
  });
});

describe('group sizes and copies', () => {
  it('accepts whole numbers from 1 to 500 only', () => {
    expect(['1', '12', ' 500 '].map(parseGroupSize)).toEqual([1, 12, 500]);
    expect(['0', '501', '-3', '2.5', '', 'ten'].map(parseGroupSize)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('prints a copy per participant and one for each facilitator', () => {
    expect(copiesFor(1, 12, 1)).toBe(13);
    expect(copiesFor(2, 12, 2)).toBe(26);
    expect(copiesFor(1, 1, 0)).toBe(1);
  });
});
