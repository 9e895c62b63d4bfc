/**
 * Each part reader alone, on small header fixtures written in the shape of real papers: what it
 * fills, what it leaves null, and the warning codes it gives.
 */
import { describe, expect, it } from 'vitest';
import { printedHeaderLine, readLines } from '../../scripts/ingest/lines.ts';
import {
  emptyDescription,
  layOutPage,
  type Description,
  type Landmarks,
  type PartReader,
} from '../../scripts/ingest/parts/page.ts';
import { readNumberPart } from '../../scripts/ingest/parts/number-part.ts';
import { readDatePart } from '../../scripts/ingest/parts/date-part.ts';
import { readTitlePart } from '../../scripts/ingest/parts/title-part.ts';
import { readSignaturePart } from '../../scripts/ingest/parts/signature-part.ts';
import { readIssuerPart } from '../../scripts/ingest/parts/issuer-part.ts';
import { readListsPart } from '../../scripts/ingest/parts/lists-part.ts';
import { readBlocksPart } from '../../scripts/ingest/parts/blocks-part.ts';

/** Runs `readers` in order on a text, as describe() does; returns what they found. */
function read(text: string, ...readers: PartReader[]): Description & { marks: Landmarks } {
  const page = layOutPage(readLines(text), { filePlace: null });
  const found = emptyDescription();
  const marks: Landmarks = {};
  for (const reader of readers) reader(page, found, marks);
  return { ...found, marks };
}

const codes = (found: Description) => found.warnings.map((w) => w.code);

const BODY =
  'Thực hiện chương trình công tác năm, Ban Thường vụ đề nghị các đơn vị triển khai thực hiện tốt các nội dung sau đây.';

describe('number part', () => {
  it('reads a Party number that lost its hyphens in its canonical form', () => {
    const found = read(
      `BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 512KH/TWĐTNBTG\n\n${BODY}`,
      readNumberPart,
    );
    expect(found.number?.display).toBe('512-KH/TWĐTN-BTG');
    expect(codes(found)).toEqual([]);
    expect(found.marks.numberIndex).toBe(3);
  });

  it('says when a code was printed with other marks and was normalised', () => {
    const found = read(`ỦY BAN NHÂN DÂN\nSố: 45/QD-UBND\n\n${BODY}`, readNumberPart);
    expect(found.number?.display).toBe('45/QĐ-UBND');
    expect(codes(found)).toEqual(['number-normalised']);
  });

  it('gives no number for a blank one, and names the code it printed', () => {
    const found = read(`HUYỆN ĐOÀN AN PHÚ\nSố:      -CV/HĐTN\n\n${BODY}`, readNumberPart);
    expect(found.number).toBeNull();
    expect(codes(found)).toEqual(['number-blank-in-original']);
    expect(found.warnings[0]!.message).toMatch(/CV\/HĐTN/);
  });

  it('keeps the struck-through serial with the other reading beside it', () => {
    const found = read(`ỦY BAN NHÂN DÂN\nSố: ~~157~~ 17/UBND-VP\n\n${BODY}`, readNumberPart);
    expect(found.number?.display).toBe('157/UBND-VP');
    expect(found.numberAlternatives).toEqual(['17/UBND-VP']);
    expect(codes(found)).toEqual(['number-uncertain']);
  });

  it('says when there is no number at all', () => {
    expect(codes(read(`THÔNG BÁO\n\n${BODY}`, readNumberPart))).toEqual(['number-missing']);
  });
});

describe('date part', () => {
  it('reads the place and the date of issue', () => {
    const found = read(`Số: 12/KH-UBND\nPhú Yên, ngày 3 tháng 4 năm 2023\n\n${BODY}`, readDatePart);
    expect([found.place, found.date, codes(found)]).toEqual(['Phú Yên', '2023-04-03', []]);
  });

  it('keeps a blank day blank', () => {
    const found = read(
      `Số: 12/KH-UBND\nCần Thơ, ngày    tháng 9 năm 2022\n\n${BODY}`,
      readDatePart,
    );
    expect(found.date).toBe('2022-09');
    expect(codes(found)).toEqual(['date-blank-in-original']);
  });

  it('takes the meeting date only where the header has no date line, and marks it inferred', () => {
    const text = `THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC\n\nNgày 14/6/2021, Thường trực đã họp nghe báo cáo tình hình triển khai công tác của các đơn vị trong tháng.`;
    const found = read(text, readDatePart);
    expect(found.date).toBe('2021-06-14');
    expect(found.inferred).toEqual(['date']);
    expect(codes(found)).toEqual(['date-from-meeting']);
  });

  it('takes the date of the decision a plan is issued with, over two lines, marked inferred', () => {
    const text = `KẾ HOẠCH QUỐC GIA\nPhòng, chống thiên tai\n(Kèm theo Quyết định số 905/QĐ-TTg\nNgày 12 tháng 8 năm 2026 của Thủ tướng Chính phủ)\n\n${BODY}`;
    const found = read(text, readDatePart);
    expect([found.date, found.inferred]).toEqual(['2026-08-12', ['date']]);
    expect(codes(found)).toEqual(['date-of-issuing-document']);
  });
});

