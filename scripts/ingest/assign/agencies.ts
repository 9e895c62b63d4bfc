/**
 * Agencies as directives name them: the words that open an agency's name (`Sở`, `Công an`,
 * `UBND`, `Trung tâm`…), the fields that follow a department or a ministry (`Y tế`, `Lao động -
 * Thương binh và Xã hội`), the collective names (`UBND các quận, huyện, thị xã`, `các sở, ngành
 * liên quan`), and people (`đồng chí Chử Xuân Dũng`). The tables are data: add a row to add a
 * name. An agency not in them is kept as written, from its opening word to the first word that
 * cannot belong to a name.
 */
import { foldKey, foldLower } from '../../../src/lib/vietnamese.ts';
import { CENTRAL_CITIES } from '../vocabulary.ts';
import { toneless } from '../text.ts';

/** The fields of departments (`Sở …`), ministries (`Bộ …`) and district offices (`Phòng …`). */
export const FIELDS = [
  'Y tế',
  'Tài chính',
  'Giáo dục và Đào tạo',
  'Giáo dục - Đào tạo',
  'Lao động - Thương binh và Xã hội',
  'Thông tin và Truyền thông',
  'Văn hóa và Thông tin',
  'Văn hóa - Thông tin và Thể thao',
  'Văn hóa - Thông tin',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa - Thể thao và Truyền thông',
  'Văn hóa, Thể thao và Truyền thông',
  'Văn hóa và Thể thao',
  'Du lịch',
  'Giao thông vận tải',
  'Giao thông - Vận tải',
  'Công Thương',
  'Xây dựng',
  'Kế hoạch và Đầu tư',
  'Nội vụ',
  'Tư pháp',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Khoa học và Công nghệ',
  'Ngoại vụ',
  'Ngoại giao',
  'Quy hoạch - Kiến trúc',
  'Quốc phòng',
  'Công an',
  'Kinh tế',
  'Quản lý đô thị',
  'Kinh tế và Hạ tầng',
  'Dân tộc và Tôn giáo',
  'Tài chính - Kế hoạch',
  'Tài chính - Kế toán',
  'Đăng ký đất đai',
  'Truyền thông và Phát triển người tham gia',
  'Công nghệ thông tin',
  // A department's or a ministry's testing office (`Phòng Khảo thí và Kiểm định chất lượng giáo dục`).
  'Khảo thí và Kiểm định chất lượng giáo dục',
];

/**
 * Opening words that name nothing alone (`Hội nghị`, `Quỹ đất`, `Đội ngũ`, `Ban hành` stop at
 * them): a name only before a capitalised word (`Hội Doanh nhân trẻ`, `Cảng vụ Hàng hải`, `Ban Gia
 * đình - Xã hội`), going on in lower case like a centre's.
 */
const GENERIC_OPENINGS = [
  'Hội đồng',
  'Hội',
  'Quỹ',
  'Đội',
  'Cảng vụ',
  'Cảng',
  'Hạt',
  'Đồn',
  'Học viện',
  'Nhà máy',
  'Nhà xuất bản',
  'Câu lạc bộ',
  'Liên minh',
  'Liên hiệp',
  'Ủy ban',
  'Kho bạc',
  'Tạp chí',
  'Cung',
  'Ban',
  'Bảo tàng',
  'Thư viện',
  'Hiệp hội',
  'Nhà hát',
  // `Đài Khí tượng Thủy văn tỉnh`, `Đài Phát thanh …`.
  'Đài',
  // A national park (`Vườn quốc gia Hoàng Liên`).
  'Vườn quốc gia',
  // The tax office of a province since 2025 (`Thuế tỉnh Lào Cai`, `Thuế Thành phố`).
  'Thuế',
];

/** A village, before its name (`Trưởng thôn Phú Lộc`), written in capitals or not. */
const VILLAGES = ['Thôn', 'Ấp', 'Bản', 'Buôn'];

/** Words that open an agency's name; longer ones first where one holds another. */
export const AGENCY_HEADS = [
  // Names with a comma inside (the Party's bodies since 2025): one body, not two.
  'Đảng ủy Mặt trận Tổ quốc, các đoàn thể',
  'Ban Chính sách, chiến lược',
  'Sở Cảnh sát Phòng cháy, chữa cháy',
  'Cảnh sát Phòng cháy, chữa cháy',
  'Thủ tướng Chính phủ',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Cảng hàng không',
  'Thường trực',
  'Tổ công tác đặc biệt',
  'Cổng thông tin điện tử',
  'Ban công tác Mặt trận',
  'Công chức',
  'Lãnh đạo Bộ',
  'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn',
  'Ban Chỉ huy',
  // A Party committee's board since 2025, often written in lower case (`Ban xây dựng đảng Đảng ủy`).
  'Ban xây dựng đảng',
  'Trạm',
  // A department whose name goes on in lower case past `và` (the Ministry of Home Affairs').
  'Vụ Tổ chức - Biên chế và tổ chức phi chính phủ',
  'Vụ',
  'Viện',
  'công chức',
  'Ban cán sự đảng',
  'Ban Chỉ đạo',
  'Ban chỉ đạo',
  'Ban Thường vụ',
  'Ban Thường trực',
  'Ban quản lý',
  'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông',
  'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
  'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn',
  'Ban Quản lý dự án đầu tư xây dựng',
  'Ban Quản lý dự án',
  'Ban Quản lý Khu kinh tế',
  'Ban Quản lý rừng phòng hộ',
  'Ban Quản lý rừng đặc dụng',
  'Ban Quản lý',
  'Ban Tuyên giáo và Dân vận',
  'Ban Đoàn kết tập hợp thanh niên',
  'Ban Tuyên giáo',
  'Ban Chấp hành',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Ban Phong trào',
  'Ban Thanh niên Công nhân và Đô thị',
  'Ban Thanh niên Nông thôn',
  'Ban Thanh niên Trường học',
  'Ban Thanh niên Quân đội',
  'Ban Thanh niên Công an',
  'Ban Kiểm tra',
  'Ban Kinh tế - Xã hội',
  'Ban Chính sách - Pháp luật',
  'Ban Dân chủ - Pháp luật',
  'Ban Nữ công',
  'Ban Kinh tế - Ngân sách',
  'Ban Văn hóa - Xã hội',
  'Ban Pháp chế',
  'Ban Dân tộc',
  'Ban Đô thị',
  'Ban Tổ chức - Kiểm tra',
  'Cục Quản lý Khám, chữa bệnh',
  'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Phòng Công tác chính trị - Học sinh, sinh viên',
  'Phòng Hậu cần - Kỹ thuật',
  'Phòng Hậu cần',
  'Ban Quản lý cảng cá, bến cá',
  'Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Bộ Tư lệnh',
  'Bộ Chỉ huy',
  'Bộ đội Biên phòng',
  'Sở Chỉ huy',
  'Sở chỉ huy',
  'Tổ công tác',
  'Tổ Covid-19 cộng đồng',
  // A team a decision sets up (`Đoàn kiểm tra có nhiệm vụ …`).
  'Đoàn kiểm tra',
  'Đoàn thanh tra',
  'Tổ giúp việc',
  'Tổ kiểm tra',
  'Trung tâm',
  'Văn phòng HĐND và UBND',
  'Văn phòng HĐND - UBND',
  'Văn phòng Đoàn ĐBQH và HĐND',
  'Cơ quan Thường trực',
  'Bưu điện',
  'Bộ phận',
  'Giáo viên chủ nhiệm',
  'Đoàn Thanh niên nhà trường',
  'Đoàn trường',
  'Đội Quản lý trật tự đô thị',
  'Đội Quản lý thị trường',
  'Đội Kiểm tra quy tắc đô thị',
  'Đội Kiểm lâm',
  'Văn phòng',
  'Thanh tra',
  'Công an',
  'Cảnh sát',
  'Chi cục',
  'Chi nhánh',
  'Tổng cục',
  'Cục',
  'Sở',
  'Bộ',
  'Phòng',
  'phòng',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'UBND',
  'Ủy ban MTTQ',
  'Ủy ban Mặt trận Tổ quốc',
  // `Mặt trận Tổ quốc và các đoàn thể huyện`: the Front, filed as its committee (`Ủy ban MTTQ`).
  'Mặt trận Tổ quốc',
  'Ủy ban Kiểm tra',
  'MTTQ',
  'Hội đồng nhân dân',
  'Hội đồng Thi đua - Khen thưởng',
  'Ban Thi đua - Khen thưởng',
  'HĐND',
  'Đảng ủy',
  'Đảng đoàn',
  'Quận ủy',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Tỉnh ủy',
  'Đoàn Thanh niên',
  'Thành đoàn',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Quận đoàn',
  'Liên đoàn Lao động',
  'Hội Liên hiệp Phụ nữ',
  'Hội LHPN',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội Sinh viên trường',
  'Công đoàn các Khu công nghiệp',
  'Công đoàn ngành',
  'Công đoàn cơ sở',
  'Công đoàn cơ quan',
  'Tổ dân phố',
  'Khu phố',
  // A village's own bodies (`Chi hội Nông dân thôn`, `Chi đoàn thanh niên thôn`, `Tổ an ninh tự quản`).
  'Chi hội Nông dân',
  'Chi hội Cựu chiến binh',
  'Chi hội Phụ nữ',
  'Chi hội Người cao tuổi',
  'Chi hội Khuyến học',
  'Chi hội Chữ thập đỏ',
  'Chi đoàn thanh niên',
  'Chi đoàn',
  'Tổ an ninh tự quản',
  'Tổ an ninh',
  'Tổ tự quản',
  'Tòa án nhân dân',
  'Tòa án quân sự',
  'Viện kiểm sát nhân dân',
  'Viện kiểm sát quân sự',
  'Hạt Kiểm lâm',
  'Đồn Biên phòng',
  'Hội Chữ thập đỏ',
  'Hội Nạn nhân chất độc da cam/dioxin',
  'Hội đồng Giám định y khoa',
  'Hội Người cao tuổi',
  'Hội Khuyến học',
  'Hội Luật gia',
  'Hội Cựu Thanh niên xung phong',
  'Liên minh Hợp tác xã',
  'Liên hiệp các Hội Khoa học và Kỹ thuật',
  'Liên hiệp các tổ chức hữu nghị',
  'Đảng ủy Khối các cơ quan',
  'Đảng ủy Khối doanh nghiệp',
  // A province's Party committees of its bodies (2025): `Đảng ủy UBND tỉnh`, `Đảng ủy Các cơ quan Đảng tỉnh`.
  'Đảng ủy Ủy ban nhân dân',
  'Đảng ủy UBND',
  'Đảng ủy Hội đồng nhân dân',
  'Đảng ủy HĐND',
  'Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Đảng ủy Ủy ban MTTQ Việt Nam',
  'Đảng ủy Ủy ban MTTQ',
  'Đảng ủy Mặt trận Tổ quốc',
  'Đảng ủy Các cơ quan Đảng',
  'Đảng ủy Công an',
  'Đảng ủy Quân sự',
  'Ban Nội chính',
  'Ban Tôn giáo',
  'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
  'Hội đồng nghĩa vụ quân sự',
  'Hội đồng Giáo dục quốc phòng và an ninh',
  'Văn phòng Điều phối nông thôn mới',
  'Chi cục Thuế khu vực',
  'Hội Sinh viên',
  'Đoàn Thanh niên trường',
  'Công đoàn trường',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Trung tâm Công nghệ thông tin',
  'Bệnh viện',
  'Kho bạc Nhà nước',
  'Ngân hàng Nhà nước Việt Nam',
  'Ngân hàng Nhà nước',
  'Ngân hàng Chính sách xã hội',
  'Ngân hàng Nông nghiệp và Phát triển nông thôn',
  'Ngân hàng Thương mại cổ phần',
  'Ngân hàng TMCP',
  'Agribank',
  'Vietcombank',
  'VietinBank',
  'BIDV',
  'Bến xe khách',
  'Phòng Người có công',
  'Xí nghiệp khai thác công trình thủy lợi',
  'Xí nghiệp',
  'Cụm thủy nông',
  'Hợp tác xã',
  'Hội Liên hiệp Thanh niên',
  'Hội đồng Đội',
  'Nhà văn hóa',
  'Thú y viên',
  'chi bộ',
  'Bến xe',
  'Chính phủ',
  'Hiệu trưởng',
  'Giám đốc',
  'Khoa Kiểm soát nhiễm khuẩn',
  'Khoa Khám bệnh',
  'Khoa Cấp cứu',
  'Khoa Xét nghiệm',
  'Khoa Dinh dưỡng',
  'Khoa Dược',
  'Bảo hiểm xã hội',
  'Cục Thuế',
  'Chi cục Thuế',
  'Đài Phát thanh và Truyền hình',
  'Đài Phát thanh - Truyền hình',
  // A province's paper and broadcaster merged in 2025 (`Báo và Phát thanh, Truyền hình Cần Thơ`).
  'Báo và Phát thanh, Truyền hình',
  'Đài Truyền hình',
  'Đài Phát thanh',
  'Đài Tiếng nói',
  'Đài truyền thanh',
  'Thông tấn xã',
  'Báo',
  'Trường',
  'Tập đoàn',
  'Tổng công ty',
  'Công ty',
  ...GENERIC_OPENINGS,
  ...VILLAGES,
];

