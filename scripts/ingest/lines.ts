/** Classifies the lines of a source text by the part of a document they belong to (van-ban.md §1). */
import { COPY_KINDS, DOCUMENT_TYPES, MOTTOS, SIGNING_AUTHORITIES } from './vocabulary.ts';
import { foldKey, isUpperCaseLine, plainLine } from './text.ts';
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

const MOTTO_KEYS = [...MOTTOS.state, ...MOTTOS.party].map(foldKey);
const TYPE_HEADINGS = new Map(DOCUMENT_TYPES.map((type) => [foldKey(type.name), type.name]));
const COPY_KEYS = COPY_KINDS.map(foldKey);
const AUTHORITY_FORMS = SIGNING_AUTHORITIES.flatMap((a) => a.forms.map((form) => ({ form, canonical: a.canonical })));

/** `Số: 10227 /VP-KGVX`, `Số 495-TB/TU` (colon optional, Party style has none). */
export const NUMBER_LINE = /^Số\s*:?\s*(.*)$/u;
/** `Hà Nội, ngày 24 tháng 8 năm 2021`, `Q. Hai Bà Trưng, ngày …`. */
export const PLACE_DATE_LINE = /^([^,]{2,60}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

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

/** Classifies one line. */
export function classify(raw: string): LineKind {
  const plain = plainLine(raw);
  if (!plain) return 'blank';
  const key = foldKey(plain);
  if (MOTTO_KEYS.some((motto) => key === motto || key.startsWith(motto))) return 'motto';
  if (/^V\/v\b/u.test(plain)) return 'subject';
  if (/^Kính gửi\b/u.test(plain)) return 'addressees';
  if (/^Nơi nhận\b/u.test(plain)) return 'recipients';
  if (/^Ngày ký\s*:/u.test(plain)) return 'digitalSignature';
  if (/^Đã ký\s*:/u.test(plain)) return 'signedMark';
  if (/(^|\s)ĐẾN(\s|$)/u.test(plain)) return 'incomingStamp';
  const numberLine = NUMBER_LINE.exec(plain);
  if (numberLine && parseNumber(numberLine[1] ?? '')) return 'number';
  if (PLACE_DATE_LINE.test(plain)) return 'placeDate';
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
  return rows.map((raw, index) => ({ no: index + 1, raw, plain: plainLine(raw), kind: classify(raw) }));
}
