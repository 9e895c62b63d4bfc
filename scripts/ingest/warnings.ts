/**
 * The notes a document's page shows about its data, in the clerk's words: one message per code of
 * the contract (`WARNING_CODES`). Code decides by codes; the words live only here.
 */
import {
  WARNING_CODES,
  type CorrectableField,
  type Warning,
  type WarningCode,
} from '../../src/lib/contract.ts';
import { formatDate, shortDate } from '../../src/lib/vietnamese.ts';

/** The message of each code, from what the reader found. A missing row does not compile. */
const MESSAGES = {
  'identity-from-covering-letter': (p: { fields: string[]; cover: string; citation: string }) =>
    `Văn bản không có phần tiêu đề; số, ký hiệu${p.fields.includes('date') ? ', ngày' : ''}${p.fields.includes('issuer') ? ', cơ quan ban hành' : ''} được suy ra từ ${p.cover} gửi kèm văn bản này: «${p.citation}».`,
  'source-file': (p: { note: string }) => `Tệp nguồn: ${p.note}.`,
  'number-uncertain': (p: { written: string; chosen: string; others: string[] }) =>
    `Số, ký hiệu không chắc chắn: bản OCR ghi «${p.written}»; đã chọn ${p.chosen}, cách đọc khác: ${p.others.join(', ')}.`,
  'number-normalised': (p: { written: string; canonical: string }) =>
    `Ký hiệu ghi «${p.written}» trong bản OCR, đã chuẩn hóa thành ${p.canonical}.`,
  'date-blank-in-original': (p: { date: string }) =>
    `Ngày ban hành để trống trong bản gốc; ghi theo phần in: ${formatDate(p.date)}.`,
  'date-from-meeting': (p: { date: string }) =>
    `Văn bản không ghi ngày ban hành; đã dùng ngày họp ${shortDate(p.date)} nêu trong văn bản.`,
  'date-of-issuing-document': (p: { date: string; document: string }) =>
    `Văn bản không ghi ngày ban hành riêng; đã dùng ngày ${shortDate(p.date)} của ${p.document} mà văn bản được ban hành kèm theo.`,
  'date-missing': () => 'Văn bản không ghi ngày ban hành.',
  'date-unreadable': () => 'Không đọc được ngày ban hành.',
  'type-unknown': () => 'Không xác định được loại văn bản.',
  'title-from-first-words': () =>
    'Văn bản không có trích yếu; tiêu đề lấy từ những chữ đầu của văn bản.',
  'title-missing': () => 'Văn bản không có trích yếu.',
  'issuer-from-number': (p: { issuer: string; number: string; place: string | null }) =>
    `Văn bản không có phần tên cơ quan ban hành; đã suy ra «${p.issuer}» từ ký hiệu ${p.number}${p.place ? ` và địa danh ${p.place}` : ''}.`,
  'issuer-place-from-date': (p: { issuer: string; place: string }) =>
    `Phần tên cơ quan ban hành không ghi tên tỉnh; đã suy ra «${p.issuer}» từ địa danh ${p.place} ở dòng ngày tháng.`,
  'issuer-completed-from-number': (p: { issuer: string; number: string }) =>
    `Phần tên cơ quan ban hành thiếu một phần; đã bổ sung thành «${p.issuer}» theo ký hiệu của số ${p.number}.`,
  'header-line-repaired': (p: { written: string; printed: string }) =>
    `Dòng «${p.written}» ở phần đầu bị lỗi phông chữ hoặc OCR; đã đọc là «${p.printed}».`,
  'signer-missing': () => 'Không tìm thấy tên người ký.',
  'signer-title-missing': () => 'Không ghi chức vụ người ký.',
  'issuer-from-closing': (p: { issuer: string; place: string | null }) =>
    `Văn bản không có phần tên cơ quan ban hành; đã suy ra «${p.issuer}» từ câu kết và khối chữ ký${p.place ? `, địa danh ${p.place} theo nội dung` : ''}.`,
  'issuer-unknown': () => 'Không xác định được cơ quan ban hành.',
  'attachment-without-header': (p: { attachedTo: string }) =>
    `Văn bản không có phần đầu riêng: là tài liệu kèm theo ${p.attachedTo}; số, ngày và cơ quan ban hành là của văn bản đó.`,
  'number-blank-in-original': (p: { code: string }) =>
    `Số văn bản để trống trong bản gốc (chỉ in ký hiệu «${p.code}»): bản dự thảo hoặc bản chưa vào số.`,
  'number-missing': () => 'Văn bản không có số, ký hiệu.',
  'duplicate-copy': (p: { canonical: string; file: string; fromLine: number; toLine: number }) =>
    `Bản trùng của văn bản ${p.canonical} (${p.file}, dòng ${p.fromLine}–${p.toLine}); các dẫn chiếu trỏ về bản đó.`,
  'shared-number': (p: { number: string; other: string; file: string }) =>
    `Cùng số, ký hiệu ${p.number} với văn bản ${p.other} (${p.file}) nhưng khác ngày hoặc trích yếu: có thể do lỗi OCR, hãy đối chiếu bản gốc.`,
  'cited-dates-differ': (p: { dates: string[] }) =>
    `Các văn bản dẫn chiếu ghi ngày khác nhau cho văn bản này: ${p.dates.map(shortDate).join(', ')}.`,
} satisfies Record<WarningCode, (params: never) => string>;

/** A note with its code and message: `warning('number-missing')`, `warning('date-blank-in-original', { date })`. */
export function warning<C extends WarningCode>(
  code: C,
  ...params: Parameters<(typeof MESSAGES)[C]>
): Warning {
  const message = (MESSAGES[code] as (...args: typeof params) => string)(...params);
  return { code, message };
}

/**
 * The notes that say a field was not read, or read with a doubt: a value found later (from a
 * covering letter, by hand) makes them obsolete.
 */
export const NOTES_ABOUT: Record<CorrectableField, readonly WarningCode[]> = {
  number: ['number-missing', 'number-blank-in-original', 'number-uncertain', 'number-normalised'],
  type: ['type-unknown'],
  issuer: [
    'issuer-from-number',
    'issuer-from-closing',
    'issuer-place-from-date',
    'issuer-completed-from-number',
    'issuer-unknown',
  ],
  date: [
    'date-from-meeting',
    'date-of-issuing-document',
    'date-missing',
    'date-unreadable',
    'date-blank-in-original',
  ],
  title: ['title-from-first-words', 'title-missing'],
  signer: ['signer-missing'],
  signerTitle: ['signer-title-missing'],
  place: [],
  level: [],
};

/** Drops the notes of the given codes (a later step found what they said was missing). */
export function withoutWarnings(warnings: Warning[], codes: readonly WarningCode[]): Warning[] {
  return warnings.filter((w) => !codes.includes(w.code));
}

/** The notes in the order a page lists them (the order of `WARNING_CODES`), stable within a code. */
export function inPageOrder(warnings: Warning[]): Warning[] {
  const rank = (w: Warning) => WARNING_CODES.indexOf(w.code);
  return [...warnings].sort((a, b) => rank(a) - rank(b));
}