describe('title part', () => {
  it('reads the type heading and the title block under it, with its `về …` part', () => {
    const text = `Hà Nội, ngày 5 tháng 5 năm 2022\n\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ QUẬN ỦY\n\nvề công tác phòng chống thiên tai\n\n${BODY}`;
    const found = read(text, readTitlePart);
    expect(found.type).toBe('Kết luận');
    expect(found.title).toBe(
      'Kết luận của Ban Thường vụ Quận ủy về công tác phòng chống thiên tai',
    );
  });

  it('reads a công văn by its V/v subject over two lines', () => {
    const text = `Số: 88/UBND-VP\nV/v tăng cường công tác\nphòng cháy chữa cháy\n\n${BODY}`;
    const found = read(text, readNumberPart, readTitlePart);
    expect([found.type, found.title]).toEqual([
      'Công văn',
      'Tăng cường công tác phòng cháy chữa cháy',
    ]);
  });

  it('reads a heading whose letters OCR split or whose marks it lost (`K ÉT LUẬN`)', () => {
    const found = read(`Số 12-KL/TU\nK ÉT LUẬN\nvề công tác cán bộ\n\n${BODY}`, readTitlePart);
    expect([found.type, found.title]).toEqual(['Kết luận', 'Về công tác cán bộ']);
  });

  it('reads `CHƯƠNG TRÌNH HÀNH ĐỘNG` as the heading of a programme, the title under it', () => {
    const found = read(
      `Số 3-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 41-KL/TW\n\n${BODY}`,
      readTitlePart,
    );
    expect([found.type, found.title]).toEqual(['Chương trình', 'Thực hiện Kết luận số 41-KL/TW']);
  });

  it("reads `CUA` under a heading as `CỦA`, and keeps the heading's own words before it", () => {
    const found = read(
      `Số 18-CTr/TW\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCUA BỘ CHÍNH TRỊ\nthực hiện Nghị quyết số 12-NQ/TW\n\n${BODY}`,
      readTitlePart,
    );
    expect([found.type, found.title]).toEqual([
      'Chương trình',
      'Chương trình hành động của Bộ Chính trị thực hiện Nghị quyết số 12-NQ/TW',
    ]);
  });

  it('reads a heading that opens with the type under the motto where no place and date are printed', () => {
    const found = read(
      `THỦ TƯỚNG CHÍNH PHỦ             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                 Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH QUỐC GIA\nPhòng, chống thiên tai giai đoạn 2026 - 2030\n\n${BODY}`,
      readTitlePart,
    );
    expect([found.type, found.title]).toEqual([
      'Kế hoạch',
      'Quốc gia phòng, chống thiên tai giai đoạn 2026 - 2030',
    ]);
  });

  it('drops the type a web copy repeats at the head of the title, not `KẾT LUẬN CỦA …`', () => {
    const repeated = read(
      `Số: 7/2020/TT-BTC\nTHÔNG TƯ\nTHÔNG TƯ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI SẢN\n\n${BODY}`,
      readTitlePart,
    );
    expect([repeated.type, repeated.title]).toEqual([
      'Thông tư',
      'Quy định chế độ quản lý tài sản',
    ]);
    const authored = read(
      `Số 5-KL/TU\nKẾT LUẬN\nKẾT LUẬN CỦA BAN THƯỜNG VỤ VỀ CÔNG TÁC CÁN BỘ\n\n${BODY}`,
      readTitlePart,
    );
    expect(authored.title).toBe('Kết luận của Ban Thường vụ về công tác cán bộ');
  });

  it('ends a title in capitals where a web copy runs the text on under it (`Chiều ngày 12 tháng 3`)', () => {
    const text = `Số: 96/TB-VPCP\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TRẦN HỒNG HÀ\nTẠI CUỘC HỌP VỀ NƯỚC SINH HOẠT\nChiều ngày 12 tháng 3\nnăm 2024, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp.\n${BODY}`;
    expect(read(text, readTitlePart).title).toBe(
      'Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về nước sinh hoạt',
    );
  });

  it('ends a title without a blank line under it where the text opens', () => {
    const text = `Hà Nội, ngày 5 tháng 5 năm 2022\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC PHÒNG CHÁY\nTRÊN ĐỊA BÀN TỈNH BẮC NINH\nThực hiện Chỉ thị số 13/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:`;
    const found = read(text, readTitlePart);
    expect(found.title).toBe('Triển khai công tác phòng cháy trên địa bàn tỉnh Bắc Ninh');
  });

  it('ends a title at the line naming who enacts it, over its grounds (`Căn cứ …`)', () => {
    const text = `Số: 77/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n${BODY}`;
    const found = read(text, readTitlePart);
    expect(found.title).toBe('Về việc thành lập tổ công tác');
  });

  it('ends a title at `UỶ BAN NHÂN DÂN …` in the old spelling too', () => {
    const text = `Số: 78/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO ĐẤT\nUỶ BAN NHÂN DÂN HUYỆN ĐÔNG ANH\nCăn cứ Luật Đất đai;\n${BODY}`;
    expect(read(text, readTitlePart).title).toBe('Về việc giao đất');
  });

  it('keeps a title line in capitals that goes on `… ĐẾN NĂM 2030` (no incoming stamp)', () => {
    const text = `Số: 12/KH-UBND\nKẾ HOẠCH\nPHÁT TRIỂN NÔNG NGHIỆP HỮU CƠ GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG\nĐẾN NĂM 2030\n\n${BODY}`;
    expect(readLines(text)[3]!.kind).toBe('upper');
    expect(readLines('ĐẾN Số: 1698\nNgày: 20/9')[0]!.kind).toBe('incomingStamp');
    const found = read(text, readTitlePart);
    expect(found.title).toBe(
      'Phát triển nông nghiệp hữu cơ giai đoạn 2021 - 2025, định hướng đến năm 2030',
    );
  });

  it('reads a subject written `Về: …` under the number', () => {
    const text = `Số: 310/SYT-NV\nVề: tiêm vắc xin cho trẻ em\n\nKính gửi: Trung tâm Y tế các huyện\n\n${BODY}`;
    const found = read(text, readNumberPart, readTitlePart);
    expect([found.type, found.title]).toEqual(['Công văn', 'Tiêm vắc xin cho trẻ em']);
  });

  it('infers the type from the number where no heading names it, and says the title is first words', () => {
    const found = read(`Số: 31-TB/HU\n\n${BODY}`, readNumberPart, readTitlePart);
    expect(found.type).toBe('Thông báo');
    expect(found.inferred).toEqual(['type', 'title']);
    expect(codes(found)).toEqual(['title-from-first-words']);
  });
});

