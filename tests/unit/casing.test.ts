/** Titles in capitals put back in sentence case: names of documents, terms, the Party, people. */
import { describe, expect, it } from 'vitest';
import { properCase } from '../../scripts/ingest/casing.ts';

describe('sentence case of a title in capitals', () => {
  it('keeps a document named by its number a name: `Chỉ thị số 08/CT-TTg`', () => {
    expect(properCase('TRIỂN KHAI CHỈ THỊ SỐ 08/CT-TTG VÀ QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG')).toBe(
      'Triển khai Chỉ thị số 08/CT-TTG và Quyết định số 34/2014/QĐ-TTG',
    );
    expect(properCase('THỰC HIỆN CÁC QUYẾT ĐỊNH CỦA TỈNH')).toBe(
      'Thực hiện các quyết định của tỉnh',
    );
    expect(properCase('SỬA ĐỔI THÔNG TƯ 18/2019/TT-NHNN CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC')).toBe(
      'Sửa đổi Thông tư 18/2019/TT-NHNN của Thống đốc Ngân hàng Nhà nước',
    );
    expect(properCase('THÔNG TƯ NÀY QUY ĐỊNH 2 NỘI DUNG')).toBe('Thông tư này quy định 2 nội dung');
  });
  it('keeps a term or a round in Roman numerals', () => {
    expect(properCase('ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII')).toBe(
      'Đại hội đại biểu toàn quốc lần thứ XIII',
    );
    expect(properCase('BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII')).toBe(
      'Ban Chấp hành Trung ương Đảng khóa XII',
    );
  });
  it('puts back the marks OCR changed in a long name or a conference heading', () => {
    expect(properCase('HỘI NGHỊ LÀN THỨ BA BAN CHÁP HÀNH TRUNG ƯƠNG ĐÁNG KHOÁ XIV')).toBe(
      'Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khoá XIV',
    );
    // A short word that folds like another is left as read: `làn sóng` is a word of its own.
    expect(properCase('LÀN SÓNG ĐẦU TƯ MỚI')).toBe('Làn sóng đầu tư mới');
  });
  it('writes the President as the people name him with capitals: `Bác Hồ`', () => {
    expect(properCase('ĐỜI ĐỜI NHỚ ƠN BÁC HỒ')).toBe('Đời đời nhớ ơn Bác Hồ');
  });
  it('writes the Party with a capital, not a party member or a Party cell', () => {
    expect(properCase('SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN')).toBe(
      'Sự lãnh đạo của Đảng đối với công tác phát triển đảng viên',
    );
    expect(properCase('CỦNG CỐ TỔ CHỨC ĐẢNG Ở CƠ SỞ')).toBe('Củng cố tổ chức đảng ở cơ sở');
  });
  it("writes a person's name after an office with capitals, and only a name", () => {
    expect(properCase('KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN VĂN AN TẠI HỘI NGHỊ')).toBe(
      'Kết luận của Phó Thủ tướng Trần Văn An tại hội nghị',
    );
    expect(properCase('Ý KIẾN CỦA ĐỒNG CHÍ LÊ THỊ HOA, PHÓ CHỦ TỊCH UBND TỈNH')).toBe(
      'Ý kiến của đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh',
    );
    expect(properCase('Ý KIẾN CỦA THỦ TƯỚNG CHÍNH PHỦ NGUYỄN XUÂN PHÚC TẠI HỘI NGHỊ')).toBe(
      'Ý kiến của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại hội nghị',
    );
    expect(properCase('CHỈ ĐẠO CỦA GIÁM ĐỐC LÂM TRƯỜNG VỀ TRỒNG RỪNG')).toBe(
      'Chỉ đạo của Giám đốc lâm trường về trồng rừng',
    );
  });
  it('writes a place between its unit word and its parent as a name', () => {
    expect(properCase('QUY HOẠCH CHUNG XÃ IA BĂNG, HUYỆN CHƯ PRÔNG, TỈNH GIA LAI')).toBe(
      'Quy hoạch chung xã Ia Băng, huyện Chư Prông, tỉnh Gia Lai',
    );
    expect(properCase('THÀNH LẬP THỊ TRẤN TÂN AN THUỘC HUYỆN VĂN YÊN, TỈNH YÊN BÁI')).toBe(
      'Thành lập thị trấn Tân An thuộc huyện Văn Yên, tỉnh Yên Bái',
    );
    // With no parent after it, a place is not told from common words (`huyện nghèo`).
    expect(properCase('HỖ TRỢ HUYỆN NGHÈO')).toBe('Hỗ trợ huyện nghèo');
    expect(properCase('PHÁT TRIỂN KINH TẾ - XÃ HỘI, TỈNH BẮC NINH')).toBe(
      'Phát triển kinh tế - xã hội, tỉnh Bắc Ninh',
    );
    expect(properCase('CÁC XÃ, HUYỆN MIỀN NÚI')).toBe('Các xã, huyện miền núi');
  });
  it('writes the homeland, the neighbouring countries and the wars as names, not `biện pháp`', () => {
    expect(properCase('BẢO VỆ TỔ QUỐC, GIÚP BẠN LÀO VÀ CĂM-PU-CHI-A')).toBe(
      'Bảo vệ Tổ quốc, giúp bạn Lào và Căm-pu-chi-a',
    );
    expect(properCase('THỜI KỲ KHÁNG CHIẾN CHỐNG PHÁP VÀ KHÁNG CHIẾN CHỐNG MỸ')).toBe(
      'Thời kỳ kháng chiến chống Pháp và kháng chiến chống Mỹ',
    );
    expect(properCase('BIỆN PHÁP PHÒNG CHỐNG MỸ PHẨM GIẢ')).toBe(
      'Biện pháp phòng chống mỹ phẩm giả',
    );
  });
  it('writes a law, a code or an ordinance named by its name with capitals, not `pháp luật`', () => {
    expect(properCase('HƯỚNG DẪN THI HÀNH LUẬT ĐẤT ĐAI VÀ BỘ LUẬT LAO ĐỘNG')).toBe(
      'Hướng dẫn thi hành Luật Đất đai và Bộ luật Lao động',
    );
    expect(properCase('MỘT SỐ ĐIỀU CỦA PHÁP LỆNH ƯU ĐÃI NGƯỜI CÓ CÔNG')).toBe(
      'Một số điều của Pháp lệnh Ưu đãi người có công',
    );
    expect(properCase('TUYÊN TRUYỀN PHÁP LUẬT, THUÊ LUẬT SƯ VÀ CÁC LUẬT MỚI THEO LUẬT ĐỊNH')).toBe(
      'Tuyên truyền pháp luật, thuê luật sư và các luật mới theo luật định',
    );
  });
  it('writes the regions as names', () => {
    expect(properCase('CÁC TỈNH ĐỒNG BẰNG BẮC BỘ VÀ TÂY NGUYÊN')).toBe(
      'Các tỉnh đồng bằng Bắc Bộ và Tây Nguyên',
    );
  });
});
