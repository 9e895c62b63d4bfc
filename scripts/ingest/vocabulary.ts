/**
 * The domain tables of Vietnamese directives (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW):
 * document types and their codes, issuer codes, signing authorities, administrative levels.
 * Data only: every other module reads these tables instead of spelling the words in regexes.
 */
import type { Level } from '../../src/lib/contract.ts';
import { foldKey } from '../../src/lib/vietnamese.ts';

/** The centrally run cities, folded (`foldKey`): a `thành phố` elsewhere is at a district's level. */
export const CENTRAL_CITIES = new Set(['HA NOI', 'HO CHI MINH', 'HAI PHONG', 'DA NANG', 'CAN THO']);

/** One kind of document, with the capitalised heading that names it and its number codes. */
export interface DocumentType {
  /** Display name in Vietnamese, sentence case. */
  name: string;
  /** Codes used in document numbers (`TB` in `495-TB/TU`), canonical spelling. */
  codes: string[];
  /** Other headings that name it (`KẾT LUẬN THANH TRA` for a `Kết luận`). */
  headings?: string[];
}

/** Document types, their names and their number codes (docs/reading.md, "Types"). */
export const DOCUMENT_TYPES: DocumentType[] = [
  { name: 'Nghị quyết', codes: ['NQ'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Kết luận', codes: ['KL'], headings: ['Kết luận thanh tra', 'Kết luận kiểm tra'] },
  { name: 'Quy chế', codes: ['QC'] },
  { name: 'Quy định', codes: ['QyĐ', 'QĐi'] },
  { name: 'Thông cáo', codes: ['TC'] },
  { name: 'Thông tri', codes: ['TT'] },
  { name: 'Thông báo', codes: ['TB'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Chương trình', codes: ['CTr', 'CTrPH'], headings: ['Chương trình hành động'] },
  { name: 'Kế hoạch', codes: ['KH', 'KHPH', 'KHLT'] },
  { name: 'Phương án', codes: ['PA'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Dự án', codes: ['DA'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Biên bản', codes: ['BB'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Công điện', codes: ['CĐ'] },
  { name: 'Giấy mời', codes: ['GM'] },
  { name: 'Giấy giới thiệu', codes: ['GGT'] },
  { name: 'Giấy ủy quyền', codes: ['GUQ'] },
  { name: 'Giấy nghỉ phép', codes: ['GNP'] },
  { name: 'Giấy phép', codes: ['GP'] },
  { name: 'Bản ghi nhớ', codes: ['BGN'] },
  { name: 'Bản thỏa thuận', codes: ['BTT'] },
  { name: 'Phiếu gửi', codes: ['PG'] },
  { name: 'Công văn', codes: ['CV'] },
  { name: 'Bản sao', codes: ['SY', 'SL', 'TrS', 'BS'] },
  { name: 'Luật', codes: [] },
  { name: 'Nghị định', codes: ['NĐ'] },
  { name: 'Thông tư', codes: [] },
  { name: 'Thông tư liên tịch', codes: ['TTLT'] },
  { name: 'Thể lệ', codes: [] },
  { name: 'Điều lệ', codes: [] },
  { name: 'Quy chế phối hợp', codes: [] },
  // A ministry's consolidation of a text and its amendments (`836/VBHN-BLĐTBXH`), printed under
  // the consolidated text's own heading (`THÔNG TƯ`).
  { name: 'Văn bản hợp nhất', codes: ['VBHN'] },
];

/**
 * Codes of organisations that a Party-form issuer code opens with, before the unit's own code
 * (`TWĐTN-BTG`: Trung ương Đoàn, its Ban Tuyên giáo). Used to put back hyphens lost in conversion.
 */
export const ORGANISATION_CODES = ['TWĐTN', 'TĐTN', 'HĐTN', 'QĐTN', 'TWHSV', 'TWHLHTN'];

/** Generic nouns that introduce a cited number without naming its type (`văn bản số …`). */
export const GENERIC_DOCUMENT_NOUNS = ['văn bản', 'thông báo kết luận'];

/**
 * Issuer codes found after the slash of a number, with the body they name. `local: true` marks a
 * code whose full name takes the locality (`TU` → `Thành ủy Hà Nội`).
 */
export interface IssuerCode {
  code: string;
  name: string;
  level: Level;
  party: boolean;
  local?: boolean;
}

/** Issuer codes (the part after `/` in Party numbers, after the type in state numbers). */
export const ISSUER_CODES: IssuerCode[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương Đảng', level: 'Trung ương', party: true },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', level: 'Trung ương', party: true },
  { code: 'CP', name: 'Chính phủ', level: 'Trung ương', party: false },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', level: 'Trung ương', party: false },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', level: 'Trung ương', party: false },
  { code: 'QH15', name: 'Quốc hội', level: 'Trung ương', party: false },
  { code: 'VKSTC', name: 'Viện kiểm sát nhân dân tối cao', level: 'Trung ương', party: false },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao', level: 'Trung ương', party: false },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', level: 'Trung ương', party: false },
  {
    code: 'BCSĐ',
    name: 'Ban cán sự đảng Ủy ban nhân dân',
    level: 'Thành phố',
    party: true,
    local: true,
  },
  { code: 'TU', name: 'Thành ủy', level: 'Thành phố', party: true, local: true },
  { code: 'VPTU', name: 'Văn phòng Thành ủy', level: 'Thành phố', party: true, local: true },
  { code: 'TỈU', name: 'Tỉnh ủy', level: 'Thành phố', party: true, local: true },
  { code: 'QU', name: 'Quận ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'VPQU', name: 'Văn phòng Quận ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'HU', name: 'Huyện ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'UBND', name: 'Ủy ban nhân dân', level: 'Thành phố', party: false, local: true },
  { code: 'HĐND', name: 'Hội đồng nhân dân', level: 'Thành phố', party: false, local: true },
  { code: 'VP', name: 'Văn phòng Ủy ban nhân dân', level: 'Thành phố', party: false, local: true },
  {
    code: 'MTTQ',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    level: 'Thành phố',
    party: false,
    local: true,
  },
];

/**
 * Spellings of number codes as OCR or typists leave them, folded (no marks, `đ→d`, upper case),
 * mapped to the canonical spelling. Only codes whose folded form is unambiguous belong here
 * (`DA` is both Dự án and Đề án, so it does not).
 */
export const CANONICAL_CODES: Record<string, string> = {
  BCSD: 'BCSĐ',
  CD: 'CĐ',
  QD: 'QĐ',
  ND: 'NĐ',
  HDND: 'HĐND',
  QU: 'QU',
  TTG: 'TTg',
  CTR: 'CTr',
  TTR: 'TTr',
  QYD: 'QyĐ',
  QDI: 'QĐi',
  TRS: 'TrS',
  DDUBMTTQ: 'ĐĐUBMTTQ',
};

/** Signing authorities that open a signature block (`TM.`, `T/M`, …), canonical form first. */
export const SIGNING_AUTHORITIES: { canonical: string; meaning: string; forms: string[] }[] = [
  { canonical: 'TM.', meaning: 'thay mặt', forms: ['TM.', 'T/M', 'TM'] },
  { canonical: 'KT.', meaning: 'ký thay', forms: ['KT.', 'K/T', 'KT'] },
  { canonical: 'TL.', meaning: 'thừa lệnh', forms: ['TL.', 'T/L', 'TL'] },
  { canonical: 'TUQ.', meaning: 'thừa ủy quyền', forms: ['TUQ.', 'T/UQ'] },
  { canonical: 'Q.', meaning: 'quyền', forms: ['Q.'] },
];

/** Kinds of copy block (`SAO LỤC` …): the copy is metadata of the document it copies. */
export const COPY_KINDS = ['SAO Y BẢN CHÍNH', 'SAO Y', 'SAO LỤC', 'TRÍCH SAO'];

/** Headings of the national and Party mottos that sit at the top right of a header. */
export const MOTTOS = {
  state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  party: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
};

/**
 * Header lines printed the same on thousands of documents, which a broken font or a bad scan can
 * garble (`BAN CHAPHÅNH iRrNG UONG`): the header reader recognises them within two letters.
 */
export const PRINTED_HEADER_LINES = [
  'BAN CHẤP HÀNH TRUNG ƯƠNG',
  'ĐOÀN TNCS HỒ CHÍ MINH',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'MẶT TRẬN TỔ QUỐC VIỆT NAM',
];

/** Administrative unit words that precede a place name (`QUẬN HAI BÀ TRƯNG`). */
export const UNIT_WORDS: { words: string; name: string; level: Level }[] = [
  { words: 'THÀNH PHỐ', name: 'thành phố', level: 'Thành phố' },
  { words: 'TP.', name: 'thành phố', level: 'Thành phố' },
  { words: 'TP', name: 'thành phố', level: 'Thành phố' },
  { words: 'TỈNH', name: 'tỉnh', level: 'Thành phố' },
  { words: 'QUẬN', name: 'quận', level: 'Quận-huyện' },
  { words: 'HUYỆN', name: 'huyện', level: 'Quận-huyện' },
  { words: 'THỊ XÃ', name: 'thị xã', level: 'Quận-huyện' },
  { words: 'PHƯỜNG', name: 'phường', level: 'Phường-xã' },
  { words: 'XÃ', name: 'xã', level: 'Phường-xã' },
  { words: 'THỊ TRẤN', name: 'thị trấn', level: 'Phường-xã' },
];

/**
 * Mass organisations that print their name at the top right of a header, where a state document
 * has its motto (`ĐOÀN TNCS HỒ CHÍ MINH`): the folded forms, and the name their bodies take.
 */
export const ORGANISATIONS: { name: string; mottos: string[] }[] = [
  {
    name: 'Đoàn TNCS Hồ Chí Minh',
    mottos: [
      'DOAN TNCS HO CHI MINH',
      'DOAN TN CS HO CHI MINH',
      'DOAN THANH NIEN CONG SAN HO CHI MINH',
    ],
  },
];

/**
 * Header words OCR misreads with another tone mark, as a scan's small capitals make them
 * (`TÍNH ỦY LÀO CAI`, `ĐÁNG BỘ`): read as printed on every paper. Neither misreading opens or
 * holds a body's name in capitals.
 */
export const HEADER_MARK_SLIPS: Record<string, string> = {
  TÍNH: 'TỈNH',
  ĐÁNG: 'ĐẢNG',
};

/**
 * Words of a company's trade (`khai thác`, `xây dựng`): a company whose name after its legal form
 * holds none of them is named by a proper name (`CÔNG TY TNHH ĐẠI ĐỒNG TIẾN` → `Đại Đồng Tiến`).
 */
export const COMPANY_TRADE_WORDS = [
  'khai thác',
  'xây dựng',
  'thương mại',
  'dịch vụ',
  'đầu tư',
  'phát triển',
  'sản xuất',
  'công trình',
  'thủy lợi',
  'thuỷ lợi',
  'môi trường',
  'điện',
  'điện lực',
  'cấp nước',
  'thoát nước',
  'vận tải',
  'du lịch',
  'xuất nhập khẩu',
  'tư vấn',
  'kỹ thuật',
  'công nghệ',
  'xổ số',
  'kiến thiết',
  'lâm nghiệp',
  'nông nghiệp',
  'khoáng sản',
  'xi măng',
  'vật liệu',
  'dược',
  'thiết bị',
  'bảo hiểm',
  'chứng khoán',
  'bất động sản',
  'đô thị',
  'giao thông',
  'quản lý',
  'kinh doanh',
  'thực phẩm',
  'cây xanh',
  'chiếu sáng',
  'in',
  'sách',
  'may',
  'nước sạch',
  'lương thực',
  'cao su',
  'than',
];

/** Abbreviations in header lines, expanded before names are built (`UBND` → `ỦY BAN NHÂN DÂN`). */
export const HEADER_ABBREVIATIONS: Record<string, string> = {
  CQ: 'CƠ QUAN',
  TW: 'TRUNG ƯƠNG',
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  TP: 'THÀNH PHỐ',
  'TP.': 'THÀNH PHỐ',
  'Q.': 'QUẬN',
  'TX.': 'THỊ XÃ',
  TX: 'THỊ XÃ',
  BCH: 'BAN CHẤP HÀNH',
  MTTQ: 'MẶT TRẬN TỔ QUỐC',
  // Mass organisations, shortened on their header lines (`HỘI LHPN TỈNH …`, `LĐLĐ HUYỆN …`).
  LHPN: 'LIÊN HIỆP PHỤ NỮ',
  CCB: 'CỰU CHIẾN BINH',
  LĐLĐ: 'LIÊN ĐOÀN LAO ĐỘNG',
  TLĐLĐ: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG',
  // A department's field, shortened on its header line (`SỞ NÔNG NGHIỆP VÀ PTNT`, `PHÒNG GD&ĐT`).
  PTNT: 'PHÁT TRIỂN NÔNG THÔN',
  'NN&PTNT': 'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
  'GD&ĐT': 'GIÁO DỤC VÀ ĐÀO TẠO',
  GDĐT: 'GIÁO DỤC VÀ ĐÀO TẠO',
  'TN&MT': 'TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  'KH&ĐT': 'KẾ HOẠCH VÀ ĐẦU TƯ',
  'KH&CN': 'KHOA HỌC VÀ CÔNG NGHỆ',
  'TT&TT': 'THÔNG TIN VÀ TRUYỀN THÔNG',
  'LĐ-TB&XH': 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'LĐTB&XH': 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'VH,TT&DL': 'VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  'VHTT&DL': 'VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  GTVT: 'GIAO THÔNG VẬN TẢI',
};

/** A body as it appears in header lines (upper case, folded for matching). */
export interface HeaderBody {
  folded: string;
  name: string;
  level: Level;
  party: boolean;
  /** A complete name: nothing after it is a place (`VĂN PHÒNG CHÍNH PHỦ`). */
  whole?: boolean;
  /** Named after the body above it (`THÀNH ỦY HÀ NỘI` / `VĂN PHÒNG` → `Văn phòng Thành ủy Hà Nội`). */
  part?: boolean;
  /** The rest of the line describes it (`BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH …`), it is not a place. */
  described?: boolean;
  /** The rest of the line names its fields, each capitalised (`CƠ QUAN TỔ CHỨC - NỘI VỤ` → `Cơ quan Tổ chức - Nội vụ`). */
  fields?: boolean;
  /** The rest of the line is a proper name, in title case (`BÁO SÀI GÒN GIẢI PHÓNG` → `Báo Sài Gòn Giải Phóng`). */
  titled?: boolean;
}

/** Bodies of header lines. The longest matching name wins, whatever the order here. */
export const HEADER_BODIES: HeaderBody[] = [
  {
    folded: 'BAN CHAP HANH TRUNG UONG',
    name: 'Ban Chấp hành Trung ương Đảng',
    level: 'Trung ương',
    party: true,
    whole: true,
  },
  {
    folded: 'BAN CHAP HANH TRUNG UONG DANG',
    name: 'Ban Chấp hành Trung ương Đảng',
    level: 'Trung ương',
    party: true,
    whole: true,
  },
  { folded: 'BO CHINH TRI', name: 'Bộ Chính trị', level: 'Trung ương', party: true, whole: true },
  { folded: 'BAN BI THU', name: 'Ban Bí thư', level: 'Trung ương', party: true, whole: true },
  {
    folded: 'VAN PHONG TRUNG UONG DANG',
    name: 'Văn phòng Trung ương Đảng',
    level: 'Trung ương',
    party: true,
    whole: true,
  },
  { folded: 'CHINH PHU', name: 'Chính phủ', level: 'Trung ương', party: false, whole: true },
  {
    folded: 'THU TUONG CHINH PHU',
    name: 'Thủ tướng Chính phủ',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  {
    folded: 'VAN PHONG CHINH PHU',
    name: 'Văn phòng Chính phủ',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  { folded: 'QUOC HOI', name: 'Quốc hội', level: 'Trung ương', party: false, whole: true },
  {
    folded: 'UY BAN THUONG VU QUOC HOI',
    name: 'Ủy ban Thường vụ Quốc hội',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  {
    folded: 'VAN PHONG QUOC HOI',
    name: 'Văn phòng Quốc hội',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  {
    folded: 'VAN PHONG CHU TICH NUOC',
    name: 'Văn phòng Chủ tịch nước',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  { folded: 'BAN CAN SU DANG', name: 'Ban cán sự đảng', level: 'Thành phố', party: true },
  { folded: 'BAN THUONG VU', name: 'Ban Thường vụ', level: 'Thành phố', party: true },
  { folded: 'DANG DOAN', name: 'Đảng đoàn', level: 'Thành phố', party: true },
  { folded: 'DANG BO', name: 'Đảng bộ', level: 'Thành phố', party: true },
  { folded: 'THANH UY', name: 'Thành ủy', level: 'Thành phố', party: true },
  { folded: 'TINH UY', name: 'Tỉnh ủy', level: 'Thành phố', party: true },
  { folded: 'QUAN UY', name: 'Quận ủy', level: 'Quận-huyện', party: true },
  { folded: 'HUYEN UY', name: 'Huyện ủy', level: 'Quận-huyện', party: true },
  // The Youth Union's committees, named like the Party's (`TỈNH ĐOÀN QUẢNG NAM`).
  { folded: 'TINH DOAN', name: 'Tỉnh đoàn', level: 'Thành phố', party: false },
  { folded: 'THANH DOAN', name: 'Thành đoàn', level: 'Thành phố', party: false },
  { folded: 'HUYEN DOAN', name: 'Huyện đoàn', level: 'Quận-huyện', party: false },
  { folded: 'BAN CHAP HANH DOAN', name: 'Ban Chấp hành Đoàn', level: 'Thành phố', party: false },
  { folded: 'THI UY', name: 'Thị ủy', level: 'Quận-huyện', party: true },
  { folded: 'DANG UY', name: 'Đảng ủy', level: 'Phường-xã', party: true },
  { folded: 'CHI BO', name: 'Chi bộ', level: 'Phường-xã', party: true },
  { folded: 'BAN TUYEN GIAO', name: 'Ban Tuyên giáo', level: 'Thành phố', party: true, part: true },
  { folded: 'BAN TO CHUC', name: 'Ban Tổ chức', level: 'Thành phố', party: true, part: true },
  { folded: 'BAN DAN VAN', name: 'Ban Dân vận', level: 'Thành phố', party: true, part: true },
  { folded: 'BAN NOI CHINH', name: 'Ban Nội chính', level: 'Thành phố', party: true, part: true },
  {
    folded: 'UY BAN KIEM TRA',
    name: 'Ủy ban Kiểm tra',
    level: 'Thành phố',
    party: true,
    part: true,
  },
  { folded: 'VAN PHONG', name: 'Văn phòng', level: 'Thành phố', party: false, part: true },
  // The office of a Party committee's merged departments (`CƠ QUAN TỔ CHỨC - NỘI VỤ`).
  {
    folded: 'CO QUAN',
    name: 'Cơ quan',
    level: 'Thành phố',
    party: false,
    part: true,
    fields: true,
  },
  // The standing committee of a council or a Party committee (`HĐND HUYỆN …` / `THƯỜNG TRỰC`).
  { folded: 'THUONG TRUC', name: 'Thường trực', level: 'Thành phố', party: false, part: true },
  {
    folded: 'BAN THUONG TRUC',
    name: 'Ban Thường trực',
    level: 'Thành phố',
    party: false,
    part: true,
  },
  { folded: 'UY BAN NHAN DAN', name: 'Ủy ban nhân dân', level: 'Thành phố', party: false },
  { folded: 'HOI DONG NHAN DAN', name: 'Hội đồng nhân dân', level: 'Thành phố', party: false },
  {
    folded: 'UY BAN MAT TRAN TO QUOC VIET NAM',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    level: 'Thành phố',
    party: false,
  },
  { folded: 'CONG AN', name: 'Công an', level: 'Thành phố', party: false },
  // National bodies with a branch in each province (`BẢO HIỂM XÃ HỘI VIỆT NAM` / `BẢO HIỂM XÃ HỘI`
  // / `TỈNH …`): the branch is named with its place, the whole body is central.
  {
    folded: 'NGAN HANG NHA NUOC VIET NAM',
    name: 'Ngân hàng Nhà nước Việt Nam',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  {
    folded: 'BAO HIEM XA HOI VIET NAM',
    name: 'Bảo hiểm xã hội Việt Nam',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  { folded: 'BAO HIEM XA HOI', name: 'Bảo hiểm xã hội', level: 'Thành phố', party: false },
  { folded: 'KHO BAC NHA NUOC', name: 'Kho bạc Nhà nước', level: 'Thành phố', party: false },
  // Courts and procuracies: a place follows (`TÒA ÁN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`), or they are
  // the supreme ones.
  { folded: 'TOA AN NHAN DAN', name: 'Tòa án nhân dân', level: 'Thành phố', party: false },
  {
    folded: 'VIEN KIEM SAT NHAN DAN',
    name: 'Viện kiểm sát nhân dân',
    level: 'Thành phố',
    party: false,
  },
  {
    folded: 'TOA AN NHAN DAN TOI CAO',
    name: 'Tòa án nhân dân tối cao',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  {
    folded: 'VIEN KIEM SAT NHAN DAN TOI CAO',
    name: 'Viện kiểm sát nhân dân tối cao',
    level: 'Trung ương',
    party: false,
    whole: true,
  },
  { folded: 'BAN CHI DAO', name: 'Ban Chỉ đạo', level: 'Thành phố', party: false, described: true },
  // A school: its level, then its proper name (`TRƯỜNG THPT LƯƠNG NGỌC QUYẾN`).
  { folded: 'TRUONG THPT', name: 'Trường THPT', level: 'Thành phố', party: false, titled: true },
  { folded: 'TRUONG THCS', name: 'Trường THCS', level: 'Quận-huyện', party: false, titled: true },
  {
    folded: 'TRUONG TIEU HOC',
    name: 'Trường Tiểu học',
    level: 'Quận-huyện',
    party: false,
    titled: true,
  },
  {
    folded: 'TRUONG MAM NON',
    name: 'Trường Mầm non',
    level: 'Quận-huyện',
    party: false,
    titled: true,
  },
  { folded: 'BAO', name: 'Báo', level: 'Thành phố', party: false, titled: true },
  { folded: 'TAP CHI', name: 'Tạp chí', level: 'Thành phố', party: false, titled: true },
  { folded: 'SO CHI HUY', name: 'Sở Chỉ huy', level: 'Thành phố', party: false, described: true },
];

/**
 * Place names as OCR leaves them (folded) with their correct spelling. OCR drops the horn of
 * `Ư` in `TRƯNG`; a folded match restores it.
 */
export const PLACE_NAMES: Record<string, string> = {
  'HA NOI': 'Hà Nội',
  'HAI BA TRUNG': 'Hai Bà Trưng',
  'HOAN KIEM': 'Hoàn Kiếm',
  'BA DINH': 'Ba Đình',
  'DONG DA': 'Đống Đa',
  'CAU GIAY': 'Cầu Giấy',
  'HO CHI MINH': 'Hồ Chí Minh',
  'HAI PHONG': 'Hải Phòng',
  'DA NANG': 'Đà Nẵng',
  'CAN THO': 'Cần Thơ',
};

/**
 * Names and abbreviations as they are spelled inside a sentence. Text written in capitals (a
 * heading, a signature block) is put in sentence case, then these get their capitals back:
 * `PHÓ BÍ THƯ THƯỜNG TRỰC` → `Phó Bí thư Thường trực`, `CỦA BỘ CHÍNH TRỊ` → `của Bộ Chính trị`.
 */
export const PROPER_NAMES: string[] = [
  // The homeland and the countries a title names (`bảo vệ Tổ quốc`, `giúp bạn Lào`); `Pháp` and
  // `Mỹ` only in the wars' names, being common syllables elsewhere (`biện pháp`, `mỹ thuật`).
  'Tổ quốc',
  'Căm-pu-chi-a',
  'Campuchia',
  'Lào',
  'Trung Quốc',
  'Hoa Kỳ',
  'Nhật Bản',
  'Hàn Quốc',
  'Thái Lan',
  'kháng chiến chống Pháp',
  'kháng chiến chống Mỹ',
  'chống Mỹ cứu nước',
  'Ban Chấp hành Trung ương Đảng',
  'Văn phòng Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Thường vụ',
  'Thường trực',
  'Ban cán sự đảng',
  'Đảng đoàn',
  'Đảng ủy',
  'Thành ủy',
  'Tỉnh ủy',
  'Quận ủy',
  'Huyện ủy',
  'Thị ủy',
  'Nhà nước',
  'Chính phủ',
  'Thủ tướng',
  'Thống đốc',
  'Ngân hàng Nhà nước Việt Nam',
  'Ngân hàng Nhà nước',
  'Bảo hiểm xã hội Việt Nam',
  'Kho bạc Nhà nước',
  'Quốc hội',
  'Chủ tịch nước',
  'Trung ương',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Tòa án nhân dân tối cao',
  'Viện kiểm sát nhân dân tối cao',
  'Văn phòng',
  'Ban Chỉ đạo',
  'Sở Chỉ huy',
  'Bộ Chỉ huy Quân sự',
  'Ban Chỉ huy Quân sự',
  'Bí thư',
  'Chủ tịch',
  'Chủ nhiệm',
  'Bộ trưởng',
  'Thứ trưởng',
  'Giám đốc',
  'Tổng Giám đốc',
  'Chánh Văn phòng',
  'Tổng Bí thư',
  'Trưởng ban',
  'Việt Nam',
  'COVID-19',
  'Ban Bí thư',
  'Ban Chấp hành',
  'Đoàn TNCS Hồ Chí Minh',
  'Trung ương Đoàn',
  'Hồ Chí Minh',
  // The President as the people name him (`ĐỜI ĐỜI NHỚ ƠN BÁC HỒ`).
  'Bác Hồ',
  'TNCS',
  'Quy chế dân chủ',
  'UBND',
  'HĐND',
  'MTTQ',
  'TW',
  'TP',
  'BCĐ',
  'BCH',
  'QH15',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Hội Liên hiệp Phụ nữ Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Hội LHPN',
  'LHPN',
  'Tổng Liên đoàn Lao động Việt Nam',
  'Liên đoàn Lao động',
  'LĐLĐ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Ban Thường trực',
  'Đảng bộ',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Huyện đoàn',
  'Quận đoàn',
  'Thị đoàn',
  'Phó Thủ tướng',
  'Phó Chủ tịch',
  'Phó Bí thư',
  'Phó Giám đốc',
  'Bắc Bộ',
  'Trung Bộ',
  'Nam Bộ',
  'Tây Nguyên',
  'Tây Bắc',
  'Đồng bằng sông Cửu Long',
  'Đồng bằng sông Hồng',
];

/** Document types that, followed by `số` and a number, name one document (`Chỉ thị số 19/CT-TTg`). */
export const NAMED_BY_NUMBER: string[] = [
  'chỉ thị',
  'quyết định',
  'nghị quyết',
  'nghị định',
  'thông tư',
  'kế hoạch',
  'kết luận',
  'công văn',
  'thông báo',
  'hướng dẫn',
  'quy định',
  'công điện',
  'chương trình',
  'báo cáo',
  'tờ trình',
  'đề án',
  'quy chế',
  'luật',
  'pháp lệnh',
  'thông tri',
  'chỉ đạo',
];

/**
 * The provinces and centrally run cities, folded, with their spelling. Some are also common words
 * (`hòa bình`, `thái bình`), so in running text they are names only after `tỉnh`, `thành phố`.
 */
export const PROVINCE_NAMES: Record<string, string> = Object.fromEntries(
  [
    'An Giang',
    'Bà Rịa - Vũng Tàu',
    'Bắc Giang',
    'Bắc Kạn',
    'Bạc Liêu',
    'Bắc Ninh',
    'Bến Tre',
    'Bình Định',
    'Bình Dương',
    'Bình Phước',
    'Bình Thuận',
    'Cà Mau',
    'Cần Thơ',
    'Cao Bằng',
    'Đà Nẵng',
    'Đắk Lắk',
    'Đắk Nông',
    'Điện Biên',
    'Đồng Nai',
    'Đồng Tháp',
    'Gia Lai',
    'Hà Giang',
    'Hà Nam',
    'Hà Nội',
    'Hà Tĩnh',
    'Hải Dương',
    'Hải Phòng',
    'Hậu Giang',
    'Hòa Bình',
    'Hồ Chí Minh',
    'Hưng Yên',
    'Khánh Hòa',
    'Kiên Giang',
    'Kon Tum',
    'Lai Châu',
    'Lâm Đồng',
    'Lạng Sơn',
    'Lào Cai',
    'Long An',
    'Nam Định',
    'Nghệ An',
    'Ninh Bình',
    'Ninh Thuận',
    'Phú Thọ',
    'Phú Yên',
    'Quảng Bình',
    'Quảng Nam',
    'Quảng Ngãi',
    'Quảng Ninh',
    'Quảng Trị',
    'Sóc Trăng',
    'Sơn La',
    'Tây Ninh',
    'Thái Bình',
    'Thái Nguyên',
    'Thanh Hóa',
    'Thừa Thiên Huế',
    'Huế',
    'Tiền Giang',
    'Trà Vinh',
    'Tuyên Quang',
    'Vĩnh Long',
    'Vĩnh Phúc',
    'Yên Bái',
  ].map((name) => [foldKey(name), name]),
);

/**
 * Fields of ministries (Bộ), city departments (Sở) and district offices (Phòng), folded, with
 * their spelling: `Y TẾ` → `Y tế` gives `Bộ Y tế`, `Sở Y tế`, `Phòng Y tế`.
 */
export const AGENCY_FIELDS: Record<string, string> = {
  'VAN HOA VA THONG TIN': 'Văn hóa và Thông tin',
  'TAI CHINH - KE HOACH': 'Tài chính - Kế hoạch',
  'KINH TE': 'Kinh tế',
  'KINH TE VA HA TANG': 'Kinh tế và Hạ tầng',
  'QUAN LY DO THI': 'Quản lý đô thị',
  'Y TE': 'Y tế',
  'CONG AN': 'Công an',
  'QUOC PHONG': 'Quốc phòng',
  'TAI CHINH': 'Tài chính',
  'NOI VU': 'Nội vụ',
  'TU PHAP': 'Tư pháp',
  'NGOAI GIAO': 'Ngoại giao',
  'XAY DUNG': 'Xây dựng',
  'CONG THUONG': 'Công Thương',
  'DU LICH': 'Du lịch',
  'GIAO DUC VA DAO TAO': 'Giáo dục và Đào tạo',
  // `PHÒNG GIÁO DỤC-ĐÀO TẠO`: the same office, its `và` written as a dash.
  'GIAO DUC - DAO TAO': 'Giáo dục và Đào tạo',
  'GIAO THONG VAN TAI': 'Giao thông vận tải',
  'KE HOACH VA DAU TU': 'Kế hoạch và Đầu tư',
  'KHOA HOC VA CONG NGHE': 'Khoa học và Công nghệ',
  'LAO DONG - THUONG BINH VA XA HOI': 'Lao động - Thương binh và Xã hội',
  'NONG NGHIEP VA PHAT TRIEN NONG THON': 'Nông nghiệp và Phát triển nông thôn',
  // The ministries and departments of the 2025 merger.
  'NONG NGHIEP VA MOI TRUONG': 'Nông nghiệp và Môi trường',
  'DAN TOC VA TON GIAO': 'Dân tộc và Tôn giáo',
  'TAI NGUYEN VA MOI TRUONG': 'Tài nguyên và Môi trường',
  'THONG TIN VA TRUYEN THONG': 'Thông tin và Truyền thông',
  'VAN HOA, THE THAO VA DU LICH': 'Văn hóa, Thể thao và Du lịch',
  'VAN HOA VA THE THAO': 'Văn hóa và Thể thao',
  'QUY HOACH - KIEN TRUC': 'Quy hoạch - Kiến trúc',
};

/**
 * Vietnamese family names as written: a signer's name opens with one of them (`Nguyễn Tường Lâm`),
 * which tells a name from a place (`Quảng Trị`) or a phrase in title case. Written with their
 * marks, since folding would let `Quảng` pass for `Quang`. A name not opening with one is still
 * read where the layout leaves no doubt (the line right under a signature's title).
 */
export const FAMILY_NAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Đoàn Doãn Lâm Mai Trịnh ' +
    'Lương Cao Hà Tạ Tống Thái Chu Chử Kiều Khuất Lưu Lục La Lã Mạc Nghiêm Quách Tô Tăng Thân Vương Viên Ông Âu ' +
    'Bạch Bành Cấn Châu Chung Cù Đàm Diệp Đồng Giang Hàn Hầu Hứa Khổng Khúc Kim Lạnh Long Mã Ma Mạnh Ninh Nông ' +
    'Phí Phùng Quan Quản Sầm Thạch Thiều Tiêu Triệu Ứng Văn Vi Vy Xa Yên Lộc Lò Lường Cầm Bế Hoa Điêu Đậu Du ' +
    'Giáp Kha Lại Liêu Mẫu Ngân Nhan Phó Quang Sử Thang Tiết Tôn Trúc Từ Uông Đào Ngụy Giàng Sùng Thào Vừ Hạng ' +
    'Bàn Lục Đường Mông Nhâm Âu Dư Đậu Hồng Khương Kiều Lỗ Lư Mã Ôn Phương Phương Sơn Tào Thi Trang Trình Vòng ' +
    'Vàng Hờ Lầu Mùa Sình Tòng Quàng Ly Lù Chảo Tẩn Phàn Ksor Siu Điểu'
  ).split(' '),
);

/**
 * The commonest family names that are no common word in a title (`Hà`, `Đoàn`, `Lâm` are left
 * out: `Giám đốc lâm trường`): a person's name inside a title in capitals opens with one of them
 * (`… CỦA PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC TẠI …`).
 */
export const TITLE_FAMILY_NAMES: string[] = [...FAMILY_NAMES].filter((name) =>
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Trịnh Lương Tạ Tống Chử Khuất Lưu Quách Vương Triệu Đào Nghiêm Phùng'
    .split(' ')
    .includes(name),
);
