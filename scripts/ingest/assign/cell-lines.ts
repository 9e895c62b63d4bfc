/**
 * A plan table that a PDF conversion wrote one cell to a line under its header row (`| TT | Nội
 * dung | Cơ quan chủ trì | Cơ quan phối hợp |` / `Thời gian thực hiện` / `1` / `Tổ chức …` / `a)` /
 * `Tổ chức Hội nghị …` / `Cục Lâm nghiệp …` / `Vụ Pháp chế; …` / `Quý III/2026`): the rows put back
 * together, each from its number or letter to the next, so that the table can be read as one.
 */
import type { Paragraph, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A row's number or letter alone on its line (`1`, `2.1`, `a)`, `II`). */
const ROW_MARK = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[IVX]{1,4}\.?)$/u;
/** The first column of such a table: the rows' numbers. */
const NUMBER_COLUMN = /^(?:S\.?\s?TT|TT|Số\s+TT)$/iu;
/** A header cell the conversion put on a line of its own (`Thời gian thực hiện`). */
const HEADER_CELL =
  /^(?:thời gian|thời hạn|tiến độ|cơ quan|đơn vị|nội dung|nhiệm vụ|sản phẩm|kết quả|ghi chú|kinh phí|nguồn)(?:[\p{L}\s,/()-]{0,40})$/iu;
/** A cell that says when (`Quý III/2026`, `Tháng 5/2024`, `Năm 2025`, `Thường xuyên`). */
const WHEN_CELL = /(?:quý|tháng|năm|ngày|\d{4}|thường xuyên|hằng|định kỳ|hàng năm|trước)/iu;

/** A table cell holding `text`. */
const cell = (text: string): TableCell => ({
  type: 'tableCell',
  children: [{ type: 'text', value: text }],
});
/** A table row of the given cells. */
const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });

/**
 * The table with its rows, where `table` is only a header row and `paragraph`, right under it,
 * holds its cells one to a line; null for any other table or text. A row with more lines than
 * cells, its last line saying when, has its first cell (the task) wrapped over the extra lines;
 * a number with its title alone heads the rows under it and gives no row.
 */
export function tableFromCellLines(table: Table, paragraph: Paragraph): Table | null {
  const [head, ...body] = table.children;
  if (!head || body.length > 0) return null;
  const lines = toString(paragraph)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const columns = head.children.map((c) => toString(c).replace(/\s+/g, ' ').trim());
  while (lines.length > 0 && HEADER_CELL.test(lines[0]!) && !ROW_MARK.test(lines[0]!))
    columns.push(lines.shift()!);
  if (columns.length < 4 || !NUMBER_COLUMN.test(columns[0]!) || !ROW_MARK.test(lines[0] ?? ''))
    return null;
  const rows: TableRow[] = [];
  let group: string[] = [];
  const close = () => {
    const cells = rowCells(group, columns.length);
    if (cells) rows.push(row(cells));
  };
  for (const line of lines) {
    if (ROW_MARK.test(line) && group.length > 0) {
      close();
      group = [];
    }
    group.push(line);
  }
  close();
  return rows.length > 0
    ? {
        ...table,
        children: [head.children.length === columns.length ? head : row(columns), ...rows],
      }
    : null;
}

/** A group of lines (its mark first) as the row's cells, or null where it is no whole row. */
function rowCells(group: string[], count: number): string[] | null {
  const [mark, ...cells] = group;
  if (mark === undefined || cells.length < count - 1) return null;
  if (cells.length === count - 1) return [mark, ...cells];
  // The task wrapped over more lines: the cells after it are one line each, the last says when.
  if (!WHEN_CELL.test(cells.at(-1)!)) return null;
  const after = cells.slice(cells.length - (count - 2));
  return [mark, cells.slice(0, cells.length - (count - 2)).join(' '), ...after];
}