describe('signature part', () => {
  it('reads the authority, the title and the name under it', () => {
    const text = `${BODY}\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hùng`;
    const found = read(text, readSignaturePart);
    expect(found.signer).toBe('Nguyễn Văn Hùng');
    expect([found.authority, found.onBehalfOf, found.signerTitle]).toEqual([
      'TM.',
      'Ủy ban nhân dân',
      'Phó Chủ tịch',
    ]);
    expect(codes(found)).toEqual([]);
  });

  it("reads a joint paper's two blocks side by side without TM., each signer with the title", () => {
    const text = `${BODY}\n\nCHÁNH ÁN                                 VIỆN TRƯỞNG\nTÒA ÁN NHÂN DÂN TỐI CAO        VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n\nPhạm Minh Đức                            Lê Quang Thịnh`;
    const found = read(text, readSignaturePart);
    expect([found.signer, found.signerTitle]).toEqual([
      'Phạm Minh Đức; Lê Quang Thịnh',
      'Chánh án Tòa án nhân dân tối cao; Viện trưởng Viện kiểm sát nhân dân tối cao',
    ]);
  });

  it('reads a signature that stands beside Nơi nhận on the same lines, and drops a rank', () => {
    const text = `${BODY}\n\nNơi nhận:                     KT. GIÁM ĐỐC\n- Như trên;                   PHÓ GIÁM ĐỐC\n- Lưu: VT.                    Đại tá Lê Văn Bình`;
    const found = read(text, readSignaturePart, readListsPart);
    expect([found.authority, found.signerTitle, found.signer]).toEqual([
      'KT.',
      'Phó Giám đốc',
      'Lê Văn Bình',
    ]);
    expect(found.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });

  it("reads the deputy's title written on the authority's line (`KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM`)", () => {
    const text = `${BODY}\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM\n\nTrần Văn Sơn`;
    const found = read(text, readSignaturePart);
    expect([found.authority, found.onBehalfOf, found.signerTitle, found.signer]).toEqual([
      'KT.',
      'Bộ trưởng, Chủ nhiệm',
      'Phó Chủ nhiệm',
      'Trần Văn Sơn',
    ]);
    expect(codes(found)).toEqual([]);
    const minister = read(`${BODY}\n\nKT. BỘ TRƯỞNG THỨ TRƯỞNG\n\nLê Văn Minh`, readSignaturePart);
    expect([minister.onBehalfOf, minister.signerTitle]).toEqual(['Bộ trưởng', 'Thứ trưởng']);
    // A title on a line of its own stays there (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`).
    const apart = read(`${BODY}\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An`, readSignaturePart);
    expect([apart.onBehalfOf, apart.signerTitle]).toEqual(['Chủ tịch', 'Phó Chủ tịch']);
  });

  it('finds the signature of a text a PDF export wrapped into short lines', () => {
    const text = `Số 12-KL/TU\nKẾT LUẬN\nvề công tác cán bộ\nHội nghị Ban Thường vụ Tỉnh ủy họp ngày 10/5/2023 đã thảo luận\nTờ trình của Ban Tổ chức Tỉnh ủy và kết luận như sau đây, cụ thể là:\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Thắng`;
    const found = read(text, readNumberPart, readTitlePart, readSignaturePart);
    expect(found.title).toBe('Về công tác cán bộ');
    expect(found.signer).toBe('Nguyễn Văn Thắng');
  });

  it('takes a name of any family right under the signer’s title', () => {
    const text = `${BODY}\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\n\nKpă Thị Hương`;
    expect(read(text, readSignaturePart).signer).toBe('Kpă Thị Hương');
  });

  it('says when no signer is found', () => {
    expect(codes(read(BODY, readSignaturePart))).toEqual(['signer-missing']);
  });
});

describe('issuer part', () => {
  // Three layouts of one header: columns flattened one under the other, on one line apart by a
  // wide gap, and the organisation's name first.
  for (const header of [
    'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nBAN TUYÊN GIÁO',
    'BAN CHẤP HÀNH TRUNG ƯƠNG            ĐOÀN TNCS HỒ CHÍ MINH\nBAN TUYÊN GIÁO',
    'ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO',
  ]) {
    it(`names a Youth Union department after its central committee, not the Party: ${header.split('\n')[0]}`, () => {
      const text = `${header}\n***\nSố: 20-CV/TWĐTN-BTG\n\n${BODY}`;
      const found = read(text, readNumberPart, readIssuerPart);
      expect(found.issuer).toBe('Ban Tuyên giáo Trung ương Đoàn TNCS Hồ Chí Minh');
      expect(found.party).toBe(false);
    });
  }

  it('infers a Party committee from the number code where the header has none, and says so', () => {
    const found = read(`Số: 31-TB/HU\n\n${BODY}`, readNumberPart, readIssuerPart);
    expect(found.issuer).toBe('Huyện ủy');
    expect(found.inferred).toEqual(['issuer']);
    expect(codes(found)).toContain('issuer-from-number');
  });
});

describe('issuers of other bodies and levels', () => {
  /** The issuer of a header, with a number under it so that the lines are read as a header. */
  const issuerOf = (header: string) =>
    read(
      `${header}\nSố: 12/KH-XX\nHà Nội, ngày 02 tháng 3 năm 2024\n\n${BODY}`,
      readNumberPart,
      readIssuerPart,
    ).issuer;

  it('reads QUÂN SỰ as a word of the name, not as QUẬN', () => {
    expect(issuerOf('UBND TỈNH QUẢNG BÌNH\nBỘ CHỈ HUY QUÂN SỰ TỈNH')).toBe(
      'Bộ Chỉ huy Quân sự tỉnh Quảng Bình',
    );
  });

  it("reads a department and its parent joined in one table cell, and the cell's rule dropped", () => {
    expect(issuerOf('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH SỞ Y TẾ -------')).toBe(
      'Sở Y tế tỉnh Ninh Bình',
    );
    expect(issuerOf('BỘ NỘI VỤ -------')).toBe('Bộ Nội vụ');
    expect(issuerOf('ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM')).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
  });

  it('keeps a university under its ministry a proper name', () => {
    expect(issuerOf('BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH')).toBe('Trường Đại học Vinh');
  });

  it('still reads a district whose marks OCR dropped', () => {
    expect(issuerOf('UY BAN NHAN DAN\nQUAN HOAN KIEM')).toBe('Ủy ban nhân dân quận Hoàn Kiếm');
  });

  it('names a Party department with the committee on its own line', () => {
    expect(issuerOf('ĐẢNG BỘ TỈNH BẮC GIANG\nỦY BAN KIỂM TRA TỈNH ỦY')).toBe(
      'Ủy ban Kiểm tra Tỉnh ủy Bắc Giang',
    );
  });

  it('keeps the words that go on past a department in the tables, each field capitalised', () => {
    expect(issuerOf('TỈNH ỦY QUẢNG NINH\nBAN TUYÊN GIÁO VÀ DÂN VẬN')).toBe(
      'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh',
    );
    expect(issuerOf('HUYỆN ỦY VÂN ĐỒN\nCƠ QUAN TỔ CHỨC – NỘI VỤ')).toBe(
      'Cơ quan Tổ chức - Nội vụ Huyện ủy Vân Đồn',
    );
  });

  it('names an office by the bodies it serves', () => {
    expect(issuerOf('UBND HUYỆN GIA LÂM\nVĂN PHÒNG HĐND VÀ UBND')).toBe(
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Gia Lâm',
    );
  });

  it('names a division after a parent that is not the People’s Committee', () => {
    expect(issuerOf('CÔNG AN TỈNH NAM ĐỊNH\nPHÒNG CẢNH SÁT GIAO THÔNG')).toBe(
      'Phòng Cảnh sát giao thông Công an tỉnh Nam Định',
    );
    expect(issuerOf('UBND HUYỆN ĐÔNG ANH\nPHÒNG TÀI CHÍNH - KẾ HOẠCH')).toBe(
      'Phòng Tài chính - Kế hoạch huyện Đông Anh',
    );
  });

  it('writes out the short names of mass organisations', () => {
    expect(issuerOf('TỔNG LĐLĐ VIỆT NAM\nLĐLĐ TỈNH THÁI BÌNH')).toBe(
      'Liên đoàn Lao động tỉnh Thái Bình',
    );
    expect(issuerOf('HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH NGHỆ AN')).toBe(
      'Hội Liên hiệp Phụ nữ tỉnh Nghệ An',
    );
  });

  it('names an organisation’s committee under the organisation’s national name', () => {
    expect(issuerOf('HỘI NÔNG DÂN VIỆT NAM\nBCH TỈNH ĐỒNG THÁP')).toBe(
      'Ban Chấp hành Hội Nông dân tỉnh Đồng Tháp',
    );
  });

  it('names a Party bloc committee, a council’s standing committee and the Front’s committee', () => {
    expect(issuerOf('ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')).toBe(
      'Đảng ủy Khối các cơ quan tỉnh Nghệ An',
    );
    expect(issuerOf('HỘI ĐỒNG NHÂN DÂN\nHUYỆN PHÚ LƯƠNG\nTHƯỜNG TRỰC')).toBe(
      'Thường trực Hội đồng nhân dân huyện Phú Lương',
    );
    expect(issuerOf('MẶT TRẬN TỔ QUỐC VIỆT NAM\nỦY BAN TỈNH LÀO CAI')).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai',
    );
  });

  it('reads a school by its level and proper name', () => {
    expect(issuerOf('SỞ GD&ĐT THÁI NGUYÊN\nTRƯỜNG THPT LƯƠNG NGỌC QUYẾN')).toBe(
      'Trường THPT Lương Ngọc Quyến',
    );
  });

  it('finds the signature of a short document whose sentences are all short', () => {
    const text =
      'HỘI NÔNG DÂN VIỆT NAM\nBCH TỈNH AN GIANG\nSố: 102-BC/HNDT\nLong Xuyên, ngày 18 tháng 11 năm 2022\n\nBÁO CÁO\nKết quả năm 2022\n\nNăm 2022, các cấp Hội đã làm tốt nhiệm vụ.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Nghĩa';
    const found = read(text, readNumberPart, readTitlePart, readSignaturePart);
    expect(found.title).toBe('Kết quả năm 2022');
    expect(found.signer).toBe('Lê Văn Nghĩa');
  });
});

