// The fonts the kit draws with, and which script needs which: Noto Sans covers Latin, Greek and
// Cyrillic; every other script a participant may type has its own Noto family, loaded only when
// such letters appear. Shared by the map image (satori) and the PDFs (pdf-lib).

export type FontScript = 'cjk' | 'korean' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'emoji';

/**
 * The fonts the kit can use, served at /fonts/<file>.ttf (src/pages/fonts/[font].ts).
 * The big scripts are fetched only when their letters appear; the CJK ones are ~10 and ~6 MB, so
 * they come in regular weight only (bold text in them is drawn regular).
 */
export const FONT_FILES = [
  {
    file: 'noto-sans-regular',
    family: 'Noto Sans',
    weight: 400,
    script: 'base',
    npm: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  },
  {
    file: 'noto-sans-bold',
    family: 'Noto Sans',
    weight: 700,
    script: 'base',
    npm: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  {
    file: 'noto-sans-arabic-regular',
    family: 'Noto Sans Arabic',
    weight: 400,
    script: 'arabic',
    npm: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  },
  {
    file: 'noto-sans-arabic-bold',
    family: 'Noto Sans Arabic',
    weight: 700,
    script: 'arabic',
    npm: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  {
    file: 'noto-sans-hebrew-regular',
    family: 'Noto Sans Hebrew',
    weight: 400,
    script: 'hebrew',
    npm: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  },
  {
    file: 'noto-sans-hebrew-bold',
    family: 'Noto Sans Hebrew',
    weight: 700,
    script: 'hebrew',
    npm: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  },
  {
    file: 'noto-sans-devanagari-regular',
    family: 'Noto Sans Devanagari',
    weight: 400,
    script: 'devanagari',
    npm: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  },
  {
    file: 'noto-sans-devanagari-bold',
    family: 'Noto Sans Devanagari',
    weight: 700,
    script: 'devanagari',
    npm: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  },
  {
    file: 'noto-sans-thai-regular',
    family: 'Noto Sans Thai',
    weight: 400,
    script: 'thai',
    npm: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  },
  {
    file: 'noto-sans-thai-bold',
    family: 'Noto Sans Thai',
    weight: 700,
    script: 'thai',
    npm: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  },
  // Emoji in one colour (outlines, like every other letter here), regular weight only.
  {
    file: 'noto-emoji-regular',
    family: 'Noto Emoji',
    weight: 400,
    script: 'emoji',
    npm: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  },
  {
    file: 'noto-sans-sc-regular',
    family: 'Noto Sans SC',
    weight: 400,
    script: 'cjk',
    npm: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    file: 'noto-sans-kr-regular',
    family: 'Noto Sans KR',
    weight: 400,
    script: 'korean',
    npm: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  },
] as const satisfies readonly {
  file: string;
  family: string;
  weight: 400 | 700;
  script: FontScript | 'base';
  npm: string;
}[];

export type FontFile = (typeof FONT_FILES)[number];

/**
 * Where a font file's table directory lists the table `tag` (e.g. `GPOS`): the offset of its
 * 16-byte record (tag, checksum, offset, length). Undefined for a font collection, for bytes that
 * are no font, and when the record is missing or lies past the end of the bytes.
 */
export function tableRecord(bytes: Uint8Array, tag: string): number | undefined {
  const tagAt = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tagAt(0) === 'ttcf') return undefined;
  const tables = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (record + 16 > bytes.length) return undefined;
    if (tagAt(record) === tag) return record;
  }
  return undefined;
}

/** Letters of each script that Noto Sans lacks (some are "Common" in Unicode, so listed by hand). */
const SCRIPTS: [FontScript, RegExp][] = [
  // Han, kana, bopomofo, CJK punctuation and full-width forms; Noto Sans SC has them all, not Hangul.
  [
    'cjk',
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\u31C0-\u31EF\uFF00-\uFFEF]/u,
  ],
  ['korean', /[\p{Script=Hangul}]/u],
  ['arabic', /[\p{Script=Arabic}\u060C\u061B\u061F\u0640]/u],
  ['hebrew', /[\p{Script=Hebrew}]/u],
  // Vedic marks (U+1CD0–1CFF) combine with the letter before them: the range is meant to hold them.
  // eslint-disable-next-line no-misleading-character-class
  ['devanagari', /[\p{Script=Devanagari}\u0964\u0965\u1CD0-\u1CFF]/u],
  ['thai', /[\p{Script=Thai}]/u],
  // Pictographs and flags' regional indicators; ©, ®, ™ and the like stay with Noto Sans, which has them.
  [
    'emoji',
    /(?![\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u21AA])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u,
  ],
];

/**
 * Marks that join the character before them into one sign: the joiner of emoji sequences
 * (👩‍🔬), variation selectors, the keycap mark and skin tones. They go with the run before them.
 */
// The class holds combining marks on purpose: each is tested on its own.
// eslint-disable-next-line no-misleading-character-class
const JOINING = /[\u200D\uFE0E\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}]/u;

/** The extra fonts a text needs beyond Noto Sans (Latin, Greek, Cyrillic). */
export function languageFontsFor(text: string): FontScript[] {
  return SCRIPTS.filter(([, letters]) => letters.test(text)).map(([script]) => script);
}

/** The font files to load for these scripts: Noto Sans always, then one family per script. */
export function fontFilesFor(scripts: readonly FontScript[]): FontFile[] {
  return FONT_FILES.filter((f) => f.script === 'base' || scripts.includes(f.script));
}

export type Script = FontScript | 'base';

const RTL: ReadonlySet<Script> = new Set(['arabic', 'hebrew']);
const isRightToLeft = (script: Script) => RTL.has(script);

/** The script of one character, or null for spaces, which belong to the letters around them. */
function scriptOf(char: string): Script | null {
  if (/\s/u.test(char) || JOINING.test(char)) return null;
  for (const [script, letters] of SCRIPTS) if (letters.test(char)) return script;
  return 'base';
}

/**
 * Text below U+0590 (Latin, Greek, Cyrillic, their punctuation and spaces) is one Noto Sans run:
 * no letter of another script, no joining mark and no emoji but © and ® lie there, save two
 * Bopomofo tone marks (U+02EA, U+02EB). Most text of a document is such, and it is measured word
 * by word, so this spares looking at each letter.
 */
// eslint-disable-next-line no-control-regex
const ALL_BASE = /^[\u0000-\u02E9\u02EC-\u058F]+$/;

/**
 * Cuts a text into runs that one font each can draw, in logical order. Spaces stay inside a run
 * (a phrase in Arabic is shaped and reversed as a whole), except at the end of a right-to-left
 * run (there they would be drawn on its left side once the run is reversed) or of an emoji run.
 */
export function scriptRuns(text: string): { script: Script; text: string }[] {
  if (ALL_BASE.test(text)) return [{ script: 'base', text }];
  const runs: { script: Script; text: string }[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const script = scriptOf(char) ?? last?.script ?? 'base';
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  }
  const out: { script: Script; text: string }[] = [];
  for (const run of runs) {
    // Spaces after an emoji go with the text too: the emoji font's space is a whole emoji wide.
    const trailing =
      isRightToLeft(run.script) || run.script === 'emoji' ? /\s+$/u.exec(run.text)?.[0] : undefined;
    if (trailing)
      out.push(
        { script: run.script, text: run.text.slice(0, -trailing.length) },
        { script: 'base', text: trailing },
      );
    else out.push(run);
  }
  return out;
}
