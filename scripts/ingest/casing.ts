/** Text written in capitals, put back in Vietnamese sentence case with its proper names. */
import { PLACE_NAMES, PROPER_NAMES, PROVINCE_NAMES } from './vocabulary.ts';
import { capitalize } from './text.ts';

/** Longest first, so `Ban Chấp hành Trung ương` wins over `Trung ương`. */
const NAMES = [...new Set([...PROPER_NAMES, ...Object.values(PLACE_NAMES)])].sort(
  (a, b) => b.length - a.length,
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:${NAMES.map((name) => escape(name.toLocaleLowerCase('vi')).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
const BY_LOWER = new Map(NAMES.map((name) => [name.toLocaleLowerCase('vi'), name]));

/** A province after `tỉnh` or `thành phố` (`tỉnh bến tre` → `tỉnh Bến Tre`); alone it may be a word. */
const PROVINCES = Object.values(PROVINCE_NAMES).sort((a, b) => b.length - a.length);
const PROVINCE_PATTERN = new RegExp(
  `(?<=(?:tỉnh|thành phố)\\s+)(?:${PROVINCES.map((name) => escape(name.toLocaleLowerCase('vi')).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
const PROVINCE_BY_LOWER = new Map(PROVINCES.map((name) => [name.toLocaleLowerCase('vi'), name]));

/**
 * `PHÓ BÍ THƯ THƯỜNG TRỰC` → `Phó Bí thư Thường trực`, `KẾT LUẬN CỦA BỘ CHÍNH TRỊ` →
 * `Kết luận của Bộ Chính trị`, `THƯỜNG TRỰC HĐND` → `Thường trực HĐND`. Text that is not
 * all capitals is returned as written.
 */
export function properCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const named = keepAbbreviations(text, text.toLocaleLowerCase('vi'))
    .replace(NAME_PATTERN, (found) => BY_LOWER.get(found.replace(/\s+/g, ' ')) ?? found)
    .replace(
      PROVINCE_PATTERN,
      (found) => PROVINCE_BY_LOWER.get(found.replace(/\s+/g, ' ')) ?? found,
    )
    // The term of a body stays in Roman numerals: `(khóa XVII)`.
    .replace(/(?<=\bkh[oó]á?\s+)[ivxlc]+\b/gu, (numeral) => numeral.toUpperCase());
  return capitalize(named);
}

/**
 * The lower-cased text with the abbreviations of the original put back (`PTNT`, `THPT`,
 * `TT&BVTV`): a word of capitals with no vowel is no Vietnamese syllable.
 */
function keepAbbreviations(original: string, lower: string): string {
  if (lower.length !== original.length) return lower;
  let kept = lower;
  for (const match of original.matchAll(/[\p{Lu}\d&]{2,}/gu)) {
    const word = match[0];
    if (/[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u.test(word))
      continue;
    if (!/\p{Lu}/u.test(word)) continue;
    kept = kept.slice(0, match.index) + word + kept.slice(match.index + word.length);
  }
  return kept;
}
