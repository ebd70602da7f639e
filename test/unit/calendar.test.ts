import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderEvents } from '../../src/core/calendar.ts';
import { calendarIcs } from '../../src/core/ics.ts';

const review = { date: '2027-06-30', summary: 'Review my network', description: 'Look again.' };
const settings = {
  date: 'by-when',
  summary: 'My network: {action}',
  untitled: 'A step of my plan',
  description: 'Who: {who}\nFor the need: {need}',
};

describe('the events of a reminder', () => {
  it('has the review, then one event per row with a real date, in table order', () => {
    const events = reminderEvents(
      review,
      [
        { who: 'Dr Rivera', need: 'Funding', action: 'Write to her', 'by-when': '2027-01-15' },
        { action: 'No date' },
        { who: 'Ana', 'by-when': '2027-02-20' },
        { action: 'Bad date', 'by-when': '2027-02-30' },
        { action: 'Not text', 'by-when': 20270301 },
      ],
      settings,
    );
    expect(events).toEqual([
      review,
      {
        date: '2027-01-15',
        summary: 'My network: Write to her',
        description: 'Who: Dr Rivera\nFor the need: Funding',
      },
      { date: '2027-02-20', summary: 'A step of my plan', description: 'Who: Ana' },
    ]);
  });

  it('leaves the review out without a real date, and rows out without settings', () => {
    expect(reminderEvents({ ...review, date: '' }, [{ 'by-when': '2027-01-15' }])).toEqual([]);
    expect(reminderEvents({ ...review, date: 'soon' })).toEqual([]);
    expect(reminderEvents({ ...review, date: '' }, [{ 'by-when': '2027-01-15' }], settings)).toHaveLength(1);
  });

  it('become one calendar file that an independent parser reads as one event each', () => {
    const events = reminderEvents(
      review,
      [
        { action: 'Write, then call; wait', 'by-when': '2027-01-15' },
        { action: 'Ask Ana', 'by-when': '2027-01-15' },
      ],
      settings,
    ).map((e, i) => ({ ...e, uid: `uid-${i}@kit` }));
    const parsed = new ICAL.Component(
      ICAL.parse(calendarIcs(events, new Date('2026-11-29T10:00:00Z'))),
    ).getAllSubcomponents('vevent');
    expect(parsed.map((v) => new ICAL.Event(v).startDate.toString())).toEqual([
      '2027-06-30',
      '2027-01-15',
      '2027-01-15',
    ]);
    expect(parsed.map((v) => new ICAL.Event(v).summary)).toEqual([
      'Review my network',
      'My network: Write, then call; wait',
      'My network: Ask Ana',
    ]);
    expect(parsed.map((v) => new ICAL.Event(v).uid)).toEqual(['uid-0@kit', 'uid-1@kit', 'uid-2@kit']);
    expect(parsed.every((v) => v.getFirstSubcomponent('valarm') !== null)).toBe(true);
  });

  it('refuses an empty calendar and a day that is not real', () => {
    expect(() => calendarIcs([], new Date())).toThrow(/no events/);
    expect(() =>
      calendarIcs([{ date: '2027-02-30', summary: 's', description: '', uid: 'u' }], new Date()),
    ).toThrow(/not a date/);
  });
});
