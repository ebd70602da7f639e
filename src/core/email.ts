/** The parts of an e-mail drafted from a participant's answers. */
export interface EmailDraft {
  to: string;
  subject: string;
  body: string;
}

import { endSentence } from './draft.ts';
import { PLACEHOLDER_PATTERN as placeholder } from './ids.ts';

/**
 * Fills `{field-id}` placeholders with answers. A line whose placeholders are all empty is left
 * out, so an unanswered question leaves no hole; paragraphs stay separated by one blank line. An
 * answer that is a paragraph of its own (alone on its line) ends as a sentence; one followed by
 * punctuation in the template loses its own final full stop ("open to a call?", not "a call.?").
 */
export function fillTemplate(template: string, answers: Record<string, unknown>): string {
  const value = (key: string) => {
    const v = answers[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  const lines = template
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => {
      const keys = [...line.matchAll(placeholder)].map((m) => m[1]!);
      if (keys.length > 0 && keys.every((k) => value(k) === '')) return [];
      const alone = keys.length === 1 && line.trim() === `{${keys[0]}}`;
      if (alone) return [endSentence(value(keys[0]!))];
      return [
        line
          .replace(placeholder, (_, k: string, at: number) =>
            /^[.?!,;:]/.test(line.slice(at + k.length + 2)) ? value(k).replace(/\.+$/, '') : value(k),
          )
          .trimEnd(),
      ];
    });
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The draft of a composer field, from the answers of its worksheet. */
export function composeEmail(
  composer: { subject: string; template: string; to?: string | undefined },
  answers: Record<string, unknown>,
): EmailDraft {
  const to =
    composer.to && typeof answers[composer.to] === 'string' ? (answers[composer.to] as string).trim() : '';
  return {
    to: /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(to) ? to : '',
    subject: fillTemplate(composer.subject, answers).replace(/\s+/g, ' '),
    body: fillTemplate(composer.template, answers),
  };
}

/** The message as copied: the subject line (words from content/ui) above the body. */
export function messageText(draft: EmailDraft, subjectLine: (subject: string) => string): string {
  return draft.subject ? `${subjectLine(draft.subject)}\n\n${draft.body}` : draft.body;
}

/** A mailto: link (RFC 6068) that opens the draft in the participant's own mail program. */
export function mailtoUrl(draft: EmailDraft): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${draft.to ? encodeURIComponent(draft.to).replace('%40', '@') : ''}?subject=${enc(draft.subject)}&body=${enc(draft.body)}`;
}
