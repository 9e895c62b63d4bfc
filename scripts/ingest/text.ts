/** Text helpers of the reader: markdown residue, dashes, casing (folding and dates: src/lib/vietnamese.ts). */

/** Tone marks, as NFD writes them: grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A word's letters in lower case without its tone (`Ủy`, `Uỷ` → `uy`), keeping what makes a letter
 * (`ơ` is not `ô`).
 */
export function toneless(word: string): string {
  return word.normalize('NFD').replace(TONES, '').normalize('NFC').toLocaleLowerCase('vi');
}

/** A word's tone, whatever vowel carries it (`ủy` and `uỷ` have the same). */
export function toneOf(word: string): string {
  return (word.normalize('NFD').match(TONES) ?? []).join('');
}

/** All kinds of dash (en, em, minus, hyphen variants) as `-`. */
export function unifyDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** Formatting tags OCR leaves (`<u>1698</u>`); any other tag is the text's own words and stays. */
const FORMATTING_TAG = /<\/?(?:u|b|i|em|strong|sup|sub|span|br|mark|s|del|ins|font)\b[^>]*>/gi;

/**
 * A source line without markdown residue, for reading metadata: `**`, `__x__`, `*x*`, `~~x~~`
 * (kept as `x`), `<u>x</u>`, trailing hard-break spaces, tabs and runs of spaces.
 */
export function plainLine(line: string, keepGaps = false): string {
  const plain = unifyDashes(line)
    .replace(FORMATTING_TAG, '')
    .replace(/~~/g, '')
    .replace(/\*\*/g, '')
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/\\$/, '');
  return (keepGaps ? plain.replace(/\t/g, '  ') : plain.replace(/\s+/g, ' ')).trim();
}

/** True when the line has letters and none of them is lower case. */
export function isUpperCaseLine(line: string): boolean {
  return /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** `KẾT LUẬN CỦA LÃNH ĐẠO` → `Kết luận của lãnh đạo`. */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** `HAI BÀ TRƯNG` → `Hai Bà Trưng`. */
export function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

/** First letter upper case, the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Metadata text (a title, a subject) with the dashes that a Word or PDF conversion dropped put
 * back: `COVID19` → `COVID-19`, `20232025` and `2023  2025` → `2023 - 2025`, and a single wide gap
 * inside a line (`Mác  Lênin`) → ` - `. A line with several wide gaps is justified text: its gaps
 * are only spaces.
 */
export function restoreDroppedDashes(line: string): string {
  let text = line
    .replace(/\b(COVID|Covid)\s?(19)\b/g, '$1-$2')
    .replace(/\b((?:19|20)\d\d)((?:19|20)\d\d)\b/g, '$1-$2');
  const inner = text.trim();
  const gaps = inner.match(/ {2,}|\t+/g)?.length ?? 0;
  if (gaps === 1) text = inner.replace(/ {2,}|\t+/, ' - ');
  return text.replace(/\s+/g, ' ').trim();
}
