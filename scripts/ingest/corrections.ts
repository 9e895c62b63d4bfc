/**
 * Corrections by hand: an archivist who finds a wrong field writes it once in `hieu-dinh.csv` in
 * the source folder (document, field, value, note), and every build applies it before the corpus
 * is resolved (so a corrected number gets its citations). The source texts are never edited. Each
 * row's fate goes to the build report: applied, no such document, or a field or value that cannot
 * be used, in words.
 */
import { parse } from 'csv-parse/sync';
import {
  CORRECTABLE_FIELDS,
  LEVELS,
  type CorrectableField,
  type CorrectionRow,
} from '../../src/lib/contract.ts';
import { foldKey, isoDate, parseDate, partialDate } from '../../src/lib/vietnamese.ts';
import { decode } from './decode.ts';
import { findNumbers, parseNumber } from './number.ts';
import type { Description } from './parts/page.ts';
import type { Draft } from './resolve.ts';
import { NOTES_ABOUT, withoutWarnings } from './warnings.ts';

/** The name of the corrections file in the source folder. */
export const CORRECTIONS_FILE = 'hieu-dinh.csv';

/** One row of the corrections file, as written. */
export interface CorrectionRequest {
  line: number;
  document: string;
  field: string;
  value: string;
  note: string;
}

/** How a field may be named in the file: the Vietnamese label or the contract's name. */
const FIELD_NAMES: Record<CorrectableField, string[]> = {
  number: ['số', 'số ký hiệu', 'số, ký hiệu', 'ký hiệu'],
  type: ['loại', 'loại văn bản'],
  issuer: ['cơ quan', 'cơ quan ban hành'],
  date: ['ngày', 'ngày ban hành'],
  title: ['trích yếu', 'tiêu đề'],
  signer: ['người ký'],
  signerTitle: ['chức vụ', 'chức vụ người ký'],
  place: ['địa danh', 'nơi ban hành'],
  level: ['cấp'],
};

/** The heading of the field column, folded: a first row that has it is a header row. */
const FIELD_HEADINGS = ['TRUONG', 'FIELD'];

/**
 * Reads the corrections file (UTF-8 or a legacy encoding, `,` or `;` between columns as Excel
 * writes them, a header row or none); `problem` says in words why it could not be read.
 */
