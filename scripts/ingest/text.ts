/** Text helpers for Vietnamese: folding, markdown residue, casing. */

const FOLDED = new Map<string, string>();

/** Removes tone and vowel marks and maps `đ→d`, keeping case: `Đinh Tiến Dũng` → `Dinh Tien Dung`. */
export function fold(text: string): string {
  // Character by character through a table: several times faster than normalising whole lines.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) {
      out += text[i];
      continue;
    }
    const char = text[i]!;
    let folded = FOLDED.get(char);
    if (folded === undefined) {
      folded = char
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
      FOLDED.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/** Folded, upper case, single-spaced: the key to compare words whatever their marks. */
export function foldKey(text: string): string {
  return fold(text).toUpperCase().replace(/\s+/g, ' ').trim();
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

/** URL-safe slug from Vietnamese text: `Thông báo 495-TB/TU` → `thong-bao-495-tb-tu`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}

/** Compares Vietnamese strings in dictionary order. */
export const collator = new Intl.Collator('vi');

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
