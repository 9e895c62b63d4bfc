/**
 * The domain tables of Vietnamese directives (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW):
 * document types and their codes, issuer codes, signing authorities, administrative levels.
 * Data only: every other module reads these tables instead of spelling the words in regexes.
 */

/** One kind of document, with the capitalised heading that names it and its number codes. */
export interface DocumentType {
  /** Display name in Vietnamese, sentence case. */
  name: string;
  /** Codes used in document numbers (`TB` in `495-TB/TU`), canonical spelling. */
  codes: string[];
}

/** Document types, their names and their number codes (van-ban.md §2). */
export const DOCUMENT_TYPES: DocumentType[] = [
  { name: 'Nghị quyết', codes: ['NQ'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Kết luận', codes: ['KL'] },
  { name: 'Quy chế', codes: ['QC'] },
  { name: 'Quy định', codes: ['QyĐ', 'QĐi'] },
  { name: 'Thông cáo', codes: ['TC'] },
  { name: 'Thông tri', codes: ['TT'] },
  { name: 'Thông báo', codes: ['TB'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Chương trình', codes: ['CTr'] },
  { name: 'Kế hoạch', codes: ['KH'] },
  { name: 'Phương án', codes: ['PA'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Dự án', codes: ['DA'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Biên bản', codes: ['BB'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Công điện', codes: ['CĐ'] },
  { name: 'Giấy mời', codes: ['GM'] },
  { name: 'Giấy giới thiệu', codes: ['GGT'] },
  { name: 'Công văn', codes: ['CV'] },
  { name: 'Bản sao', codes: ['SY', 'SL', 'TrS', 'BS'] },
  { name: 'Luật', codes: [] },
  { name: 'Nghị định', codes: ['NĐ'] },
  { name: 'Thông tư', codes: [] },
];

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

/** Administrative levels used as a search filter (cấp); `Thành phố` is the provincial level (tỉnh, thành phố trực thuộc trung ương). */
export type Level = 'Trung ương' | 'Thành phố' | 'Quận-huyện' | 'Phường-xã';

/** All levels, from the top down. */
export const LEVELS: Level[] = ['Trung ương', 'Thành phố', 'Quận-huyện', 'Phường-xã'];

/** Issuer codes (the part after `/` in Party numbers, after the type in state numbers). */
export const ISSUER_CODES: IssuerCode[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương Đảng', level: 'Trung ương', party: true },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', level: 'Trung ương', party: true },
  { code: 'CP', name: 'Chính phủ', level: 'Trung ương', party: false },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', level: 'Trung ương', party: false },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', level: 'Trung ương', party: false },
  { code: 'QH15', name: 'Quốc hội', level: 'Trung ương', party: false },
  { code: 'BCSĐ', name: 'Ban cán sự đảng Ủy ban nhân dân', level: 'Thành phố', party: true, local: true },
  { code: 'TU', name: 'Thành ủy', level: 'Thành phố', party: true, local: true },
  { code: 'VPTU', name: 'Văn phòng Thành ủy', level: 'Thành phố', party: true, local: true },
  { code: 'TỈU', name: 'Tỉnh ủy', level: 'Thành phố', party: true, local: true },
  { code: 'QU', name: 'Quận ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'VPQU', name: 'Văn phòng Quận ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'HU', name: 'Huyện ủy', level: 'Quận-huyện', party: true, local: true },
  { code: 'UBND', name: 'Ủy ban nhân dân', level: 'Thành phố', party: false, local: true },
  { code: 'HĐND', name: 'Hội đồng nhân dân', level: 'Thành phố', party: false, local: true },
  { code: 'VP', name: 'Văn phòng Ủy ban nhân dân', level: 'Thành phố', party: false, local: true },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', level: 'Thành phố', party: false, local: true },
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

/** Abbreviations in header lines, expanded before names are built (`UBND` → `ỦY BAN NHÂN DÂN`). */
export const HEADER_ABBREVIATIONS: Record<string, string> = {
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  TP: 'THÀNH PHỐ',
  'TP.': 'THÀNH PHỐ',
  'Q.': 'QUẬN',
  BCH: 'BAN CHẤP HÀNH',
  MTTQ: 'MẶT TRẬN TỔ QUỐC',
};

/**
 * Bodies as they appear in header lines (upper case, folded for matching), with the display name
 * and level. The first matching entry wins, so longer names come first.
 */
export const HEADER_BODIES: { folded: string; name: string; level: Level; party: boolean }[] = [
  { folded: 'BAN CHAP HANH TRUNG UONG', name: 'Ban Chấp hành Trung ương Đảng', level: 'Trung ương', party: true },
  { folded: 'BAN CAN SU DANG', name: 'Ban cán sự đảng', level: 'Thành phố', party: true },
  { folded: 'BAN THUONG VU', name: 'Ban Thường vụ', level: 'Thành phố', party: true },
  { folded: 'DANG BO', name: 'Đảng bộ', level: 'Thành phố', party: true },
  { folded: 'THANH UY', name: 'Thành ủy', level: 'Thành phố', party: true },
  { folded: 'TINH UY', name: 'Tỉnh ủy', level: 'Thành phố', party: true },
  { folded: 'QUAN UY', name: 'Quận ủy', level: 'Quận-huyện', party: true },
  { folded: 'HUYEN UY', name: 'Huyện ủy', level: 'Quận-huyện', party: true },
  { folded: 'DANG UY', name: 'Đảng ủy', level: 'Phường-xã', party: true },
  { folded: 'UY BAN NHAN DAN', name: 'Ủy ban nhân dân', level: 'Thành phố', party: false },
  { folded: 'HOI DONG NHAN DAN', name: 'Hội đồng nhân dân', level: 'Thành phố', party: false },
  { folded: 'VAN PHONG', name: 'Văn phòng', level: 'Thành phố', party: false },
  { folded: 'CHINH PHU', name: 'Chính phủ', level: 'Trung ương', party: false },
  { folded: 'THU TUONG CHINH PHU', name: 'Thủ tướng Chính phủ', level: 'Trung ương', party: false },
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

/** Words of a signer's title as written in capitals, for sentence-casing (`CHÁNH VĂN PHÒNG`). */
export const TITLE_PROPER_WORDS: Record<string, string> = {
  'VĂN PHÒNG': 'Văn phòng',
  'ỦY BAN NHÂN DÂN': 'Ủy ban nhân dân',
  'BAN THƯỜNG VỤ': 'Ban Thường vụ',
  'BAN CÁN SỰ ĐẢNG': 'Ban cán sự đảng',
};