/** Opening words that name a body only before a capitalised word: `Hội Doanh nhân trẻ`, not `Hội nghị`. */
const GENERIC_HEADS = new Set([
  ...GENERIC_OPENINGS,
  ...VILLAGES,
  ...VILLAGES.map((village) => village.toLocaleLowerCase('vi')),
]);

const GENERIC_KEYS = new Set([...GENERIC_HEADS].map(nameKey));

/** Opening words that name nothing alone, short or not (`Ban Chấp hành`, `Hội đồng`, `Câu lạc bộ`). */
const BARE_HEADS = new Set(['Ban Chấp hành', ...GENERIC_OPENINGS]);

/** Boards that, named alone (`Ban Thường trực`), are the writer's own: `AgencyMention.issuer`. */
const WRITERS_BOARDS = ['Ban Thường trực', 'Ban Thường vụ'];
/** Heads that, before a bare `Sở` or `Bộ` (`Giám đốc Sở`), stand for the writing body. */
const WRITERS_HEADS = ['Giám đốc', 'Thủ trưởng'];

/** Office holders named as assignees (`Chủ tịch UBND các quận, huyện, thị xã`, `Giám đốc Sở Y tế`). */
export const OFFICE_HEADS = [
  'Chủ tịch',
  'Phó Chủ tịch',
  'Phó Bí thư Thường trực',
  'Phó Bí thư',
  'Giám đốc',
  'Thủ trưởng',
  'Hiệu trưởng',
  'Trưởng',
  'Bí thư',
  'Người đứng đầu',
  'Tổ trưởng',
  // `cấp ủy các chi bộ, đảng bộ cơ sở`: the committees of the cells, which stand for them.
  'Cấp ủy',
  // `Thường trực Hội đồng Nghĩa vụ quân sự huyện`: a body's standing members, before its name.
  'Thường trực',
];

/** Collective names, as written (folded when compared); each stands for one entry. */
export const COLLECTIVES = [
  'Giám đốc, Thủ trưởng các sở, ban, ngành Thành phố',
  'Giám đốc, Thủ trưởng các sở, ban, ngành',
  'các sở, ngành, đơn vị',
  'các cơ quan Trung ương',
  'các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
  'các Bộ, ngành, địa phương',
  'các Bộ, ngành Trung ương',
  'các Bộ, ngành liên quan',
  'các Bộ, ngành',
  'các Bộ liên quan',
  'các đài phát thanh, truyền hình',
  'các Bộ, cơ quan liên quan',
  'các Bộ, cơ quan',
  'các đoàn thể chính trị - xã hội',
  'các tổ chức chính trị - xã hội',
  'các sở, ban, ngành Thành phố',
  'các sở, ban, ngành và địa phương',
  'các sở, ban, ngành liên quan',
  'các sở, ban, ngành có liên quan',
  'các sở, ban, ngành, địa phương có liên quan',
  'các sở, ban, ngành, địa phương liên quan',
  'các sở, ban, ngành, địa phương',
  'các sở, ban, ngành',
  'các Sở, ban, ngành',
  'các sở, ngành liên quan',
  'các sở, ngành',
  'các đơn vị liên quan',
  'các đơn vị có liên quan',
  'các cơ quan có liên quan',
  'các ngành có liên quan',
  'các ngành liên quan',
  'các sở, ngành có liên quan',
  'các đơn vị, địa phương có liên quan',
  'các đơn vị, địa phương liên quan',
  'các đơn vị, địa phương',
  'các sở, ngành, địa phương',
  'các cơ quan, đơn vị có liên quan',
  'các cơ quan, tổ chức có liên quan',
  'các cơ quan, tổ chức liên quan',
  'các đơn vị truyền thông',
  'các cơ quan, đơn vị liên quan',
  'các cơ quan liên quan',
  'các cơ quan, đơn vị, địa phương',
  'các cơ quan, đơn vị',
  'các sở, ban, ngành, đoàn thể',
  'các sở, ngành, đoàn thể liên quan',
  'các sở, ngành, đoàn thể',
  'các cơ sở khám bệnh, chữa bệnh',
  'các cơ sở y tế',
  'các cơ sở giáo dục phổ thông',
  'các cơ sở giáo dục nghề nghiệp',
  'các cơ sở giáo dục đại học',
  'các cơ sở giáo dục',
  'các cơ quan truyền thông, báo chí',
  'các ngành, các cấp',
  'các cấp, các ngành',
  'các trường học',
  'các trường trung học phổ thông',
  'các trường THPT',
  'các trường THCS',
  'các trường trung học cơ sở',
  'các trường tiểu học',
  'các trường mầm non',
  'các tổ trưởng chuyên môn',
  'các tổ chuyên môn',
  'các thành viên Ban Chỉ đạo',
  'các Tổ công tác của Sở Chỉ huy',
  'các Tổ công tác',
  'các sở, ban, ngành, đơn vị',
  'các ban, ngành, đơn vị',
  'các chủ đầu tư',
  'các doanh nghiệp phân phối, bán lẻ',
  'các doanh nghiệp kinh doanh xăng dầu',
  'các ban quản lý dự án',
  'các nhà thầu thi công xây dựng',
  'các nhà thầu thi công',
  'các nhà thầu',
  'các phòng, ban, đơn vị',
  'các phòng, ban',
  'các phòng, đơn vị',
  'các cơ sở Đoàn',
  'các cấp bộ Đoàn, Hội',
  'các cấp bộ Đoàn',
  'các Đoàn xã, phường, thị trấn',
  'các Đoàn xã, thị trấn',
  'các chi đoàn trường học',
  'các chi đoàn',
  'các đoàn cơ sở',
  'các công đoàn cơ sở trực thuộc',
  'các công đoàn cơ sở',
  'các đảng ủy cơ sở, chi bộ cơ sở',
  'các đảng bộ, chi bộ cơ sở',
  'các tổ chức cơ sở đảng',
  'các đảng ủy cơ sở',
  'các chi bộ cơ sở',
  'các chi bộ thôn',
  'các đoàn thể thôn',
  'các tổ dân cư',
  'các chi bộ tổ dân phố',
  'các chi bộ khu dân cư',
  'các chi bộ',
  'các ban, ngành, đoàn thể',
  'các đoàn thể',
  'các tổ chức tín dụng, chi nhánh tổ chức tín dụng',
  'các tổ chức tín dụng',
  'các doanh nghiệp kinh doanh vận tải',
  'các đơn vị quản lý, bảo trì đường bộ',
  'các đơn vị bảo trì đường bộ',
  'các đơn vị trực thuộc',
  'các chủ rừng',
  'các cơ sở bảo trợ xã hội',
  'các xã, thị trấn',
  'các đơn vị',
  'các cấp, các ngành Thành phố',
  'các cấp, các ngành',
  'các lực lượng địa phương',
  'các cơ quan báo chí của Trung ương và Thành phố',
  'các cơ quan thông tấn, báo chí',
  'các ban, đơn vị liên quan',
  'các cơ quan báo chí, truyền thông',
  'các cơ quan báo chí',
  'các quận, huyện, thị ủy',
  'các huyện ủy, thành ủy, thị ủy',
  'các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
  'các tỉnh ủy, thành ủy',
  'các quận ủy, huyện ủy, thị ủy',
  'các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
  'các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
  'các huyện ủy, thành ủy, đảng ủy trực thuộc',
  'các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
  'các huyện ủy, thị ủy, thành ủy',
  'các cấp ủy, tổ chức đảng',
  'các cấp ủy',
  'các chi, đảng bộ trực thuộc',
  'các chi bộ, đảng bộ trực thuộc',
  'các chi bộ, đảng bộ cơ sở',
  // `Đảng uỷ các bộ, ngành thuộc Đảng uỷ Chính phủ`: the ministries' Party committees.
  'Đảng ủy các bộ, ngành',
  'các đảng ủy xã, phường, thị trấn',
  'các đảng ủy xã, thị trấn',
  'các đảng ủy xã',
  'UBND các huyện, thành, thị',
  'các huyện, thành, thị',
  'các đơn vị dự toán',
  'Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc',
  'Ban Thường vụ các tỉnh, thành đoàn và đoàn trực thuộc',
  'Ban Thường vụ các huyện, thị, thành đoàn và đoàn trực thuộc',
  'Ban Thường vụ các huyện, thị, thành đoàn, đoàn trực thuộc',
  'các tỉnh, thành đoàn, đoàn trực thuộc',
  'các tỉnh, thành đoàn và đoàn trực thuộc',
  'các tỉnh, thành đoàn trực thuộc',
  'các tỉnh, thành đoàn',
  'các ban, đơn vị Trung ương Đoàn',
  'các bộ, ban, ngành liên quan',
  'các huyện, thị, thành đoàn và đoàn trực thuộc',
  'các huyện, thị, thành đoàn',
  'các Ban của HĐND tỉnh',
  'các Ban HĐND tỉnh',
  'các Ban của HĐND huyện',
  'các Ban HĐND huyện',
  'các Tổ đại biểu HĐND tỉnh',
  'các Tổ đại biểu HĐND huyện',
  'các đại biểu HĐND tỉnh',
  'các đại biểu HĐND huyện',
  'đại biểu HĐND tỉnh',
  'đại biểu HĐND huyện',
  'các chi bộ trực thuộc',
  'các đảng bộ trực thuộc',
  'các tổ chức cơ sở đảng',
  'các quận, huyện, thị xã',
  'các phòng, ban, ngành',
  'các phường',
  'các thôn',
  'các tổ dân phố',
  'các khu dân cư',
  'các xã, phường, thị trấn',
  'các địa phương',
  'các Chi cục Thuế khu vực',
  'các khoa lâm sàng',
  'các khoa cận lâm sàng',
  'các khoa, phòng, trung tâm',
  'các khoa, phòng',
  'các khoa đào tạo',
  'các khoa',
];

/** Unit words that may follow an agency's name (`Công an quận`, `Trung tâm Y tế huyện`). */
export const UNIT_WORDS = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'quận',
  'huyện',
  'phường',
  'xã',
  'tỉnh',
  'thôn',
];

/** The unit words as a pattern's alternatives. */
const UNIT_WORD = UNIT_WORDS.join('|');

/** Words after collective units that say which of them (`các xã có dịch`, `các huyện miền núi`). */
const WHICH_UNITS =
  /^\s+(?:có\s+(?:dịch|ổ dịch|rừng|đê|biển)|ven biển|biên giới|miền núi|vùng (?:dịch|cao))(?![\p{L}])/u;

