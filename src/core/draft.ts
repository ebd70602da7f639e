// Drafts made from a participant's answers (an e-mail, a pitch joined from its parts): sentences
// that end as sentences, and the rule that a draft the participant changed is never replaced unasked.

/** What may end a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？:;][\s"'”’»)\]]*$/u;

/**
 * `text` trimmed, ending as a sentence: `stop` is added when it ends without a full stop, question
 * or exclamation mark, ellipsis, colon or semicolon. Empty text stays empty.
 */
export function endSentence(text: string, stop = '.'): string {
  const trimmed = text.trim();
  if (!trimmed || SENTENCE_END.test(trimmed)) return trimmed;
  return trimmed + stop;
}

/** Answers joined into one paragraph, each ending as a sentence; empty ones left out. */
export function joinSentences(parts: readonly string[], stop = '.'): string {
  return parts
    .map((p) => endSentence(p, stop))
    .filter(Boolean)
    .join(' ');
}

/**
 * Whether putting a new draft in place of `current` must ask first: it holds text of the
 * participant's own, which is neither empty nor the same as the new draft (whitespace aside).
 */
export function asksBeforeReplacing(current: string, fresh: string): boolean {
  const mine = current.trim();
  return mine !== '' && mine !== fresh.trim();
}
