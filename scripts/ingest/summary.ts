/** The build report as a few lines a clerk can read in the console. */
import type { BuildReport } from '../../src/lib/contract.ts';

/** Prints what was read, what was produced, and every file that needs attention. */
export function printSummary(report: BuildReport, source: string, milliseconds: number): void {
  const t = report.totals;
  const rows: [string, number][] = [
    ['Tệp nguồn', t.files],
    ['Văn bản', t.documents],
    ['Cảnh báo', t.warnings],
    ['Tệp lỗi', t.errors],
    ['Số hiệu được dẫn chiếu nhưng chưa có', t.unresolved],
    ['Ngày dẫn chiếu không khớp', t.conflicts],
    ['Văn bản trùng số', t.duplicates],
    ['Hiệu đính bằng tay đã áp dụng', t.corrections],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(
    `\nKho văn bản: đã xử lý thư mục ${source} trong ${(milliseconds / 1000).toFixed(1)} giây`,
  );
  for (const [label, value] of rows)
    console.log(`  ${label.padEnd(width)}  ${String(value).padStart(6)}`);
  for (const file of report.files) {
    if (file.status === 'error')
      console.log(`  LỖI  tệp ${file.file}: ${file.messages.join('; ')}`);
  }
  for (const row of report.corrections) {
    if (row.status !== 'applied')
      console.log(`  HIỆU ĐÍNH  dòng ${row.line} (${row.document}, ${row.field}): ${row.message}`);
  }
  console.log('  Chi tiết: dist/data/build-report.json và trang /bao-cao/ của kho.\n');
}