/**
 * Collective units after `UBND`, `Chủ tịch UBND`…: `các quận, huyện, thị xã`, `18 phường`, `các
 * thôn`, and a list of unit words without `các` (`huyện, thị xã, thành phố`).
 */
const SERVED_UNITS = [...UNIT_WORDS, 'tổ dân phố', 'khu dân cư'].join('|');
const COLLECTIVE_UNITS = new RegExp(
  String.raw`^(?:(?:các|\d+|cấp)\s+(?:(?:${SERVED_UNITS})(?:\s*,\s*|\s+và\s+|\s*&\s*|\s+[-–]\s+))*|(?:(?:${SERVED_UNITS})(?:\s*,\s*|\s+và\s+|\s*&\s*|\s+[-–]\s+))+)(?:${SERVED_UNITS})(?![\p{L}])(?:\s+trực thuộc\s+(?:Trung ương|tỉnh|Thành phố|huyện|quận))?`,
  'iu',
);

/**
 * The length of the units a name serves, which end it (`… phòng, chống dịch các phường`, `UBND
 * các xã có dịch`), also listed without `các` (`Phòng Lao động - Thương binh và Xã hội quận -
 * huyện`); 0 where none follow.
 */
function servedUnits(after: string): number {
  // A unit word opens with one of these letters: most words are ruled out at once.
  const listed = /^[tqhpx]/u.test(after) && UNIT_LIST.test(after);
  const served = /^các/iu.test(after) || listed ? COLLECTIVE_UNITS.exec(after) : null;
  if (!served) return 0;
  // `UBND các xã có dịch`, `các huyện ven biển`: which of them, said after the units.
  return served[0].length + (WHICH_UNITS.exec(after.slice(served[0].length))?.[0].length ?? 0);
}

/** Two unit words or more in a list (`quận, huyện`, `phường - xã, thị trấn`). */
const UNIT_LIST = new RegExp(
  String.raw`^(?:${UNIT_WORD})(?:\s*,\s*|\s+[-–]\s+)(?:${UNIT_WORD})(?![\p{L}])`,
  'u',
);

/** Opening words whose names go on in lower case (`Cục Y tế dự phòng`, `Ban Chỉ huy Quân sự xã`). */
const LOWER_TAIL_HEADS = new RegExp(
  `^(?:Cục|Vụ|Trạm|Chi nhánh|Ban Chỉ huy|Trung tâm|Chi cục|Tổng cục|Viện|Bệnh viện|công chức|Phòng|phòng|Tập đoàn|Tổng công ty|Công ty|công ty|Bộ Chỉ huy|Chi cục Thuế|Đội Kiểm lâm|Bộ phận|bộ phận|Giáo viên chủ nhiệm|Hợp tác xã|Xí nghiệp|Ngân hàng Nhà nước|Ngân hàng Chính sách xã hội|Ngân hàng Nông nghiệp và Phát triển nông thôn|Agribank|Vietcombank|VietinBank|BIDV|Đồn Biên phòng|${GENERIC_OPENINGS.join('|')})$`,
  'u',
);
/** First syllables of what follows a name (a verb, a preposition): a lower-case name stops before them. */
const AFTER_NAME = new Set(
  (
    'chủ phối tiếp khẩn tập thực triển chỉ tham rà kiểm hướng tổng đẩy tăng nghiên đôn theo bảo ' +
    'đảm duy huy số trên tổ báo có được là và cùng trong để về với thường quán siết sắp cân trao ban lập hoàn ' +
    'cập giám cung vận tuyên phát xử bố chịu nghiêm ưu hỗ đề thông gửi nhận trình nghe kết thống ' +
    'họp tại của cho đến từ khi nếu đã sẽ đang cần phải không những mọi toàn xây lấy làm đi ra vào ' +
    'các tham theo trước sau nhằm tiêm kính chuẩn điều cử định hằng hàng đột'
  ).split(' '),
);

/** A person: `đồng chí` and two to five capitalised syllables. */
const PERSON =
  /^(?:đồng chí|đ\/c|Đồng chí)\s+(?!(?:Phó|Chủ tịch|Bí thư|Giám đốc|Trưởng|Thường trực|Ủy viên|Tổng)\s)((?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,4}\p{Lu}[\p{Ll}\p{M}]*)/u;

/** An agency as found in a text. */
export interface AgencyMention {
  /** The words as written. */
  written: string;
  /** The name the archive files it under (a department without `Thành phố`, a person's name). */
  name: string;
  /** A person rather than an agency. */
  person: boolean;
  /** Where the mention ends in the text. */
  end: number;
  /** The issuing body, named by its kind alone (`báo cáo về Sở` in a department's letter). */
  issuer?: boolean;
}

/** Folded lower case, for comparing names whatever their marks and capitals. */
export function nameKey(text: string): string {
  return foldLower(text).replace(/\s+/g, ' ').trim();
}

/** Folded lower case, one character for one: positions in it are positions in the text. */
function folded(text: string): string {
  const out = foldLower(text);
  return out.length === text.length ? out : text.toLowerCase();
}

/** The last text folded whole, and its folding (null when folding changes its length). */
let lastFolded: { text: string; folded: string | null } = { text: '', folded: '' };

/**
 * Folded lower case of `text` from `at`, `length` characters: agencies are looked for at many
 * places of one clause, so the clause is folded once and cut, where folding keeps positions.
 */
function foldedSlice(text: string, at: number, length: number): string {
  if (lastFolded.text !== text) {
    const whole = foldLower(text);
    lastFolded = { text, folded: whole.length === text.length ? whole : null };
  } else {
    // An equal text held in another string: keep this one, so the next look compares by identity
    // rather than letter by letter through the whole clause.
    lastFolded.text = text;
  }
  return lastFolded.folded?.slice(at, at + length) ?? folded(text.slice(at, at + length));
}

/** Abbreviations a table's names are written with, and the words they stand for (folded). */
const WRITTEN_OUT: Record<string, string> = {
  ubnd: String.raw`(?:ubnd|uy\s+ban\s+nhan\s+dan)`,
  hdnd: String.raw`(?:hdnd|hoi\s+dong\s+nhan\s+dan)`,
};

/**
 * A name as a pattern on folded text: its words apart by any spacing, `và`, `&`, `-` or `,`, its
 * abbreviations matching the words written out too (`các Ban của Hội đồng nhân dân tỉnh`).
 */
