/** An all-day calendar event. */
export interface CalendarEvent {
  /** The day, as YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** A unique id for the event, e.g. from crypto.randomUUID(). */
  uid: string;
}

/** An all-day calendar reminder, made at `now` (DTSTAMP). */
export interface Reminder extends CalendarEvent {
  now: Date;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** An iCalendar file (RFC 5545) with one all-day event and an alarm on its morning. */
export function reminderIcs(r: Reminder): string {
  return calendarIcs([r], r.now);
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per entry, each with an alarm on its morning,
 * in the order given. Throws on a day that is not a real date, and on no events at all.
 */
export function calendarIcs(events: readonly CalendarEvent[], now: Date): string {
  if (events.length === 0) throw new RangeError('no events');
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentoring Network Kit//Review reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  if (!isIsoDate(e.date)) throw new RangeError(`not a date: ${e.date}`);
  const day = e.date.replaceAll('-', '');
  const next = new Date(Date.parse(`${e.date}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(e.summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
