import { describe, expect, it } from 'vitest';
import { composeEmail, fillTemplate, mailtoUrl, messageText } from '../../src/core/email.ts';

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

describe('sentences in a draft', () => {
  it('ends an answer that is a paragraph of its own as a sentence', () => {
    expect(
      fillTemplate('Dear {name},\n\n{connection}\n\n{intro}', {
        name: 'Dr Rivera',
        connection: 'Bo Lee suggested I write',
        intro: 'I am a postdoc!',
      }),
    ).toBe('Dear Dr Rivera,\n\nBo Lee suggested I write.\n\nI am a postdoc!');
    expect(fillTemplate('{a}', { a: 'Ana me sugirió que te escribiera' })).toBe(
      'Ana me sugirió que te escribiera.',
    );
  });

  it('drops an answer’s own full stop where the template goes on with punctuation', () => {
    expect(fillTemplate('Would you be open to {request}?', { request: 'a short call.' })).toBe(
      'Would you be open to a short call?',
    );
    expect(fillTemplate('Me gustaría proponerte {request}.', { request: 'una llamada...' })).toBe(
      'Me gustaría proponerte una llamada.',
    );
    // Inside a sentence an answer is left as it is.
    expect(fillTemplate('Hi {name} and more', { name: 'J. R.' })).toBe('Hi J. R. and more');
  });
});

describe('the message as copied', () => {
  const line = (subject: string) => `Subject: ${subject}`;
  it('has the subject line above the body', () => {
    expect(messageText({ to: '', subject: 'Request for a call', body: 'Dear Ana,\n\nHello.' }, line)).toBe(
      'Subject: Request for a call\n\nDear Ana,\n\nHello.',
    );
  });
  it('is the body alone when there is no subject', () => {
    expect(messageText({ to: '', subject: '', body: 'Hello.' }, line)).toBe('Hello.');
  });
});