function namePattern(name: string): RegExp {
  const words = nameKey(name)
    .split(/\s*(?:\s-\s|\s–\s|,\s|\sva\s|\s&\s|\s)\s*/)
    .map((w) => WRITTEN_OUT[w] ?? w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${words.join('\\s*(?:-|–|,|&|va)?\\s*')}(?![a-z0-9])`);
}

/** A name's pattern, with the folded letter it starts with (a pattern is tried only there). */
interface NamePattern {
  name: string;
  first: number;
  pattern: RegExp;
}
const namePatterns = (names: readonly string[]): NamePattern[] =>
  names.map((name) => ({ name, first: nameKey(name).charCodeAt(0), pattern: namePattern(name) }));
const FIELD_PATTERNS = namePatterns(FIELDS);
const COLLECTIVE_PATTERNS = namePatterns(COLLECTIVES);

/** The length of the longest of `patterns` matching the text at `at`, or 0. */
function longestMatch(text: string, at: number, patterns: NamePattern[]): number {
  return longestIn(foldedSlice(text, at, 90), patterns);
}

/** The length of the longest of `patterns` opening the folded text `rest`, or 0. */
function longestIn(rest: string, patterns: NamePattern[]): number {
  const first = rest.charCodeAt(0);
  let best = 0;
  for (const { first: start, pattern } of patterns)
    if (start === first) best = Math.max(best, pattern.exec(rest)?.[0].length ?? 0);
  return best;
}

const listKeys = new Map<string[], Map<number, [string, string][]>>();

/** The entries of a table with their folded keys, by the keys' first letter, computed once per table. */
function keysOf(list: string[], first: number): [string, string][] {
  let keys = listKeys.get(list);
  if (!keys) {
    keys = new Map();
    for (const entry of list) {
      const key = nameKey(entry);
      const bucket = keys.get(key.charCodeAt(0));
      if (bucket) bucket.push([entry, key]);
      else keys.set(key.charCodeAt(0), [[entry, key]]);
    }
    listKeys.set(list, keys);
  }
  return keys.get(first) ?? [];
}

/** `starts` from `at`: the longest entry of `list` that the text holds there, compared folded. */
function longestAt(text: string, at: number, list: string[]): string | null {
  // A name starts with a letter: most positions are ruled out before any folding.
  if (!/^[\p{L}]/u.test(text.charAt(at))) return null;
  const rest = foldedSlice(text, at, 80).replace(/\s+/g, ' ').trim();
  let best: string | null = null;
  for (const [entry, key] of keysOf(list, rest.charCodeAt(0))) {
    const after = rest.charAt(key.length);
    if (
      rest.startsWith(key) &&
      !/[a-z0-9]/.test(after) &&
      (!best || key.length > best.length) &&
      sameLetters(text.slice(at, at + entry.length), entry)
    )
      best = text.slice(at, at + spannedLength(text, at, entry.length));
  }
  return best;
}

/**
 * How many characters of `text` from `at` hold `length` characters once each run of spaces is one
 * (`Văn  phòng` is `Văn phòng` in a conversion that doubled its spaces).
 */
function spannedLength(text: string, at: number, length: number): number {
  let i = at;
  for (let counted = 0; counted < length && i < text.length; counted++) {
    if (/\s/u.test(text.charAt(i))) while (/\s/u.test(text.charAt(i + 1))) i++;
    i++;
  }
  return i - at;
}

/**
 * True unless the text's first word is printed with marks that are not the name's (`số 779` is not
 * `Sở`); a word that OCR left bare (`So Y te`) still matches by its letters.
 */
function sameLetters(written: string, entry: string): boolean {
  const word = /^\S+/u.exec(written)?.[0] ?? '';
  if (!/[^a-zA-Z0-9\p{P}]/u.test(word)) return true;
  return toneless(word) === toneless(/^\S+/u.exec(entry)?.[0] ?? '');
}

/**
 * Where a name ends after its opening word, and the field it names (`Sở Y tế`): the units it
 * serves (`UBND các quận, huyện`), the committees (`Ban Tuyên giáo các huyện ủy, thị ủy, …`, not
 * districts), its tail of words, and the number of a neighbourhood group (`Tổ dân phố số 5`).
 */
function afterHead(
  text: string,
  from: number,
  head: string,
): { end: number; field: string | null } {
  const units = COLLECTIVE_UNITS.exec(text.slice(from, from + NAME_WINDOW).replace(/^\s+/, ''));
  const space = /^\s+/.exec(text.slice(from, from + NAME_WINDOW))?.[0].length ?? 0;
  const served = units ? collectiveAt(text, from + space) : null;
  const tail =
    served && units && served.end > from + space + units[0].length
      ? { end: served.end, field: null }
      : units
        ? { end: from + space + units[0].length, field: null }
        : nameTail(text, from, head);
  let { end } = tail;
  // `UBND các xã có dịch`: which of the units served; `… các xã, phường của tỉnh`: whose, read past.
  if (units) end += WHICH_UNITS.exec(text.slice(end))?.[0].length ?? 0;
  if (units) end += UNITS_OF.exec(text.slice(end))?.[0].length ?? 0;
  const numbered = NUMBERED_HEADS.test(head)
    ? /^\s+số\s+\d+(?![\d/.,-]*\d)/u.exec(text.slice(end))
    : null;
  if (numbered) end += numbered[0].length;
  return { end, field: tail.field };
}

/** Whose units they are (`UBND các xã, phường của tỉnh`): no other body. */
const UNITS_OF = /^\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}])/u;

/** Bodies numbered within their kind (`Tổ dân phố số 5`, `Đội Quản lý thị trường số 3`). */
const NUMBERED_HEADS = /^(?:Tổ dân phố|Khu phố|Đội|Tổ|Trạm|Chi nhánh|Phòng khám)(?![\p{L}])/u;

/** True where a name may end: at a stop or a bracket, or before a verb or a preposition (not `các`). */
function endsName(text: string, at: number): boolean {
  const word = /^\p{L}+/u.exec(text.slice(at))?.[0];
  return word === undefined || (word !== 'các' && AFTER_NAME.has(word));
}

/** Lower-case syllables that go on a name after a capitalised one (`Thành ủy`, `Thủ đô`, `Chính phủ`). */
const CONTINUERS = new Set([
  'ủy',
  'uỷ',
  'đô',
  'phủ',
  'gia',
  'lý',
  'xuất',
  'nghiệp',
  'đội',
  'sát',
  'vụ',
  'hội',
  'bài',
  'ương',
  'niên',
  'học',
  'thôn',
  'nhi',
  'dân',
  'phong',
  'tử',
  'trẻ',
  'viên',
  'ký',
  'sự',
  'khu',
  'lịch',
]);
/**
 * Second syllables that are a word of their own too, after the first syllable they make a name's
 * word with (`Phát triển`, `Đoàn Thanh niên Cộng sản Hồ Chí Minh`, `Đoàn Thanh niên Công an huyện`,
 * `Trung tâm truyền thông thanh thiếu nhi`).
 */
const COMPOUNDS = new Map<string, string[]>([
  ['triển', ['Phát']],
  ['trình', ['công', 'Công']],
  ['làm', ['việc', 'Việc']],
  ['lợi', ['thủy', 'Thủy']],
  ['sản', ['Cộng']],
  ['an', ['Công']],
  ['thông', ['truyền', 'Truyền', 'Viễn', 'viễn', 'giao', 'Giao', 'nghệ']],
  ['tin', ['thông']],
  ['đoàn', ['Huyện', 'Tỉnh', 'Thành', 'Quận', 'Thị', 'Liên', 'Công']],
  ['hội', ['xã']],
  ['tế', ['quốc', 'Quốc']],
  ['đồng', ['Hội']],
  ['giám', ['Ban']],
  ['phòng', ['Văn']],
  ['kê', ['Thống', 'thống']],
  ['khảo', ['giám', 'Giám']],
  ['hiệu', ['giám', 'Giám']],
  ['động', ['Lao']],
  ['khẩu', ['Cửa']],
  ['nhánh', ['Chi']],
  ['thiếu', ['Thanh', 'thanh']],
  ['nhi', ['thiếu']],
  ['niên', ['thiếu']],
  ['thường', ['dục']],
  ['số', ['đổi']],
  ['thống', ['hệ']],
  ['tập', ['Biên']],
]);
/** Bodies that may stand inside another's name. */
const NESTED_HEADS = [
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'UBND',
  'HĐND',
  'Hội đồng nhân dân',
  'Ủy ban MTTQ',
  'Ủy ban Mặt trận Tổ quốc',
  'Hội Chữ thập đỏ',
  'Ban Chỉ đạo',
  'Hội Cựu chiến binh',
  'Hội Người cao tuổi',
  'Hội Khuyến học',
  'Liên đoàn Lao động',
  // `Đảng ủy Viện Kiểm sát nhân dân tối cao`, `Đảng ủy Tòa án nhân dân tối cao`.
  'Viện Kiểm sát nhân dân tối cao',
  'Viện Kiểm sát nhân dân',
  'Tòa án nhân dân tối cao',
  'Toà án nhân dân tối cao',
  'Tòa án nhân dân',
  'Toà án nhân dân',
];
/** Opening words that a field follows (`Sở Y tế`, `Phòng Văn hóa và Thông tin`). */
const FIELD_HEADS =
  /^(?:Sở|Bộ|Phòng|phòng|Trung tâm|Chi cục|Cục|Ban|Văn phòng|Thanh tra|Trạm|Báo|Tạp chí)$/u;
/** `phòng, chống dịch (bệnh) (Covid-19)` inside a name: `Ban Chỉ đạo phòng, chống dịch Quận`. */
const CAMPAIGN = /^phòng,?\s*chống\s+dịch(?:\s+bệnh)?(?:\s+covid-?19)?/iu;

/** `Ban Quản lý các khu công nghiệp`: the parks a board manages, in lower case. */
const PARKS = /^các\s+khu\s+(?:công nghiệp|chế xuất|kinh tế)(?![\p{L}])/u;

/** How many lower-case syllables a name may go on with (`Phòng Khảo thí và Quản lý chất lượng giáo dục`). */
const LOWER_LIMIT = 4;

/** Where a name's reading stands: its opening word, where it ends so far, its lower-case words. */
interface TailState {
  text: string;
  /** Where the words after the opening word start. */
  at: number;
  head: string;
  end: number;
  /** Lower-case words taken so far; LOWER_LIMIT once a unit word closed the name to them. */
  lowerWords: number;
  /** Past a dash in a board's name (`Ban Tuyên giáo - Chính sách luật pháp`): lower case goes on. */
  afterDash?: boolean;
}

/**
 * True when the name's opening word lets it go on in lower case: one of `LOWER_TAIL_HEADS`, one
 * written in lower case after `các` (`các bệnh viện đa khoa tuyến tỉnh`), or a board's name past
 * its dash.
 */
function goesOnInLowerCase({ text, at, head, afterDash }: TailState): boolean {
  if (afterDash || LOWER_TAIL_HEADS.test(head)) return true;
  const capitalised = head.charAt(0).toLocaleUpperCase('vi') + head.slice(1);
  const before = text.slice(Math.max(0, at - head.length - 5), at - head.length);
  return /các\s+$/iu.test(before) && LOWER_TAIL_HEADS.test(capitalised);
}

/**
 * A piece of a name read whole at `from`, as its length (0 for none): a campaign, the parks a board
 * manages, a body inside the name (`Ban cán sự đảng UBND …`), a department with its field
 * (`Đảng ủy Sở Khoa học và Công nghệ`, `Thanh tra Sở Xây dựng`).
 */
function fixedPieceAt(text: string, from: number): number {
  const after = text.slice(from);
  const fixed =
    CAMPAIGN.exec(after)?.[0] ?? PARKS.exec(after)?.[0] ?? longestAt(text, from, NESTED_HEADS);
  if (fixed) return fixed.length;
  const office = /^(?:Sở|Bộ)\s+/u.exec(after)?.[0].length ?? 0;
  const field = office > 0 ? longestMatch(text, from + office, FIELD_PATTERNS) : 0;
  return field > 0 ? office + field : 0;
}

/**
 * A piece read whole at `from` (`fixedPieceAt`), or a field in lower case (`Trung tâm Truyền thông
 * tài nguyên và môi trường`), after which only a unit word or a capitalised word goes on; or null.
 */
function wholePieceAt(state: TailState, from: number): { to: number } | null {
  const fixed = fixedPieceAt(state.text, from);
  if (fixed > 0) return { to: from + fixed };
  const lowerField = /^\p{Ll}/u.test(state.text.charAt(from))
    ? longestMatch(state.text, from, FIELD_PATTERNS)
    : 0;
  // Three syllables at least: `xây dựng`, `kinh tế` in lower case are words of the sentence.
  const words = state.text.slice(from, from + lowerField).split(/\s+/u).length;
  if (lowerField === 0 || words < 3) return null;
  state.lowerWords = LOWER_LIMIT;
  return { to: from + lowerField };
}

/** The next piece of a name at `from` (after its space): how far it goes, or null where the name ends. */
function nextPiece(state: TailState, from: number): { to: number; last?: boolean } | null {
  const { text, at, end } = state;
  const after = text.slice(from);
  const whole = wholePieceAt(state, from);
  if (whole) return whole;
  const dash = /^[-–](?=\s+\p{Lu})/u.exec(after)?.[0];
  // `Ban Tuyên giáo - Chính sách luật pháp`: after a board's name, a dash goes on.
  const board = /^Ban\s/u.test(state.head);
  if (dash && (end > at || board)) {
    if (board) state.afterDash = true;
    return { to: from + dash.length };
  }
  // `Thành đoàn TP. Hồ Chí Minh`: a unit word abbreviated, then the place.
  const abbreviatedUnit = /^(?:TP|Tp|TX)\.(?=\s*\p{Lu})/u.exec(after)?.[0];
  if (abbreviatedUnit) {
    state.lowerWords = LOWER_LIMIT;
    return { to: from + abbreviatedUnit.length };
  }
  const word = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/u.exec(after)?.[0];
  if (!word) return null;
  // `Ban Chỉ đạo 35 các huyện ủy, thành ủy, …`: the committees it serves end the name.
  const committees = /^các\s+(?:huyện|quận|thị|thành|tỉnh)\s+ủy/u.test(after)
    ? collectiveAt(text, from)
    : null;
  if (committees) return { to: committees.end, last: true };
  const served = servedUnits(after);
  if (served > 0) return { to: from + served, last: true };
  // Marks count here: `Quân sự` is not `quận`.
  const unit = UNIT_WORDS.find((u) => after.slice(0, u.length).toLowerCase() === u);
  if (unit && !/[\p{L}]/u.test(after.charAt(unit.length))) {
    // After `huyện`, `xã`…, only a place's name (in capitals) goes on.
    state.lowerWords = LOWER_LIMIT;
    return { to: from + unit.length };
  }
  // `Cục Y tế dự phòng`: some names go on in lower case, up to the word that follows a name.
  const lower = /^\p{Ll}/u.test(word);
  const previous = text.slice(at, end).trim().split(/\s+/).pop() ?? '';
  const afterCapital = /^\p{Lu}/u.test(previous);
  if (
    lower &&
    goesOnInLowerCase(state) &&
    !AFTER_NAME.has(word.toLowerCase()) &&
    // `báo cáo Ban Chỉ huy quân sự đối với …`: `đối với` follows a name (`đối ngoại` may end one).
    !/^đối\s+với(?![\p{L}])/u.test(after) &&
    state.lowerWords < LOWER_LIMIT
  ) {
    // The second syllable of a capitalised word (`Đăng ký`, `Văn phòng`) is not counted.
    if (!afterCapital) state.lowerWords++;
    return { to: from + word.length };
  }
  if (
    !lower ||
    /^\d+$/.test(word) ||
    (CONTINUERS.has(word) && afterCapital) ||
    (COMPOUNDS.get(word) ?? []).includes(previous)
  )
    return { to: from + word.length };
  // `và`, `-` or `các` before a capitalised part: `Khu Công nghiệp và Chế xuất`, `các Khu …`.
  const joined = /^(?:và|các)(?=\s+\p{Lu})/u.exec(after)?.[0];
  if (!joined) return null;
  // `Sở Công Thương và UBND …`, `Sở Y tế và Thủ trưởng các đơn vị …`: `và` before another body
  // or an office holder starts the next item of a list.
  const nextAt = from + joined.length + (/^\s+/.exec(after.slice(joined.length))?.[0].length ?? 0);
  const nextItem = (k: number) =>
    longestAt(text, k, AGENCY_HEADS) ?? longestAt(text, k, OFFICE_HEADS);
  if (joined === 'và' && (end === at || nextItem(nextAt))) return null;
  return { to: from + joined.length };
}

/** The words of a name after its opening word: a field first, then capitalised words, units, connectors. */
function nameTail(text: string, at: number, head: string): { end: number; field: string | null } {
  const space = /^\s+/.exec(text.slice(at))?.[0].length ?? 0;
  const fieldLength = FIELD_HEADS.test(head) ? longestMatch(text, at + space, FIELD_PATTERNS) : 0;
  const state: TailState = {
    text,
    at,
    head,
    end: fieldLength > 0 ? at + space + fieldLength : at,
    lowerWords: 0,
  };
  const fieldEnd = state.end;
  // After its field an office's name is whole but for a unit word and a place (`Phòng Giáo dục và
  // Đào tạo huyện`): `Phòng Giáo dục và Đào tạo thẩm định …` ends before the verb. A Cục's may go
  // on (`Cục Y tế dự phòng`).
  if (fieldLength > 0 && /^(?:Phòng|phòng|Sở|Bộ)$/u.test(head)) state.lowerWords = LOWER_LIMIT;
  for (;;) {
    // `Văn phòng HĐND&UBND quận`: an ampersand joins two parts of a name, spaced or not.
    const ampersand = /^\s*&\s*(?=\p{Lu})/u.exec(text.slice(state.end))?.[0].length ?? 0;
    const gap = /^\s+/u.exec(text.slice(state.end + ampersand))?.[0].length ?? 0;
    if (ampersand === 0 && gap === 0 && state.end > at) break;
    const piece = nextPiece(state, state.end + ampersand + gap);
    if (!piece) break;
    state.end = piece.to;
    if (piece.last) break;
  }
  return {
    end: state.end,
    field: fieldLength > 0 ? text.slice(fieldEnd - fieldLength, fieldEnd) : null,
  };
}

/** `Chủ tịch Ủy ban nhân dân các huyện`, `các Ban của Hội đồng nhân dân tỉnh`: the bodies abbreviated. */
const abbreviated = (name: string) =>
  name
    .replace(/(^|\s)(?:Ủy|Uỷ) ban nhân dân(?=\s|$)/gu, '$1UBND')
    .replace(/(^|\s)Hội đồng nhân dân(?=\s|$)/gu, '$1HĐND');

/** A unit word, then a dash before the next one (`quận - huyện`). */
const UNITS_DASHED = new RegExp(
  String.raw`(?<=\s|^)(${UNIT_WORD})\s+[-–]\s+(?=(?:${UNIT_WORD})(?![\p{L}]))`,
  'gu',
);

/** The canonical name: a department or office without the city it belongs to, spaces unified. */
export function canonicalName(written: string): string {
  // `phường - xã, thị trấn`: units listed with a dash are a list (looked for only by a dash).
  const listed = /\s[-–]\s/u.test(written) ? written.replace(UNITS_DASHED, '$1, ') : written;
  return abbreviated(
    listed
      .replace(/\s+/g, ' ')
      // `HĐND&UBND` is `HĐND và UBND`; `TN&MT`, letters for a field, stays as written.
      .replace(/(?<!(?:^|\s)\p{Lu}{1,3})\s*&\s*|\s*&\s*(?!\p{Lu}{1,3}(?:\s|$))/gu, ' và ')
      .replace(/^Uỷ/u, 'Ủy')
      .replace(
        /^(Sở\s[^,]+?|Công an|Bộ Tư lệnh Thủ đô)\s+(?:Thành phố|thành phố|TP\.?)$/u,
        (_, head: string) => (head === 'Công an' ? 'Công an Thành phố' : head),
      )
      .replace(/^phòng\s/u, 'Phòng ')
      // `Ban Thanh niên Trường học TW Đoàn`: `TW` is `Trung ương`.
      .replace(/(^|\s)TW(?=\s)/gu, '$1Trung ương')
      // `Hội LHPN tỉnh`, `Ban Tuyên giáo Hội LHPN tỉnh`: the Women's Union written out.
      .replace(/(^|\s)Hội LHPN(?=\s|$)/u, '$1Hội Liên hiệp Phụ nữ')
      // `UBND các tỉnh và thành phố trực thuộc trung ương` is `UBND các tỉnh, thành phố trực thuộc Trung ương`.
      .replace(/(\scác tỉnh)\s+và\s+(thành phố)/u, '$1, $2')
      .replace(/\strực thuộc trung ương$/u, ' trực thuộc Trung ương')
      // `UBND các xã, phường của tỉnh`: whose units they are is read past.
      .replace(/(\scác\s.+?)\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)$/u, '$1')
      // `Phòng Tài nguyên và Môi trường cấp huyện`: the districts' offices, filed without the level.
      .replace(/^(Phòng\s.+?)\s+cấp\s+(?:huyện|quận)$/u, '$1')
      // `UBND huyện, thị xã, thành phố` is `UBND các huyện, thị xã, thành phố`.
      .replace(
        /^((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|HĐND))\s+(?=(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn)\s*,)/u,
        '$1 các ',
      )
      // `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`, `Ủy ban MTTQ tỉnh`: one body, also inside a name
      // (`Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh`).
      .replace(/(^|\s)Ủy ban (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?=\s|$)/u, '$1Ủy ban MTTQ')
      .replace(/^Mặt trận(?: Tổ quốc(?: Việt Nam)?)?(?=\s|$)/u, 'Ủy ban MTTQ')
      .trim(),
  );
}