describe('headers copied from a web page', () => {
  it('joins the words a copy broke off their line (`ỦY` / `BAN NHÂN DÂN`, `Tam` / `Kỳ, ngày …`)', () => {
    const text = `ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG NAM\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 14/QĐ-UBND\n|\nTam\nKỳ, ngày 19 tháng 6 năm 2007\n|\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart, readTitlePart, readIssuerPart);
    expect([found.issuer, found.place, found.date]).toEqual([
      'Ủy ban nhân dân tỉnh Quảng Nam',
      'Tam Kỳ',
      '2007-06-19',
    ]);
  });

  it('joins the first word of a place to its place and date when the year is on the line after', () => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n|\nSố: 418/QĐ-UBND\n|\nHà\nGiang, ngày 05 tháng 3\nnăm 2020\n|\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart);
    expect([found.place, found.date]).toEqual(['Hà Giang', '2020-03-05']);
  });

  it('reads the header under a page title and catalogue lines', () => {
    const text = `Quyết định 14/QĐ-UBND năm 2007 về việc giao chỉ tiêu của tỉnh Quảng Nam do ủy ban ban hành\nSố hiệu: 14/QĐ-UBND Loại văn bản: Quyết định\nNgười ký: Nguyễn Văn Sỹ\n\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH QUẢNG NAM | Độc lập - Tự do - Hạnh phúc |\nSố: 14/QĐ-UBND | Tam Kỳ, ngày 19 tháng 6 năm 2007 |\n\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart, readTitlePart, readIssuerPart);
    expect([found.issuer, found.date, found.type, found.title]).toEqual([
      'Ủy ban nhân dân tỉnh Quảng Nam',
      '2007-06-19',
      'Quyết định',
      'Về việc giao chỉ tiêu',
    ]);
  });

  it('names a district office by its longest field (`KINH TẾ VÀ HẠ TẦNG`, not `KINH TẾ`)', () => {
    const text = `UBND HUYỆN ĐÔNG ANH\nPHÒNG KINH TẾ VÀ HẠ TẦNG\nSố: 45/KT&HT\nĐông Anh, ngày 3 tháng 4 năm 2023\n\n${BODY}`;
    expect(read(text, readNumberPart, readDatePart, readIssuerPart).issuer).toBe(
      'Phòng Kinh tế và Hạ tầng huyện Đông Anh',
    );
  });

  it('writes out a department field shortened on its line (`SỞ NÔNG NGHIỆP VÀ PTNT`)', () => {
    const text = `UBND TỈNH LONG AN\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 45/SNN-KH\nLong An, ngày 3 tháng 4 năm 2023\n\n${BODY}`;
    expect(read(text, readNumberPart, readDatePart, readIssuerPart).issuer).toBe(
      'Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An',
    );
  });
});

