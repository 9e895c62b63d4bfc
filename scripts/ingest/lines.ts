/** Classifies the lines of a source text by the part of a document they belong to (van-ban.md §1). */
import { COPY_KINDS, DOCUMENT_TYPES, MOTTOS, SIGNING_AUTHORITIES } from './vocabulary.ts';
import { fold, foldKey, isUpperCaseLine, plainLine } from './text.ts';
import { parseNumber } from './number.ts';

/** What a line is, read on its own. */
export type LineKind =
  | 'blank'
  | 'motto'
  | 'number'
  | 'placeDate'
  | 'typeHeading'
  | 'subject'
  | 'addressees'
  | 'recipients'
  | 'authority'
  | 'copyMarker'
  | 'incomingStamp'
  | 'digitalSignature'
  | 'signedMark'
  | 'name'
  | 'upper'
  | 'text';

/** One source line with its plain text and kind. */
export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  raw: string;
  plain: string;
  kind: LineKind;
}

/** The mottos, folded, as patterns that allow any spacing around their dashes. */
const MOTTO_PATTERNS = [...MOTTOS.state, ...MOTTOS.party].map((motto) => ({
  pattern: new RegExp(foldKey(motto).replace(/\s*-\s*/g, '\\s*-\\s*').replace(/ /g, '\\s+'), 'g'),
  capitals: isUpperCaseLine(motto),
}));

/**
 * The line without the mottos OCR may have merged into it from the right-hand column
 * (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` → `ỦY BAN NHÂN DÂN`). A motto in capitals
 * counts only where it is written in capitals, so running text (`Đảng Cộng sản Việt Nam`) stays.
 */
export function withoutMottos(plain: string): string {
  const folded = fold(plain).toUpperCase();
  if (folded.length !== plain.length) return plain;
  let result = plain;
  for (const { pattern, capitals } of MOTTO_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const span = plain.slice(match.index, match.index + match[0].length);
      if (capitals && /\p{Ll}/u.test(span)) continue;
      result = result.slice(0, match.index) + ' '.repeat(span.length) + result.slice(match.index + span.length);
    }
  }
  return result === plain ? plain : result.replace(/\s+/g, ' ').trim();
}

const TYPE_HEADINGS = new Map(DOCUMENT_TYPES.map((type) => [foldKey(type.name), type.name]));
const COPY_KEYS = COPY_KINDS.map(foldKey);
const AUTHORITY_FORMS = SIGNING_AUTHORITIES.flatMap((a) => a.forms.map((form) => ({ form, canonical: a.canonical })));

/** `Số: 10227 /VP-KGVX`, `Số 495-TB/TU` (colon optional, Party style has none). */
export const NUMBER_LINE = /^Số\s*:?\s*(.*)$/u;
/** `Hà Nội, ngày 24 tháng 8 năm 2021`, `Q. Hai Bà Trưng, ngày …`, also `Hà Nội, ngày 24/8/2021`. */
const PLACE_DATE = /([^,]{2,60}),\s*ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))/u;
const PLACE_DATE_LINE = new RegExp(`^${PLACE_DATE.source}`, 'u');

/** The place and date of a header line (`Hà Nội, ngày 24 tháng 8 năm 2021`): place as written, date parts. */
export function readPlaceDate(plain: string): { place: string; day: number; month: number; year: number } | null {
  const match = PLACE_DATE_LINE.exec(plain);
  if (!match) return null;
  const [, place, d1, m1, y1, d2, m2, y2] = match;
  return { place: place!.trim(), day: Number(d1 ?? d2), month: Number(m1 ?? m2), year: Number(y1 ?? y2) };
}

/** A place and date after other words on one line, where OCR merged two columns (`Số: 23/CT-UBND Hà Nội, ngày …`). */
export function findPlaceDate(plain: string): { place: string; day: number; month: number; year: number } | null {
  const match = PLACE_DATE.exec(plain);
  if (!match) return null;
  const read = readPlaceDate(plain.slice(match.index))!;
  // The place is the last words before the comma: the capitalised run (`Hà Nội`, `Q. Hai Bà Trưng`).
  const words = read.place.split(' ');
  let k = words.length;
  while (k > 0 && /^(\p{Lu}|Q\.|TP\.)/u.test(words[k - 1]!) && words.length - k < 4) k--;
  return { ...read, place: words.slice(k).join(' ') || read.place };
}

/** The document type a capitalised heading names (`THÔNG BÁO` → `Thông báo`), or null. */
export function typeOfHeading(plain: string): string | null {
  if (!isUpperCaseLine(plain)) return null;
  return TYPE_HEADINGS.get(foldKey(plain)) ?? null;
}

/** The canonical signing authority opening the line (`T/M BAN CÁN SỰ ĐẢNG` → `TM.`), and the rest. */
export function readAuthority(plain: string): { authority: string; rest: string } | null {
  for (const { form, canonical } of AUTHORITY_FORMS) {
    if (plain.startsWith(form) && (plain.length === form.length || /[\s.]/.test(plain.charAt(form.length)) || form.endsWith('.'))) {
      const rest = plain.slice(form.length).replace(/^[.\s]+/, '');
      if (rest && isUpperCaseLine(rest)) return { authority: canonical, rest };
    }
  }
  return null;
}

/** True for a line that is a person's name: 2 to 5 capitalised words, letters only (`Chu Ngọc Anh`). */
export function isPersonName(plain: string): boolean {
  const words = plain.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word)) && !isUpperCaseLine(plain);
}

/** Classifies one line by its plain text (markdown residue and mottos removed). */
export function classify(plain: string): LineKind {
  if (!plain) return 'blank';
  const key = foldKey(plain);
  if (/^V\/v\b/u.test(plain)) return 'subject';
  if (/^Kính gửi\b/u.test(plain) || /\sđiện\s*:$/u.test(plain)) return 'addressees';
  if (/^Nơi nhận\b/u.test(plain)) return 'recipients';
  if (/^Ngày ký\s*:/u.test(plain)) return 'digitalSignature';
  if (/^Đã ký\s*:/u.test(plain)) return 'signedMark';
  if (/(^|\s)ĐẾN(\s|$)/u.test(plain)) return 'incomingStamp';
  const numberLine = NUMBER_LINE.exec(plain);
  if (numberLine && parseNumber(numberLine[1] ?? '')) return 'number';
  if (readPlaceDate(plain)) return 'placeDate';
  if (COPY_KEYS.includes(key)) return 'copyMarker';
  if (typeOfHeading(plain)) return 'typeHeading';
  if (readAuthority(plain)) return 'authority';
  if (isPersonName(plain)) return 'name';
  if (isUpperCaseLine(plain)) return 'upper';
  return 'text';
}

/** Splits a text into classified lines, numbered from 1. */
export function readLines(text: string): Line[] {
  const rows = text.split('\n');
  // A final newline ends the last line; it does not open another.
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  return rows.map((raw, index) => {
    const written = plainLine(raw);
    const plain = withoutMottos(written);
    return { no: index + 1, raw, plain, kind: written && !plain ? 'motto' : classify(plain) };
  });
}
