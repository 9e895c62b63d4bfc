import { describe, expect, test } from 'vitest';
import { parseBody } from '../../scripts/ingest/body.ts';
import { outlineOf, placeAnchors } from '../../scripts/ingest/outline.ts';
import { bodyMdx } from '../../scripts/ingest/mdx.ts';

const TEXT = `Ban Thường vụ kết luận như sau:

**I. ĐÁNH GIÁ TÌNH HÌNH**

1. Các cấp ủy đã triển khai kịp thời.

2. Còn một số hạn chế.

**II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI**

1. Tiếp tục quán triệt.
2. Giao Sở Y tế chủ trì.
3. Giao Công an Thành phố phối hợp.`;

describe('the outline of a text', () => {
  const tree = parseBody(TEXT);
  const parts = outlineOf(tree);
  test('sections are muc-N, points are numbered within their section', () => {
    expect(parts.map((p) => p.id)).toEqual([
      'muc-1',
      'khoan-1-1',
      'khoan-1-2',
      'muc-2',
      'khoan-2-1',
      'khoan-2-2',
      'khoan-2-3',
    ]);
    expect(parts.map((p) => p.depth)).toEqual([1, 2, 2, 1, 2, 2, 2]);
    expect(parts[3]!.label).toBe('II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI');
    expect(parts[5]!.label).toBe('2. Giao Sở Y tế chủ trì.');
  });
  test('a heading line with the text under it and no blank line between is labelled alone', () => {
    const merged = outlineOf(
      parseBody(
        'I. ĐỐI TƯỢNG, MỨC QUÀ\nNgười có công với cách mạng đang hưởng trợ cấp hằng tháng.\n\nII. Tổ chức thực hiện:\nGiao Phòng Lao động tổng hợp.\n\nIII. Kinh phí thực hiện do ngân sách huyện\nbảo đảm theo phân cấp hiện hành.',
      ),
    );
    expect(merged.map((p) => p.label)).toEqual([
      'I. ĐỐI TƯỢNG, MỨC QUÀ',
      'II. Tổ chức thực hiện:',
      'III. Kinh phí thực hiện do ngân sách huyện bảo đảm theo phân cấp hiện hành.',
    ]);
  });
  test('a section heading right under a list item, with no blank line, opens its section', () => {
    const text =
      'I. MỤC ĐÍCH, YÊU CẦU\n- Giảm số ca tử vong do bệnh dại.\nII. NHIỆM VỤ\n1. Sở Nông nghiệp chủ trì.\n2. UBND các huyện chỉ đạo.';
    const tree = parseBody(text);
    expect(outlineOf(tree).map((p) => `${p.id} ${p.label}`)).toEqual([
      'muc-1 I. MỤC ĐÍCH, YÊU CẦU',
      'muc-2 II. NHIỆM VỤ',
      'khoan-2-1 1. Sở Nông nghiệp chủ trì.',
      'khoan-2-2 2. UBND các huyện chỉ đạo.',
    ]);
    // The heading keeps its own line and offsets; the list item ends before it.
    const heading = tree.children[2]!;
    expect(heading.position?.start).toEqual({ line: 3, column: 1, offset: text.indexOf('II.') });
    expect(tree.children[1]!.position?.end.line).toBe(2);
  });
  test('articles are dieu-N; points without a section are khoan-N', () => {
    const articles = outlineOf(
      parseBody('**Điều 1.** Ban hành kèm theo.\n\n**Điều 2.** Hiệu lực.'),
    );
    expect(articles.map((p) => p.id)).toEqual(['dieu-1', 'dieu-2']);
    expect(outlineOf(parseBody('1. Một.\n2. Hai.')).map((p) => p.id)).toEqual([
      'khoan-1',
      'khoan-2',
    ]);
  });
  test('each part gets a <Part> anchor at its start in the MDX', () => {
    placeAnchors(parts);
    const mdx = bodyMdx(tree);
    expect(mdx).toContain('<Part id="muc-2" />');
    expect(mdx).toMatch(/3\. <Part id="khoan-2-3" \/>Giao Công an/);
  });
});

describe('stamps on the paper', () => {
  test('an incoming stamp at the top is set apart in a <Residue>, its lines kept', async () => {
    const { buildArchive } = await import('../../scripts/ingest/pipeline.ts');
    const { readSourceFolder } = await import('../../scripts/ingest/sources.ts');
    const folder = readSourceFolder('seeds');
    const { pages } = buildArchive(folder.sources, '/', folder);
    const mdx = pages.find((p) => p.id === '495-tb-tu-2021')!.mdx;
    const residue = /<Residue>([\s\S]*?)<\/Residue>/.exec(mdx)?.[1] ?? '';
    expect(residue).toContain('ĐẾN');
    expect(residue).toContain('Lưu hồ sơ số:');
    expect(residue).not.toContain('THÔNG BÁO');
    expect(mdx.indexOf('</Residue>')).toBeLessThan(mdx.indexOf('THÔNG BÁO'));
  });
});