describe('a header and signature in the cells of a web copy', () => {
  const HEADER =
    '| ỦY BAN NHÂN DÂN TỈNH BẮC KẠN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|';

  it('reads the authorities, the title and the name a cell joined on one line', () => {
    const text = `${HEADER}\n| Số: 58/QĐ-UBND | Bắc Kạn, ngày 02 tháng 3 năm 2026 |\n\n${BODY}\n\n|  | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hà Văn Toàn |\n|---|---|`;
    const found = read(text, readSignaturePart);
    expect([found.signer, found.authority, found.onBehalfOf, found.signerTitle]).toEqual([
      'Hà Văn Toàn',
      'TM.',
      'Ủy ban nhân dân',
      'Phó Chủ tịch',
    ]);
    expect(found.signature).toEqual([
      'TM. Ủy ban nhân dân',
      'KT. Chủ tịch',
      'Phó Chủ tịch',
      'Hà Văn Toàn',
    ]);
  });

  it('keeps a cell whose capitals end on no name whole (`KT. CHỦ TỊCH PHÓ CHỦ TỊCH` alone)', () => {
    const text = `${HEADER}\n| Số: 58/QĐ-UBND | Bắc Kạn, ngày 02 tháng 3 năm 2026 |\n\n${BODY}\n\n| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hà Nội |\n|---|---|`;
    expect(read(text, readSignaturePart).signer).toBeNull();
  });

  it("reads the subject after `V/v:` in the number's cell", () => {
    const text = `${HEADER}\n| Số: 712/UBND-KT V/v: sửa chữa cầu treo bản Nà Làng | Bắc Kạn, ngày 02 tháng 3 năm 2026 |\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart, readTitlePart);
    expect([found.type, found.title]).toEqual(['Công văn', 'Sửa chữa cầu treo bản Nà Làng']);
  });

  it("reads a ministry's unit joined to the ministry in one cell (`BỘ TÀI CHÍNH TỔNG CỤC THUẾ`)", () => {
    const header = (issuer: string) =>
      `| ${issuer} ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 41/TCT-CS | Hà Nội, ngày 02 tháng 3 năm 2026 |\n\n${BODY}`;
    const issuer = (text: string) =>
      read(text, readNumberPart, readDatePart, readIssuerPart).issuer;
    expect(issuer(header('BỘ TÀI CHÍNH TỔNG CỤC THUẾ'))).toBe('Tổng cục Thuế');
    expect(issuer(header('BỘ NỘI VỤ VỤ TỔ CHỨC - BIÊN CHẾ'))).toBe('Vụ Tổ chức - biên chế');
    expect(issuer(header('BỘ TÀI CHÍNH'))).toBe('Bộ Tài chính');
  });

  it("types a consolidated text by its number's `VBHN`, not by the heading it reprints", () => {
    const text = `${HEADER}\n| Số: 7/VBHN-UBND | Bắc Kạn, ngày 02 tháng 3 năm 2026 |\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY ĐỊNH VỀ CHỢ TẠM\n\n${BODY}`;
    expect(read(text, readNumberPart, readTitlePart).type).toBe('Văn bản hợp nhất');
  });

  it('ends a title in capitals where its issuing note starts on the same line', () => {
    const text = `QUY ĐỊNH\n\nQUẢN LÝ CHỢ TẠM TRÊN ĐỊA BÀN TỈNH (Ban hành kèm theo Quyết định số 58/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bắc Kạn)\n\n${BODY}`;
    const found = read(text, readTitlePart);
    expect([found.type, found.title]).toEqual(['Quy định', 'Quản lý chợ tạm trên địa bàn tỉnh']);
  });
});

describe('a header whose number and date OCR could not read', () => {
  it('reads the issuer beside a motto under its rule, and a title from the text, not the header', () => {
    const text = `BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n—— Độc lập - Tự do - Hạnh phúc\n\nsố: 34ÚŸ  mCT-KHCN Hà Nội, ngày/Í0. tháng ƒnăm 2018\n\nNgày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm.`;
    const found = read(text, readNumberPart, readTitlePart, readIssuerPart);
    expect([found.issuer, found.number]).toEqual(['Bộ Công Thương', null]);
    expect(found.title).toMatch(/^Ngày 02 tháng 02 năm 2018/u);
  });
});

describe('a regulation printed under its decision, with a header but no number or date', () => {
  it('reads the issuer beside the motto on its line, and the date the decision gives it', () => {
    const text = `     ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       TỈNH HÀ GIANG                        Độc lập - Tự do - Hạnh phúc\n\nQUY CHẾ\nPhối hợp quản lý cơ sở dữ liệu đất đai\n(Ban hành kèm theo Quyết định số1211/QĐ-UBND\nngày 05 tháng 8 năm 2026 của Ủy ban nhân dân tỉnh Hà Giang)\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart, readTitlePart, readIssuerPart);
    expect([found.issuer, found.date, found.type]).toEqual([
      'Ủy ban nhân dân tỉnh Hà Giang',
      '2026-08-05',
      'Quy chế',
    ]);
  });
});

