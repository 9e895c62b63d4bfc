/** Text written in capitals, put back in Vietnamese sentence case with its proper names. */
import {
  NAMED_BY_NUMBER,
  PLACE_NAMES,
  PROPER_NAMES,
  PROVINCE_NAMES,
  TITLE_FAMILY_NAMES,
} from './vocabulary.ts';
import { capitalize } from './text.ts';
import { fold } from '../../src/lib/vietnamese.ts';

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

/**
 * Names of three words or more, and the words of a conference's heading, found with their marks
 * folded: OCR changes marks in capitals (`BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG`, `HỘI NGHỊ LÀN THỨ BA`),
 * and folded, such a phrase names nothing else.
 */
const MARKED_PHRASES = [
  ...NAMES.filter((name) => name.split(' ').length >= 3),
  'hội nghị lần thứ',
].map((name) => name.toLocaleLowerCase('vi'));
const FOLDED_PHRASE = new RegExp(
  `(?<![\\p{L}\\d])(?:${MARKED_PHRASES.map((name) => escape(fold(name)).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
const BY_FOLDED = new Map(MARKED_PHRASES.map((name) => [fold(name), name]));

/** Lower-cased capitals with the marks of the phrases above put back as they are written. */
function withMarksRepaired(lower: string): string {
  const folded = fold(lower);
  // Folding keeps one letter for one where the text is in NFC; elsewhere the text stays as read.
  if (folded.length !== lower.length) return lower;
  let repaired = lower;
  for (const match of folded.matchAll(FOLDED_PHRASE)) {
    const phrase = BY_FOLDED.get(match[0].replace(/\s+/g, ' '));
    if (!phrase || phrase.length !== match[0].length) continue;
    const at = match.index;
    repaired = repaired.slice(0, at) + phrase + repaired.slice(at + phrase.length);
  }
  return repaired;
}

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
  return /\p{Ll}/u.test(text) ? text : capitalize(phraseCase(text));
}

/** Every word of a name with its capital (`nguyễn xuân phúc` → `Nguyễn Xuân Phúc`). */
const capitalizeWords = (name: string) =>
  name.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toLocaleUpperCase('vi'));

/** Text in capitals in lower case but for the names and abbreviations it holds: `PHÒNG, CHỐNG DỊCH COVID-19` → `phòng, chống dịch COVID-19`. */
export function phraseCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return (
    keepAbbreviations(text, withMarksRepaired(text.toLocaleLowerCase('vi')))
      .replace(NAME_PATTERN, (found) => BY_LOWER.get(found.replace(/\s+/g, ' ')) ?? found)
      .replace(
        PROVINCE_PATTERN,
        (found) => PROVINCE_BY_LOWER.get(found.replace(/\s+/g, ' ')) ?? found,
      )
      // A term or a round stays in Roman numerals: `(khóa XVII)`, `lần thứ XIII`.
      .replace(ROMAN_AFTER, (numeral) => numeral.toUpperCase())
      // `chỉ thị số 19/CT-TTg` names one document: `Chỉ thị số 19/CT-TTg`, `Thông tư 19/2013/TT-NHNN`.
      .replace(NAMED_DOCUMENT, (type) => capitalize(type))
      // `của đảng` is the Party; `đảng viên`, `tổ chức đảng` are common words.
      .replace(
        /(?<=(?:của|lãnh đạo của|toàn)\s+)đảng(?!\s+(?:bộ|viên|ủy|uỷ|đoàn|phí|vụ))(?![\p{L}])/gu,
        'Đảng',
      )
      // `luật đất đai` names a law: `Luật Đất đai`, `Bộ luật Lao động`, `Pháp lệnh Ưu đãi …`.
      .replace(
        NAMED_LAW,
        (_, kind: string, first: string) => `${capitalize(kind)} ${capitalize(first)}`,
      )
      .replace(PERSON_AFTER_OFFICE, capitalizeWords)
      .replace(PLACE_BEFORE_PARENT, capitalizeWords)
  );
}

/**
 * A place after its unit word and before its parent's (`huyện sa thầy, tỉnh Kon Tum` → `huyện Sa
 * Thầy, tỉnh Kon Tum`, `thị trấn Tân An thuộc huyện …`): one to three syllables before the parent's
 * unit. Not after `các`,
 * `cấp` (`các xã, huyện …`), nor `xã hội`.
 */
const PLACE_BEFORE_PARENT =
  /(?<=(?<!(?:các|cấp|mỗi|những)\s+)(?<![\p{L}])(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+)(?!hội(?![\p{L}]))\p{Ll}+(?:\s+\p{Ll}+){0,2}(?=(?:\s*,|\s+thuộc)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s)/gu;

/**
 * A law, a code or an ordinance named by its name, and the name's first word (`luật đất đai`, `bộ
 * luật lao động`, `pháp lệnh ưu đãi …`; `dự án luật đất đai`). Not `pháp luật`, `các luật`, nor `luật
 * sư`, `luật pháp`, `luật định`, `luật hóa`, `luật lệ`, `luật này`, `luật số …`.
 */
const NAMED_LAW =
  /(?<![\p{L}])(?<!(?:pháp|các|những)\s+)(bộ luật|luật|pháp lệnh)\s+(?!(?:sư|pháp|định|hóa|hoá|lệ|này|số|và|hiện|năm|sửa|mới|đã|để|có|được|về|quy)(?![\p{L}]))(\p{Ll}+)/gu;

/** A Roman numeral after `khóa`, `lần thứ`, `phần`, `chương`. */
const ROMAN_AFTER = /(?<=(?:kh(?:óa|oá|oa)|lần thứ|phần|chương|mục)\s+)[ivxlc]+(?![\p{L}\d])/gu;

/** A document type before its number, with or without `số` (`thông tư 19/2013/TT-NHNN`). */
const NAMED_DOCUMENT = new RegExp(
  `(?<![\\p{L}])(?:${NAMED_BY_NUMBER.join('|')})(?=\\s+(?:số\\s+\\d|\\d{1,5}[/-]))`,
  'gu',
);

/**
 * A person's name after an office in a lower-cased title (`phó Thủ tướng ngô xuân lộc tại`,
 * `Thủ tướng Chính phủ phạm minh chính tại`): a
 * family name and one to three syllables, ending where the title goes on (`tại`, `về`, a comma).
 */
const PERSON_AFTER_OFFICE = new RegExp(
  `(?<=(?:Thủ tướng Chính phủ|Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư|Giám đốc|Trưởng ban|đồng chí)\\s+)` +
    `(?:${TITLE_FAMILY_NAMES.map((name) => name.toLocaleLowerCase('vi')).join('|')})(?:\\s+\\p{Ll}+){1,3}` +
    `(?=\\s+(?:tại|về|với|trong|khi|đối với|làm việc)(?![\\p{L}])|\\s*[,;.)]|$)`,
  'gu',
);

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
