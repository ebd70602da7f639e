/** Words in a text, in any script: Intl.Segmenter knows where words end in Chinese or Thai too. */
export function countWords(text: string, locale = 'en'): number {
  if (!text.trim()) return 0;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let n = 0;
    for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
    return n;
  }
  return text.trim().split(/\s+/u).length;
}

/** Seconds it takes to say `words` aloud at `wordsPerMinute` (130 is a typical, unhurried pace). */
export function speakingSeconds(words: number, wordsPerMinute = 130): number {
  if (!(wordsPerMinute > 0)) throw new RangeError('wordsPerMinute must be positive');
  return Math.round((Math.max(0, words) / wordsPerMinute) * 60);
}

/** `m:ss`, as a stopwatch shows time. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
