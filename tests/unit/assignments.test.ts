/**
 * Assignments: the reviewed tables (`tests/fixtures/assignments*`) and small cases written here,
 * each in the shape of a real directive's sentence.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBody } from '../../scripts/ingest/body.ts';
import { outlineOf } from '../../scripts/ingest/outline.ts';
import { assignmentsOf } from '../../scripts/ingest/assign/extract.ts';
import { whenIn } from '../../scripts/ingest/assign/deadline.ts';
import { agencyEntry } from '../../scripts/ingest/assign/entities.ts';
import { agencyAt } from '../../scripts/ingest/assign/agencies.ts';
import { scoreAssignments, type AssignmentTable } from '../../scripts/ingest/assign/evaluate.ts';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { readSourceFolder } from '../../scripts/ingest/sources.ts';

/** `role agency [deadlines]` for each assignment of a text. */
function read(text: string, year = '2021'): string[] {
  const tree = parseBody(text);
  return assignmentsOf(tree, outlineOf(tree), year).map(
    (a) => `${a.role} ${a.agency.name}${a.deadlines.length ? ` [${a.deadlines.join(', ')}]` : ''}`,
  );
}

describe('who is given what', () => {
  test('giao … chủ trì, phối hợp …, báo cáo …: lead, partners, who receives the report, the deadline', () => {
    expect(
      read(
        'Giao Sở Tài chính chủ trì, phối hợp Sở Y tế, Công an Thành phố rà soát chế độ hỗ trợ, báo cáo UBND Thành phố trước ngày 30/9/2021.',
      ),
    ).toEqual([
      'lead Sở Tài chính [2021-09-30]',
      'partner Sở Y tế [2021-09-30]',
      'partner Công an Thành phố [2021-09-30]',
      'receives-report UBND Thành phố [2021-09-30]',
    ]);
  });
  test('an agency opening its clause with what it does; `các sở:` expanded to each department', () => {
    expect(read('Sở Nội vụ chủ trì, phối hợp các sở: Tư pháp, Tài chính thẩm định hồ sơ.')).toEqual(
      ['lead Sở Nội vụ', 'partner Sở Tư pháp', 'partner Sở Tài chính'],
    );
  });
  test('a point that goes on from the clause before keeps its lead (one entry per task)', () => {
    expect(
      read('Giao Sở Y tế: (1) lập danh mục mua sắm; (2) Phối hợp Bộ Tư lệnh Thủ đô bố trí cơ sở.'),
    ).toEqual(['lead Sở Y tế', 'lead Sở Y tế', 'partner Bộ Tư lệnh Thủ đô']);
  });
  test('a person is given a task by name', () => {
    expect(
      read(
        'Phân công đồng chí Trần Văn Minh, Phó Chủ tịch UBND huyện: chỉ đạo công tác phòng, chống lụt bão.',
      ),
    ).toEqual(['lead Trần Văn Minh']);
  });
});

describe('sentences that name agencies without giving them anything', () => {
  test.each([
    'Cùng dự có đại diện lãnh đạo Sở Y tế, Công an Thành phố và Văn phòng UBND Thành phố.',
    'Ngày 10/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe Sở Tài chính, Sở Xây dựng báo cáo tiến độ.',
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    'Yêu cầu các đơn vị nghiêm túc thực hiện./.',
    'Nơi nhận:\n- Sở Y tế;\n- Công an tỉnh;\n- Lưu: VT.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('deadlines and recurrences', () => {
  test('dates by which, a month, the year of the document for a date without one', () => {
    expect(
      whenIn(
        'tập trung trong hai đợt: từ nay đến ngày 30/8/2021 và từ ngày 30/8/2021 đến ngày 06/9/2021',
        '2021',
      ).deadlines,
    ).toEqual(['2021-08-30', '2021-09-06']);
    expect(whenIn('hoàn thành trong tháng 9/2021', null).deadlines).toEqual(['2021-09']);
    expect(whenIn('xong trước 15/10', '2024').deadlines).toEqual(['2024-10-15']);
    expect(whenIn('trả kết quả xét nghiệm sớm (trước 24h)', '2021').deadlines).toEqual([]);
  });
  test('recurrences', () => {
    expect(whenIn('xét nghiệm tầm soát 2-3 ngày/lần', '2021').recurrence).toBe('2-3 ngày/lần');
    expect(whenIn('hằng tuần báo cáo UBND xã', '2024').recurrence).toBe('hằng tuần');
  });
});

describe('agencies as entries of the archive', () => {
  const mention = (text: string) => agencyAt(text, 0)!;
  test('a department with or without its city is one entry', () => {
    expect(
      agencyEntry(mention('Sở Giao thông vận tải Thành phố phối hợp'), 'Thành phố', 'Hà Nội'),
    ).toEqual(agencyEntry(mention('Sở Giao thông vận tải phối hợp'), 'Thành phố', 'Hà Nội'));
  });
  test("a district's office named without its place is the issuer's", () => {
    expect(agencyEntry(mention('Công an quận tăng cường'), 'Quận-huyện', 'Hai Bà Trưng').name).toBe(
      'Công an quận Hai Bà Trưng',
    );
  });
  test('a name with an OCR slip in a mark is the same person', () => {
    const a = agencyEntry(mention('đồng chí Chủ Xuân Dũng, Phó Chủ tịch'), null, null);
    const b = agencyEntry(mention('đồng chí Chử Xuân Dũng, Phó Chủ tịch'), null, null);
    expect(a.id).toBe(b.id);
  });
  test("an agency's level comes from its name: a commune's office is the commune's level", async () => {
    const { assignmentData } = await import('../../scripts/ingest/assign/registry.ts');
    const dir = 'tests/fixtures/assignments-unseen';
    const { documents } = buildArchive(readSourceFolder(dir).sources, '/');
    const levels = new Map(assignmentData(documents).agencies.map((a) => [a.name, a.level]));
    expect(levels.get('Công an xã Tân Dân')).toBe('Phường-xã');
    expect(levels.get('UBND xã Tân Dân')).toBe('Phường-xã');
    expect(levels.get('Sở Thông tin và Truyền thông')).toBe('Thành phố');
    expect(levels.get('Cục Y tế dự phòng')).toBe('Trung ương');
  });
  test('an unknown body is kept as written, up to what it does', () => {
    expect(mention('Trạm Y tế xã triển khai tiêm chủng').name).toBe('Trạm Y tế xã');
    expect(mention('Ban Chỉ huy Quân sự xã tăng cường').name).toBe('Ban Chỉ huy Quân sự xã');
  });
});

describe('the reviewed tables', () => {
  for (const path of [
    'tests/fixtures/assignments/expected.json',
    'tests/fixtures/assignments-unseen/expected.json',
    'tests/fixtures/assignments-fresh/expected.json',
  ]) {
    test(`${path}: precision and recall at least 90% on agency, role and deadline`, () => {
      const table = JSON.parse(readFileSync(path, 'utf8')) as AssignmentTable;
      const sources = table.sources.flatMap((dir) =>
        readSourceFolder(dir).sources.map((s) => ({ ...s, name: `${dir}/${s.name}` })),
      );
      const score = scoreAssignments(table, buildArchive(sources, '/').documents);
      expect(score.absent).toEqual([]);
      expect(score.right / score.found).toBeGreaterThanOrEqual(0.9);
      expect(score.right / score.expected).toBeGreaterThanOrEqual(0.9);
    });
  }
});