/**
 * The level a collective is taken at, which names no other body (`các sở, ban, ngành thuộc tỉnh`,
 * `… cấp tỉnh`, `các tổ chức chính trị - xã hội tỉnh`): read past, not kept in the name.
 */
const COLLECTIVE_SCOPE =
  /^\s+(?:trực thuộc|thuộc)\s+Sở(?![\p{L}])|^\s+trên địa bàn(?:\s+(?:tỉnh|thành phố|huyện|quận|xã|phường))?(?![\p{L}])|^\s+từ\s+\p{L}+\s+(?:tới|đến)\s+cơ sở|^\s+(?:trực thuộc|thuộc)\s+(?:Huyện|Tỉnh|Thành|Quận|Thị)\s+(?:ủy|uỷ)(?![\p{L}])|^\s+(?:trực thuộc|thuộc)\s+Đảng\s+(?:ủy|uỷ)(?:\s+(?:Chính phủ|Quốc hội|Khối(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}))?(?![\p{L}])|^\s+(?:(?:trực thuộc|thuộc|cấp|của)\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?)?(?:tỉnh|thành phố|Thành phố|huyện|quận|xã|phường|thị trấn)(?![\p{L}])(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u;

/**
 * Collectives that name no one (folded): `các đơn vị chức năng`, `các lực lượng chức năng`; and
 * `các đơn vị hành chính`, which are places (districts, communes), not bodies.
 */
const UNNAMED_COLLECTIVE =
  /^cac\s+(?:(?:don vi|co quan|luc luong|bo phan)\s+chuc nang|don vi hanh chinh)/;

/** A collective name at `at` (`các sở, ngành liên quan`), filed under its first listed form. */
function collectiveAt(text: string, at: number): AgencyMention | null {
  const rest = foldedSlice(text, at, 90);
  // `các đơn vị chức năng`, `các cơ quan chức năng`: whoever it concerns, no one named.
  // `các đơn vị hành chính cấp huyện`: places, not bodies.
  if (UNNAMED_COLLECTIVE.test(rest)) return null;
  // `các sở giáo dục và đào tạo`: every department of that field, written in lower case; `ngành
  // Lao động - Thương binh và Xã hội`, `ngành y tế`: the bodies of a sector.
  const kind = /^(?:cac\s+(?:so|phong)|nganh)\s+/.exec(rest);
  const field = kind ? longestMatch(text, at + kind[0].length, FIELD_PATTERNS) : 0;
  if (kind && field > 0) {
    const written = text.slice(at, at + kind[0].length + field);
    return {
      written,
      name: written.replace(/^Các/u, 'các').replace(/^Ngành/u, 'ngành'),
      person: false,
      end: at + written.length,
    };
  }
  // `Các đảng ủy xã, thị trấn, chi bộ, đảng bộ trực thuộc …`: inside a list, `các` is shared.
  // A capitalised name after the comma is a body of its own (`…, Đài Phát thanh và Truyền hình tỉnh`).
  const shared =
    !/^cac\s/.test(rest) &&
    /^\p{Ll}/u.test(text.charAt(at)) &&
    /,\s*$/u.test(text.slice(Math.max(0, at - 3), at));
  const own = longestIn(rest, COLLECTIVE_PATTERNS);
  // `phối hợp với cơ quan liên quan`: those concerned, written without `các`, are the same
  // collective. Looked for only where `liên quan` follows: the look is costly at every word.
  // `phối hợp với sở, ban, ngành, …`: after `với`, a list without `các` is the collective too.
  const afterWith =
    own === 0 &&
    /^[^,;]{1,13},/u.test(text.slice(at, at + 16)) &&
    /(?:^|\s)(?:với|cùng)\s+$/u.test(text.slice(Math.max(0, at - 5), at));
  // `Sở, ban, ngành thành phố`: `Sở` and a comma name no one department but all of them.
  const departments =
    own === 0 && /^Sở\s*,\s*(?:ban|ngành)(?![\p{L}])/u.test(text.slice(at, at + 12));
  const unsaid =
    own === 0 && (shared || afterWith || departments || rest.includes('lien quan'))
      ? longestIn(`cac ${rest}`, COLLECTIVE_PATTERNS) - 4
      : 0;
  const concerned = unsaid > 0 && /lien quan$/.test(rest.slice(0, unsaid));
  const virtual =
    shared || concerned || departments || (afterWith && /,/.test(rest.slice(0, unsaid)))
      ? unsaid
      : 0;
  const length = own || virtual;
  if (length <= 0) return null;
  const written = text.slice(at, at + length);
  const after = text.slice(at + length, at + length + 80);
  // `… đảng bộ trực thuộc Huyện ủy`: the committee they are under, read past like a level.
  const under = /trực thuộc$/u.test(written) ? OWN_COMMITTEE.exec(after) : null;
  const scope = under?.[0].length ?? COLLECTIVE_SCOPE.exec(after)?.[0].length ?? 0;
  return {
    written,
    // `các đơn vị có liên quan` is `các đơn vị liên quan`.
    name: abbreviated(virtual > 0 ? `các ${written}` : written.replace(/^Các/u, 'các'))
      .replace(/\s+/gu, ' ')
      .replace(/\scó liên quan$/u, ' liên quan'),
    person: false,
    end: at + length + scope,
  };
}

/** `Mỗi cơ sở Đoàn`: each of a collective (`các cơ sở Đoàn`), or null. */
function eachAt(text: string, at: number): AgencyMention | null {
  const each = /^[Mm]ỗi\s+/u.exec(text.slice(at, at + 8));
  if (!each) return null;
  const from = at + each[0].length;
  const all = collectiveAt(`các ${text.slice(from, from + NAME_WINDOW)}`, 0);
  return all && { ...all, written: text.slice(at, from + all.end - 4), end: from + all.end - 4 };
}

/** A Party committee named after `trực thuộc` (`Huyện ủy`, `Đảng ủy Khối`). */
const OWN_COMMITTEE = /^\s+(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng)\s+ủy(?![\p{L}])(?:\s+Khối)?/u;

/** How far from its start a name is looked at, in characters. */
const NAME_WINDOW = 400;

/**
 * Common words that open with an agency's opening word: `BÁO CÁO` is a report, not a newspaper;
 * `Viện dẫn` cites, `Cục bộ` is local. Compared with their marks (`Báo Cao Bằng` is a newspaper);
 * a text OCR left without marks by its letters.
 */
const COMMON_WORDS = [
  'báo cáo',
  'viện dẫn',
  'viện trợ',
  'cục bộ',
  'sở hữu',
  'sở dĩ',
  'trường hợp',
  'bộ tiêu',
  'phòng tránh',
  'phòng ngừa',
];

/** True when the two words at `at` are one of `COMMON_WORDS`. */
function commonWordAt(text: string, at: number): boolean {
  const two = /^\p{L}+\s+\p{L}+/u.exec(text.slice(at, at + 40))?.[0];
  if (!two) return false;
  const words = two.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const bare = foldLower(words) === words;
  return COMMON_WORDS.some((word) => words === word || (bare && foldLower(word) === words));
}

/** The last text looked in, and what was found at each place of it (`agencyAt`). */
let memo: { text: string; found: Map<number, AgencyMention | null> } = {
  text: '',
  found: new Map(),
};

/**
 * The agency or person that the text names at `at`, or null. A clause is looked at in many places,
 * several times each (a list, then its items; each comma): what one place names is kept for the
 * same text.
 */
export function agencyAt(text: string, at: number): AgencyMention | null {
  if (memo.text !== text) memo = { text, found: new Map() };
  const known = memo.found.get(at);
  if (known !== undefined) return known;
  const found = readAgencyAt(text, at);
  memo.found.set(at, found);
  return found;
}

/**
 * The names the text being read defines for its agencies, longest first: abbreviations
 * (`Ngân hàng Nhà nước Chi nhánh tỉnh Ninh Bình (NHNN tỉnh)`, `… (sau đây gọi tắt là Ban Chỉ đạo
 * tỉnh)`) and offices named whole on a heading line (`1. Phòng Quản lý vận tải, phương tiện và
 * người lái`), which the tables would cut short.
 */
let definedNames: { alias: string; mention: AgencyMention }[] = [];

/** An abbreviation in parentheses: capitals, or words after `sau đây gọi (tắt) là`. */
const ABBREVIATION =
  /\(\s*(?:(?:sau đây\s+)?(?:gọi tắt là|gọi là|viết tắt là|viết tắt)\s+)?([^()\n]{2,40}?)\s*\)/gu;
/** An alias as letters: a word of capitals (`NHNN`, `TCTD`, `NN&PTNT`), or a named one. */
const ALIAS_SHAPE = /^(?:\p{Lu}[\p{L}]*\s+)?\p{Lu}[\p{Lu}&.-]+(?:\s+\p{Ll}+){0,2}$/u;

/** Offices and collectives whose names a heading line may hold whole (`Các chi đoàn, đoàn cơ sở khối …`). */
const OFFICE_NAME =
  /^(?:Phòng|Ban|Trung tâm|Cục|Chi cục|Văn phòng|Đội|Trạm|Viện|Khoa|Bộ phận|Tổ|[Cc]ác)\s/u;

/** Words that open what a body does: a heading line holding one is a task, not a name. */
const TASK_WORDS = new Set(
  (
    'chủ phối tiếp khẩn tập thực triển chỉ tham rà kiểm hướng tổng đẩy tăng nghiên đôn bảo duy ' +
    'tổ báo xây hoàn cập giám cung tuyên phát xử bố chịu nghiêm ưu hỗ đề thông gửi nhận trình ' +
    'làm lập theo cần phải có là được vận'
  ).split(' '),
);

/**
 * The rest of a heading line after a name: lower-case words, commas and `và`, with no verb opening
 * a part (`kết cấu hạ tầng giao thông`: `thông` does not open one; `vận tải` after `Quản lý` is a
 * field, `vận động` a verb; `Các chủ rừng là tổ chức` names a kind of owner).
 */
function namesOnly(rest: string): boolean {
  if (rest.length > 80 || !/^(?:\s*(?:,|và)?\s+\p{Ll}+)+\s*$/u.test(rest)) return false;
  const parts = rest.split(/,|\svà\s/u).map((part) => part.trim());
  return !parts.some((part) => {
    const word = part.split(/\s+/u)[0] ?? '';
    return (
      TASK_WORDS.has(word) &&
      !/^(?:vận tải|là (?:tổ chức|hộ gia đình|cá nhân|doanh nghiệp))/u.test(part)
    );
  });
}

/**
 * Reads the names a text defines, for the reading of that text (`agencyAt` finds them whole, an
 * abbreviation as the name it stands for): its abbreviations, its numbered heading lines (without
 * their markers) and its addressees (`Kính gửi`, `Nơi nhận`, one per item); an empty text
 * forgets them.
 */
export function defineNames(text: string, headings: string[], addressees: string[] = []): void {
  definedNames = [];
  memo = { text: '', found: new Map() };
  const defined: typeof definedNames = [];
  for (const match of text.matchAll(ABBREVIATION)) {
    const alias = match[1]!.trim();
    const named = /gọi|viết/u.test(match[0]);
    if (!named && !ALIAS_SHAPE.test(alias)) continue;
    // Only an abbreviation the text uses again is worth reading the name before it.
    if (!text.includes(alias, match.index + match[0].length)) continue;
    const mention = mentionEndingAt(text, match.index);
    if (mention && !mention.person && nameKey(alias) !== nameKey(mention.name))
      defined.push({ alias, mention });
  }
  for (const line of headings) {
    if (!OFFICE_NAME.test(line) || /[.;:]$/u.test(line)) continue;
    const found = readAgencyAt(line, 0);
    if (!found || !OFFICE_NAME.test(found.name) || !namesOnly(line.slice(found.end))) continue;
    const name = canonicalName(line.replace(/^Các/u, 'các'));
    const mention = { written: line, name, person: false, end: line.length };
    defined.push({ alias: line, mention });
  }
  for (const item of addressees) {
    const written = addresseeName(item);
    if (!written) continue;
    const name = canonicalName(written.replace(/^Các/u, 'các'));
    defined.push({
      alias: written,
      mention: { written, name, person: false, end: written.length },
    });
  }
  definedNames = defined.sort((a, b) => b.alias.length - a.alias.length);
  memo = { text: '', found: new Map() };
}

/** Addressees that name no body: the same as above, the archive, people, the website. */
const NOT_A_BODY =
  /^(?:Như trên|Như kính gửi|Lưu|Website|Cổng|Trang|Các đồng chí|Đồng chí|đồng chí|Đ\/c|Ông|Bà|Thống đốc|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|Giám đốc|Thủ trưởng|Bí thư|Trưởng|Thành viên|Các thành viên|Các Phó|Các Ủy viên|Ủy viên)(?![\p{L}])/u;

/**
 * An addressee's name as the tables would not read it whole (`Các cơ sở Đoàn`, `Phòng Quản lý
 * vận tải, phương tiện và người lái`), without what follows it on its line (`(b/c)`, the level
 * `trên địa bàn tỉnh`, the signature's column); null when the tables read it whole, or it names
 * no body.
 */
function addresseeName(item: string): string | null {
  const name = item
    .split(/\s*[;(]|\s{3,}|\s+trên địa bàn(?![\p{L}])/u)[0]!
    .replace(/[.,:\s]+$/u, '')
    .trim();
  if (!/^\p{Lu}/u.test(name) || NOT_A_BODY.test(name) || name.split(/\s+/u).length > 12)
    return null;
  if (/\d|:/u.test(name)) return null;
  // `Các chủ đầu tư, ban quản lý dự án`: two bodies the tables read, kept two.
  if (agencyListAt(name, 0).end >= name.length) return null;
  const found = readAgencyAt(name, 0);
  // Unknown to the tables: its words after its opening noun (`Các tổ chức …`: `tổ chức` is the
  // noun, not the verb).
  const rest = found ? name.slice(found.end) : name.replace(/^(?:Các\s+)?\S+(?:\s+chức)?/u, '');
  return namesOnly(rest) ? name : null;
}

/** The longest agency name that ends right before `end` (spaces aside), or null. */
function mentionEndingAt(text: string, end: number): AgencyMention | null {
  const offset = Math.max(0, end - 160);
  const before = text.slice(offset, end).trimEnd();
  // A name opens with a capital (`Ngân hàng`), or with `các`, `công chức`, `phòng`.
  for (const word of before.matchAll(/(?<![\p{L}\p{N}])(?:\p{Lu}|các\s|công\s|phòng\s)/gu)) {
    const found = readAgencyAt(text, offset + word.index);
    if (found && offset + before.length - found.end <= 1 && found.end <= offset + before.length)
      return found;
  }
  return null;
}

/** A name the text defines (`defineNames`), written at the start of `rest` (at `at`), or null. */
function definedAt(rest: string, at: number): AgencyMention | null {
  // `Các doanh nghiệp …` on its addressee line is `các doanh nghiệp …` in a sentence.
  const alias = definedNames.find(
    (a) =>
      (rest.startsWith(a.alias) ||
        (/^Các\s/u.test(a.alias) && rest.startsWith(`c${a.alias.slice(1)}`))) &&
      !/^[\p{L}\p{N}]/u.test(rest.slice(a.alias.length)),
  );
  return alias ? { ...alias.mention, written: alias.alias, end: at + alias.alias.length } : null;
}

/**
 * `Cục trưởng`, `Chi cục trưởng`, `Vụ trưởng`: the head of a body named by its kind. Before the
 * body's name (`Vụ trưởng Vụ Pháp chế`) the head stands for that body; alone (`báo cáo Cục trưởng`)
 * for the writer, which is of that kind (`AgencyMention.issuer`). Null for other words.
 */
function kindHeadAt(text: string, at: number, rest: string): AgencyMention | null {
  const head = /^(Cục|Chi cục|Vụ|Viện) trưởng(?![\p{L}])/u.exec(rest);
  if (!head) return null;
  const end = at + head[0].length;
  const named = /^\s+(?=\p{Lu})/u.exec(text.slice(end))?.[0].length;
  if (named) {
    const body = agencyAt(text, end + named);
    return body && !body.person ? { ...body, written: text.slice(at, body.end) } : null;
  }
  return { written: head[0], name: head[1]!, person: false, end, issuer: true };
}

/** `báo cáo Trưởng ban trước ngày …`: the head of the writing board, by the office alone; or null. */
function boardHeadAt(text: string, at: number, rest: string): AgencyMention | null {
  const head = /^Trưởng ban(?![\p{L}])/u.exec(rest)?.[0];
  if (!head || !endsName(text, at + head.length)) return null;
  return { written: head, name: head, person: false, end: at + head.length };
}

/** A board named by its kind alone: no name, number or place after it. */
const BARE_BOARD =
  /^(?:Hội đồng|Ban Chỉ đạo|Ban|Tổ công tác|Đoàn)(?![\p{L}])(?!\s+(?:[\p{Lu}\d]|(?:tỉnh|huyện|quận|thành phố|thị xã|xã|phường|thị trấn)(?![\p{L}])))/u;

/** `các thành viên Ban Chỉ đạo 389 tỉnh`: the members of a named board; null otherwise. */
function membersAt(text: string, at: number, rest: string): AgencyMention | null {
  const members = /^các thành viên\s+(?=\p{Lu})/iu.exec(rest);
  if (!members) return null;
  // `các thành viên Hội đồng`: the writer's own board, named by its kind alone.
  const bare = BARE_BOARD.exec(rest.slice(members[0].length))?.[0];
  if (bare) {
    const end = at + members[0].length + bare.length;
    return { written: text.slice(at, end), name: `các thành viên ${bare}`, person: false, end };
  }
  const board = agencyAt(text, at + members[0].length);
  if (!board || board.person) return null;
  return { ...board, written: text.slice(at, board.end), name: `các thành viên ${board.name}` };
}

/**
 * Every office of a name, in the plural: `các Chi nhánh Văn phòng Đăng ký đất đai`, `các công ty
 * thủy lợi`, `các bệnh viện đa khoa tuyến tỉnh`, `Các TCTD` (an abbreviation of a collective: that collective); null otherwise.
 */
function pluralAt(text: string, at: number, rest: string): AgencyMention | null {
  const plural = /^[cC]ác\s+(?=\p{Lu}|(?:công ty|bệnh viện|trung tâm|chi cục|trạm y tế)\s)/u.exec(
    rest,
  );
  // Not office holders (`các Phó Chủ tịch UBND quận theo lĩnh vực phụ trách`): people, unnamed.
  if (!plural || longestAt(text, at + plural[0].length, OFFICE_HEADS)) return null;
  const one = agencyAt(text, at + plural[0].length);
  if (!one || one.person) return null;
  // `các Ban QLDA chuyên ngành tỉnh`: the level the bodies are taken at is not kept in the name.
  const bodies = one.name.replace(
    /(?<=\S\s+\S+)(?<!\s(?:tuyến|cấp))\s+(?:tỉnh|thành phố|huyện|quận)$/u,
    '',
  );
  const name = /^các\s/u.test(bodies) ? bodies : `các ${bodies}`;
  return { ...one, written: text.slice(at, one.end), name };
}

/** A bare opening word (`Sở`, `Bộ`, `phòng`, `Hội đồng`) names nothing; `MTTQ` alone is the Front. */
function isBareHead(written: string, head: string): boolean {
  const short = head.length <= 6 || BARE_HEADS.has(head);
  return nameKey(written) === nameKey(head) && short && head !== 'MTTQ';
}

/** A unit word right after a generic opening (`Bảo tàng tỉnh`, `Đội huyện`). */
const PLACE_UNIT = /^\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}])/u;