describe('header lines garbled by a broken font', () => {
  it('reads a garbled printed line as the line it prints, and says so', () => {
    expect(printedHeaderLine('BAN CHAPHÅNH iRrNG UONG')).toBe('BAN CHẤP HÀNH TRUNG ƯƠNG');
    expect(printedHeaderLine('ỦY BAN NHÂN DÂM')).toBe('ỦY BAN NHÂN DÂN');
    const found = read(
      `BAN CHAPHÅNH iRrNG UONG\nÐOÀN TNCS HÒ CHÍ MINH\n***\nSố: 20-CV/TWĐTN\n\n${BODY}`,
      readNumberPart,
      readIssuerPart,
    );
    expect(found.issuer).toBe('Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh');
    expect(codes(found)).toContain('header-line-repaired');
  });

  it("reads a garbled line with the Party's motto merged into it (`BAN CHẮÁP HÀNH … ĐẢNG CỘNG SẢN VIỆT NAM`)", () => {
    const found = read(
      `BAN CHẮÁP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 18-CTr/TW Hà Nội, ngày 14 tháng 3 năm 2026\n\n${BODY}`,
      readNumberPart,
      readIssuerPart,
    );
    expect([found.issuer, found.level]).toEqual(['Ban Chấp hành Trung ương Đảng', 'Trung ương']);
  });

  it('leaves alone a line as printed, a signing authority, a longer name and running text', () => {
    for (const line of [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'TM. ỦY BAN NHÂN DÂN',
      'TM. BAN CHẤP HÀNH TRUNG ƯƠNG',
      'ỦY BAN NHÂN DÂN XÃ',
      'BAN CHẤP HÀNH ĐOÀN TỈNH',
      'Ban chấp hành trung ương',
    ])
      expect(printedHeaderLine(line), line).toBeNull();
  });
});

