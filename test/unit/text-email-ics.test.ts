import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { clock, countWords, speakingSeconds } from '../../src/core/text-stats.ts';
import { composeEmail, fillTemplate, mailtoUrl } from '../../src/core/email.ts';
import { escapeText, fold, isIsoDate, reminderIcs } from '../../src/core/ics.ts';

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

describe('e-mail composer', () => {
  const composer = {
    to: 'mentor-email',
    subject: 'Request for {request}',
    template:
      'Dear {mentor-name},\n\n{connection}\n\n{my-intro}\n\nWould you be open to {request}?\n\nThank you,',
  };

  it('fills every placeholder with the answers', () => {
    const draft = composeEmail(composer, {
      'mentor-email': 'a.rivera@example.edu',
      'mentor-name': 'Dr Rivera',
      connection: 'Bo Lee suggested I write.',
      'my-intro': 'I am a postdoc.',
      request: 'a short call',
    });
    expect(draft).toEqual({
      to: 'a.rivera@example.edu',
      subject: 'Request for a short call',
      body: 'Dear Dr Rivera,\n\nBo Lee suggested I write.\n\nI am a postdoc.\n\nWould you be open to a short call?\n\nThank you,',
    });
  });

  it('leaves out lines whose answers are empty, without leaving holes', () => {
    const draft = composeEmail(composer, {
      'mentor-name': 'Dr Rivera',
      request: 'a short call',
      connection: '   ',
    });
    expect(draft.body).toBe('Dear Dr Rivera,\n\nWould you be open to a short call?\n\nThank you,');
    expect(draft.to).toBe('');
  });

  it('keeps fixed lines and ignores answers that are not text', () => {
    expect(fillTemplate('Hello {a}\nFixed line\n{b}', { a: ['x'], b: 3 })).toBe('Fixed line');
  });

  it('refuses a recipient that is not an address', () => {
    expect(composeEmail(composer, { 'mentor-email': 'not an address' }).to).toBe('');
    expect(composeEmail(composer, { 'mentor-email': 'a@b.c?cc=evil@x.y' }).to).toBe('');
  });

  it('builds a mailto link with CRLF line breaks and encoded text', () => {
    const url = mailtoUrl({ to: 'a@b.org', subject: 'Hi & thanks', body: 'Line 1\nLine 2 ¿sí?' });
    expect(url).toBe(
      'mailto:a@b.org?subject=Hi%20%26%20thanks&body=Line%201%0D%0ALine%202%20%C2%BFs%C3%AD%3F',
    );
    expect(mailtoUrl({ to: '', subject: '', body: '' })).toBe('mailto:?subject=&body=');
  });
});

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
