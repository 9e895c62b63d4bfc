import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { documentsCsv } from '../../scripts/ingest/csv.ts';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { readSourceFolder } from '../../scripts/ingest/sources.ts';

const folder = readSourceFolder('seeds');
const { documents } = buildArchive(folder.sources, '/', folder);

describe('the metadata CSV', () => {
  const csv = [...documentsCsv(documents)].join('');
  test('starts with a byte order mark and ends rows with CRLF, for Excel', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').length).toBe(documents.length + 2);
  });
  test('reads back as one row per document, with Vietnamese headers and text intact', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(documents.length);
    const row = rows.find((r) => r['Số, ký hiệu'] === '788-CV/BCSĐ')!;
    expect(row['Cơ quan ban hành']).toBe('Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội');
    expect(row['Ngày ban hành']).toBe('2021-09-21');
    expect(row['Người ký']).toBe('Chu Ngọc Anh');
    expect(row['Trích yếu']).toContain('Thông báo số 495-TB/TU');
  });
  test('written in pieces past 2,000 rows, with one byte order mark and one header', () => {
    const many = Array.from({ length: 4100 }, (_, i) => documents[i % documents.length]!);
    const pieces = [...documentsCsv(many)];
    expect(pieces).toHaveLength(3);
    const text = pieces.join('');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text.match(/Mã văn bản/g)).toHaveLength(1);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Mã văn bản'])).toEqual(many.map((d) => d.id));
  });
});
