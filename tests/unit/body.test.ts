/** The body's syntax tree (`scripts/ingest/body.ts`): what micromark reads differently from the page. */
import { describe, expect, test } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../../scripts/ingest/body.ts';

describe('the body of a document', () => {
  test('a flattened Word table ends at its first line without a `|`; the text under it is text', () => {
    const tree = parseBody(
      [
        '| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        '| --- | --- |',
        '| Số: 12/VPCP-KGVX | Hà Nội, ngày 11 tháng 4 năm 2025 |',
        'Phó Thủ tướng Chính phủ có ý kiến như sau:',
        'Bộ Y tế chủ trì, phối hợp với Bộ Công an hoàn thiện phương án.',
        '| Nơi nhận: - Như trên. | KT. BỘ TRƯỞNG, CHỦ NHIỆM |',
        '| --- | --- |',
        'Lưu: VT.',
      ].join('\n'),
    );
    expect(tree.children.map((node) => node.type)).toEqual([
      'table',
      'paragraph',
      'table',
      'paragraph',
    ]);
    const [header, text, recipients, last] = tree.children;
    expect(header!.type === 'table' && header.children).toHaveLength(2);
    expect(toString(text)).toBe(
      'Phó Thủ tướng Chính phủ có ý kiến như sau:\nBộ Y tế chủ trì, phối hợp với Bộ Công an hoàn thiện phương án.',
    );
    // Positions stay those of the whole text: the page's lines are traced back to the source.
    expect(text!.position?.start.line).toBe(4);
    expect(recipients!.position?.start.line).toBe(6);
    expect(toString(last)).toBe('Lưu: VT.');
    expect(last!.position?.start.line).toBe(8);
  });
  test("a table right under a list's last point is a table, not more of the point's text", () => {
    const tree = parseBody(
      [
        '1. Phòng Nghiệp vụ Y chủ trì.',
        '2. Trung tâm Y tế các huyện phối hợp.',
        '| Nơi nhận: - Lưu: VT. | KT. GIÁM ĐỐC |',
        '| --- | --- |',
        'PHỤ LỤC',
        '| TT | Nhiệm vụ | Đơn vị chủ trì |',
        '| --- | --- | --- |',
        '| 1. | Khám sức khỏe | Trung tâm Y tế các huyện |',
      ].join('\n'),
    );
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'table', 'paragraph', 'table']);
    expect(toString(tree.children[0])).not.toContain('Nơi nhận');
    expect(tree.children[3]!.position?.start.line).toBe(6);
    expect(tree.children[3]!.type === 'table' && tree.children[3].children).toHaveLength(2);
  });
  test('a table whose lines all carry a `|` is left whole', () => {
    const tree = parseBody('| A | B |\n| --- | --- |\n| x | y |\n| z | w |');
    expect(tree.children.map((node) => node.type)).toEqual(['table']);
    expect(tree.children[0]!.type === 'table' && tree.children[0].children).toHaveLength(3);
  });
});