export function readCorrections(bytes: Uint8Array): {
  requests: CorrectionRequest[];
  problem: string | null;
} {
  const decoded = decode(bytes);
  if (!decoded.ok) return { requests: [], problem: `${CORRECTIONS_FILE}: ${decoded.reason}` };
  let records: string[][];
  try {
    records = parse(decoded.text, {
      delimiter: delimiterOf(decoded.text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { requests: [], problem: `${CORRECTIONS_FILE}: không đọc được dạng CSV (${reason})` };
  }
  const hasHeader = FIELD_HEADINGS.includes(foldKey(records[0]?.[1] ?? ''));
  const requests = records
    .map((cells, index) => ({
      line: index + 1,
      document: cells[0] ?? '',
      field: cells[1] ?? '',
      value: cells[2] ?? '',
      note: cells[3] ?? '',
    }))
    .slice(hasHeader ? 1 : 0)
    .filter((row) => row.document || row.field || row.value);
  return { requests, problem: null };
}

/** The column separator of the file: the one its first line uses (`;` where Excel is set to Vietnamese). */
function delimiterOf(text: string): string {
  const first = (text.split('\n')[0] ?? '').replace(/"[^"]*"/gu, '');
  return ['\t', ';', ','].find((candidate) => first.includes(candidate)) ?? ',';
}

/** A row's fate, with the document it corrected, whose final id (the row's target) is known later. */
export interface AppliedCorrection {
  row: Omit<CorrectionRow, 'target'>;
  draft: Draft | null;
}

/**
 * Applies the corrections to the drafts they name; `ids` are the ids the documents have before
 * any correction (so that a row keeps naming its document when it corrects the number).
 */
export function applyCorrections(
  requests: CorrectionRequest[],
  drafts: Draft[],
  ids: Map<Draft, string>,
): AppliedCorrection[] {
  const byId = new Map([...ids].map(([draft, id]) => [id, draft]));
  return requests.map((request) => {
    const outcome = (status: CorrectionRow['status'], message: string, draft: Draft | null) => ({
      row: {
        line: request.line,
        document: request.document,
        field: request.field,
        value: request.value,
        status,
        message,
      },
      draft,
    });
    const field = fieldNamed(request.field);
    if (!field) return outcome('invalid', unknownField(request.field), null);
    const draft = selectDraft(request.document, drafts, byId);
    if (!draft) return outcome('unmatched', noSuchDocument(request.document), null);
    const value = readValue(field, request.value);
    if ('error' in value) return outcome('invalid', value.error, draft);
    correct(draft.description, field, value.value, request.note || null);
    return outcome('applied', 'đã áp dụng', draft);
  });
}

/** The field a column value names, or null. */
function fieldNamed(name: string): CorrectableField | null {
  const key = foldKey(name).replace(/[^A-Z ]/g, '');
  return (
    CORRECTABLE_FIELDS.find(
      (field) =>
        foldKey(field) === key ||
        FIELD_NAMES[field].some((label) => foldKey(label).replace(/[^A-Z ]/g, '') === key),
    ) ?? null
  );
}

function unknownField(name: string): string {
  const known = CORRECTABLE_FIELDS.map((field) => FIELD_NAMES[field][0]).join(', ');
  return `không có trường «${name}»; các trường sửa được: ${known}`;
}

function noSuchDocument(name: string): string {
  return `không có văn bản «${name}» trong kho, hoặc có nhiều văn bản cùng số này (ghi mã văn bản như trong địa chỉ trang, hoặc tên tệp, thêm #2 cho văn bản thứ hai của tệp)`;
}

/**
 * The draft a row names: an id (or a page address), a file, `file#2` for its second document, or
 * a document number that only one document carries.
 */
function selectDraft(name: string, drafts: Draft[], byId: Map<string, Draft>): Draft | null {
  const id = name.replace(/^.*\/van-ban\//u, '').replace(/\/+$/u, '');
  const named = byId.get(id);
  if (named) return named;
  const number = parseNumber(name.trim());
  if (number) {
    const carriers = drafts.filter((draft) => draft.description.number?.key === number.key);
    if (carriers.length === 1) return carriers[0]!;
  }
  const [, file, position] = /^(.*?)(?:#(\d+))?$/u.exec(name.trim())!;
  const index = position ? Number(position) - 1 : 0;
  return drafts.find((draft) => draft.file === file && draft.position === index) ?? null;
}

/** A value written in the file, read for its field; an empty value clears the field. */
function readValue(
  field: CorrectableField,
  written: string,
): { value: Description[CorrectableField] } | { error: string } {
  const text = written.normalize('NFC').trim();
  if (!text) return { value: null };
  if (field === 'number') {
    const found = findNumbers(text)[0];
    if (!found || found.index !== 0) return { error: `«${text}» không phải là một số, ký hiệu` };
    return { value: found.number };
  }
  if (field === 'date') {
    const date = readDate(text);
    return date ? { value: date } : { error: `«${text}» không phải là một ngày (ghi 20/9/2021)` };
  }
  if (field === 'level') {
    const level = LEVELS.find((name) => foldKey(name) === foldKey(text));
    return level ? { value: level } : { error: `cấp phải là một trong: ${LEVELS.join(', ')}` };
  }
  return { value: text };
}

/** `20/9/2021`, `ngày 20 tháng 9 năm 2021`, `2021-09-20`, `9/2021`, `2021`. */
function readDate(text: string): string | null {
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(text);
  if (iso) {
    if (iso[3]) return isoDate(Number(iso[3]), Number(iso[2]), Number(iso[1]));
    return partialDate(null, iso[2] ? Number(iso[2]) : null, Number(iso[1]));
  }
  const monthYear = /^(?:tháng\s+)?(\d{1,2})\s*\/\s*(\d{4})$/iu.exec(text);
  if (monthYear) return partialDate(null, Number(monthYear[1]), Number(monthYear[2]));
  return parseDate(/^ngày/iu.test(text) ? text : `ngày ${text}`);
}

/** Sets a field by hand, keeping what the reader had found, and drops the notes it answers. */
function correct(
  d: Description,
  field: CorrectableField,
  value: Description[CorrectableField],
  note: string | null,
): void {
  const shown = (v: Description[CorrectableField]) =>
    v === null ? null : typeof v === 'object' ? v.display : String(v);
  const previous = d.corrected.find((c) => c.field === field)?.previous ?? shown(d[field]);
  Object.assign(d, { [field]: value });
  d.corrected = [...d.corrected.filter((c) => c.field !== field), { field, previous, note }];
  d.inferred = d.inferred.filter((name) => name !== field);
  d.warnings = withoutWarnings(d.warnings, NOTES_ABOUT[field]);
}