describe('issuer part, bodies of other families', () => {
  for (const [header, issuer, level] of [
    [
      'ỦY BAN MTTQ VIỆT NAM\nTỈNH BẮC GIANG\nBAN THƯỜNG TRỰC',
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang',
      'Thành phố',
    ],
    [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG',
      'Liên đoàn Lao động tỉnh Bình Dương',
      'Thành phố',
    ],
    ['UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ', 'Sở Y tế tỉnh Quảng Ngãi', 'Thành phố'],
    ['BỘ CÔNG AN\nCÔNG AN TỈNH HẬU GIANG', 'Công an tỉnh Hậu Giang', 'Thành phố'],
    // A council or a board with no place of its own works at its parent's level.
    [
      'UBND HUYỆN CAM LÂM\nHỘI ĐỒNG NGHĨA VỤ QUÂN SỰ',
      'Hội đồng Nghĩa vụ quân sự huyện Cam Lâm',
      'Quận-huyện',
    ],
    [
      'UBND HUYỆN CAM LÂM\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Cam Lâm',
      'Quận-huyện',
    ],
    [
      'UBND TỈNH NINH BÌNH\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'Hội đồng Thi đua - khen thưởng tỉnh Ninh Bình',
      'Thành phố',
    ],
  ] as const) {
    it(`reads ${issuer}`, () => {
      const found = read(
        `${header}\nSố: 12/KH\nBắc Ninh, ngày 1 tháng 2 năm 2024\n\n${BODY}`,
        readNumberPart,
        readDatePart,
        readIssuerPart,
      );
      expect([found.issuer, found.level]).toEqual([issuer, level]);
    });
  }
});

