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

/** The CSV text of the documents, in the order given. */
export function documentsCsv(documents: ArchiveDocument[]): string {
  return stringify(
    documents.map((d) => COLUMNS.map(([, value]) => value(d))),
    {
      bom: true,
      header: true,
      columns: COLUMNS.map(([header]) => header),
      record_delimiter: 'windows',
    },
  );
}

/** The assignments as a CSV file (`giao-viec.csv`), one row per agency and task. */
export function assignmentsCsv(data: AssignmentData): string {
  const roles = { lead: 'Chủ trì', partner: 'Phối hợp', 'receives-report': 'Nhận báo cáo' };
  return stringify(
    data.items.map((i) => [
      i.agency,
      roles[i.role],
      i.task,
      i.deadlines.join('; '),
      i.recurrence ?? '',
      i.documentLabel,
      i.documentDate ?? '',
      i.issuer ?? '',
      `${i.document}${i.anchor ? `#${i.anchor}` : ''}`,
    ]),
    {
      bom: true,
      header: true,
      columns: [
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
      record_delimiter: 'windows',
    },
  );
}