/**
 * True where an opening word opens no name: a generic one not written exactly so or not before a
 * capitalised word or a unit word (`Hội nghị`, `Quý I`, `ĐỐI TƯỢNG`), or a committee's member (`Đảng ủy viên`).
 */
function opensNoName(text: string, headAt: number, head: string): boolean {
  const after = text.slice(headAt + head.length);
  // `Hội Nông dân`, `Bảo tàng tỉnh`: a capitalised name, or the unit of a place, follows.
  if (GENERIC_KEYS.has(nameKey(head)))
    if (
      !GENERIC_HEADS.has(head) ||
      !(/^\s+[\p{Lu}][\p{Ll}\p{Lu}]/u.test(after) || PLACE_UNIT.test(after))
    )
      return true;
  return /^\s*viên(?![\p{L}])/u.test(after);
}

/**
 * `đồng chí Lê Thị Hoa` (a person, with the office after the name), `đồng chí Chủ tịch UBND Thành
 * phố` (an office, named as a person would be); undefined where no `đồng chí` opens the text.
 */
function comradeAt(text: string, at: number, rest: string): AgencyMention | null | undefined {
  const person = PERSON.exec(rest);
  if (person) {
    const name = person[1]!.trim();
    return { written: person[0], name, person: true, end: withOffice(text, at + person[0].length) };
  }
  const comrade = /^(?:đồng chí|đ\/c)\s+/iu.exec(rest);
  if (!comrade) return undefined;
  const office = agencyAt(text, at + comrade[0].length);
  return office && { ...office, written: text.slice(at, office.end) };
}

