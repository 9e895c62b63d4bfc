/**
 * A generated corpus for benchmarks: source texts shaped like the seeds (header, number, date,
 * title, citations of earlier documents, body, recipients, signature) on mixed subjects. A share of
 * the documents (`covidShare`) take their body from the seeds' paragraphs; the others are made
 * from sentence templates on other subjects of local government, so words are spread the way they
 * are in a real archive rather than present in every document.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './random.ts';

const SUBJECTS: { name: string; words: string[] }[] = [
  {
    name: 'đất đai',
    words: [
      'giải phóng mặt bằng',
      'cấp giấy chứng nhận quyền sử dụng đất',
      'thu hồi đất',
      'bồi thường, hỗ trợ tái định cư',
      'quy hoạch sử dụng đất',
      'đấu giá quyền sử dụng đất',
    ],
  },
  {
    name: 'xây dựng',
    words: [
      'trật tự xây dựng',
      'cấp phép xây dựng',
      'công trình vi phạm',
      'nhà ở xã hội',
      'chung cư cũ',
      'hạ tầng kỹ thuật',
    ],
  },
  {
    name: 'giáo dục',
    words: [
      'tuyển sinh đầu cấp',
      'kỳ thi tốt nghiệp trung học phổ thông',
      'cơ sở vật chất trường học',
      'đội ngũ giáo viên',
      'chương trình giáo dục phổ thông mới',
      'phổ cập giáo dục',
    ],
  },
  {
    name: 'giao thông',
    words: [
      'ùn tắc giao thông',
      'an toàn giao thông',
      'vận tải hành khách công cộng',
      'bãi đỗ xe',
      'tuyến đường sắt đô thị',
      'xử lý vi phạm hành lang giao thông',
    ],
  },
  {
    name: 'môi trường',
    words: [
      'thu gom rác thải',
      'ô nhiễm không khí',
      'xử lý nước thải',
      'cây xanh đô thị',
      'bảo vệ nguồn nước',
      'làng nghề',
    ],
  },
  {
    name: 'tài chính',
    words: [
      'dự toán ngân sách',
      'giải ngân vốn đầu tư công',
      'thu ngân sách',
      'quyết toán',
      'tiết kiệm chi thường xuyên',
      'mua sắm tài sản công',
    ],
  },
  {
    name: 'cải cách hành chính',
    words: [
      'thủ tục hành chính',
      'dịch vụ công trực tuyến',
      'một cửa liên thông',
      'chữ ký số',
      'chuyển đổi số',
      'chỉ số hài lòng',
    ],
  },
  {
    name: 'an ninh trật tự',
    words: [
      'phòng cháy, chữa cháy',
      'tội phạm ma túy',
      'tệ nạn xã hội',
      'quản lý cư trú',
      'an ninh mạng',
      'khiếu nại, tố cáo',
    ],
  },
  {
    name: 'văn hóa',
    words: [
      'lễ hội truyền thống',
      'di tích lịch sử',
      'nếp sống văn minh',
      'thể thao quần chúng',
      'thư viện',
      'gia đình văn hóa',
    ],
  },
  {
    name: 'công tác cán bộ',
    words: [
      'bổ nhiệm cán bộ',
      'đánh giá, xếp loại',
      'kiểm điểm tập thể',
      'đại hội chi bộ',
      'kết nạp đảng viên',
      'luân chuyển cán bộ',
    ],
  },
];
const BODIES = [
  'Ủy ban nhân dân các quận, huyện, thị xã',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Giao thông vận tải',
  'Công an Thành phố',
  'Sở Tài nguyên và Môi trường',
  'Sở Nội vụ',
  'Ban Tổ chức Thành ủy',
  'Văn phòng Ủy ban nhân dân Thành phố',
];
const VERBS = [
  'chủ trì, phối hợp',
  'khẩn trương rà soát',
  'tăng cường kiểm tra',
  'xây dựng kế hoạch',
  'tổng hợp, báo cáo',
  'tổ chức thực hiện',
  'đôn đốc, hướng dẫn',
  'tham mưu đề xuất',
];
const ENDS = [
  'trước ngày 30 hằng tháng',
  'theo đúng quy định',
  'bảo đảm tiến độ, chất lượng',
  'trên địa bàn Thành phố',
  'trong quý tới',
  'báo cáo kết quả về Ủy ban nhân dân Thành phố',
];
const PEOPLE = [
  'Trần Anh Tuấn',
  'Nguyễn Thị Tuyền',
  'Chu Ngọc Anh',
  'Lê Hồng Sơn',
  'Nguyễn Mạnh Quyền',
  'Hà Minh Hải',
  'Nguyễn Văn Nam',
  'Trịnh Xuân Cường',
  'Phạm Thị Thu Huyền',
  'Nguyễn Quang Trung',
  'Đỗ Đình Hồng',
  'Vũ Thu Hà',
  'Lê Văn Thành',
  'Hoàng Minh Dũng',
  'Đặng Thị Phương',
  'Bùi Quang Huy',
];
const KINDS = [
  {
    heading: 'THÔNG BÁO',
    code: 'TB',
    party: true,
    issuer: ['THÀNH ỦY HÀ NỘI', 'VĂN PHÒNG'],
    unit: 'TU',
    citeWord: 'Thông báo',
  },
  {
    heading: 'QUYẾT ĐỊNH',
    code: 'QĐ',
    party: false,
    issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'],
    unit: 'UBND',
    citeWord: 'Quyết định',
  },
  {
    heading: 'KẾ HOẠCH',
    code: 'KH',
    party: false,
    issuer: ['ỦY BAN NHÂN DÂN', 'QUẬN HAI BÀ TRƯNG'],
    unit: 'UBND',
    citeWord: 'Kế hoạch',
  },
  {
    heading: 'CHỈ THỊ',
    code: 'CT',
    party: true,
    issuer: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'QUẬN ỦY ĐỐNG ĐA'],
    unit: 'QU',
    citeWord: 'Chỉ thị',
  },
  {
    heading: 'BÁO CÁO',
    code: 'BC',
    party: false,
    issuer: ['ỦY BAN NHÂN DÂN', 'QUẬN CẦU GIẤY'],
    unit: 'UBND',
    citeWord: 'Báo cáo',
  },
];

/** Writes `count` source texts into `dir`; `covidShare` of them have bodies from the seeds. */
export function generateCorpus(
  dir: string,
  seedsDir: string,
  count: number,
  covidShare: number,
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seedParagraphs = readdirSync(seedsDir)
    .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 120 && !/^Số|Nơi nhận|^\*\*/.test(p));
  const rand = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const issued: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const subject = pick(SUBJECTS);
    const covid = rand() < covidShare;
    const year = 2015 + Math.floor(rand() * 10);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const number = kind.party
      ? `${i + 1}-${kind.code}/${kind.unit}`
      : `${i + 1}/${kind.code}-${kind.unit}`;
    const cited = issued.length > 0 ? [pick(issued), pick(issued)] : [];
    issued.push(`${kind.citeWord} số ${number} ngày ${day}/${month}/${year}`);
    const topic = covid ? 'phòng, chống dịch Covid-19' : `${subject.name}: ${pick(subject.words)}`;
    const body = covid
      ? Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(seedParagraphs))
      : Array.from({ length: 4 + Math.floor(rand() * 6) }, (_, k) => {
          const sentences = Array.from(
            { length: 2 + Math.floor(rand() * 3) },
            () =>
              `${pick(BODIES)} ${pick(VERBS)} về ${pick(subject.words)}, ${pick(subject.words)} ${pick(ENDS)}.`,
          );
          return `${k + 1}. ${sentences.join(' ')}${rand() < 0.2 ? ` Đồng chí ${pick(PEOPLE)} chỉ đạo trực tiếp.` : ''}`;
        });
    const text = [
      ...kind.issuer,
      '',
      kind.party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      `Hà Nội, ngày ${day} tháng ${month} năm ${year}`,
      '',
      `Số ${number}`,
      '',
      kind.heading,
      `Về ${pick(['tăng cường', 'triển khai', 'đẩy mạnh', 'kiểm tra'])} công tác ${topic}`,
      '',
      ...cited.map((c) => `Thực hiện ${c}, các đơn vị triển khai các nhiệm vụ sau.\n`),
      ...body.map((p) => `${p}\n`),
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      'T/L BAN THƯỜNG VỤ',
      'CHÁNH VĂN PHÒNG',
      '',
      pick(PEOPLE),
    ].join('\n');
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
}
