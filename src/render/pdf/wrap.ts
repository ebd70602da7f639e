// Line breaking for the PDFs, in every script a name or an answer may be written in. Lines break
// between words: at spaces; after a hyphen inside a word ("Cholmondeley-|Marjoribanks"); and, in
// scripts written without spaces (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese), between
// the words Intl.Segmenter finds, as a browser would. Only a word wider than the whole line is cut,
// between two of its graphemes (never inside one: a Devanagari conjunct or a letter with its accents
// stays whole), with a hyphen where the script hyphenates (Latin, Greek, Cyrillic, Armenian,
// Georgian) and without one elsewhere.

/** Scripts written without spaces between words: a line may break between any two of their words. */
const NO_SPACES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Letters of the scripts that mark a word cut at a line's end with a hyphen. */
const HYPHENATES =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;
/** Hyphens and dashes a line may break after, inside a word. */
const HYPHEN = /[-‐‑‒–—/]$/u;

let words: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;
const wordSegments = (text: string) =>
  [...(words ??= new Intl.Segmenter(undefined, { granularity: 'word' })).segment(text)].map((s) => s.segment);
const graphemeSegments = (text: string) =>
  [...(graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)].map(
    (s) => s.segment,
  );

const first = (s: string) => String.fromCodePoint(s.codePointAt(0)!);
const last = (s: string) => [...s].at(-1)!;

/**
 * The pieces of a word between which a line may break, joined without a space: after a hyphen
 * inside it, and between the words of a script written without spaces.
 */
function breakablePieces(word: string): string[] {
  if (!NO_SPACES.test(word) && !/[-‐‑‒–—/]./u.test(word)) return [word];
  const pieces: string[] = [];
  for (const segment of wordSegments(word)) {
    const before = pieces.at(-1);
    const between =
      before !== undefined && (HYPHEN.test(before) || NO_SPACES.test(last(before) + first(segment)));
    // Never before a hyphen or other punctuation: it stays at the end of the line before.
    if (before !== undefined && (!between || /^\p{P}/u.test(segment)))
      pieces[pieces.length - 1] = before + segment;
    else pieces.push(segment);
  }
  return pieces;
}

/** A word wider than a line, cut between graphemes into lines that fit, hyphenated where the script is. */
function cutWord(word: string, fits: (s: string) => boolean): string[] {
  const parts = graphemeSegments(word);
  const out: string[] = [];
  let start = 0;
  while (start < parts.length) {
    const piece = (end: number) => {
      const text = parts.slice(start, end).join('');
      const next = parts[end];
      const hyphen =
        next !== undefined && HYPHENATES.test(first(parts[end - 1]!)) && HYPHENATES.test(first(next));
      return hyphen ? `${text}-` : text;
    };
    // The longest run that fits (found by halving: a very long word stays quick), and at least one
    // grapheme, so that a line narrower than a letter still moves on.
    let [lo, hi] = [start + 1, parts.length];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(piece(mid))) lo = mid;
      else hi = mid - 1;
    }
    out.push(piece(lo));
    start = lo;
  }
  return out;
}

/**
 * Splits text into lines no wider than `width`, given a measure of a string's width. Each `\n`
 * starts a new line; lines break between words (see the top of this file).
 */
export function wrapText(text: string, widthOf: (s: string) => number, width: number): string[] {
  const out: string[] = [];
  const space = widthOf(' ');
  const fits = (s: string) => widthOf(s) <= width;
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const [i, piece] of breakablePieces(word).entries()) {
        // The first piece of a word follows a space; the others join the piece before.
        const gap = line !== '' && i === 0 ? space : 0;
        const w = widthOf(piece);
        // A line's width is the sum of its pieces and spaces (kerning across a break is negligible).
        if (lineWidth + gap + w <= width) {
          line += (gap ? ' ' : '') + piece;
          lineWidth += gap + w;
          continue;
        }
        if (line) out.push(line);
        const lines = w <= width ? [piece] : cutWord(piece, fits);
        out.push(...lines.slice(0, -1));
        line = lines.at(-1)!;
        lineWidth = widthOf(line);
      }
    }
    out.push(line);
  }
  return out;
}
