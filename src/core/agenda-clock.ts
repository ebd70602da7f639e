/**
 * The clock arithmetic of an agenda: when each step starts and ends for a start time the facilitator
 * enters, how long is left in a step, and how many copies to print for a group. Times are minutes
 * after midnight of the session's first day; a step that runs past midnight says which day it is on.
 */

const DAY = 24 * 60;

/** A time of day, and how many midnights lie between it and the session's start (0 on the first day). */
export interface ClockTime {
  /** Minutes after midnight, 0 to 1439. */
  minutes: number;
  /** 0 on the day the session starts, 1 the day after, … */
  day: number;
}

/** One step's place in the session. */
export interface StepTime {
  /** Minutes from the session's start to the step's start. */
  offset: number;
  start: ClockTime;
  end: ClockTime;
}

/**
 * Reads "HH:MM" (24-hour, as `<input type="time">` gives it, seconds allowed and ignored) as minutes
 * after midnight; anything else is `undefined`.
 */
export function parseClock(value: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes after midnight (wrapping past midnight), as a time input's value. */
export function clockValue(minutes: number): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The time `minutes` after `start` (minutes after midnight), with the day it falls on. */
export function addMinutes(start: number, minutes: number): ClockTime {
  const total = start + minutes;
  return { minutes: ((total % DAY) + DAY) % DAY, day: Math.floor(total / DAY) };
}

/** Each step's offset, start and end, for steps of the given lengths beginning at `start`. */
export function stepTimes(start: number, lengths: readonly number[]): StepTime[] {
  let offset = 0;
  return lengths.map((length) => {
    const step = { offset, start: addMinutes(start, offset), end: addMinutes(start, offset + length) };
    offset += length;
    return step;
  });
}

/**
 * A time of day in the locale's own way ("1:05 PM" in English, "13:05" in Spanish). Formatted as UTC
 * so that the machine's time zone and daylight saving never shift it.
 */
export function formatClock(time: ClockTime | number, locale: string): string {
  const minutes = typeof time === 'number' ? addMinutes(time, 0).minutes : time.minutes;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60),
  );
}

/** A length of time as hours and minutes, "0:05" or "1:30", for offsets from the start. */
export function elapsed(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A countdown as "m:ss" for the seconds left; never below zero. */
export function countdown(secondsLeft: number): string {
  const s = Math.max(0, Math.ceil(secondsLeft));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The smallest and largest group the number inputs of the agenda page accept. */
export const GROUP_LIMITS = { min: 1, max: 500 } as const;

/** A group size typed by the facilitator, as a whole number within the limits, or `undefined`. */
export function parseGroupSize(value: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= GROUP_LIMITS.min && n <= GROUP_LIMITS.max ? n : undefined;
}

/** Copies of a handout to print for a group: per participant, and one spare per facilitator. */
export function copiesFor(perParticipant: number, participants: number, facilitators: number): number {
  return perParticipant * participants + facilitators;
}
