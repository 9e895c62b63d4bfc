/**
 * The documents' metadata as a CSV file for spreadsheets (`van-ban.csv`): UTF-8 with a byte order
 * mark and CRLF line ends, so that Excel opens the Vietnamese text correctly; one row per document,
 * headers in Vietnamese. Written with csv-stringify, which quotes what needs quoting.
 */
import { stringify } from 'csv-stringify/sync';
import type { ArchiveDocument, AssignmentData } from '../../src/lib/contract.ts';

/** The columns: header and value of a document. */
const COLUMNS: [string, (d: ArchiveDocument) => string | number][] = [
  ['Mã văn bản', (d) => d.id],
  ['Số, ký hiệu', (d) => d.number ?? ''],
  ['Loại văn bản', (d) => d.type ?? ''],
  ['Cơ quan ban hành', (d) => d.issuer ?? ''],
  ['Cấp', (d) => d.level ?? ''],
  ['Ngày ban hành', (d) => d.date ?? ''],
  ['Trích yếu', (d) => d.title ?? ''],
  ['Người ký', (d) => d.signer ?? ''],
  ['Chức vụ người ký', (d) => d.signerTitle ?? ''],
  ['Số văn bản được dẫn chiếu', (d) => new Set(d.cites.map((c) => c.number)).size],
  ['Số văn bản dẫn chiếu đến', (d) => d.citedBy.length],
  ['Giá trị suy ra', (d) => d.inferred.join(', ')],
  ['Giá trị hiệu đính', (d) => d.corrected.map((c) => c.field).join(', ')],
  ['Lưu ý', (d) => d.warnings.map((w) => w.message).join(' | ')],
  ['Bản chính (nếu là bản trùng)', (d) => d.copyOf ?? ''],
  ['Trang', (d) => d.url],
  ['Tệp nguồn', (d) => d.sources.map((s) => `${s.file}:${s.fromLine}-${s.toLine}`).join('; ')],
];

/** Rows stringified per block. */
const ROWS_PER_PIECE = 2000;

/**
 * A CSV file in pieces of `ROWS_PER_PIECE` rows, the first with the byte order mark and the
 * header: at archive size the whole text would be longer than a string can be.
 */
function* csvPieces<T>(
  items: T[],
  columns: string[],
  row: (item: T) => unknown[],
): Generator<string> {
  for (let start = 0; start === 0 || start < items.length; start += ROWS_PER_PIECE) {
    yield stringify(items.slice(start, start + ROWS_PER_PIECE).map(row), {
      bom: start === 0,
      header: start === 0,
      columns,
      record_delimiter: 'windows',
    });
  }
}

/** The CSV text of the documents, in the order given, in pieces (`writePieces`). */
export function documentsCsv(documents: ArchiveDocument[]): Iterable<string> {
  return csvPieces(
    documents,
    COLUMNS.map(([header]) => header),
    (d) => COLUMNS.map(([, value]) => value(d)),
  );
}

/** The assignments as a CSV file (`giao-viec.csv`), one row per agency and task, in pieces. */
export function assignmentsCsv(data: AssignmentData): Iterable<string> {
  const roles = { lead: 'Chủ trì', partner: 'Phối hợp', 'receives-report': 'Nhận báo cáo' };
  return csvPieces(
    data.items,
    [
      'Đơn vị',
      'Vai trò',
      'Nhiệm vụ',
      'Hạn',
      'Lặp lại',
      'Văn bản',
      'Ngày văn bản',
      'Cơ quan giao',
      'Mã văn bản',
    ],
    (i) => [
      i.agency,
      roles[i.role],
      i.task,
      i.deadlines.join('; '),
      i.recurrence ?? '',
      i.documentLabel,
      i.documentDate ?? '',
      i.issuer ?? '',
      `${i.document}${i.anchor ? `#${i.anchor}` : ''}`,
    ],
  );
}