/**
 * `các sở` after an office holder and before a comma (`Giám đốc các sở, Trưởng các ban, …`): every
 * department. Alone it is no name: `các Sở: Y tế, …` lists them, `các Sở Chỉ huy` are others.
 */
function everyDepartmentAt(text: string, at: number): AgencyMention | null {
  const every = /^các sở(?=\s*[,;])/u.exec(text.slice(at, at + 12));
  return every
    ? { written: every[0], name: every[0], person: false, end: at + every[0].length }
    : null;
}

/** What `agencyAt` finds, read from the text. */
function readAgencyAt(text: string, at: number): AgencyMention | null {
  // A name is short: every look at the text goes no further than this window.
  const rest = text.slice(at, at + NAME_WINDOW);
  const defined = definedAt(rest, at);
  if (defined) return defined;
  const comrade = comradeAt(text, at, rest);
  if (comrade !== undefined) return comrade;
  // `Mặt trận và các đoàn thể huyện`: the Front named by its first word, beside the unions.
  const front = /^Mặt trận(?=\s*(?:,|và)\s*các đoàn thể)/u.exec(rest)?.[0];
  if (front) return { written: front, name: 'Ủy ban MTTQ', person: false, end: at + front.length };
  const group =
    kindHeadAt(text, at, rest) ??
    boardHeadAt(text, at, rest) ??
    membersAt(text, at, rest) ??
    collectiveAt(text, at) ??
    eachAt(text, at) ??
    pluralAt(text, at, rest);
  if (group) return group;
  const office = longestAt(text, at, OFFICE_HEADS);
  let headAt = office
    ? at + office.length + (/^\s+/.exec(text.slice(at + office.length))?.[0].length ?? 0)
    : at;
  if (office) {
    const held = collectiveAt(text, headAt) ?? everyDepartmentAt(text, headAt);
    if (held)
      return {
        ...held,
        written: text.slice(at, held.end),
        name: text.slice(at, headAt) + held.name,
      };
  }
  let head = longestAt(text, headAt, AGENCY_HEADS);
  // `Hiệu trưởng` alone (`báo cáo về Hiệu trưởng (qua …)`, `báo cáo Giám đốc trước ngày …`): an
  // office that is a name of its own, where no other name follows it (`Giám đốc các bệnh viện`).
  if (!head && office && AGENCY_HEADS.includes(office) && endsName(text, headAt))
    [head, headAt] = [office, at];
  if (!head || commonWordAt(text, headAt) || opensNoName(text, headAt, head)) return null;
  const named = afterHead(text, headAt + head.length, head);
  // An office whose field ends its name (`Phòng Giáo dục và Đào tạo`) is whole without it.
  let end = named.field ? named.end : untilRoleVerb(text, named.end);
  const field = named.field;
  let written = text.slice(at, end).trim();
  // The writer, named by its kind alone: `báo cáo Ban Thường trực` in the board's own plan,
  // `báo cáo Giám đốc Sở` in a department's (its director stands for it).
  const directorOfWriter =
    office !== null &&
    WRITERS_HEADS.includes(office) &&
    /^(?:Sở|Bộ)$/u.test(head) &&
    nameKey(written) === nameKey(`${office} ${head}`);
  if ((nameKey(written) === nameKey(head) && WRITERS_BOARDS.includes(head)) || directorOfWriter)
    return { written, name: head, person: false, end: at + written.length, issuer: true };
  if (isBareHead(written, head)) return null;
  written = written.replace(/\s+(?:và|-|–)$/u, '');
  end = text.indexOf(written, at) + written.length;
  // The field's usual form (`Văn hóa - Thông tin` is `Văn hóa và Thông tin`), unless the name
  // goes on with a part of its own (`Trung tâm Văn hóa - Thể thao và Truyền thanh`).
  const ownParts =
    field && /^\s+(?:và|-|–|&)\s/u.test(written.slice(written.indexOf(field) + field.length));
  const name = canonicalName(
    field && !ownParts ? written.replace(field, fieldName(field)) : written,
  );
  written = written.replace(/[,.]$/, '');
  return { written, name, person: false, end: at + text.slice(at, end).trimEnd().length };
}

/** What a body is told to do, right after its name: the words before it can only be its name. */
const ROLE_VERB =
  /^\s+(?:chủ trì|phối hợp|có trách nhiệm|có nhiệm vụ|tổ chức thực hiện|triển khai thực hiện|khẩn trương)(?![\p{L}])/u;
/** Noun phrases whose first syllable opens a verb elsewhere (`thông báo`, `dự họp`). */
const NAME_PHRASES = /^\s+(?:thông tin|dự báo)(?![\p{L}])/u;

/**
 * `Trung tâm Điều hành thông tin dự báo cháy rừng chủ trì …`: a name cut by the lower-case limit
 * or at a word that opens a verb elsewhere goes on to a role verb right after it, over at most four
 * more words that open no verb and are no unit word; otherwise it ends where it did.
 */
function untilRoleVerb(text: string, end: number): number {
  let at = end;
  for (let words = 0; words <= 4; words++) {
    if (ROLE_VERB.test(text.slice(at))) return words > 0 ? at : end;
    const phrase = NAME_PHRASES.exec(text.slice(at))?.[0];
    if (phrase) {
      at += phrase.length;
      continue;
    }
    const word = /^\s+(\p{L}+)(?![\p{L}])/u.exec(text.slice(at));
    if (!word || AFTER_NAME.has(word[1]!) || UNIT_WORDS.includes(word[1]!)) return end;
    at += word[0].length;
  }
  return end;
}

/**
 * `đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã chỉ đạo …`: the office after a person's name belongs
 * to the mention, so that what follows it is read as the person's. Returns where the mention ends.
 */
function withOffice(text: string, end: number): number {
  const comma = /^\s*,\s*/u.exec(text.slice(end, end + 4))?.[0].length;
  if (!comma) return end;
  const office = longestAt(text, end + comma, OFFICE_HEADS) ? agencyAt(text, end + comma) : null;
  if (office && !office.person) return office.end;
  // `đồng chí Lê Thị Hoa, Phó Bí thư chi bộ rà soát …`: an office that names no body of the
  // tables goes on to the verb after it.
  const title = PERSONS_OFFICE.exec(text.slice(end + comma, end + comma + NAME_WINDOW))?.[0];
  if (!title) return end;
  let at = end + comma + title.length;
  for (let words = 0; words < 4; words++) {
    const word = /^\s+(\p{L}+)/u.exec(text.slice(at));
    // `… phụ trách thôn dự và chỉ đạo`: attending is what follows an office too.
    if (!word || AFTER_NAME.has(word[1]!.toLowerCase()) || word[1] === 'dự') break;
    at += word[0].length;
  }
  return at;
}

/** An office held by a person named before it, as its title opens. */
const PERSONS_OFFICE =
  /^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Thủ trưởng|Hiệu trưởng|Ủy viên|Đảng ủy viên|Chánh|Tổng)(?![\p{L}])/u;

/** An office over a list of bodies (`Giám đốc:`, `Thủ trưởng các đơn vị:`): each body's head. */
const HEADS_OF_LIST =
  /^\s*(?:Giám đốc|Thủ trưởng|Chủ tịch|Hiệu trưởng)(?:\s+các\s+(?:sở|đơn vị|cơ quan))?\s*:\s*(?=\p{Lu})/u;

/**
 * The agencies listed from `at`: separated by commas, `và`, `;`, with `các sở: Y tế, Tài chính`
 * expanded to each department. Stops at the first item that is not an agency.
 */
export function agencyListAt(text: string, at: number): { agencies: AgencyMention[]; end: number } {
  const agencies: AgencyMention[] = [];
  // `Giao Giám đốc: Sở Văn hóa, …, Đài Phát thanh - Truyền hình …`: the heads of the bodies listed.
  let cursor = at + (HEADS_OF_LIST.exec(text.slice(at, at + 40))?.[0].length ?? 0);
  for (;;) {
    const spaced = cursor + (/^\s*/.exec(text.slice(cursor))?.[0].length ?? 0);
    const expanded = expandedAt(text, spaced);
    const found = expanded ? null : agencyAt(text, spaced);
    const last = agencies.at(-1);
    // After a separator only: `UBND huyện Hải Lăng, huyện Gio Linh`.
    const sibling = expanded || found || !last ? null : siblingAt(text, spaced, last);
    if (expanded) {
      agencies.push(...expanded.agencies);
      cursor = expanded.end;
    } else if (found ?? sibling) {
      agencies.push((found ?? sibling)!);
      cursor = (found ?? sibling)!.end;
    } else break;
    shareQualifier(text, agencies);
    const separator = /^\s*(?:,|;|và(?![\p{L}])|với(?![\p{L}]))\s*/u.exec(text.slice(cursor));
    if (!separator) break;
    const next = cursor + separator[0].length;
    // `đồng chí Trần Văn Minh, Phó Chủ tịch UBND huyện`: the titles after a name are not others.
    if (agencies[agencies.length - 1]?.person && longestAt(text, next, OFFICE_HEADS)) break;
    // `Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận …`: the government, named by no body, is
    // passed over in the list.
    const government = GOVERNMENT.exec(text.slice(next))?.[0].length;
    if (government) {
      cursor = next + government;
      const more = /^\s*(?:,|;|và(?![\p{L}]))\s*/u.exec(text.slice(cursor))?.[0].length;
      if (!more || !(agencyAt(text, cursor + more) || expandedAt(text, cursor + more))) break;
      cursor += more;
      continue;
    }
    if (
      !agencyAt(text, next) &&
      !expandedAt(text, next) &&
      !siblingAt(text, next, agencies.at(-1)!)
    )
      break;
    cursor = next;
  }
  return { agencies, end: cursor };
}

