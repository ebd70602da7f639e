import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, fold, isIsoDate, reminderIcs } from '../../src/core/ics.ts';

describe('calendar reminder (RFC 5545)', () => {
  const reminder = {
    date: '2027-05-31',
    summary: 'Review my mentoring network',
    description: 'Open your saved workbook; re-map, compare, and update the plan.\nTake your time, ok?',
    uid: '123e4567-e89b-12d3-a456-426614174000@mentoring-network-kit',
    now: new Date('2026-11-26T10:11:12.345Z'),
  };
  const text = reminderIcs(reminder);

  it('is read back by an independent iCalendar parser with the same event', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Mentoring Network Kit/);
    expect(event.summary).toBe(reminder.summary);
    expect(event.description).toBe(reminder.description);
    expect(event.uid).toBe(reminder.uid);
    expect(event.startDate.toString()).toBe('2027-05-31');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-06-01');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-11-26T10:11:12Z',
    );
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('uses CRLF line ends and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'ñ'.repeat(100)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(folded)),
    ).not.toThrow();
  });

  it('crosses month and year ends', () => {
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(reminderIcs({ ...reminder, date: '2027-12-31' }))).getFirstSubcomponent(
        'vevent',
      )!,
    );
    expect(event.endDate.toString()).toBe('2028-01-01');
  });

  it('refuses a day that does not exist', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(() => reminderIcs({ ...reminder, date: '2027-02-30' })).toThrow(/not a date/);
  });
});