describe('lists part', () => {
  it('reads Kính gửi items and Nơi nhận items, with or without their dashes', () => {
    const text = `Kính gửi:\n- Các sở, ban, ngành;\n- UBND các quận, huyện.\n\n${BODY}\n\nNơi nhận:\n- Như trên;\n Lưu: VT.`;
    const found = read(text, readListsPart);
    expect(found.addressees).toEqual(['Các sở, ban, ngành', 'UBND các quận, huyện']);
    expect(found.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe('blocks part', () => {
  it('reads an incoming stamp as an arrival record, not the number', () => {
    const text = `SỞ Y TẾ\nĐẾN Số: 4521\nNgày: 22/9\nChuyển: P. NVY\n\nỦY BAN NHÂN DÂN\nSố: 12/UBND\nHà Nội, ngày 20 tháng 9 năm 2021\n\n${BODY}`;
    const found = read(text, readNumberPart, readDatePart, readBlocksPart);
    expect(found.number?.display).toBe('12/UBND');
    expect(found.incomingStamps).toEqual([
      { agency: 'SỞ Y TẾ', arrivalNumber: '4521', date: '2021-09-22', forwardedTo: 'P. NVY' },
    ]);
  });

  it("reads a signed PDF's stamp over the header as the signing time, not the issuer", () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\n14-03-2025 16:02:11 +07:00\n\nTỈNH ỦY HÀ TĨNH\n*\nSố 12-KL/TU\n\n${BODY}`;
    const found = read(text, readNumberPart, readIssuerPart, readBlocksPart);
    expect(found.issuer).toBe('Tỉnh ủy Hà Tĩnh');
    expect(found.digitalSignature).toEqual({ signedAt: '2025-03-14T16:02:11+07:00' });
  });
});

describe('motto (top right of the header)', () => {
  it('reads the state motto merged by OCR into the issuer line, dashes as the form writes them', () => {
    const found = read(
      `ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NAM ĐỊNH     Độc lập – Tự do – Hạnh phúc\nSố: 12/UBND-VP\n\n${BODY}`,
      readBlocksPart,
    );
    expect(found.motto).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });
  it("reads the Party's name and a mass organisation's name in the motto's place", () => {
    expect(
      read(`TỈNH ỦY BẮC NINH\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 45-CT/TU\n\n${BODY}`, readBlocksPart)
        .motto,
    ).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(
      read(
        `BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 512KH/TWĐTNBTG\n\n${BODY}`,
        readBlocksPart,
      ).motto,
    ).toEqual(['ĐOÀN TNCS HỒ CHÍ MINH']);
  });
  it('does not take the Party named in running text for a motto', () => {
    const found = read(
      `THÀNH ỦY HÀ NỘI\nSố: 7-TB/TU\n\nThực hiện Điều lệ Đảng Cộng sản Việt Nam, Ban Thường vụ đề nghị các đơn vị triển khai thực hiện tốt các nội dung.`,
      readBlocksPart,
    );
    expect(found.motto).toEqual([]);
  });
});