/** `(các cấp) chính quyền (các cấp)` inside a list of bodies, or ending it before `phải`: no body of its own. */
const GOVERNMENT =
  /^(?:các cấp\s+)?chính quyền(?:\s+(?:các cấp|cùng cấp|địa phương|cơ sở))?(?=\s*(?:,|;|và(?![\p{L}]))|\s+(?:phải|cần)\s)/u;

/** A name ending with a unit word, with or without its place (`UBND thành phố`). */
const ENDS_WITH_UNIT = new RegExp(String.raw`^(.+\s)(?:${UNIT_WORD})(?:\s+\p{Lu}.*)?$`, 'u');
/** A name ending with a unit word and a place (`UBND huyện Hải Lăng`). */
const UNIT_AND_PLACE = new RegExp(String.raw`^(.+\s)(${UNIT_WORD})\s+\p{Lu}`, 'u');

/**
 * `UBND huyện Hải Lăng, huyện Gio Linh`: after a name that ends with a unit and its place, the
 * same unit word and another place name the same body of that place; `UBND thành phố và các
 * huyện`: units in the plural after a name ending with a unit name that body of each; null otherwise.
 */
function siblingAt(text: string, at: number, before: AgencyMention): AgencyMention | null {
  if (before.person) return null;
  // `UBND thành phố và các huyện`: the same body of the other units.
  const body = ENDS_WITH_UNIT.exec(before.name);
  const units =
    body && /^các\s/u.test(text.slice(at, at + 4))
      ? COLLECTIVE_UNITS.exec(text.slice(at, at + 80))
      : null;
  if (body && units) {
    const end = at + units[0].length;
    return { written: text.slice(at, end), name: `${body[1]}${units[0]}`, person: false, end };
  }
  const placed = placeSiblingAt(text, at, before);
  if (placed) return placed;
  const unit = UNIT_AND_PLACE.exec(before.name);
  if (!unit) return null;
  const written = new RegExp(String.raw`^${unit[2]}\s+`, 'u').exec(text.slice(at, at + 20))?.[0];
  const place = written && PLACE_NAME.exec(text.slice(at + written.length, at + NAME_WINDOW))?.[0];
  if (!written || !place) return null;
  const end = at + written.length + place.length;
  return {
    written: text.slice(at, end),
    name: `${unit[1]}${unit[2]} ${place}`,
    person: false,
    end,
  };
}

/** `Tỉnh đoàn Hòa Bình, Nghệ An và …`: the same body, named after its place, of another place. */
function placeSiblingAt(text: string, at: number, before: AgencyMention): AgencyMention | null {
  const named = NAMED_BY_PLACE.exec(before.name);
  if (!named) return null;
  const unitWord = /^(?:TP|Tp)\.\s*/u.exec(text.slice(at))?.[0] ?? '';
  const place = PLACE_NAME.exec(text.slice(at + unitWord.length, at + NAME_WINDOW))?.[0];
  const end = at + unitWord.length + (place?.length ?? 0);
  // The last place may be followed by what they do (`…, Sơn La và Nghệ An phối hợp …`).
  if (!place || !/^\s*(?:,|và(?![\p{L}])|:|$|\p{Ll})/u.test(text.slice(end))) return null;
  const other = unitWord + place;
  return { written: other, name: `${named[1]} ${other}`, person: false, end };
}

/** A body whose name holds its unit, then its place (`Tỉnh đoàn Hòa Bình`, `Thành đoàn Hà Nội`). */
const NAMED_BY_PLACE =
  /^([Tt]ỉnh đoàn|[Tt]hành đoàn|[Hh]uyện đoàn|[Qq]uận đoàn|[Tt]hị đoàn|[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|[Qq]uận ủy|[Tt]hị ủy)\s+\p{Lu}/u;

/** A field as the table writes it (`Văn hóa & thông tin` → `Văn hóa và Thông tin`). */
function fieldName(written: string): string {
  const k = FIELD_PATTERNS.findIndex(
    (p) => p.pattern.exec(folded(written))?.[0].length === written.length,
  );
  return k === -1 ? written : FIELDS[k]!;
}

/**
 * `Ban Chỉ đạo và Sở Chỉ huy các phường`: a bare name before `và` takes the units the next one
 * serves (`Ban Chỉ đạo các phường`).
 */
function shareQualifier(text: string, agencies: AgencyMention[]): void {
  const last = agencies[agencies.length - 1];
  const before = agencies[agencies.length - 2];
  if (!last || !before || before.person) return;
  // `Ban Chỉ đạo và Sở Chỉ huy phòng, chống dịch Quận`: the unit word is shared too; so is the
  // level a collective is read at (`Ủy ban MTTQ và các đoàn thể xã`).
  const qualifier =
    /\s(các\s+(?:phường|xã|quận|huyện)(?:,\s*\S+)*|Quận|Huyện|Phường|Xã)$/u.exec(last.name)?.[1] ??
    (/^[Cc]ác\s/u.test(last.written)
      ? /\s(xã|phường|huyện|quận|tỉnh)$/u.exec(
          text.slice(Math.max(0, last.end - 12), last.end),
        )?.[1]
      : undefined);
  if (qualifier && AGENCY_HEADS.some((head) => nameKey(head) === nameKey(before.name)))
    agencies[agencies.length - 2] = { ...before, name: `${before.name} ${qualifier}` };
  // `Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố`: the council of the same units.
  const units = /^(?:UBND|HĐND)\s+(.+)$/u.exec(last.name)?.[1];
  if (units && /^(?:UBND|HĐND)$/u.test(before.name))
    agencies[agencies.length - 2] = { ...before, name: `${before.name} ${units}` };
  // `báo cáo Thường trực, Ban Thường vụ Tỉnh ủy`: the committee is both boards'.
  const committee = PARTY_COMMITTEE_TAIL.exec(last.name)?.[1];
  if (committee && PARTY_BOARDS.includes(before.name))
    agencies[agencies.length - 2] = { ...before, name: `${before.name} ${committee}` };
}

/** The boards of a Party committee, named alone before another of its boards. */
const PARTY_BOARDS = ['Thường trực', 'Ban Thường vụ', 'Ban Chấp hành'];
/** A Party committee closing one of its boards' names (`Ban Thường vụ Tỉnh ủy`). */
const PARTY_COMMITTEE_TAIL = new RegExp(
  String.raw`^(?:${PARTY_BOARDS.join('|')})\s+((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy(?:\s+\p{Lu}.*)?)$`,
  'u',
);

/** A list expanded to each of its agencies (`các sở: Y tế, Tài chính`, `UBND các tỉnh: A, B`), or null. */
function expandedAt(text: string, at: number): { agencies: AgencyMention[]; end: number } | null {
  return expandedDepartments(text, at) ?? expandedLocalBodies(text, at) ?? namedExamples(text, at);
}

/**
 * `Hội doanh nhân, Hội Thầy thuốc, …`: names the tables do not read, each from a capital to the
 * next comma, where the list ends with `…` (so that no verb is taken into the last one).
 */
function looseExamples(
  text: string,
  at: number,
): { agencies: AgencyMention[]; end: number } | null {
  const list = /^((?:\p{Lu}[\p{L}\s-]{1,60}?,\s*)+)(?:…|\.\.\.)/u.exec(text.slice(at, at + 300));
  if (!list) return null;
  let cursor = at;
  const agencies = list[1]!
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((name) => {
      cursor = text.indexOf(name, cursor) + name.length;
      return { written: name, name, person: false, end: cursor };
    });
  return { agencies, end: at + list[0].length };
}

/** Bodies in general, before the ones they stand for (`các đơn vị như Hội Thầy thuốc, …`). */
const SUCH_AS =
  /^các\s+(?:đơn vị|cơ quan|tổ chức)(?:\s+liên quan)?\s+(?:như|gồm|là)\s*:?\s+(?=\p{Lu})/u;

/**
 * `các đơn vị như Hội Doanh nhân trẻ, Hội Thầy thuốc trẻ, …`: the bodies named, not the words in
 * general; null where no body is named after `như`.
 */
function namedExamples(
  text: string,
  at: number,
): { agencies: AgencyMention[]; end: number } | null {
  const opening = SUCH_AS.exec(text.slice(at, at + NAME_WINDOW));
  if (!opening) return null;
  const named = agencyListAt(text, at + opening[0].length);
  if (named.agencies.length === 0) return looseExamples(text, at + opening[0].length);
  const end = named.end + (/^\s*,?\s*(?:…|\.\.\.)/u.exec(text.slice(named.end))?.[0].length ?? 0);
  return { agencies: named.agencies, end };
}

/** A place's name: one to four capitalised words (`Nghệ An`, `Bà Rịa - Vũng Tàu`). */
const PLACE_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{Ll}\p{M}]*){0,3}/u;

/**
 * `UBND các tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh` → each province's People's Committee, or null
 * (`các huyện: …`, `các tỉnh, thành phố: …` likewise; a centrally run city is a `thành phố`).
 */
function expandedLocalBodies(
  text: string,
  at: number,
): { agencies: AgencyMention[]; end: number } | null {
  // `Các phường ven sông: Ngọc Thụy, Bồ Đề, …`: the wards themselves, their People's Committees.
  const opening =
    /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?các\s+(tỉnh|huyện|quận|thị xã|xã|phường)(?:\s*,\s*thành phố)?(?:\s+(?:ven sông|ven biển|biên giới|miền núi|có dịch|trọng điểm))?\s*:\s*/iu.exec(
      text.slice(at, at + NAME_WINDOW),
    );
  if (!opening) return null;
  const unit = opening[1]!.toLowerCase();
  const agencies: AgencyMention[] = [];
  let cursor = at + opening[0].length;
  for (;;) {
    const place = PLACE_NAME.exec(text.slice(cursor, cursor + NAME_WINDOW))?.[0];
    if (!place) break;
    cursor += place.length;
    const word = unit === 'tỉnh' && CENTRAL_CITIES.has(foldKey(place)) ? 'thành phố' : unit;
    agencies.push({ written: place, name: `UBND ${word} ${place}`, person: false, end: cursor });
    const separator = /^\s*(?:,|và(?![\p{L}]))\s*/u.exec(text.slice(cursor));
    if (!separator || !PLACE_NAME.test(text.slice(cursor + separator[0].length))) break;
    cursor += separator[0].length;
  }
  return agencies.length > 0 ? { agencies, end: cursor } : null;
}

/** `các sở: Y tế, Tài chính, Văn hóa và Thể thao` → each department, or null. */
function expandedDepartments(
  text: string,
  at: number,
): { agencies: AgencyMention[]; end: number } | null {
  // With a colon (`các sở: Y tế, Tài chính`) or, for two or more, without (`các Bộ Tài chính, Tư pháp`).
  const opening = /^các\s+(sở|bộ|phòng)(?:\s*:)?\s*/iu.exec(text.slice(at));
  if (!opening) return null;
  const kind =
    opening[1]!.toLowerCase() === 'sở' ? 'Sở' : opening[1]!.toLowerCase() === 'bộ' ? 'Bộ' : 'Phòng';
  const agencies: AgencyMention[] = [];
  let cursor = at + opening[0].length;
  for (;;) {
    const length = longestMatch(text, cursor, FIELD_PATTERNS);
    if (length === 0) break;
    const written = text.slice(cursor, cursor + length);
    cursor += length;
    agencies.push({ written, name: `${kind} ${fieldName(written)}`, person: false, end: cursor });
    const separator = /^\s*(?:,|và(?![\p{L}]))\s*/u.exec(text.slice(cursor));
    if (!separator || longestMatch(text, cursor + separator[0].length, FIELD_PATTERNS) === 0) break;
    cursor += separator[0].length;
  }
  // Without a colon one field is every place's department (`các sở giáo dục và đào tạo`), not a list.
  const least = opening[0].includes(':') ? 1 : 2;
  return agencies.length >= least ? { agencies, end: cursor } : null;
}
