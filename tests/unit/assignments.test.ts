/**
 * Assignments: the reviewed tables (`tests/fixtures/assignments*`) and small cases written here,
 * each in the shape of a real directive's sentence.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBody } from '../../scripts/ingest/body.ts';
import { outlineOf } from '../../scripts/ingest/outline.ts';
import { assignmentsOf } from '../../scripts/ingest/assign/extract.ts';
import { whenIn, whenInCell } from '../../scripts/ingest/assign/deadline.ts';
import { agencyEntry } from '../../scripts/ingest/assign/entities.ts';
import { agencyAt, agencyListAt } from '../../scripts/ingest/assign/agencies.ts';
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
  test('an indented heading and its indented points (a PDF export) are a heading and points, not code', () => {
    expect(
      read(
        [
          'Chủ tịch UBND tỉnh yêu cầu:',
          '       3. Sở Công Thương',
          '       - Chủ trì, phối hợp với các cơ quan liên quan kiểm tra việc sử',
          'dụng vật liệu nổ công nghiệp.',
          '       4. Thuế tỉnh',
          '       - Chủ động rà soát hồ sơ khai thuế.',
        ].join('\n'),
      ),
    ).toEqual(['lead Sở Công Thương', 'partner các cơ quan liên quan', 'lead Thuế tỉnh']);
  });
  test('a body that requires others (`Sở Y tế chủ trì, hướng dẫn, yêu cầu các bệnh viện …`) is the one given the task', () => {
    expect(
      read(
        'Sở Y tế chủ trì, hướng dẫn, yêu cầu các bệnh viện báo cáo kết quả trước ngày 20/10/2025.',
      ),
    ).toEqual(['lead Sở Y tế [2025-10-20]']);
    // The writer who requires (`Ban Thường vụ … yêu cầu …`) still gives the task to those required.
    expect(read('Giao Sở Y tế chủ trì, yêu cầu các bệnh viện báo cáo.')).toEqual(['lead Sở Y tế']);
  });
  test("a department inside another body's name keeps its field (`Thanh tra Sở Xây dựng`)", () => {
    expect(read('Thanh tra Sở Xây dựng chủ trì kiểm tra các công trình.')).toEqual([
      'lead Thanh tra Sở Xây dựng',
    ]);
    expect(read('2. Đảng ủy Sở Y tế chỉ đạo:\n\n2.1. Tổ chức quán triệt Nghị quyết.')).toEqual([
      'lead Đảng ủy Sở Y tế',
    ]);
  });
  test('a stance (`Cơ bản nhất trí …`) under an introduction is no task', () => {
    expect(
      read(
        'Ban Thường vụ yêu cầu các cấp ủy thực hiện một số nhiệm vụ sau:\n\n1. Cơ bản nhất trí với dự thảo Kế hoạch.\n\n2. Tổ chức quán triệt Nghị quyết.',
      ),
    ).toEqual(['lead các cấp ủy']);
  });
  test('a day of every year (`trước ngày 30 tháng 6 hằng năm`) is a recurrence, not a date', () => {
    expect(whenIn('gửi Bộ Tài chính trước ngày 30 tháng 6 hằng năm', '2025')).toMatchObject({
      deadlines: [],
      recurrence: 'hằng năm',
    });
    expect(whenIn('gửi Bộ Tài chính trước ngày 30 tháng 6 năm 2026', '2025').deadlines).toEqual([
      '2026-06-30',
    ]);
  });
  test('`các Bộ A, B, C` is each ministry; `các sở giáo dục và đào tạo` stays every province’s department', () => {
    expect(
      read('Bộ Tài chính chủ trì, phối hợp với các Bộ Tư pháp, Công Thương xây dựng đề án.'),
    ).toEqual(['lead Bộ Tài chính', 'partner Bộ Tư pháp', 'partner Bộ Công Thương']);
    expect(read('Đề nghị các sở giáo dục và đào tạo chỉ đạo các trường rà soát.')[0]).toBe(
      'lead các sở giáo dục và đào tạo',
    );
  });
  test('a board named before another of its committee takes the committee: `Thường trực, Ban Thường vụ Tỉnh ủy`', () => {
    expect(
      read(
        'Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình, báo cáo Thường trực, Ban Thường vụ Tỉnh ủy.',
      ),
    ).toEqual([
      'lead Văn phòng Tỉnh ủy',
      'receives-report Thường trực Tỉnh ủy',
      'receives-report Ban Thường vụ Tỉnh ủy',
    ]);
  });
  test('a dated task before the sentence that introduces the points is kept beside the points', () => {
    expect(
      read(
        [
          'Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự thảo đề án, trình Thủ tướng Chính phủ trước ngày 15/11/2024. Trong đó chú ý một số nội dung sau:',
          '',
          '- Bộ Tài chính rà soát phân công nhiệm vụ của các bộ.',
        ].join('\n'),
        '2024',
      ),
    ).toEqual([
      'lead Bộ Tài chính [2024-11-15]',
      'partner Bộ Tư pháp [2024-11-15]',
      'lead Bộ Tài chính',
    ]);
  });
  test('a header with no blank line under it, the distribution list as OCR spells it (`Nơi nhân`), a ward telling what it received', () => {
    expect(
      read(
        [
          'BỘ TƯ PHÁP                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          '                              Độc lập - Tự do - Hạnh phúc',
          'Số: 120 /BTP-VP',
          '                              Hà Nội, ngày 20 tháng 11 năm 2025',
          'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
          '        Bộ Tư pháp đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương rà soát văn bản.',
          '',
          'UBND phường Tân Mai đã nhận được 02 hồ sơ đề nghị.',
          '',
          'Nơi nhân:',
          '- Các Sở Tư pháp;',
        ].join('\n'),
        '2025',
      ),
    ).toEqual(['lead UBND các tỉnh, thành phố trực thuộc Trung ương']);
  });
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

describe('the shapes of provincial and district directives', () => {
  test('a heading that names an agency gives it the points below, marked or not', () => {
    expect(
      read(
        [
          '1. Sở Nông nghiệp và Phát triển nông thôn:',
          '',
          'a) Chủ trì, phối hợp với UBND các huyện theo dõi tình hình dịch bệnh.',
          '',
          'b) Chỉ đạo Chi cục Chăn nuôi và Thú y tiêm phòng, hoàn thành trước ngày 31/12/2023.',
          '',
          '2. Sở Tài chính:',
          '',
          'Tham mưu bố trí kinh phí hỗ trợ người chăn nuôi.',
        ].join('\n'),
        '2023',
      ),
    ).toEqual([
      'lead Sở Nông nghiệp và Phát triển nông thôn',
      'partner UBND các huyện',
      'lead Sở Nông nghiệp và Phát triển nông thôn [2023-12-31]',
      'lead Chi cục Chăn nuôi và Thú y [2023-12-31]',
      'lead Sở Tài chính',
    ]);
  });
  test('`lãnh đạo` directs as `chỉ đạo` does after the one who directs; the points of `giao X lãnh đạo, chỉ đạo Y:` are both theirs', () => {
    expect(
      read(
        [
          '2.1. Đảng đoàn HĐND tỉnh lãnh đạo Thường trực HĐND tỉnh tăng cường giám sát.',
          '',
          '2.2. Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh:',
          '',
          'a) Chỉ đạo Cục Thuế tỉnh rà soát nguồn thu, hoàn thành trước ngày 15/12/2024.',
          '',
          'b) Xử lý các vướng mắc về giải phóng mặt bằng trong quý III/2024.',
          '',
          '3. Lãnh đạo Sở Y tế báo cáo tại hội nghị.',
        ].join('\n'),
        '2024',
      ),
    ).toEqual([
      'lead Đảng đoàn HĐND tỉnh',
      'lead Thường trực HĐND tỉnh',
      'lead Ban cán sự đảng UBND tỉnh [2024-12-15]',
      'lead UBND tỉnh [2024-12-15]',
      'lead Cục Thuế tỉnh [2024-12-15]',
      'lead Ban cán sự đảng UBND tỉnh [2024-09]',
      'lead UBND tỉnh [2024-09]',
    ]);
  });
  test('those directed after the partners lead too', () => {
    expect(
      read(
        'Sở Giáo dục và Đào tạo phối hợp với Sở Y tế chỉ đạo các trường học tuyên truyền cho học sinh.',
      ),
    ).toEqual(['lead Sở Giáo dục và Đào tạo', 'partner Sở Y tế', 'lead các trường học']);
  });
  test('a report gives tasks only in its sections that look ahead, not in what was done', () => {
    const text = [
      'I. KẾT QUẢ THỰC HIỆN',
      '',
      '1. Tỉnh đoàn Hà Tĩnh thành lập 615 đội hình tình nguyện.',
      '',
      '2. Sở Y tế phối hợp với Trung tâm Y tế huyện tổ chức tiêm chủng cho 12.500 trẻ em.',
      '',
      'II. NHIỆM VỤ 6 THÁNG CUỐI NĂM',
      '',
      '1. Sở Y tế tiếp tục theo dõi tình hình dịch, báo cáo UBND tỉnh trước ngày 15/7/2024.',
    ].join('\n');
    const tree = parseBody(text);
    const read = (report: boolean) =>
      assignmentsOf(tree, outlineOf(tree), '2024', report).map((a) => `${a.role} ${a.agency.name}`);
    expect(read(true)).toEqual(['lead Sở Y tế', 'receives-report UBND tỉnh']);
    // Any other document: every section.
    expect(read(false)).toContain('lead Tỉnh đoàn Hà Tĩnh');
  });
  test('a numbered part that only names an agency, without a colon, heads its tasks too', () => {
    expect(
      read(
        [
          '1.4. Trung tâm truyền thông thanh thiếu nhi',
          '',
          '- Xây dựng phóng sự về chương trình.',
          '',
          '2. Tỉnh đoàn Quảng Trị',
          '',
          '- Chuẩn bị địa điểm tổ chức.',
        ].join('\n'),
        '2022',
      ),
    ).toEqual(['lead Trung tâm truyền thông thanh thiếu nhi', 'lead Tỉnh đoàn Quảng Trị']);
  });
  test('an introduction followed by a heading of its own is its task alone, to its colon', () => {
    const tree = parseBody(
      [
        'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện tốt các nội dung sau:',
        '',
        '1. Sở Tài chính:',
        '',
        'Tham mưu bố trí kinh phí hỗ trợ người chăn nuôi.',
      ].join('\n'),
    );
    const tasks = assignmentsOf(tree, outlineOf(tree), '2023').map((a) => a.task);
    expect(tasks).toEqual([
      'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện tốt các nội dung sau:',
      'Tham mưu bố trí kinh phí hỗ trợ người chăn nuôi.',
    ]);
  });
  test('`Giao X:` over its points: the points are the tasks, the heading adds no task of its own', () => {
    expect(
      read(
        [
          '2.1. Giao UBND xã Bình Yên:',
          '',
          '- Tiếp tục vận động các hộ dân bàn giao mặt bằng trước ngày 30/6/2023.',
          '',
          '- Phối hợp với Trung tâm Phát triển quỹ đất huyện hoàn thiện hồ sơ trước ngày 20/6/2023.',
        ].join('\n'),
        '2023',
      ),
    ).toEqual([
      'lead UBND xã Bình Yên [2023-06-30]',
      'lead UBND xã Bình Yên [2023-06-20]',
      'partner Trung tâm Phát triển quỹ đất huyện [2023-06-20]',
    ]);
  });
  test('a clause that only says by when gives its deadline to the task before', () => {
    expect(
      read(
        'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát vốn; hoàn thành trước ngày 25/9/2023.',
        '2023',
      ),
    ).toEqual([
      'lead Sở Kế hoạch và Đầu tư [2023-09-25]',
      'partner Kho bạc Nhà nước tỉnh [2023-09-25]',
    ]);
  });
  test('`Riêng X`, `X là cơ quan thường trực`, and a report sent `về` an agency', () => {
    expect(
      read(
        'Riêng UBND huyện Chư Sê khẩn trương bàn giao mặt bằng trong tháng 10/2023. Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi việc thực hiện. Thủ trưởng các chủ đầu tư định kỳ báo cáo kết quả giải ngân về Sở Tài chính.',
        '2023',
      ),
    ).toEqual([
      'lead UBND huyện Chư Sê [2023-10]',
      'lead Phòng Văn hóa và Thông tin',
      'lead Thủ trưởng các chủ đầu tư',
      'receives-report Sở Tài chính',
    ]);
  });
  test('a plan table: leads, partners and the deadline of each row (a quarter is due at its last month)', () => {
    expect(
      read(
        [
          '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
          '|---|---|---|---|---|',
          '| 1 | Số hóa hồ sơ | Phòng Tài nguyên và Môi trường | UBND các xã, thị trấn | Quý II/2024 |',
          '| 2 | Tập huấn | Phòng Nội vụ | | Năm 2024 |',
        ].join('\n'),
        '2024',
      ),
    ).toEqual([
      'lead Phòng Tài nguyên và Môi trường [2024-06]',
      'partner UBND các xã, thị trấn [2024-06]',
      'lead Phòng Nội vụ [2024-12]',
    ]);
  });
  test('the issuer asking is not a task, nor a point that is a topic title, nor an invitation', () => {
    expect(
      read(
        'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
      ),
    ).toEqual([]);
    expect(
      read('Văn phòng HĐND và UBND huyện trân trọng kính mời: Thủ trưởng các phòng, ban, ngành.'),
    ).toEqual([]);
    expect(
      read(
        ['Giao Sở Y tế thực hiện các nhiệm vụ sau:', '', '- Về công tác xét nghiệm diện rộng'].join(
          '\n',
        ),
      ),
    ).toEqual(['lead Sở Y tế']);
  });
  test('common words are not names: a report heading, `Viện dẫn`; a newspaper of that spelling is one', () => {
    expect(agencyAt('BÁO CÁO Kết quả công tác 6 tháng', 0)).toBeNull();
    expect(agencyAt('BAO CAO ket qua', 0)).toBeNull();
    expect(agencyAt('Viện dẫn quy định', 0)).toBeNull();
    expect(agencyAt('SỞ HỮU trí tuệ', 0)).toBeNull();
    expect(agencyAt('Báo Cao Bằng đưa tin', 0)?.name).toBe('Báo Cao Bằng');
    expect(
      read('Phòng Tài chính - Kế hoạch kính trình Ủy ban nhân dân huyện xem xét, bổ sung dự toán.'),
    ).toEqual([]);
  });
  test('names: `số` is not `Sở`; a board whose name goes on in lower case; a collective taken at a level', () => {
    expect(agencyAt('số 779-BC/UBND', 0)).toBeNull();
    expect(agencyAt('So Y te', 0)?.name).toMatch(/^So Y/);
    expect(agencyAt('Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc', 0)?.name).toBe(
      'Ban Quản lý dự án đầu tư xây dựng huyện',
    );
    expect(agencyAt('Chi nhánh Văn phòng Đăng ký đất đai huyện phối hợp', 0)?.name).toBe(
      'Chi nhánh Văn phòng Đăng ký đất đai huyện',
    );
    expect(agencyAt('Đài Phát thanh và Truyền hình Quảng Bình đẩy mạnh', 0)?.name).toBe(
      'Đài Phát thanh và Truyền hình Quảng Bình',
    );
    expect(agencyAt('Thành đoàn Hà Nội triển khai', 0)?.name).toBe('Thành đoàn Hà Nội');
    expect(agencyAt('Đoàn Thanh niên Cộng sản Hồ Chí Minh chú trọng', 0)?.name).toBe(
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    );
    expect(agencyAt('Đoàn thanh niên Công an huyện tổ chức', 0)?.name).toBe(
      'Đoàn thanh niên Công an huyện',
    );
    const scoped = agencyAt('Các sở, ban, ngành thuộc tỉnh, UBND các huyện', 0);
    expect(scoped?.name).toBe('các sở, ban, ngành');
    expect('Các sở, ban, ngành thuộc tỉnh, UBND các huyện'.slice(scoped!.end)).toBe(
      ', UBND các huyện',
    );
  });
});

describe('the shapes of central notices and city directives', () => {
  test('`UBND các tỉnh: A, B và C` is each province; a centrally run city is a `thành phố`', () => {
    expect(
      read(
        'Ủy ban nhân dân các tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh hoàn thành giải phóng mặt bằng trước ngày 30 tháng 9 năm 2023.',
      ),
    ).toEqual([
      'lead UBND tỉnh Thanh Hóa [2023-09-30]',
      'lead UBND tỉnh Nghệ An [2023-09-30]',
      'lead UBND tỉnh Hà Tĩnh [2023-09-30]',
    ]);
    expect(read('UBND các tỉnh, thành phố: Đà Nẵng, Quảng Nam rà soát các dự án.')).toEqual([
      'lead UBND thành phố Đà Nẵng',
      'lead UBND tỉnh Quảng Nam',
    ]);
  });
  test('`theo chức năng, nhiệm vụ được giao` between the agencies and their verb', () => {
    expect(
      read(
        'Bộ Kế hoạch và Đầu tư, Bộ Tài chính theo chức năng, nhiệm vụ được giao phối hợp với Bộ Công Thương xử lý các kiến nghị.',
      ),
    ).toEqual(['lead Bộ Kế hoạch và Đầu tư', 'lead Bộ Tài chính', 'partner Bộ Công Thương']);
    expect(read('Sở Y tế theo báo cáo của các huyện đã triển khai.')).toEqual([]);
  });
  test('state groups and corporations, whose names go on in lower case', () => {
    expect(
      read(
        'Tập đoàn Điện lực Việt Nam chỉ đạo Tổng công ty Truyền tải điện quốc gia huy động nhân lực.',
      ),
    ).toEqual(['lead Tập đoàn Điện lực Việt Nam', 'lead Tổng công ty Truyền tải điện quốc gia']);
    expect(
      read('Tập đoàn Bưu chính Viễn thông Việt Nam là đơn vị đồng hành, xây dựng phần mềm thi.'),
    ).toEqual(['lead Tập đoàn Bưu chính Viễn thông Việt Nam']);
  });
  test('a whole year ending the clause is due at its last month; a year naming a period is not', () => {
    expect(
      whenIn('bố trí kinh phí cho lực lượng dân phòng trong năm 2024.', null).deadlines,
    ).toEqual(['2024-12']);
    expect(whenIn('hoàn thành trước cuối năm 2025', null).deadlines).toEqual(['2025-12']);
    expect(
      whenIn('triển khai Dự án trong năm 2022 thuộc Chương trình mục tiêu quốc gia', null)
        .deadlines,
    ).toEqual([]);
    expect(whenIn('hoàn thành trong tháng 1 năm 2024', '2023').deadlines).toEqual(['2024-01']);
  });
});

describe("the shapes of a Prime Minister's directive and a department's letter", () => {
  test('the groups of ministries, state media, and every office of a name (`các Chi nhánh …`)', () => {
    expect(
      read(
        'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ rà soát phương án; Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tăng thời lượng đưa tin.',
      ),
    ).toEqual([
      'lead các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'lead Đài Truyền hình Việt Nam',
      'lead Đài Tiếng nói Việt Nam',
      'lead Thông tấn xã Việt Nam',
    ]);
    expect(
      read(
        'Văn phòng Đăng ký đất đai tỉnh chỉ đạo các Chi nhánh Văn phòng Đăng ký đất đai phối hợp với Phòng Tài nguyên và Môi trường cấp huyện giải quyết hồ sơ.',
      ),
    ).toEqual([
      'lead Văn phòng Đăng ký đất đai tỉnh',
      'lead các Chi nhánh Văn phòng Đăng ký đất đai',
      'partner Phòng Tài nguyên và Môi trường',
    ]);
  });
  test('`các đơn vị chức năng` names no one; office holders in the plural are not an agency', () => {
    expect(read('Bộ Quốc phòng chỉ đạo các đơn vị chức năng chuẩn bị lực lượng.')).toEqual([
      'lead Bộ Quốc phòng',
    ]);
    expect(read('Phân công các Phó Chủ tịch UBND quận theo lĩnh vực phụ trách chỉ đạo.')).toEqual(
      [],
    );
  });
  test('what to do if there is trouble is no task; a section listing who attends gives nothing', () => {
    expect(
      read(
        'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Sở Tư pháp để được hướng dẫn.',
      ),
    ).toEqual([]);
    expect(
      read(
        'III. NHIỆM VỤ\n\n1. Sở Y tế chủ trì tổ chức hội nghị.\n\nIV. THÀNH PHẦN THAM DỰ\n\n1. Đại biểu:\n\n+ Lãnh đạo Ban Tuyên giáo Trung ương.\n\n2. Thành phần:\n\n Mời phóng viên báo chí:\n\nĐài Truyền hình Việt Nam; Đài Tiếng nói Việt\nNam; Báo Tiền phong; Báo Thanh niên; Báo Nhân dân;\nBáo Công an nhân dân.',
      ),
    ).toEqual(['lead Sở Y tế']);
  });
});

describe('common turns of directives, written out', () => {
  test('a deadline with its hour; a line that only says by when, for the point before', () => {
    expect(
      read('UBND các huyện rà soát các dự án, báo cáo UBND tỉnh trước 17 giờ ngày 15/10/2024.'),
    ).toEqual(['lead UBND các huyện [2024-10-15]', 'receives-report UBND tỉnh [2024-10-15]']);
    expect(
      read('Sở Y tế chủ trì triển khai.\n\nThời gian hoàn thành: trước ngày 30/11/2024.'),
    ).toEqual(['lead Sở Y tế [2024-11-30]']);
  });
  test('`Trên cơ sở đó, X …` acts; a legal basis (`Căn cứ …, X ban hành …`) does not', () => {
    expect(read('Trên cơ sở đó, UBND các xã tổ chức tuyên truyền đến người dân.')).toEqual([
      'lead UBND các xã',
    ]);
    expect(
      read(
        'Căn cứ Quy chế làm việc của Ban Chấp hành, Ban Thường vụ Tỉnh đoàn khóa XVIII, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch.',
      ),
    ).toEqual([]);
  });
  test('a report due is a task; a report heard, or what someone will do, is not', () => {
    expect(
      read(
        'Các cơ quan, đơn vị báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 10/12/2024.',
      ),
    ).toEqual(['lead các cơ quan, đơn vị [2024-12-10]', 'receives-report UBND tỉnh [2024-12-10]']);
    expect(read('Sở Y tế báo cáo tình hình dịch bệnh trên địa bàn.')).toEqual([]);
    expect(read('Ban Tổ chức sẽ trao giải cho các tập thể đạt giải.')).toEqual([]);
  });
});

describe("the shapes of a chairman's telegram", () => {
  test('the armed forces listed, a company directed; the closing to units and localities gives nothing', () => {
    expect(
      read(
        'Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh sẵn sàng lực lượng. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo các công ty thủy lợi vận hành hồ chứa.',
      ),
    ).toEqual([
      'lead Bộ Chỉ huy Quân sự tỉnh',
      'lead Công an tỉnh',
      'lead Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'lead Sở Nông nghiệp và Phát triển nông thôn',
      'lead các công ty thủy lợi',
    ]);
    expect(read('Yêu cầu các đơn vị, địa phương nghiêm túc thực hiện./.')).toEqual([]);
  });
});

describe("the articles of a decision and a union's offices", () => {
  test('`Điều 2. Giao …` gives; the executory article names who carries out the decision, no task', () => {
    expect(
      read(
        'Điều 2. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Giáo dục và Đào tạo thẩm định dự toán. Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ngành; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toEqual(['lead Phòng Tài chính - Kế hoạch', 'partner Phòng Giáo dục và Đào tạo']);
  });
  test("`Hội LHPN` is the Women's Union, whatever part of a name it is", () => {
    expect(
      read(
        '1. Ban Tuyên giáo Hội LHPN tỉnh: Tham mưu tổ chức cuộc thi. 2. Hội LHPN các huyện, thị xã, thành phố: Vận động hội viên tham gia.',
      ),
    ).toEqual([
      'lead Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh',
      'lead Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố',
    ]);
  });
});

describe("a district Party committee's conclusions and a ministry's letter", () => {
  test('collectives sharing `các` in a list, under their committee; a dated task of its own after `;`', () => {
    expect(
      read(
        'Các đảng ủy xã, thị trấn, chi bộ, đảng bộ trực thuộc Huyện ủy đưa chỉ tiêu vào nghị quyết năm; hoàn thành việc số hóa hồ sơ đảng viên trước ngày 30/9/2024.',
      ),
    ).toEqual([
      'lead các đảng ủy xã, thị trấn',
      'lead các chi bộ, đảng bộ trực thuộc',
      'lead các đảng ủy xã, thị trấn [2024-09-30]',
      'lead các chi bộ, đảng bộ trực thuộc [2024-09-30]',
    ]);
    expect(read('Sở Y tế chủ trì triển khai; hoàn thành trước ngày 30/9/2024.')).toEqual([
      'lead Sở Y tế [2024-09-30]',
    ]);
  });
  test('every department of a field in lower case; `Huyện đoàn` is a name, not a district', () => {
    expect(
      read(
        'Các sở giáo dục và đào tạo chỉ đạo các trường trung học phổ thông xây dựng kế hoạch. Ban Thường vụ Huyện đoàn phát huy vai trò của đoàn viên.',
      ),
    ).toEqual([
      'lead các sở giáo dục và đào tạo',
      'lead các trường trung học phổ thông',
      'lead Ban Thường vụ Huyện đoàn',
    ]);
  });
});

describe("a department's guidance and a council's conclusions", () => {
  test('a heading line over its sentence; files due by a date; a line wrapped before a name stays whole', () => {
    expect(
      read(
        '2. Thời gian gửi hồ sơ\nCác sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện gửi hồ sơ về Sở Nội vụ trước ngày 15/11/2024.',
      ),
    ).toEqual([
      'lead các sở, ban, ngành, đoàn thể [2024-11-15]',
      'lead UBND các huyện [2024-11-15]',
    ]);
    expect(read('2. Sở Tài chính phối hợp với\nSở Y tế bố trí kinh phí.')).toEqual([
      'lead Sở Tài chính',
      'partner Sở Y tế',
    ]);
    expect(read('Bộ Y tế gửi công văn hướng dẫn các tỉnh.')).toEqual([]);
  });
  test('boards of emulation and of the council', () => {
    expect(
      read(
        'Hội đồng Thi đua - Khen thưởng các huyện tổ chức bình xét. Các Ban của HĐND tỉnh theo lĩnh vực phụ trách giám sát việc thực hiện.',
      ),
    ).toEqual(['lead Hội đồng Thi đua - Khen thưởng các huyện', 'lead các Ban của HĐND tỉnh']);
  });
});

describe('the Youth Union and a commune', () => {
  test("the Union's committees as one collective; its departments by their whole names", () => {
    expect(
      read(
        'Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc tổ chức tuyên truyền. Ban Thanh niên công nhân và đô thị TW Đoàn chủ trì, phối hợp với Ban Phong trào Tỉnh đoàn hướng dẫn.',
      ),
    ).toEqual([
      'lead Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc',
      'lead Ban Thanh niên công nhân và đô thị Trung ương Đoàn',
      'partner Ban Phong trào Tỉnh đoàn',
    ]);
  });
  test("a commune's loudspeaker station is the commune's", () => {
    expect(read('Đài truyền thanh xã tuyên truyền trên hệ thống loa.')).toEqual([
      'lead Đài truyền thanh xã',
    ]);
  });
});

describe("a steering committee's plan and a finance department's letter", () => {
  test("a board's members, its standing body, tax offices of an area, the short `thành, thị`", () => {
    expect(
      read(
        'Các thành viên Ban Chỉ đạo 389 tỉnh báo cáo kết quả về Cơ quan Thường trực trước ngày 05/3/2025. Cục Thuế tỉnh chỉ đạo các Chi cục Thuế khu vực rà soát. UBND các huyện, thành, thị tổng hợp dự toán.',
        '2024',
      ),
    ).toEqual([
      'lead các thành viên Ban Chỉ đạo 389 tỉnh [2025-03-05]',
      'receives-report Cơ quan Thường trực [2025-03-05]',
      'lead Cục Thuế tỉnh',
      'lead các Chi cục Thuế khu vực',
      'lead UBND các huyện, thành, thị',
    ]);
  });
});

describe("an urban district's letter and a social insurance plan", () => {
  test('who answers to whom is no task, the clause after it is theirs; a team, a post office, a department of its field', () => {
    expect(
      read(
        'Giao Chủ tịch UBND các phường chịu trách nhiệm trước Chủ tịch UBND quận về trật tự đô thị; tổ chức ra quân giải tỏa vỉa hè, hoàn thành trong tháng 9/2024. Đội Quản lý trật tự đô thị quận phối hợp với Bưu điện tỉnh kiểm tra. Phòng Truyền thông và Phát triển người tham gia tổ chức hội nghị.',
        '2024',
      ),
    ).toEqual([
      'lead Chủ tịch UBND các phường [2024-09]',
      'lead Đội Quản lý trật tự đô thị quận',
      'partner Bưu điện tỉnh',
      'lead Phòng Truyền thông và Phát triển người tham gia',
    ]);
  });
});

describe("a school's plan and a police plan", () => {
  test("a school's roles, and the traffic police's whole name", () => {
    expect(
      read(
        'Các tổ trưởng chuyên môn xây dựng đề cương. Giáo viên chủ nhiệm lớp 12 theo dõi chuyên cần. Bộ phận kế toán bảo đảm kinh phí. Phòng Cảnh sát giao thông (PC08) là đơn vị thường trực, chủ trì tham mưu.',
      ),
    ).toEqual([
      'lead các tổ trưởng chuyên môn',
      'lead Giáo viên chủ nhiệm lớp 12',
      'lead Bộ phận kế toán',
      'lead Phòng Cảnh sát giao thông',
    ]);
  });
});

describe("a construction department's letter", () => {
  test('project owners and boards sharing `các`, contractors, a project board named for its works', () => {
    expect(
      read(
        'Các chủ đầu tư, ban quản lý dự án tăng cường kiểm tra. Các nhà thầu thi công xây dựng trang bị phương tiện bảo vệ. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh rà soát các gói thầu.',
      ),
    ).toEqual([
      'lead các chủ đầu tư',
      'lead các ban quản lý dự án',
      'lead các nhà thầu thi công xây dựng',
      'lead Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh',
    ]);
  });
});

describe("a ministry's telegram and a farmers' union plan", () => {
  test('lettered points written line under line, without blank lines, are points of their heading', () => {
    expect(
      read(
        '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\na) Chỉ đạo các sở, ban, ngành triển khai chiến dịch trong tháng 8/2023.\nb) Bố trí kinh phí cho công tác phòng, chống dịch.\n\n2. Sở Y tế các tỉnh, thành phố trực thuộc Trung ương:\na) Giám sát chặt chẽ, phát hiện sớm ổ dịch.',
        '2023',
      ),
    ).toEqual([
      'lead Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương [2023-08]',
      'lead các sở, ban, ngành [2023-08]',
      'lead Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương',
      'lead Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });
  test('a heading line that only names a body, over a sentence without a subject, is its subject', () => {
    expect(
      read(
        '1. Ban Kinh tế - Xã hội Hội Nông dân tỉnh\nChủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh xây dựng thể lệ; hoàn thành trước ngày 15/4/2024.\n2. Văn phòng Hội Nông dân tỉnh\nDự trù kinh phí phục vụ Hội thi.',
        '2024',
      ),
    ).toEqual([
      'lead Ban Kinh tế - Xã hội Hội Nông dân tỉnh [2024-04-15]',
      'partner Văn phòng Hội Nông dân tỉnh [2024-04-15]',
      'lead Văn phòng Hội Nông dân tỉnh',
    ]);
  });
  test('a name with a comma in it; `khẩn trương triển khai thực hiện` closes, giving nothing', () => {
    expect(
      read(
        'Cục Y tế dự phòng chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh kiểm tra công tác.',
      ),
    ).toEqual(['lead Cục Y tế dự phòng', 'partner Cục Quản lý Khám, chữa bệnh']);
    expect(read('Yêu cầu các đơn vị khẩn trương triển khai thực hiện./.')).toEqual([]);
  });
});

describe("an inspectorate's conclusions and a health department's letter", () => {
  test('`Kiến nghị` gives like `Đề nghị`; the findings before give nothing', () => {
    expect(
      read(
        'UBND xã chưa thực hiện đúng quy định; trách nhiệm thuộc về Chủ tịch UBND xã.\n\n1. Kiến nghị Chủ tịch UBND huyện Thanh Hà:\na) Chỉ đạo UBND xã Thanh Hải thu hồi số tiền chi sai trước ngày 31/12/2023.\nb) Tổ chức kiểm điểm trách nhiệm theo quy định.',
        '2023',
      ),
    ).toEqual([
      'lead Chủ tịch UBND huyện Thanh Hà [2023-12-31]',
      'lead UBND xã Thanh Hải [2023-12-31]',
      'lead Chủ tịch UBND huyện Thanh Hà',
    ]);
  });
  test('the fire police named whole, commas and all, with the police it belongs to', () => {
    expect(
      read(
        'Các đơn vị phối hợp với Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh tổ chức diễn tập.',
      ),
    ).toEqual([
      'lead các đơn vị',
      'partner Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh',
    ]);
  });
});

describe("the Government's resolution and a university's notice", () => {
  test("a heading line over lettered points; a report due at a month's meeting; the State Bank", () => {
    expect(
      read(
        '2. Về nhiệm vụ, giải pháp trong thời gian tới\na) Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động.\nb) Bộ Xây dựng hướng dẫn các địa phương tháo gỡ vướng mắc.\n\n3. Giao Văn phòng Chính phủ theo dõi, đôn đốc, báo cáo Chính phủ tại phiên họp thường kỳ tháng 7 năm 2023.',
        '2023',
      ),
    ).toEqual([
      'lead Ngân hàng Nhà nước Việt Nam',
      'lead Bộ Xây dựng',
      'lead Văn phòng Chính phủ [2023-07]',
      'receives-report Chính phủ [2023-07]',
    ]);
  });
  test("a university's offices, faculties and student bodies; a report due to the rector", () => {
    expect(
      read(
        '2.1. Phòng Đào tạo chủ trì, phối hợp với Phòng Công tác chính trị - Học sinh, sinh viên và Trung tâm Công nghệ thông tin xây dựng quy trình.\n2.2. Phòng Quản trị và Đầu tư chuẩn bị hội trường.\n2.3. Các khoa đào tạo cử giảng viên tham gia.\n2.4. Đoàn Thanh niên, Hội Sinh viên trường tổ chức lực lượng tình nguyện.\n\n3. Các đơn vị báo cáo kết quả về Hiệu trưởng trước ngày 05/9/2024.',
        '2024',
      ),
    ).toEqual([
      'lead Phòng Đào tạo',
      'partner Phòng Công tác chính trị - Học sinh, sinh viên',
      'partner Trung tâm Công nghệ thông tin',
      'lead Phòng Quản trị và Đầu tư',
      'lead các khoa đào tạo',
      'lead Đoàn Thanh niên',
      'lead Hội Sinh viên trường',
      'lead các đơn vị [2024-09-05]',
      'receives-report Hiệu trưởng [2024-09-05]',
    ]);
  });
});

describe("a department's storm letter and a military command's plan", () => {
  test('a heading line naming an office over `Chỉ đạo …; phối hợp …`: two tasks of the office', () => {
    expect(
      read(
        '2. Phòng Chính trị\nChỉ đạo công tác tuyên truyền, thẩm tra lý lịch công dân; phối hợp với Công an tỉnh xác minh tiêu chuẩn chính trị.\n3. Phòng Hậu cần - Kỹ thuật bảo đảm quân trang.',
        '2024',
      ),
    ).toEqual([
      'lead Phòng Chính trị',
      'lead Phòng Chính trị',
      'partner Công an tỉnh',
      'lead Phòng Hậu cần - Kỹ thuật',
    ]);
  });
  test('a military region by its number; a board named with a comma', () => {
    expect(
      read(
        'Phòng Tham mưu tổng hợp kết quả, báo cáo Bộ Tư lệnh Quân khu 4 trước ngày 20/02/2025.\n\nBan Quản lý cảng cá, bến cá tỉnh sắp xếp tàu thuyền neo đậu an toàn.',
        '2025',
      ),
    ).toEqual([
      'lead Phòng Tham mưu [2025-02-20]',
      'receives-report Bộ Tư lệnh Quân khu 4 [2025-02-20]',
      'lead Ban Quản lý cảng cá, bến cá tỉnh',
    ]);
  });
});

describe("a labour federation's letter and a tax department's letter", () => {
  test("the federation's districts, sector and park unions, and its boards by their whole names", () => {
    expect(
      read(
        '1. Liên đoàn Lao động các huyện, thị xã, thành phố, Công đoàn ngành, Công đoàn các Khu công nghiệp xây dựng kế hoạch.\n2. Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh kiểm tra chế độ trong tháng 5/2024.',
        '2024',
      ),
    ).toEqual([
      'lead Liên đoàn Lao động các huyện, thị xã, thành phố',
      'lead Công đoàn ngành',
      'lead Công đoàn các Khu công nghiệp',
      'lead Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh [2024-05]',
    ]);
  });
  test('tax branches by area and by city; an office of information technology; an association', () => {
    expect(
      read(
        'Các Chi cục Thuế khu vực, Chi cục Thuế thành phố Biên Hòa rà soát danh sách; hoàn thành trước ngày 20/8/2023.\n\nPhòng Công nghệ thông tin phối hợp với Hiệp hội Doanh nghiệp tỉnh hỗ trợ kỹ thuật.',
        '2023',
      ),
    ).toEqual([
      'lead các Chi cục Thuế khu vực [2023-08-20]',
      'lead Chi cục Thuế thành phố Biên Hòa [2023-08-20]',
      'lead Phòng Công nghệ thông tin',
      'partner Hiệp hội Doanh nghiệp tỉnh',
    ]);
  });
});

describe("an education department's exam letter and a district health office's plan", () => {
  test('schools written with THPT; a rector over schools is the schools; the rector alone is one', () => {
    expect(
      read(
        '1. Các trường THPT, Trung tâm GDNN-GDTX các huyện:\n- Tổ chức ôn tập cho học sinh lớp 12, hoàn thành trước ngày 20/6/2024.\n\n2. Hiệu trưởng các trường THCS báo cáo kết quả về Hiệu trưởng trước ngày 30/6/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các trường THPT [2024-06-20]',
      'lead Trung tâm GDNN-GDTX các huyện [2024-06-20]',
      'lead Hiệu trưởng các trường THCS [2024-06-30]',
      'receives-report Hiệu trưởng [2024-06-30]',
    ]);
  });
});

describe("a plan's appendix table and a hospital's notice", () => {
  test("a hospital's own offices and departments; its director chairing a meeting gives nothing", () => {
    expect(
      read(
        'Giám đốc Bệnh viện chủ trì buổi giao ban. Tham dự có Ban Giám đốc, trưởng các khoa, phòng.\n\n1. Các khoa lâm sàng tăng cường chăm sóc người bệnh.\n2. Phòng Điều dưỡng chủ trì, phối hợp với Khoa Kiểm soát nhiễm khuẩn kiểm tra; báo cáo Giám đốc trước ngày 25/3/2024.\n3. Phòng Tài chính - Kế toán rà soát chi phí trong tháng 3/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các khoa lâm sàng',
      'lead Phòng Điều dưỡng',
      'partner Khoa Kiểm soát nhiễm khuẩn',
      'lead Phòng Điều dưỡng [2024-03-25]',
      'receives-report Giám đốc [2024-03-25]',
      'lead Phòng Tài chính - Kế toán [2024-03]',
    ]);
    // A director over others is their office holder, not a name alone.
    expect(agencyAt('Giám đốc các bệnh viện trực thuộc Bộ Y tế.', 0)).toBeNull();
  });
  test("a State Bank branch in a plan table's partner column", () => {
    expect(
      read(
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n| 1 | Thanh toán không dùng tiền mặt | Sở Y tế | Ngân hàng Nhà nước Chi nhánh tỉnh | Năm 2024 |',
        '2024',
      ),
    ).toEqual(['lead Sở Y tế [2024-12]', 'partner Ngân hàng Nhà nước Chi nhánh tỉnh [2024-12]']);
  });
});

describe("a propaganda department's guidance and a ward's notice", () => {
  test("a department serving the districts' committees; a neighbourhood group by its number", () => {
    expect(
      read(
        '1. Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tham mưu cấp ủy chỉ đạo tuyên truyền.\n2. Giao Công an phường phối hợp với Tổ dân phố số 5 nắm tình hình.',
        '2025',
      ),
    ).toEqual([
      'lead Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
      'lead Công an phường',
      'partner Tổ dân phố số 5',
    ]);
  });
  test("a ward's bodies are the ward's, whatever place its date line names", () => {
    const dir = 'tests/fixtures/assignments-blind24';
    const { documents } = buildArchive(readSourceFolder(dir).sources, '/');
    const ward = documents.find((d) => d.id === '56-tb-ubnd-2024')!;
    expect(ward.place).toBe('Hoàng Mai');
    expect(ward.assignments.map((a) => a.agency)).toContain('Công an phường Tân Mai');
    // `UBND các quận, huyện, thị xã` in a district's letter is the city's districts, no one place's.
    expect(
      agencyEntry(agencyAt('UBND các quận, huyện, thị xã chỉ đạo', 0)!, 'Quận-huyện', 'Cầu Giấy')
        .name,
    ).toBe('UBND các quận, huyện, thị xã');
  });
});

describe("a Front board's supervision plan and a trade department's letter", () => {
  test('the same body of two places; the Front with its country name; who pays', () => {
    expect(
      read(
        '1. Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Lăng, huyện Gio Linh chuẩn bị địa điểm.\n2. Kinh phí giám sát do Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh bảo đảm.',
        '2023',
      ),
    ).toEqual([
      'lead Ban Thường trực Ủy ban MTTQ huyện Hải Lăng',
      'lead Ban Thường trực Ủy ban MTTQ huyện Gio Linh',
      'lead Văn phòng Ủy ban MTTQ tỉnh',
    ]);
  });
  test('a report sent by a date; the receiver gathering it for its own superior is no task', () => {
    expect(
      read(
        'Đề nghị UBND huyện Gio Linh chuẩn bị báo cáo theo đề cương, gửi về Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh trước ngày 10/10/2023.\n\nCác cơ quan, đơn vị báo cáo tình hình thị trường và kết quả thực hiện về Sở Công Thương trước ngày 10/01/2024 để tổng hợp, báo cáo UBND tỉnh.',
        '2023',
      ),
    ).toEqual([
      'lead UBND huyện Gio Linh [2023-10-10]',
      'receives-report Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh [2023-10-10]',
      'lead các cơ quan, đơn vị [2024-01-10]',
      'receives-report Sở Công Thương [2024-01-10]',
    ]);
  });
  test('a header whose subject keeps it from capitals; the closing; the retailers', () => {
    expect(
      read(
        'SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\nSố: 12/SCT-QLTM\nV/v bảo đảm cung ứng hàng hóa dịp Tết\n\n1. Các doanh nghiệp phân phối, bán lẻ chủ động dự trữ hàng hóa.\n\nSở Công Thương đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.',
        '2023',
      ),
    ).toEqual(['lead các doanh nghiệp phân phối, bán lẻ']);
  });
  test("`Ban Thường trực` alone in the board's own plan is the board", () => {
    const dir = 'tests/fixtures/assignments-blind25';
    const { documents } = buildArchive(readSourceFolder(dir).sources, '/');
    const plan = documents.find((d) => d.id === '412-kh-mttq-btt-2023')!;
    const receivers = plan.assignments.filter((a) => a.role === 'receives-report');
    expect(new Set(receivers.map((a) => a.agency))).toEqual(
      new Set(['Ban Thường trực Ủy ban MTTQ tỉnh']),
    );
  });
});

describe("a transport department's plan and a State Bank branch's letter", () => {
  test('an office named whole on its heading line, wherever the text names it again', () => {
    expect(
      read(
        '1. Phòng Quản lý kết cấu hạ tầng giao thông\nChỉ đạo các đơn vị bảo trì đường bộ tuần tra; hoàn thành trước ngày 15/01/2025.\n\n2. Thanh tra Sở phối hợp với Phòng Quản lý kết cấu hạ tầng giao thông kiểm tra.',
        '2025',
      ),
    ).toEqual([
      'lead Phòng Quản lý kết cấu hạ tầng giao thông [2025-01-15]',
      'lead các đơn vị bảo trì đường bộ [2025-01-15]',
      'lead Thanh tra Sở',
      'partner Phòng Quản lý kết cấu hạ tầng giao thông',
    ]);
  });
  test('a heading line that goes on with a verb is a task, not a name', () => {
    expect(
      read('1. Các tỉnh, thành đoàn, đoàn trực thuộc vận động đoàn viên, thanh niên', '2025'),
    ).toEqual(['lead các tỉnh, thành đoàn, đoàn trực thuộc']);
  });
  test('abbreviations the letter defines stand for their names', () => {
    expect(
      read(
        'Ngân hàng Nhà nước Chi nhánh tỉnh Ninh Bình (NHNN tỉnh) yêu cầu các tổ chức tín dụng trên địa bàn (TCTD) rà soát lãi suất.\n\nCác TCTD báo cáo kết quả về NHNN tỉnh trước ngày 15/5/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các tổ chức tín dụng',
      'lead các tổ chức tín dụng [2024-05-15]',
      'receives-report Ngân hàng Nhà nước Chi nhánh tỉnh Ninh Bình [2024-05-15]',
    ]);
  });
  test('banks and their branches; the writer presenting its plan is no task', () => {
    expect(
      read(
        'Sở Giao thông vận tải xây dựng Kế hoạch thực hiện như sau:\n\n1. Ngân hàng Chính sách xã hội chi nhánh tỉnh phối hợp với các tổ chức chính trị - xã hội giải ngân; Agribank chi nhánh tỉnh Ninh Bình tập trung vốn cho vay.',
        '2024',
      ),
    ).toEqual([
      'lead Ngân hàng Chính sách xã hội chi nhánh tỉnh',
      'partner các tổ chức chính trị - xã hội',
      'lead Agribank chi nhánh tỉnh Ninh Bình',
    ]);
  });
  test('a heading with a remark in brackets, museums and associations, and an as-of date', () => {
    expect(
      read(
        'III. PHÂN CÔNG NHIỆM VỤ\n\n1. Phòng Nghiệp vụ Văn hóa (cơ quan thường trực)\n- Chủ trì xây dựng kịch bản, trình Giám đốc Sở trước ngày 05/4/2025.\n\n2. Bảo tàng tỉnh phối hợp với Thư viện tỉnh tổ chức trưng bày sách.\n\n3. Phòng Du lịch phối hợp với Hiệp hội Du lịch tỉnh vận động doanh nghiệp.\n\n4. Phòng Văn hóa thống kê số liệu chính xác đến ngày 31/12/2024.',
        '2025',
      ),
    ).toEqual([
      'lead Phòng Nghiệp vụ Văn hóa [2025-04-05]',
      'lead Bảo tàng tỉnh',
      'partner Thư viện tỉnh',
      'lead Phòng Du lịch',
      'partner Hiệp hội Du lịch tỉnh',
      'lead Phòng Văn hóa',
    ]);
  });
  test("a village's bodies, a person's office after a comma, which of the units, a chair", () => {
    expect(
      read(
        'Đồng chí Trần Thị Lan, Phó Bí thư chi bộ rà soát hồ sơ, báo cáo Đảng ủy xã Tân Phú trước ngày 30/6/2024.\n\nChi đoàn thanh niên thôn phối hợp với Tổ an ninh tự quản tuần tra.\n\nChỉ đạo UBND các xã có dịch tổ chức tiêu hủy lợn bệnh.\n\nĐồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì, cùng dự có các đồng chí trong Ban Thường vụ.',
        '2024',
      ),
    ).toEqual([
      'lead Trần Thị Lan [2024-06-30]',
      'receives-report Đảng ủy xã Tân Phú [2024-06-30]',
      'lead Chi đoàn thanh niên thôn',
      'partner Tổ an ninh tự quản',
      'lead UBND các xã có dịch',
    ]);
  });
  test('a team a decision sets up, an IT centre and an IT unit', () => {
    expect(
      read(
        'Đoàn kiểm tra có nhiệm vụ kiểm tra việc sử dụng đất; báo cáo Chủ tịch UBND tỉnh trước ngày 30/11/2024.\n\nGiao Trung tâm Công nghệ thông tin và Truyền thông tỉnh chủ trì giám sát an toàn thông tin.\n\nUBND các huyện chỉ đạo bộ phận chuyên trách công nghệ thông tin rà soát máy chủ.',
        '2024',
      ),
    ).toEqual([
      'lead Đoàn kiểm tra',
      'lead Đoàn kiểm tra [2024-11-30]',
      'receives-report Chủ tịch UBND tỉnh [2024-11-30]',
      'lead Trung tâm Công nghệ thông tin và Truyền thông tỉnh',
      'lead UBND các huyện',
      'lead bộ phận chuyên trách công nghệ thông tin',
    ]);
  });
  test("a decision's grounds and the writer's own guidance give no task", () => {
    expect(
      read(
        'Theo đề nghị Vụ trưởng Vụ Pháp chế;\n\nXét đề nghị của Sở Nội vụ;\n\nBộ Công Thương hướng dẫn cụ thể như sau:\n\n1. Sở Công Thương các tỉnh báo cáo Bộ Công Thương trước ngày 20/4/2023.',
        '2023',
      ),
    ).toEqual([
      'lead Sở Công Thương các tỉnh [2023-04-20]',
      'receives-report Bộ Công Thương [2023-04-20]',
    ]);
  });
  test("a province's body written with its name is the one without; the director is the department", () => {
    const dir = 'tests/fixtures/assignments-blind26';
    const { documents } = buildArchive(readSourceFolder(dir).sources, '/');
    const bank = documents.find((d) => d.id === '388-nbi-th-2024')!;
    expect(bank.assignments.map((a) => a.agency)).toContain('Agribank chi nhánh tỉnh');
    const plan = documents.find((d) => d.id === '1842-kh-sgtvt-2024')!;
    const daily = plan.assignments.find(
      (a) => a.deadlines.includes('2025-02-05') && a.role === 'receives-report',
    );
    expect(daily?.agency).toBe('Sở Giao thông vận tải');
  });
});

describe("a district Youth Union's plan and a commune Party committee's conclusions", () => {
  test('each of a collective; a heading naming a collective whole; the programme in a report', () => {
    expect(
      read(
        '1. Mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình.\n\n2. Các chi đoàn, đoàn cơ sở khối cơ quan, trường học\nVận động đoàn viên hiến máu.\n\nCác cơ sở Đoàn báo cáo kết quả thực hiện Chiến dịch về Ban Thường vụ Huyện đoàn trước ngày 20/8/2025.',
        '2025',
      ),
    ).toEqual([
      'lead các cơ sở Đoàn',
      'lead các chi đoàn, đoàn cơ sở khối cơ quan, trường học',
      'lead các cơ sở Đoàn [2025-08-20]',
      'receives-report Ban Thường vụ Huyện đoàn [2025-08-20]',
    ]);
  });
  test('unnamed members directing the cells; a cell meeting of a month; the Front and the unions at one level', () => {
    expect(
      read(
        '1. Giao Đảng ủy viên phụ trách các thôn chỉ đạo các chi bộ thôn ra quân diệt chuột.\n\n2. Ủy ban MTTQ và các đoàn thể xã tuyên truyền.\n\n3. Các chi bộ thôn đưa nội dung kết luận này vào sinh hoạt chi bộ tháng 4/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các chi bộ thôn',
      'lead Ủy ban MTTQ xã',
      'lead các đoàn thể',
      'lead các chi bộ thôn [2024-04]',
    ]);
  });
  test("a commune's bodies named bare in a district's letter are each commune's", () => {
    const mention = agencyAt('Hội đồng Đội xã tổ chức', 0)!;
    expect(agencyEntry(mention, 'Quận-huyện', 'Nghi Lộc').name).toBe('Hội đồng Đội xã');
    expect(agencyEntry(mention, 'Phường-xã', 'Thạch Kênh').name).toBe('Hội đồng Đội xã Thạch Kênh');
  });
});

describe("an industrial parks authority's letter and a forest protection plan", () => {
  test('the addressees name the bodies the tables do not hold, and are no tasks themselves', () => {
    expect(
      read(
        'Kính gửi:\n\n- Công ty TNHH Điện tử Hanel Bắc Ninh;\n- Các doanh nghiệp đang hoạt động trong các khu công nghiệp trên địa bàn tỉnh.\n\nBan Quản lý các khu công nghiệp đề nghị:\n\n1. Các doanh nghiệp đang hoạt động trong các khu công nghiệp rà soát hệ thống điện; hoàn thành trước ngày 15/8/2024.\n\n2. Công ty TNHH Điện tử Hanel Bắc Ninh bố trí thời gian làm việc hợp lý.',
        '2024',
      ),
    ).toEqual([
      'lead các doanh nghiệp đang hoạt động trong các khu công nghiệp [2024-08-15]',
      'lead Công ty TNHH Điện tử Hanel Bắc Ninh',
    ]);
  });
  test('a long heading of two boards; the head of the writing board alone', () => {
    expect(
      read(
        '2. Ban Quản lý rừng phòng hộ Hữu Lũng và Ban Quản lý rừng đặc dụng Bắc Sơn\nXây dựng phương án, gửi về Chi cục Kiểm lâm trước ngày 31/3/2025.\n\n3. Giao Phòng Quản lý doanh nghiệp tổng hợp kết quả, báo cáo Trưởng ban trước ngày 30/8/2024.',
        '2025',
      ),
    ).toEqual([
      'lead Ban Quản lý rừng phòng hộ Hữu Lũng [2025-03-31]',
      'lead Ban Quản lý rừng đặc dụng Bắc Sơn [2025-03-31]',
      'lead Phòng Quản lý doanh nghiệp [2024-08-30]',
      'receives-report Trưởng ban [2024-08-30]',
    ]);
  });
});

describe('the heads of a listed group, and districts listed without `các`', () => {
  test('`Giao Giám đốc: A, B, C phối hợp với … UBND huyện, thị xã, thành phố …`', () => {
    expect(
      read(
        'Giao Giám đốc: Sở Y tế, Sở Tài chính, Đài Phát thanh - Truyền hình Cà Mau phối hợp với UBND huyện, thị xã, thành phố tuyên truyền.',
        '2011',
      ),
    ).toEqual([
      'lead Sở Y tế',
      'lead Sở Tài chính',
      'lead Đài Phát thanh - Truyền hình Cà Mau',
      'partner UBND các huyện, thị xã, thành phố',
    ]);
  });
  test('`các ngành có liên quan` in a list; a report with proposals to the committee', () => {
    expect(
      read(
        'Yêu cầu các cơ quan, đơn vị, các ngành có liên quan và UBND các xã rà soát.\n\nUBND tỉnh giao Thanh tra tỉnh kiểm tra, báo cáo đề xuất với UBND tỉnh trong tháng 9/2014.',
        '2014',
      ),
    ).toEqual([
      'lead các cơ quan, đơn vị',
      'lead các ngành liên quan',
      'lead UBND các xã',
      'lead Thanh tra tỉnh [2014-09]',
      'receives-report UBND tỉnh [2014-09]',
    ]);
  });
});

describe("a justice department's letter and a district Red Cross plan", () => {
  test('an addressee unknown to the tables; a report sent by a date; `đồng thời` after a report', () => {
    expect(
      read(
        'Kính gửi:\n\n- Các tổ chức hành nghề công chứng trên địa bàn tỉnh;\n- Các Văn phòng thừa phát lại.\n\n1. Các tổ chức hành nghề công chứng báo cáo số liệu công chứng, chứng thực theo biểu mẫu, gửi về Sở Tư pháp trước ngày 05/11/2024.\n\n2. Các Văn phòng thừa phát lại báo cáo tình hình lập vi bằng; đồng thời cập nhật thông tin trên phần mềm, hoàn thành trước ngày 10/11/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các tổ chức hành nghề công chứng [2024-11-05]',
      'receives-report Sở Tư pháp [2024-11-05]',
      'lead các Văn phòng thừa phát lại [2024-11-10]',
    ]);
  });
  test("a union's board named inside another name", () => {
    expect(
      read(
        'Hội Chữ thập đỏ các xã báo cáo kết quả về Ban Thường vụ Hội Chữ thập đỏ huyện trước ngày 20/02/2025.',
        '2025',
      ),
    ).toEqual([
      'lead Hội Chữ thập đỏ các xã [2025-02-20]',
      'receives-report Ban Thường vụ Hội Chữ thập đỏ huyện [2025-02-20]',
    ]);
  });
});

describe("a Party steering committee's plan and an irrigation company's notice", () => {
  test("a board numbered and serving the districts' committees; a standing office of a board", () => {
    expect(
      read(
        '1. Ban Chỉ đạo 35 các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy kiện toàn Tổ giúp việc.\n\n2. Công an tỉnh theo dõi các trang mạng; định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo.',
        '2024',
      ),
    ).toEqual([
      'lead Ban Chỉ đạo 35 các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
      'lead Công an tỉnh',
      'lead Công an tỉnh',
      'receives-report Thường trực Ban Chỉ đạo',
    ]);
  });
  test("an irrigation company's enterprises; a decision's authority over its legal basis", () => {
    expect(
      read(
        'GIÁM ĐỐC CÔNG TY\nCăn cứ Điều lệ của Công ty;\n\n1. Các Xí nghiệp khai thác công trình thủy lợi kiểm tra máy bơm.\n\n2. Xí nghiệp Khai thác công trình thủy lợi Kinh Môn phối hợp với UBND thị xã Kinh Môn nạo vét kênh.',
        '2024',
      ),
    ).toEqual([
      'lead các Xí nghiệp khai thác công trình thủy lợi',
      'lead Xí nghiệp Khai thác công trình thủy lợi Kinh Môn',
      'partner UBND thị xã Kinh Môn',
    ]);
  });
});

describe("a labour department's New Year plan", () => {
  test('offices whose names hold a verb-like syllable; social protection centres', () => {
    expect(
      read(
        '1. Phòng Người có công chủ trì, phối hợp với Phòng Kế hoạch - Tài chính lập dự toán.\n\n2. Các cơ sở bảo trợ xã hội trực thuộc Sở tổ chức đón Tết.\n\n3. Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm trong tháng 02/2025.',
        '2025',
      ),
    ).toEqual([
      'lead Phòng Người có công',
      'partner Phòng Kế hoạch - Tài chính',
      'lead các cơ sở bảo trợ xã hội',
      'lead Trung tâm Dịch vụ việc làm tỉnh [2025-02]',
    ]);
  });
});

describe('a duty named as such', () => {
  test('`X có nhiệm vụ …` is a task, with X at the start or after an opening phrase', () => {
    expect(
      read('Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo, tham mưu UBND tỉnh.', '2021'),
    ).toEqual(['lead Sở Kế hoạch và Đầu tư']);
    expect(
      read(
        'Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Tài chính có nhiệm vụ tổng hợp, hoàn thành trước ngày 15/11/2021.',
        '2021',
      ),
    ).toEqual(['lead Sở Tài chính [2021-11-15]']);
  });
  test('`có` before anything else is no duty', () => {
    expect(read('Sở Y tế có báo cáo kết quả thực hiện tại hội nghị.', '2021')).toEqual([]);
  });
});

describe('bodies the tables do not hold', () => {
  test('an opening word that names a body only before a capitalised word', () => {
    expect(
      read(
        'Đề nghị Hội Doanh nhân trẻ tỉnh phối hợp tổ chức diễn đàn. Giao Cảng vụ Hàng hải Quy Nhơn phối hợp Đồn Biên phòng Cửa khẩu cảng Quy Nhơn kiểm soát tàu thuyền. Hội nghị thống nhất thời gian tổ chức. Quý I năm 2025 tổ chức sơ kết.',
        '2025',
      ),
    ).toEqual([
      'lead Hội Doanh nhân trẻ tỉnh',
      'lead Cảng vụ Hàng hải Quy Nhơn',
      'partner Đồn Biên phòng Cửa khẩu cảng Quy Nhơn',
    ]);
  });
  test('a long name goes on to the role verb right after it, over words that open no verb', () => {
    expect(
      read(
        'Giao Trung tâm Điều hành thông tin dự báo cháy rừng chủ trì theo dõi. Giao Ban Quản lý rừng phòng hộ đầu nguồn sông Mã chủ trì tuần tra. Trung tâm Y tế xây dựng kế hoạch phối hợp với các xã.',
        '2025',
      ),
    ).toEqual([
      'lead Trung tâm Điều hành thông tin dự báo cháy rừng',
      'lead Ban Quản lý rừng phòng hộ đầu nguồn sông Mã',
      'lead Trung tâm Y tế',
    ]);
  });
  test('a body no table holds, named at the start right before its role verb, is kept as written', () => {
    expect(
      read(
        '1. Đoàn kiểm tra liên ngành có trách nhiệm kiểm tra các cơ sở, báo cáo Chủ tịch UBND huyện trước ngày 30/11/2022.\n\n2. Chi hội Người cao tuổi thôn chủ trì, phối hợp với Chi đoàn thanh niên dọn vệ sinh trong tháng 7/2022.\n\n3. Tổ công nghệ số cộng đồng có nhiệm vụ hướng dẫn người dân.\n\n4. Nhóm hỗ trợ kỹ thuật Dự án chủ trì cài đặt phần mềm trước ngày 15/12/2022.',
        '2022',
      ),
    ).toEqual([
      'lead Đoàn kiểm tra liên ngành [2022-11-30]',
      'receives-report Chủ tịch UBND huyện [2022-11-30]',
      'lead Chi hội Người cao tuổi thôn [2022-07]',
      'partner Chi đoàn thanh niên [2022-07]',
      'lead Tổ công nghệ số cộng đồng',
      'lead Nhóm hỗ trợ kỹ thuật Dự án [2022-12-15]',
    ]);
    // A label (`Đơn vị chủ trì:`), a kind of body, a predicate or a meeting chaired names none.
    expect(
      read(
        '1. Đơn vị chủ trì thực hiện: Sở Y tế.\n\n2. Năm 2022 chủ trì tổ chức hội nghị.\n\n3. Cơ quan chủ quản có trách nhiệm bố trí kinh phí.\n\n4. Tiếp tục thực hiện có trách nhiệm.\n\n5. Hội đồng trường chủ trì hội nghị.',
        '2022',
      ),
    ).toEqual([]);
  });
  test('a board by its kind alone, a numbered team, a body named with its own parts', () => {
    expect(
      read(
        '1. Các thành viên Hội đồng báo cáo tiến độ về Thường trực Hội đồng Nghĩa vụ quân sự huyện vào thứ Sáu hằng tuần.\n\n2. Đội Quản lý thị trường số 3 chủ trì, phối hợp với Đội Quản lý thị trường số 1 kiểm tra kho hàng theo Kế hoạch số 12/KH-QLTT.\n\n3. Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thanh huyện tuyên truyền.',
        '2024',
      ),
    ).toEqual([
      'lead các thành viên Hội đồng',
      'receives-report Thường trực Hội đồng Nghĩa vụ quân sự huyện',
      'lead Đội Quản lý thị trường số 3',
      'partner Đội Quản lý thị trường số 1',
      'lead Phòng Văn hóa và Thông tin',
      'partner Trung tâm Văn hóa - Thể thao và Truyền thanh huyện',
    ]);
  });
  test('points that name their own leads under an introduction to every unit', () => {
    expect(
      read(
        'Cục trưởng yêu cầu các đơn vị thực hiện nghiêm các nội dung sau:\n\n1. Các Đội Quản lý thị trường tăng cường kiểm tra trên địa bàn.\n\n2. Phòng Nghiệp vụ - Tổng hợp có trách nhiệm theo dõi, đôn đốc.',
        '2024',
      ),
    ).toEqual(['lead các Đội Quản lý thị trường', 'lead Phòng Nghiệp vụ - Tổng hợp']);
    // Points without a subject are the introduction's.
    expect(
      read(
        'Đề nghị các đơn vị thực hiện một số nội dung sau:\n\n1. Rà soát hồ sơ trước ngày 30/5/2024.\n\n2. Sao lưu dữ liệu hằng tuần.',
        '2024',
      ),
    ).toEqual(['lead các đơn vị [2024-05-30]', 'lead các đơn vị']);
  });
  test('`X và Ban Chấp hành …` are two bodies; `Ban Chấp hành` alone names none', () => {
    expect(
      read('Báo Quảng Ngãi và Ban Chấp hành Tỉnh đoàn phối hợp tổ chức giải thưởng.', '2025'),
    ).toEqual(['lead Báo Quảng Ngãi', 'lead Ban Chấp hành Tỉnh đoàn']);
    expect(
      read('Ban Chấp hành, Ban Thường vụ cũng đã lãnh đạo, chỉ đạo thực hiện Điều lệ.', '2025'),
    ).toEqual([]);
  });
});

describe("an education department's letter and a district Party directive", () => {
  test('`Đối với X:` headings give their points to X; the introduction keeps its own entry', () => {
    expect(
      read(
        'Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai các nội dung sau:\n\n1. Đối với Phòng Giáo dục và Đào tạo các huyện:\n\n- Rà soát mạng lưới trường, lớp; hoàn thành trước ngày 10/8/2024.\n\n2. Đối với các trường trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên:\n\n- Tu sửa cơ sở vật chất trước khi học sinh tựu trường.',
        '2024',
      ),
    ).toEqual([
      'lead các đơn vị',
      'lead Phòng Giáo dục và Đào tạo các huyện [2024-08-10]',
      'lead các trường trung học phổ thông',
      'lead Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    ]);
  });
  test('an office name may go on over four lower-case syllables', () => {
    expect(
      read(
        'Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Khảo thí và Quản lý chất lượng giáo dục hướng dẫn các trường.',
        '2024',
      ),
    ).toEqual([
      'lead Phòng Giáo dục Trung học',
      'partner Phòng Khảo thí và Quản lý chất lượng giáo dục',
    ]);
  });
});

describe("a health department's vaccination plan and a commune's conclusions", () => {
  test('offices in the plural written in lower case; bodies on a heading line with their task after the colon', () => {
    expect(
      read(
        '3. Các bệnh viện đa khoa tuyến tỉnh, Bệnh viện Đa khoa khu vực Triệu Hải: Bố trí đội cấp cứu lưu động.',
        '2025',
      ),
    ).toEqual([
      'lead các bệnh viện đa khoa tuyến tỉnh',
      'lead Bệnh viện Đa khoa khu vực Triệu Hải',
    ]);
    // `viện` in lower case, not after `các`, opens no name going on in lower case.
    expect(read('Các khoa, viện phổ biến đến sinh viên.', '2025')).not.toContain(
      'lead viện phổ biến',
    );
  });
  test("a village's head; a person with an office after the name directing an official", () => {
    expect(
      read(
        'Giao đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã chỉ đạo công chức Địa chính - Xây dựng kiểm đếm tài sản, hoàn thành trước ngày 25/6/2024. Trưởng thôn Phú Lộc, Trưởng thôn Phú Thạnh vận động các hộ dân.',
        '2024',
      ),
    ).toEqual([
      'lead Lê Thị Hoa [2024-06-25]',
      'lead công chức Địa chính - Xây dựng [2024-06-25]',
      'lead Trưởng thôn Phú Lộc',
      'lead Trưởng thôn Phú Thạnh',
    ]);
  });
  test('`số hóa` is a verb after a name; `Chuyển đổi số` is part of one', () => {
    expect(
      read(
        'Sở Nội vụ chỉ đạo Trung tâm Lưu trữ lịch sử số hóa hồ sơ. Trung tâm Chuyển đổi số tỉnh phối hợp triển khai.',
        '2024',
      ),
    ).toEqual([
      'lead Sở Nội vụ',
      'lead Trung tâm Lưu trữ lịch sử',
      'lead Trung tâm Chuyển đổi số tỉnh',
    ]);
  });
});

describe('turns of real provincial letters', () => {
  test('a time before the subject (`Vào các ngày …:`, `từ ngày … hằng tháng,`) still leaves it the subject', () => {
    expect(
      read(
        'Vào các ngày thứ Bảy: UBND các xã, thị trấn vận động Nhân dân làm vệ sinh. Định kỳ hằng tháng, Phòng Tài chính - Kế hoạch tổng hợp, báo cáo UBND huyện.',
        '2025',
      ),
    ).toEqual([
      'lead UBND các xã, thị trấn',
      'lead Phòng Tài chính - Kế hoạch',
      'receives-report UBND huyện',
    ]);
  });
  test('`… căn cứ Quyết định thi hành` is the executory article; the merged propaganda and mass mobilisation board', () => {
    expect(
      read(
        'Điều 3. Chánh Văn phòng, Viện Nghiên cứu Thanh niên và các đơn vị có liên quan căn cứ Quyết định thi hành./.',
        '2025',
      ),
    ).toEqual([]);
    expect(read('Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tổ chức.', '2025')).toEqual([
      'lead Ban Tuyên giáo và Dân vận Tỉnh ủy',
    ]);
  });
  test('`UBND thành phố và các huyện` is two bodies', () => {
    expect(
      read(
        'Uỷ ban nhân dân thành phố và các huyện tổ chức rà soát nhu cầu sử dụng đất, gửi báo cáo về Sở Xây dựng trước ngày 28/5/2025 để tổng hợp.',
        '2025',
      ),
    ).toEqual([
      'lead UBND thành phố [2025-05-28]',
      'lead UBND các huyện [2025-05-28]',
      'receives-report Sở Xây dựng [2025-05-28]',
    ]);
  });
  test("`để xem xét, báo cáo …` is the receiver's purpose; `các đơn vị, địa phương liên quan` whole", () => {
    expect(
      read(
        'Giao Sở Tư pháp chủ trì, phối hợp các đơn vị, địa phương liên quan tổng hợp, báo cáo UBND tỉnh trước ngày 10/12/2025 để xem xét, báo cáo Bộ Tư pháp.',
        '2025',
      ),
    ).toEqual([
      'lead Sở Tư pháp [2025-12-10]',
      'partner các đơn vị, địa phương liên quan [2025-12-10]',
      'receives-report UBND tỉnh [2025-12-10]',
    ]);
  });
});

describe("a ministry's letter and a women's union plan", () => {
  test("a union's boards by their names, one past its dash; `Ban hành` is no board", () => {
    expect(
      read(
        'Ban Gia đình - Xã hội chủ trì, phối hợp với Ban Tuyên giáo - Chính sách luật pháp xây dựng chương trình. Ban hành kèm theo Kế hoạch này danh sách đơn vị.',
        '2024',
      ),
    ).toEqual(['lead Ban Gia đình - Xã hội', 'partner Ban Tuyên giáo - Chính sách luật pháp']);
  });
  test('`trên` ends a name in lower case; `hệ thống` goes on one', () => {
    expect(
      read(
        'UBND các tỉnh chỉ đạo Sở Công Thương phối hợp với các công ty điện lực trên địa bàn rà soát phương án. Trung tâm Điều độ hệ thống điện miền Bắc chủ trì vận hành.',
        '2025',
      ),
    ).toEqual([
      'lead UBND các tỉnh',
      'lead Sở Công Thương',
      'partner các công ty điện lực',
      'lead Trung tâm Điều độ hệ thống điện miền Bắc',
    ]);
  });
  test('an addressee on its own line after one ending with `;` gives no task', () => {
    expect(
      read(
        'Kính gửi: Ban Thường vụ các tỉnh, thành đoàn;\n\nBan Biên tập các cơ quan báo chí thuộc Trung ương Đoàn.\n\nĐề nghị các đơn vị tuyên truyền trước ngày 30/4/2025.',
        '2025',
      ),
    ).toEqual(['lead các đơn vị [2025-04-30]']);
  });
});

describe("a labour federation's plan", () => {
  test('the grassroots unions are a collective, reporting to the federation', () => {
    expect(
      read(
        'Các công đoàn cơ sở trực thuộc tổ chức đối thoại trong tháng 5/2024. Các công đoàn cơ sở báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 10/6/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các công đoàn cơ sở trực thuộc [2024-05]',
      'lead các công đoàn cơ sở [2024-06-10]',
      'receives-report Liên đoàn Lao động tỉnh [2024-06-10]',
    ]);
  });
});

describe("a Party bloc committee's letter", () => {
  test('the grassroots Party committees and cells as one collective, reporting to the bloc', () => {
    expect(
      read(
        'Các đảng ủy cơ sở, chi bộ cơ sở tổ chức sơ kết; gửi báo cáo về Đảng ủy Khối (qua Ban Tổ chức) trước ngày 30/10/2024.',
        '2024',
      ),
    ).toEqual([
      'lead các đảng ủy cơ sở, chi bộ cơ sở',
      'lead các đảng ủy cơ sở, chi bộ cơ sở [2024-10-30]',
      'receives-report Đảng ủy Khối [2024-10-30]',
    ]);
  });
});

describe('a reply to a question is no task, answering the voters is one', () => {
  test('`X trả lời kiến nghị … trước ngày …`', () => {
    expect(read('Sở Tài chính trả lời kiến nghị của cử tri trước ngày 30/6/2024.')).toEqual([
      'lead Sở Tài chính [2024-06-30]',
    ]);
  });
});

describe('sentences that name agencies without giving them anything', () => {
  test.each([
    'Cùng dự có đại diện lãnh đạo Sở Y tế, Công an Thành phố và Văn phòng UBND Thành phố.',
    'Ngày 10/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe Sở Tài chính, Sở Xây dựng báo cáo tiến độ.',
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    'Yêu cầu các đơn vị nghiêm túc thực hiện./.',
    'Nơi nhận:\n- Sở Y tế;\n- Công an tỉnh;\n- Lưu: VT.',
    'Bộ Tài chính trả lời Công ty để biết./.',
    'Sở Tài chính trả lời để Công ty được biết./.',
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
  test("a city under a province names its own bodies `… thành phố`; a district of Hà Nội names Hà Nội's so", () => {
    const inCity = (text: string) => agencyEntry(mention(text), 'Quận-huyện', 'Bảo Lộc', true).name;
    expect(inCity('Công an thành phố tổng kiểm tra')).toBe('Công an thành phố Bảo Lộc');
    expect(inCity('Ủy ban nhân dân thành phố bố trí')).toBe('UBND thành phố Bảo Lộc');
    expect(inCity('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố vận động')).toBe(
      'Ủy ban MTTQ thành phố Bảo Lộc',
    );
    expect(inCity('UBND các phường, xã kiện toàn')).toBe('UBND các phường, xã (Bảo Lộc)');
    expect(
      agencyEntry(mention('Công an thành phố phối hợp'), 'Quận-huyện', 'Hai Bà Trưng').name,
    ).toBe('Công an Thành phố');
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
  test("People's Committees and Councils are filed abbreviated, however they are written", () => {
    expect(mention('Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo').name).toBe(
      'Chủ tịch UBND các huyện, thị xã, thành phố',
    );
    expect(mention('Văn phòng Ủy ban nhân dân tỉnh chủ trì').name).toBe('Văn phòng UBND tỉnh');
    expect(mention('Thường trực Hội đồng nhân dân tỉnh giám sát').name).toBe(
      'Thường trực HĐND tỉnh',
    );
    const list = agencyListAt(
      'Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát',
      0,
    );
    expect(list.agencies.map((a) => a.name)).toEqual([
      'Thường trực HĐND tỉnh',
      'các Ban của HĐND tỉnh',
      'các Tổ đại biểu HĐND tỉnh',
      'đại biểu HĐND tỉnh',
    ]);
  });
  test('courts, procuracies, forest and border posts, associations and Party blocs by their names', () => {
    const named: [string, string][] = [
      ['Tòa án nhân dân tỉnh phối hợp', 'Tòa án nhân dân tỉnh'],
      ['Viện kiểm sát nhân dân huyện chủ trì', 'Viện kiểm sát nhân dân huyện'],
      ['Hạt Kiểm lâm huyện tuần tra', 'Hạt Kiểm lâm huyện'],
      ['Đồn Biên phòng Cửa khẩu phối hợp', 'Đồn Biên phòng Cửa khẩu'],
      ['Hội Chữ thập đỏ tỉnh vận động', 'Hội Chữ thập đỏ tỉnh'],
      ['Đảng ủy Khối các cơ quan tỉnh lãnh đạo', 'Đảng ủy Khối các cơ quan tỉnh'],
      ['Ban Nội chính Tỉnh ủy theo dõi', 'Ban Nội chính Tỉnh ủy'],
      [
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh tổ chức',
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh',
      ],
      ['Hội đồng nghĩa vụ quân sự huyện tổ chức', 'Hội đồng nghĩa vụ quân sự huyện'],
      [
        'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tư vấn',
        'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      ],
    ];
    for (const [text, name] of named) expect(mention(text).name, text).toBe(name);
    // Words of the text that a folded comparison would take for a name are not one.
    expect(agencyAt('Quý I năm 2022 hoàn thành', 0)).toBeNull();
  });
  test('an unknown body is kept as written, up to what it does', () => {
    expect(mention('Trạm Y tế xã triển khai tiêm chủng').name).toBe('Trạm Y tế xã');
    expect(mention('Ban Chỉ huy Quân sự xã tăng cường').name).toBe('Ban Chỉ huy Quân sự xã');
  });
});

describe('a council resolution and a hospital notice', () => {
  test("a council's supervision formula names its four bodies at the level written once", () => {
    expect(
      read(
        '2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
        '2024',
      ),
    ).toEqual([
      'lead Thường trực HĐND tỉnh',
      'lead các Ban của HĐND tỉnh',
      'lead các Tổ đại biểu HĐND tỉnh',
      'lead đại biểu HĐND tỉnh',
    ]);
  });
  test('a report at a session of a year-end is due then, to the body that holds it', () => {
    expect(
      read(
        '1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; báo cáo kết quả tại kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân tỉnh.',
        '2024',
      ),
    ).toEqual([
      'lead UBND tỉnh',
      'lead UBND tỉnh [2025-12]',
      'receives-report HĐND tỉnh [2025-12]',
    ]);
  });
  test('a quarter is due only where the words say by when, not where it names what a thing is for', () => {
    expect(
      read(
        '1. Phòng Vật tư hoàn thiện hồ sơ mua sắm vật tư xét nghiệm quý II/2025, trình Giám đốc trước ngày 15/3/2025.\n\n2. Sở Y tế hoàn thành trong quý III/2025.',
        '2025',
      ),
    ).toEqual(['lead Phòng Vật tư [2025-03-15]', 'lead Sở Y tế [2025-09]']);
  });
});

describe('bodies in general before the ones they stand for', () => {
  test('`các đơn vị như X, Y, …` are X and Y; `các cấp bộ Đoàn, Hội` is one collective', () => {
    expect(
      read(
        'Đề nghị các tỉnh, thành đoàn, đoàn trực thuộc chỉ đạo các cấp bộ Đoàn, Hội phối hợp với các đơn vị như Hội Doanh nhân trẻ, Hội Thầy thuốc trẻ, … huy động nguồn lực. Sở Y tế phối hợp với các đơn vị liên quan tổ chức tiêm.',
        '2022',
      ),
    ).toEqual([
      'lead các tỉnh, thành đoàn, đoàn trực thuộc',
      'lead các cấp bộ Đoàn, Hội',
      'partner Hội Doanh nhân trẻ',
      'partner Hội Thầy thuốc trẻ',
      'lead Sở Y tế',
      'partner các đơn vị liên quan',
    ]);
    // Names the tables do not read, listed up to `…`.
    expect(
      read(
        'Các tỉnh, thành đoàn, đoàn trực thuộc phối hợp với các đơn vị như Hội doanh nhân, Hội Thầy thuốc, … huy động nguồn lực; đăng ảnh đồng loạt trong ngày 28/4/2025. Triển khai chỉ đạo, hướng dẫn các cơ sở Đoàn trang trí bảng tin.',
        '2025',
      ),
    ).toEqual([
      'lead các tỉnh, thành đoàn, đoàn trực thuộc',
      'partner Hội doanh nhân',
      'partner Hội Thầy thuốc',
      'lead các tỉnh, thành đoàn, đoàn trực thuộc [2025-04-28]',
      'lead các tỉnh, thành đoàn, đoàn trực thuộc',
      'lead các cơ sở Đoàn',
    ]);
  });
  test('bodies named after their place, listed with the places alone; `TP.` does not end a sentence', () => {
    expect(
      read(
        '- Tỉnh đoàn Hòa Bình, Nghệ An và Thành đoàn TP. Hồ Chí Minh: Phối hợp với Ban Tuyên giáo Trung ương Đoàn chuẩn bị hội trường.\n\n- Giao Cổng thông tin điện tử Trung ương Đoàn đưa tin.\n\nBan Bí thư đề nghị các đơn vị triển khai thực hiện hiệu quả các nội dung theo kế hoạch.',
        '2021',
      ),
    ).toEqual([
      'lead Tỉnh đoàn Hòa Bình',
      'lead Tỉnh đoàn Nghệ An',
      'lead Thành đoàn TP. Hồ Chí Minh',
      'partner Ban Tuyên giáo Trung ương Đoàn',
      'lead Cổng thông tin điện tử Trung ương Đoàn',
    ]);
  });
  test('a lower-case place body listed with places, the last before its verb; a jury named whole', () => {
    expect(
      read(
        'Giao Ban Tuyên giáo thực hiện các nội dung:\n\n+ Chủ trì, phối hợp với tỉnh đoàn Hà Giang, Sơn La và Nghệ An tổ chức hội nghị.\n\n- Tỉnh đoàn Hà Giang, Sơn La và Nghệ An phối hợp với các ban, đơn vị liên quan tổ chức tập huấn.',
        '2022',
      ),
    ).toEqual([
      'lead Ban Tuyên giáo',
      'partner tỉnh đoàn Hà Giang',
      'partner tỉnh đoàn Sơn La',
      'partner tỉnh đoàn Nghệ An',
      'lead Tỉnh đoàn Hà Giang',
      'lead Tỉnh đoàn Sơn La',
      'lead Tỉnh đoàn Nghệ An',
      'partner các ban, đơn vị liên quan',
    ]);
    expect(read('Hội đồng Ban giám khảo sẽ lựa chọn 5 đội thi.', '2022')).toEqual([]);
  });
  test('doubled spaces, things listed after `như:`, a letter to be written and a closing', () => {
    expect(
      read(
        '- Văn  phòng  Trung  ương  Đoàn:  Phối  hợp  với  các bộ, ban, ngành liên quan đôn đốc.\n\n- Xây dựng các thiết chế như: Trung tâm hỗ trợ thanh niên; Văn phòng hỗ trợ thanh niên; Câu lạc bộ Thanh niên.\n\n- Ban hành công văn đề nghị các đơn vị có liên quan phối hợp.\n\nBan Bí thư đề nghị các đơn vị nghiêm túc triển khai, thực hiện.',
        '2025',
      ),
    ).toEqual(['lead Văn phòng Trung ương Đoàn', 'partner các bộ, ban, ngành liên quan']);
  });
  test("a neighbourhood's Party cells, the Front's board and its heads", () => {
    expect(
      read(
        '2.2. Các chi bộ tổ dân phố lãnh đạo Ban công tác Mặt trận, các đoàn thể vận động nhân dân tổng vệ sinh.\n\n2.5. Công an phường phối hợp với Tổ trưởng các tổ dân phố kiểm tra các hộ gia đình.',
        '2024',
      ),
    ).toEqual([
      'lead các chi bộ tổ dân phố',
      'lead Ban công tác Mặt trận',
      'lead các đoàn thể',
      'lead Công an phường',
      'partner Tổ trưởng các tổ dân phố',
    ]);
  });
  test('a chain of directing, wards listed after a colon, an office named as a comrade, a clerk', () => {
    expect(
      read(
        '1. Ban cán sự đảng UBND quận lãnh đạo UBND quận chỉ đạo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn quận triển khai sơ tán xong trước ngày 10/9/2024.\n\n3. Các phường ven sông: Ngọc Thụy, Bồ Đề chủ động rà soát.\n\n5. Đồng chí Phó Bí thư Thường trực Quận ủy trực tiếp chỉ đạo công tác sơ tán.\n\n6. Công chức Văn phòng - Thống kê tổng hợp kết quả.',
        '2024',
      ),
    ).toEqual([
      'lead Ban cán sự đảng UBND quận [2024-09-10]',
      'lead UBND quận [2024-09-10]',
      'lead Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn quận [2024-09-10]',
      'lead UBND phường Ngọc Thụy',
      'lead UBND phường Bồ Đề',
      'lead Phó Bí thư Thường trực Quận ủy',
      'lead Công chức Văn phòng - Thống kê',
    ]);
  });
  test('a sentence a conversion broke at a blank line is read whole', () => {
    expect(
      read(
        '2. Trung tâm Hỗ trợ sinh viên\n\n- Tham gia hỗ trợ các hoạt động theo phân công của\n\nBan Tổ chức ngày hội.\n\n- Chặng 2: Sở Văn hóa chủ trì, phối hợp với\n\nBan Tuyên giáo Tỉnh ủy tổ chức.',
        '2022',
      ),
    ).toEqual([
      'lead Trung tâm Hỗ trợ sinh viên',
      'lead Sở Văn hóa',
      'partner Ban Tuyên giáo Tỉnh ủy',
    ]);
  });
  test('in a letter, the body it is signed for is the writer doing, not a body given a task', () => {
    const letter = (type: string) =>
      new TextEncoder().encode(
        `BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 12-${type}/TWĐTN-BTG\nHà Nội, ngày 02 tháng 3 năm 2024\n${type === 'KH' ? 'KẾ HOẠCH\nTổ chức hội nghị\n' : 'V/v triệu tập hội nghị\n'}\n1. Ban Bí thư Trung ương Đoàn phối hợp với Báo Tiền phong tổ chức hội nghị cán bộ chủ chốt.\n\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\nNguyễn Văn An\n`,
      );
    const leads = (type: string) =>
      buildArchive(
        [{ name: `${type}.txt`, bytes: letter(type) }],
        '/',
      ).documents[0]!.assignments.map((a) => a.agency);
    expect(leads('CV')).not.toContain('Ban Bí thư Trung ương Đoàn');
    expect(leads('KH')).toContain('Ban Bí thư Trung ương Đoàn');
  });
  test("an unsigned letter's or a circular's issuer doing something is the writer, not a task", () => {
    const ministry = (type: string, subject: string) =>
      new TextEncoder().encode(
        `BỘ Y TẾ\nSố: 21/${type}\nHà Nội, ngày 02 tháng 3 năm 2024\n${subject}\n\nBộ Y tế phối hợp với Bộ Tài chính rà soát định mức chi cho công tác dân số.\n`,
      );
    const leads = (type: string, subject: string) =>
      buildArchive(
        [{ name: `${type}.txt`, bytes: ministry(type, subject) }],
        '/',
      ).documents[0]!.assignments.map((a) => `${a.role} ${a.agency}`);
    // The body it works with is still a partner, as in a signed letter.
    expect(leads('BYT-KHTC', 'V/v rà soát định mức chi')).toEqual(['partner Bộ Tài chính']);
    expect(leads('2024/TT-BYT', 'THÔNG TƯ\nHướng dẫn định mức chi')).toEqual([
      'partner Bộ Tài chính',
    ]);
    expect(leads('KH-BYT', 'KẾ HOẠCH\nRà soát định mức chi')).toEqual([
      'lead Bộ Y tế',
      'partner Bộ Tài chính',
    ]);
  });
});

describe('web copies and the forms of other offices', () => {
  test('office holders before collectives in a list, `các sở` among them', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai việc lập kế hoạch đầu tư công.',
      ),
    ).toEqual([
      'lead Giám đốc các sở',
      'lead Trưởng các ban, ngành, đơn vị',
      'lead Chủ tịch UBND các huyện, thị xã, thành phố',
    ]);
    // Alone, `các Sở` lists departments or names others.
    expect(read('Giao các Sở: Y tế, Tài chính rà soát định mức chi.')).toEqual([
      'lead Sở Y tế',
      'lead Sở Tài chính',
    ]);
  });
  test("a web copy's header cells before the first paragraph are not the task", () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH THANH HOÁ',
      '-------',
      '|',
      'Số: 15/CT-UBND',
      '|',
      'Thanh Hoá, ngày',
      '10 tháng 10 năm 2019',
      '|',
      'CHỈ THỊ',
      'VỀ LẬP KẾ HOẠCH ĐẦU TƯ CÔNG',
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Tài chính triển khai việc lập kế hoạch.',
    ].join('\n');
    const tree = parseBody(text);
    const found = assignmentsOf(tree, outlineOf(tree), '2019');
    expect(found.map((a) => a.agency.name)).toEqual(['Giám đốc Sở Tài chính']);
    expect(found[0]!.task).toMatch(/^Chủ tịch UBND tỉnh yêu cầu/u); // A subject's lines after `V/v`, in lower case, are the header's too.
    expect(
      read(
        'Số: 12/UBND-KGVX\nV/v tăng cường các biện pháp\nphòng chống dịch COVID-19\ntrên địa bàn Thành phố',
      ),
    ).toEqual([]);
  });
  test('`các đơn vị hành chính` are places, not bodies', () => {
    expect(
      read(
        'Điều 1. Các đơn vị hành chính cấp huyện, cấp xã thuộc diện sắp xếp trong giai đoạn 2019 - 2021',
      ),
    ).toEqual([]);
  });
  test('comments sent to an office by a dotted date (files sent have no receiver)', () => {
    expect(
      read(
        'Các đơn vị gửi ý kiến về Phòng Khảo thí và Kiểm định chất lượng giáo dục (Phòng C2) trước ngày 13.12.2007.',
        '2007',
      ),
    ).toEqual([
      'lead các đơn vị [2007-12-13]',
      'receives-report Phòng Khảo thí và Kiểm định chất lượng giáo dục [2007-12-13]',
    ]);
    expect(read('Các đơn vị gửi ý kiến về dự thảo Quy chế trước ngày 13.12.2007.', '2007')).toEqual(
      ['lead các đơn vị [2007-12-13]'],
    );
  });
  test('the writer presenting its guidance or its plan, whatever a copy did to the words', () => {
    expect(
      read(
        'Bộ Giáo dục và Đào tạo (GDĐT) hướng dẫn các Sở GDĐT, Cục Nhà trường - Bộ Quốc phòng một số nội dung sau:',
      ),
    ).toEqual([]);
    expect(
      read('Ủy ban nhân dân tỉnh xây dựng kếhoạch triển khai thực hiện, cụ thể như sau:'),
    ).toEqual([]);
  });
});

describe("the Party's conclusions and action programmes", () => {
  test('a point that issues the programme carrying the text out is a task; the writer issuing its own, or a cited one, is not', () => {
    expect(read('1. Bộ Chính trị ban hành Chương trình hành động thực hiện Kết luận.')).toEqual([
      'lead Bộ Chính trị',
    ]);
    expect(read('Tỉnh ủy ban hành Chương trình hành động thực hiện Kết luận như sau:')).toEqual([]);
    expect(
      read('1. Ban Bí thư ban hành Hướng dẫn số 44-HD/TW ngày 24/02/2020 về công tác cán bộ.'),
    ).toEqual([]);
  });
  test("a name with a comma inside is one body; the provinces' committees are one collective", () => {
    expect(
      read(
        '3. Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo công tác tuyên truyền.\n\n4. Các tỉnh uỷ, thành uý, đảng uỷ trực thuộc Trung ương xây dựng kế hoạch.',
      ),
    ).toEqual([
      // Named as written: the agencies' register files the spellings together.
      'lead Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương',
      'lead các tỉnh uỷ, thành uý, đảng uỷ trực thuộc Trung ương',
    ]);
  });
  test('a report due `định kỳ` names those it goes to; `các cấp chính quyền` before `phải` is passed over', () => {
    expect(
      read(
        'Ban Chính sách, chiến lược Trung ương chủ trì theo dõi; định kỳ báo cáo Bộ Chính trị, Ban Bí thư.',
      ),
    ).toEqual([
      'lead Ban Chính sách, chiến lược Trung ương',
      'lead Ban Chính sách, chiến lược Trung ương',
      'receives-report Bộ Chính trị',
      'receives-report Ban Bí thư',
    ]);
    expect(read('Các cấp uỷ, tổ chức đảng, các cấp chính quyền phải quán triệt Kết luận.')).toEqual(
      ['lead các cấp uỷ, tổ chức đảng'],
    );
  });
  test('`Lãnh đạo, chỉ đạo Y` under a heading of bodies, and `đồng thời chỉ đạo, định hướng Y`, give Y the task too', () => {
    expect(
      read(
        '2. Đảng ủy Ủy ban nhân dân tỉnh\n\n- Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh và Sở Nội vụ xây dựng kế hoạch.',
      ),
    ).toEqual(['lead Đảng ủy UBND tỉnh', 'lead UBND tỉnh', 'lead Sở Nội vụ']);
    expect(
      read(
        'Ban Tuyên giáo Tỉnh ủy chủ trì hướng dẫn tuyên truyền; đồng thời chỉ đạo, định hướng các cơ quan báo chí, truyền thông của tỉnh mở chuyên mục.',
      ),
    ).toEqual([
      'lead Ban Tuyên giáo Tỉnh ủy',
      'lead Ban Tuyên giáo Tỉnh ủy',
      'lead các cơ quan báo chí, truyền thông',
    ]);
  });
});

describe("a chairman's directions and a district Party committee's requests", () => {
  test('the work finished and sent, or submitted, by a date is the task before it; a report sent by a date is a task of its own', () => {
    expect(
      read(
        'Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tổng hợp báo cáo. Yêu cầu hoàn thiện, gửi Văn phòng UBND tỉnh trước ngày 24/5/2019.',
      ),
    ).toEqual([
      'lead Sở Kế hoạch và Đầu tư [2019-05-24]',
      'partner các đơn vị liên quan [2019-05-24]',
    ]);
    expect(
      read(
        'Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo quy định.',
      ),
    ).toEqual(['lead Sở Công Thương [2018-08-10]', 'partner các đơn vị liên quan [2018-08-10]']);
    expect(
      read(
        'Giao Sở Y tế kiểm tra các cơ sở. Yêu cầu gửi báo cáo về Sở Nội vụ trước ngày 15/10/2025.',
      ),
    ).toEqual([
      'lead Sở Y tế',
      'lead Sở Y tế [2025-10-15]',
      'receives-report Sở Nội vụ [2025-10-15]',
    ]);
  });
  test('`Thời gian hoàn thành …, chậm nhất ngày … và báo cáo …` dates the task before and asks for its report', () => {
    expect(
      read(
        'Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và các đoàn thể huyện tổ chức quán triệt Kết luận.\nThời gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 và báo cáo kết quả về Ban Thường vụ Huyện ủy.',
      ),
    ).toEqual([
      'lead cấp ủy các chi bộ, đảng bộ cơ sở [2021-05-14]',
      'lead Ủy ban MTTQ huyện [2021-05-14]',
      'lead các đoàn thể [2021-05-14]',
      'receives-report Ban Thường vụ Huyện ủy [2021-05-14]',
    ]);
  });
  test('the closing formula: a task for a body named alone, none for one given its task, none for collectives', () => {
    expect(read('Giao Sở Y tế triển khai thực hiện.')).toEqual(['lead Sở Y tế']);
    expect(
      read(
        'Giao Sở Nội vụ rà soát vị trí việc làm.\n\nYêu cầu Giám đốc Sở Nội vụ triển khai thực hiện./.',
      ),
    ).toEqual(['lead Sở Nội vụ']);
    expect(
      read(
        'Yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan triển khai thực hiện.',
      ),
    ).toEqual([]);
  });
  test('a report only if need be, or made by the one a submission goes to, has no receiver', () => {
    expect(
      read(
        'Đề nghị Ủy ban MTTQ Việt Nam tỉnh triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh.',
      ),
    ).toEqual(['lead Ủy ban MTTQ tỉnh']);
  });
  test('`cũng giao nhiệm vụ cho X` gives X the task; `và Thủ trưởng …` starts another item', () => {
    expect(
      read(
        'Đồng chí Phó Bí thư Thường trực Huyện ủy cũng giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền; Ban Tổ chức Huyện ủy tham mưu củng cố cán bộ.',
      ),
    ).toEqual(['lead Ban Tuyên giáo Huyện ủy', 'lead Ban Tổ chức Huyện ủy']);
    expect(
      read('Giao Sở Công Thương và Thủ trưởng các đơn vị liên quan tổ chức kiểm tra.'),
    ).toEqual(['lead Sở Công Thương', 'lead Thủ trưởng các đơn vị liên quan']);
  });
  test("the Front by its first word, a project boards' collective without its level", () => {
    expect(read('Đề nghị Mặt trận, các đoàn thể tỉnh tuyên truyền.')).toEqual([
      'lead Ủy ban MTTQ tỉnh',
      'lead các đoàn thể',
    ]);
    expect(read('Mặt trận Tổ quốc Việt Nam tỉnh chủ trì giám sát.')).toEqual([
      'lead Ủy ban MTTQ tỉnh',
    ]);
    expect(read('Giao các Ban QLDA chuyên ngành tỉnh báo cáo tiến độ.')).toEqual([
      'lead các Ban QLDA chuyên ngành',
    ]);
    expect(read('Các bệnh viện đa khoa tuyến tỉnh bố trí đội cấp cứu.')).toEqual([
      'lead các bệnh viện đa khoa tuyến tỉnh',
    ]);
  });
  test("a bare Front in a district's letter is that district's; `cấp ủy các chi bộ` is filed under the cells", () => {
    const front = agencyAt('Mặt trận Tổ quốc và các đoàn thể thực hiện', 0)!;
    expect(agencyEntry(front, 'Quận-huyện', 'An Phú', false, 'huyện').name).toBe(
      'Ủy ban MTTQ huyện An Phú',
    );
    expect(agencyEntry(front, 'Thành phố', 'Ninh Thuận', false, 'tỉnh').name).toBe('Ủy ban MTTQ');
    const cells = agencyAt('cấp ủy các chi bộ, đảng bộ cơ sở tổ chức', 0)!;
    expect(agencyEntry(cells, 'Quận-huyện', 'An Phú').name).toBe('các chi bộ, đảng bộ cơ sở');
  });
});

describe("the Politburo's programme", () => {
  test('a line wrapped after `của` goes on with its sentence: `Chính phủ` on the next line is no body given a task', () => {
    expect(
      read(
        '1. Đảng uỷ Chính phủ\n\na) Chỉ đạo xây dựng Chương trình hành động của\nChính phủ thực hiện Nghị quyết.',
      ),
    ).toEqual(['lead Đảng uỷ Chính phủ']);
  });
  test("the Party committee of the Supreme People's Procuracy, and the ministries' Party committees", () => {
    expect(
      read(
        'Đảng uỷ Công an Trung ương chủ trì, phối hợp với Đảng uỷ Viện Kiểm sát nhân dân tối cao và các cơ quan liên quan điều tra.',
      ),
    ).toEqual([
      'lead Đảng uỷ Công an Trung ương',
      'partner Đảng uỷ Viện Kiểm sát nhân dân tối cao',
      'partner các cơ quan liên quan',
    ]);
    expect(read('Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ xây dựng kế hoạch.')).toEqual([
      'lead Đảng uỷ các bộ, ngành',
    ]);
  });
});

describe('a plan table written one cell to a line', () => {
  const table = [
    '| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |',
    '| --- | --- | --- | --- |',
    'Thời gian hoàn thành',
    '1',
    'Tuyên truyền, phổ biến',
    'a)',
    'Tổ chức hội nghị trực tuyến.',
    'Vụ Pháp chế',
    'Văn phòng Bộ; các đơn vị có liên quan',
    'Quý III, IV/2026',
    'b)',
    'Xây dựng Nghị định, trình Chính phủ',
    'trong năm đầu.',
    'Thanh tra Bộ',
    'Vụ Pháp luật',
    'Quý IV/2026, 2027',
  ].join('\n');
  test('the rows put back together: a group title gives none, a task wrapped over two lines one', () => {
    expect(read(table)).toEqual([
      'lead Vụ Pháp chế [2026-12]',
      'partner Văn phòng Bộ [2026-12]',
      'partner các đơn vị liên quan [2026-12]',
      'lead Thanh tra Bộ [2027-12]',
      'partner Vụ Pháp luật [2027-12]',
    ]);
  });
  test('a table with rows of its own, or lines that are no cells, is left to the other readers', () => {
    expect(
      read(
        '| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n| --- | --- | --- | --- |\nGhi chú: các đơn vị báo cáo.',
      ),
    ).toEqual([]);
  });
});

describe('quarters listed in a time cell', () => {
  test('the last quarter listed, or the end of a year that follows them', () => {
    const due = (cell: string) => whenInCell(cell, '2026').deadlines;
    expect(due('Quý III, IV/2026')).toEqual(['2026-12']);
    expect(due('Quý II, III/2026')).toEqual(['2026-09']);
    expect(due('Quý IV/2026, 2027')).toEqual(['2027-12']);
    expect(due('Quý I/2025')).toEqual(['2025-03']);
    expect(due('Thường xuyên')).toEqual([]);
  });
});

describe("heads named by their body's kind", () => {
  test('`Cục trưởng` alone is the writer; before a name, the body named', () => {
    const sources = [
      {
        name: 'cuc.txt',
        bytes: new TextEncoder().encode(
          'TỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN TỈNH LẠNG SƠN\nSố: 12/HQLS-NV\nV/v kiểm soát hàng hóa\nLạng Sơn, ngày 02 tháng 3 năm 2024\nKính gửi: Các đơn vị\n1. Phòng Nghiệp vụ tổng hợp tình hình, báo cáo Cục trưởng trước ngày 30/3/2024.\n2. Chi cục Hải quan ga đường sắt quốc tế Đồng Đăng phối hợp với Phòng Nghiệp vụ rà soát quy trình, báo cáo Vụ trưởng Vụ Pháp chế.\nCỤC TRƯỞNG\nĐinh Văn Phúc\n',
        ),
      },
    ];
    const [document] = buildArchive(sources, '/').documents;
    expect(document!.assignments.map((a) => `${a.role} ${a.agency}`)).toEqual([
      'lead Phòng Nghiệp vụ',
      'receives-report Cục Hải quan tỉnh',
      'lead Chi cục Hải quan ga đường sắt quốc tế Đồng Đăng',
      'partner Phòng Nghiệp vụ',
      'receives-report Vụ Pháp chế',
    ]);
  });
});

describe("a regulation's articles and a plan in a web copy's shape", () => {
  test("an article's duties, without a colon, hold its points up to the next article", () => {
    expect(
      read(
        [
          'Điều 5. Sở Tài chính có nhiệm vụ',
          '',
          '1. Thẩm định dự toán, tổng hợp báo cáo Bộ Tài chính trước ngày 15 tháng 7 hàng năm.',
          '',
          '2. Kiểm tra việc sử dụng kinh phí.',
          '',
          'Điều 6. Trách nhiệm của Ủy ban nhân dân huyện',
          '',
          '1. Niêm yết công khai danh sách.',
        ].join('\n'),
      ),
    ).toEqual([
      'lead Sở Tài chính',
      'receives-report Bộ Tài chính',
      'lead Sở Tài chính',
      'lead UBND huyện',
    ]);
  });
  test('`Điều 2. Giao Giám đốc Sở …` gives the points under it; a case-only report has no receiver', () => {
    expect(
      read(
        [
          'Điều 2. Giao Giám đốc Sở Nội vụ',
          '',
          '1. Hướng dẫn thực hiện. Trường hợp vượt thẩm quyền, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.',
          '',
          '2. Chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân thị xã, huyện; thủ trưởng các sở, ngành liên quan kiểm tra việc chi trả.',
          '',
          'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
        ].join('\n'),
      ),
    ).toEqual([
      'lead Giám đốc Sở Nội vụ',
      'lead Giám đốc Sở Nội vụ',
      'partner Chủ tịch UBND các thị xã, huyện',
      'partner thủ trưởng các sở, ngành liên quan',
    ]);
  });
  test('units joined by a dash are a list; `hàng tháng` is a recurrence, not a date', () => {
    expect(
      read('Phòng Văn hóa - Xã hội thị xã - huyện gửi danh sách trước ngày 10 hàng tháng.'),
    ).toEqual(['lead Phòng Văn hóa - Xã hội thị xã, huyện']);
    expect(read('Ủy ban nhân dân phường - xã, thị trấn chi trả trợ cấp.')).toEqual([
      'lead UBND các phường, xã, thị trấn',
    ]);
  });
  test('`phối hợp với sở, ban, ngành, …` without `các`; `Sở, ban, ngành tỉnh` heading a part', () => {
    expect(
      read('Sở Y tế chủ trì, phối hợp với sở, ban, ngành, Ủy ban nhân dân xã, phường kiểm tra.'),
    ).toEqual(['lead Sở Y tế', 'partner các sở, ban, ngành', 'partner UBND các xã, phường']);
    expect(
      read('2. Sở, ban, ngành tỉnh và Ủy ban nhân dân xã, phường\n\nTổ chức thực hiện Kế hoạch.'),
    ).toEqual(['lead các Sở, ban, ngành', 'lead UBND các xã, phường']);
  });
  test("a step opening with a time limit is the body's after it; a name ends before `đối với`", () => {
    expect(
      read(
        'Trong thời hạn không quá 15 ngày làm việc, kể từ ngày nhận được danh sách, Phòng Nội vụ cấp huyện hoàn thành việc thẩm định, báo cáo Ban Chỉ huy quân sự tỉnh đối với đối tượng là dân quân.',
      ),
    ).toEqual(['lead Phòng Nội vụ', 'receives-report Ban Chỉ huy quân sự tỉnh']);
    expect(
      read(
        'Công an cấp tỉnh hoàn thành việc xét duyệt, báo cáo Sở Cảnh sát Phòng cháy, chữa cháy.',
      ),
    ).toEqual(['lead Công an cấp tỉnh', 'receives-report Sở Cảnh sát Phòng cháy, chữa cháy']);
  });
  test('a time limit counted from the day of signing is a date; from another day, or in working days, none', () => {
    expect(
      read('Sở Y tế hoàn thành việc rà soát trong thời hạn 30 ngày kể từ ngày ký.', '2026-01-31'),
    ).toEqual(['lead Sở Y tế [2026-03-02]']);
    expect(
      read(
        'Sở Y tế trình dự thảo không quá 01 tháng kể từ ngày ban hành Kế hoạch này.',
        '2026-01-31',
      ),
    ).toEqual(['lead Sở Y tế [2026-02-28]']);
    expect(
      read('Sở Y tế trả lời trong thời hạn 10 ngày làm việc kể từ ngày ký.', '2026-01-31'),
    ).toEqual(['lead Sở Y tế']);
    expect(read('Sở Y tế hoàn thành trong 30 ngày kể từ ngày ký.', '2026-01')).toEqual([
      'lead Sở Y tế',
    ]);
  });
  test("partners listed after `phối hợp với các cơ quan chức năng:`; the victims' association", () => {
    expect(
      read(
        'Sở Nội vụ phối hợp với các cơ quan chức năng: Sở Y tế, Hội đồng Giám định y khoa, Hội Nạn nhân chất độc da cam/dioxin tỉnh rà soát hồ sơ.',
      ),
    ).toEqual([
      'lead Sở Nội vụ',
      'partner Sở Y tế',
      'partner Hội đồng Giám định y khoa',
      'partner Hội Nạn nhân chất độc da cam/dioxin tỉnh',
    ]);
  });
  test('a sector is directed (`có trách nhiệm chỉ đạo ngành …`); a monthly allowance is no recurrence', () => {
    expect(
      read(
        'Bộ Nội vụ có trách nhiệm chỉ đạo ngành Nội vụ tiếp nhận, quản lý và chi trả chế độ trợ cấp hàng tháng.',
      ),
    ).toEqual(['lead Bộ Nội vụ', 'lead ngành Nội vụ']);
    const tree = parseBody(
      'Sở Nội vụ chi trả chế độ trợ cấp hàng tháng; báo cáo kết quả hàng quý về Bộ Nội vụ.',
    );
    expect(assignmentsOf(tree, outlineOf(tree), '2026').map((a) => a.recurrence)).toEqual([
      null,
      'hằng quý',
      'hằng quý',
    ]);
  });
  test('`Đề nghị X` and `X; Y` heading a part; `Căn cứ chức năng, nhiệm vụ,` opens a clause', () => {
    expect(
      read(
        '4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\nPhối hợp với các ngành, các cấp vận động Nhân dân.',
      ),
    ).toEqual(['lead Ủy ban MTTQ tỉnh', 'partner các ngành, các cấp']);
    expect(
      read(
        '2. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Lâm Đồng\n\nCăn cứ chức năng, nhiệm vụ, chỉ đạo các cơ quan truyền thông, báo chí mở chuyên mục.',
      ),
    ).toEqual([
      'lead Sở Văn hóa, Thể thao và Du lịch',
      'lead Báo và Phát thanh, Truyền hình Lâm Đồng',
      'lead các cơ quan truyền thông, báo chí',
    ]);
  });
});

describe('scoring against a table read by hand', () => {
  const sources = [
    {
      name: 'cong-van.txt',
      bytes: new TextEncoder().encode(
        'UBND HUYỆN YÊN THẾ\nPHÒNG Y TẾ\nSố: 12/PYT\nV/v phòng dịch\nYên Thế, ngày 02 tháng 3 năm 2024\nKính gửi: Các trạm y tế xã\n1. Giao Công an huyện chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra các cơ sở, hoàn thành trước ngày 30/3/2024.\nTRƯỞNG PHÒNG\nNguyễn Văn An\n',
      ),
    },
  ];
  const documents = buildArchive(sources, '/').documents;
  const id = documents[0]!.id;
  const score = (rows: { agency: string; role: string; deadlines?: string[] }[]) =>
    scoreAssignments({ sources: [], documents: { [id]: rows } }, documents);
  test('an agency named as the archive files it, as the text writes it, or abbreviated, is the same', () => {
    const filed = documents[0]!.assignments.map((a) => `${a.role} ${a.agency} / ${a.written}`);
    expect(filed).toEqual([
      'lead Công an huyện Yên Thế / Công an huyện',
      'partner UBND các xã (Yên Thế) / Ủy ban nhân dân các xã',
    ]);
    for (const [lead, partner] of [
      ['Công an huyện Yên Thế', 'UBND các xã (Yên Thế)'],
      ['Công an huyện', 'UBND các xã'],
      ['Công an huyện', 'Ủy ban nhân dân các xã'],
      ['cong an huyen yen the', 'Uỷ ban nhân dân các xã'],
    ])
      expect(
        score([
          { agency: lead!, role: 'lead', deadlines: ['2024-03-30'] },
          { agency: partner!, role: 'partner', deadlines: ['2024-03-30'] },
        ]),
      ).toMatchObject({ expected: 2, found: 2, right: 2 });
  });
  test('another agency, role or deadline is not right', () => {
    expect(
      score([
        { agency: 'Công an tỉnh', role: 'lead', deadlines: ['2024-03-30'] },
        { agency: 'UBND các xã', role: 'lead', deadlines: ['2024-03-30'] },
        { agency: 'Công an huyện', role: 'lead', deadlines: ['2024-03-31'] },
      ]),
    ).toMatchObject({ expected: 3, found: 2, right: 0 });
  });
});

describe('the reviewed tables', () => {
  for (const path of [
    'tests/fixtures/assignments/expected.json',
    'tests/fixtures/assignments-unseen/expected.json',
    'tests/fixtures/assignments-fresh/expected.json',
    'tests/fixtures/assignments-blind/expected.json',
    'tests/fixtures/assignments-blind2/expected.json',
    'tests/fixtures/assignments-blind3/expected.json',
    'tests/fixtures/assignments-blind4/expected.json',
    'tests/fixtures/assignments-blind5/expected.json',
    'tests/fixtures/assignments-blind6/expected.json',
    'tests/fixtures/assignments-blind7/expected.json',
    'tests/fixtures/assignments-blind8/expected.json',
    'tests/fixtures/assignments-blind9/expected.json',
    'tests/fixtures/assignments-blind10/expected.json',
    'tests/fixtures/assignments-blind11/expected.json',
    'tests/fixtures/assignments-blind12/expected.json',
    'tests/fixtures/assignments-blind13/expected.json',
    'tests/fixtures/assignments-blind14/expected.json',
    'tests/fixtures/assignments-blind15/expected.json',
    'tests/fixtures/assignments-blind16/expected.json',
    'tests/fixtures/assignments-blind17/expected.json',
    'tests/fixtures/assignments-blind18/expected.json',
    'tests/fixtures/assignments-blind19/expected.json',
    'tests/fixtures/assignments-blind20/expected.json',
    'tests/fixtures/assignments-blind21/expected.json',
    'tests/fixtures/assignments-blind22/expected.json',
    'tests/fixtures/assignments-blind23/expected.json',
    'tests/fixtures/assignments-blind24/expected.json',
    'tests/fixtures/assignments-blind25/expected.json',
    'tests/fixtures/assignments-blind26/expected.json',
    'tests/fixtures/assignments-blind27/expected.json',
    'tests/fixtures/assignments-blind28/expected.json',
    'tests/fixtures/assignments-blind29/expected.json',
    'tests/fixtures/assignments-blind30/expected.json',
    'tests/fixtures/assignments-blind31/expected.json',
    'tests/fixtures/assignments-blind32/expected.json',
    'tests/fixtures/assignments-blind33/expected.json',
    'tests/fixtures/assignments-blind34/expected.json',
    'tests/fixtures/assignments-blind35/expected.json',
    'tests/fixtures/assignments-blind36/expected.json',
    'tests/fixtures/assignments-blind37/expected.json',
    'tests/fixtures/assignments-blind38/expected.json',
    'tests/fixtures/assignments-blind39/expected.json',
    'tests/fixtures/assignments-blind40/expected.json',
    'tests/fixtures/assignments-blind41/expected.json',
    'tests/fixtures/assignments-blind42/expected.json',
    'tests/fixtures/assignments-blind43/expected.json',
    'tests/fixtures/assignments-blind44/expected.json',
    'tests/fixtures/assignments-blind45/expected.json',
    'tests/fixtures/assignments-blind46/expected.json',
    'tests/fixtures/assignments-blind47/expected.json',
    'tests/fixtures/assignments-blind48/expected.json',
    'tests/fixtures/assignments-blind49/expected.json',
    'tests/fixtures/assignments-blind50/expected.json',
    'tests/fixtures/assignments-blind51/expected.json',
    'tests/fixtures/assignments-blind52/expected.json',
    'tests/fixtures/assignments-blind53/expected.json',
    'tests/fixtures/assignments-blind54/expected.json',
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
