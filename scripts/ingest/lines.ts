/** Classifies the lines of a source text by the part of a document they belong to (docs/reading.md, "Header parts"). */
import {
  COPY_KINDS,
  DOCUMENT_TYPES,
  FAMILY_NAMES,
  MOTTOS,
  PLACE_NAMES,
  PRINTED_HEADER_LINES,
  SIGNING_AUTHORITIES,
} from './vocabulary.ts';
import { isUpperCaseLine, plainLine } from './text.ts';
import { fold, foldKey } from '../../src/lib/vietnamese.ts';
import { parseNumber, repairSerial } from './number.ts';
import { distance } from 'fastest-levenshtein';

/** What a line is, read on its own. */
export type LineKind =
  | 'blank'
  | 'motto'
  | 'number'
  | 'blankNumber'
  | 'placeDate'
  | 'typeHeading'
  | 'subject'
  | 'addressees'
  | 'recipients'
  | 'authority'
  | 'copyMarker'
  | 'incomingStamp'
  | 'digitalSignature'
  | 'signedMark'
  | 'name'
  | 'upper'
  | 'text';

/** The label of the distribution list, also as OCR drops its dot (`Nơi nhân`): a pattern's source. */
export const RECIPIENTS_LABEL = 'Nơi nh[ậâ]n';
const RECIPIENTS_LINE = new RegExp(`^${RECIPIENTS_LABEL}(?![\\p{L}])`, 'u');

/** One source line with its plain text and kind. */
export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  raw: string;
  plain: string;
  kind: LineKind;
  /** The line as OCR wrote it, where `plain` is the printed line it garbled (`printedHeaderLine`). */
  garbled?: string;
}

/** A motto, folded, as a pattern that allows any spacing around its dashes. */
const mottoPattern = (motto: string) =>
  foldKey(motto)
    .replace(/\s*-\s*/g, '\\s*-\\s*')
    .replace(/ /g, '\\s+');

/**
 * The state motto closing its line without its last word, folded, which a narrow column put on the
 * line below (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT` / `NAM`: `withMottoEnds`).
 */
const BROKEN_MOTTO = new RegExp(
  `${mottoPattern(MOTTOS.state[0]!).replace(/\\s\+NAM$/, '')}\\s*$`,
  'u',
);

/** The mottos, folded, as patterns; the state motto also as a narrow column breaks it. */
const MOTTO_PATTERNS = [...MOTTOS.state, ...MOTTOS.party].map((motto) => {
  const broken = motto === MOTTOS.state[0] ? `|${BROKEN_MOTTO.source}` : '';
  return {
    pattern: new RegExp(`${mottoPattern(motto)}${broken}`, 'g'),
    capitals: isUpperCaseLine(motto),
  };
});

/**
 * The line without the mottos OCR may have merged into it from the right-hand column
 * (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` → `ỦY BAN NHÂN DÂN`). A motto in capitals
 * counts only where it is written in capitals, so running text (`Đảng Cộng sản Việt Nam`) stays.
 */
export function withoutMottos(plain: string): string {
  const folded = fold(plain).toUpperCase();
  if (folded.length !== plain.length) return plain;
  let result = plain;
  for (const { pattern, capitals } of MOTTO_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const span = plain.slice(match.index, match.index + match[0].length);
      if (capitals && /\p{Ll}/u.test(span)) continue;
      result =
        result.slice(0, match.index) +
        ' '.repeat(span.length) +
        result.slice(match.index + span.length);
    }
  }
  return result === plain ? plain : result.replace(/\s+/g, ' ').trim();
}

/** Whether a line prints a motto, alone or beside an issuer (`ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI …`). */
export function printsMotto(line: Line): boolean {
  return line.kind === 'motto' || mottoOfLine(plainLine(line.raw)).length > 0;
}

/** The motto a header line prints, as the form writes it (one line each), or an empty list. */
export function mottoOfLine(plain: string): string[] {
  const folded = fold(plain).toUpperCase();
  if (folded.length !== plain.length) return [];
  return [...MOTTOS.state, ...MOTTOS.party].filter((_, k) => {
    const { pattern, capitals } = MOTTO_PATTERNS[k]!;
    return [...folded.matchAll(pattern)].some(
      (match) =>
        !capitals || !/\p{Ll}/u.test(plain.slice(match.index, match.index + match[0].length)),
    );
  });
}

const TYPE_HEADINGS = new Map(
  DOCUMENT_TYPES.flatMap((type) =>
    [type.name, ...(type.headings ?? [])].map((heading) => [foldKey(heading), type.name]),
  ),
);
/** A longer heading of a type, by its folded form, as the vocabulary writes it (`Chương trình hành động`). */
const LONGER_HEADINGS = new Map(
  DOCUMENT_TYPES.flatMap((type) =>
    (type.headings ?? []).map((heading) => [foldKey(heading), heading]),
  ),
);

/** The words of a whole heading that is a longer name of its type (`CHƯƠNG TRÌNH HÀNH ĐỘNG`), or null. */
export function longerHeading(plain: string): string | null {
  return LONGER_HEADINGS.get(foldKey(plain)) ?? null;
}

/** The same, without spaces: OCR splits and joins the letters of a heading (`K ÉT LUẬN`, `KẾTLUẬN`). */
const SQUEEZED_HEADINGS = new Map(
  DOCUMENT_TYPES.map((type) => [foldKey(type.name).replace(/ /g, ''), type.name]),
);
const COPY_KEYS = COPY_KINDS.map(foldKey);
const AUTHORITY_FORMS = SIGNING_AUTHORITIES.flatMap((a) =>
  a.forms.map((form) => ({ form, canonical: a.canonical })),
);

/**
 * `Số` as a number line opens it; with a colon, also as OCR misreads it (`Só:`, `Sô:`, `S6:`), and
 * after the type of a law or a resolution of the National Assembly (`Nghị quyết số: 653/2019/UBTVQH14`).
 * `NUMBER_LINE` and `BLANK_NUMBER_LINE` share it.
 */
const NUMBER_WORD = String.raw`(?:Số|S[óòôồổơo6](?=\s*:)|(?:Nghị quyết|Luật|Pháp lệnh|Lệnh)\s+số(?=\s*:))`;
/**
 * `Số: 10227 /VP-KGVX`, `Số 495-TB/TU` (colon optional, Party style has none); a dash glued before
 * it is a cell border a conversion left (`-Số: 04/2013/TT-NHNN`).
 */
export const NUMBER_LINE = new RegExp(String.raw`^-?${NUMBER_WORD}\s*:?\s*(.*)$`, 'u');
/**
 * A number line whose serial was left blank (`Số:      /KH-UBND`, `Số: ……/QĐ-UBND`,
 * `Số:     NQ/TWĐTNVP`): an unnumbered draft or copy. Group 1 is the code as printed.
 */
export const BLANK_NUMBER_LINE = new RegExp(
  String.raw`^${NUMBER_WORD}\s*:?[\s.…_]*((?:[-/]\s*)?\p{Lu}[\p{L}]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)+)\s*$`,
  'u',
);
/**
 * `Hà Nội, ngày 24 tháng 8 năm 2021`, `Q. Hai Bà Trưng, ngày …`, also `Hà Nội, ngày 24/8/2021`.
 * The day or the month may be left blank in the original (`ngày    tháng 9 năm 2022`: a draft or
 * an unnumbered copy), and OCR may garble `năm` (`n(cid:3)m`).
 */
const PLACE_DATE =
  /(?<![\p{L}\d/])(\p{Lu}[^,/]{1,59}),\s*ngày[\s.…_]*(?:(\d{1,2})?[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*n\S{0,8}m\s+(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))/u;
const PLACE_DATE_LINE = new RegExp(`^${PLACE_DATE.source}`, 'u');

/** A header's place and date as printed: the day and the month are null where the original left them blank. */
export interface PlaceDate {
  place: string;
  day: number | null;
  month: number | null;
  year: number;
}

/** The place and date of a header line (`Hà Nội, ngày 24 tháng 8 năm 2021`): place as written, date parts. */
export function readPlaceDate(plain: string): PlaceDate | null {
  const match = PLACE_DATE_LINE.exec(plain);
  if (!match) return null;
  const [, place, d1, m1, y1, d2, m2, y2] = match;
  const part = (value: string | undefined) => (value === undefined ? null : Number(value));
  const blankForm = y1 !== undefined;
  return {
    place: place!.trim(),
    day: blankForm ? part(d1) : Number(d2),
    month: blankForm ? part(m1) : Number(m2),
    year: Number(y1 ?? y2),
  };
}

/** A place and date after other words on one line, where OCR merged two columns (`Số: 23/CT-UBND Hà Nội, ngày …`). */
export function findPlaceDate(plain: string): PlaceDate | null {
  const match = PLACE_DATE.exec(plain);
  if (!match) return null;
  const read = readPlaceDate(plain.slice(match.index))!;
  // The place is the last words before the comma: the capitalised run (`Hà Nội`, `Q. Hai Bà Trưng`).
  const words = read.place.split(' ');
  let k = words.length;
  // A place in lower case (`Hà Nội`) stops at a word in capitals: that is the other column (`… HỒ CHÍ MINH`).
  const capitalised = isUpperCaseLine(words[words.length - 1]!)
    ? /^(\p{Lu}|Q\.|TP\.)/u
    : /^(\p{Lu}\p{Ll}|Q\.|TP\.)/u;
  while (k > 0 && capitalised.test(words[k - 1]!) && words.length - k < 4) k--;
  return { ...read, place: words.slice(k).join(' ') || read.place };
}

/** The line without a place and date that OCR merged into it from the other column. */
export function withoutPlaceDate(plain: string): string {
  const match = PLACE_DATE.exec(plain);
  const found = match && findPlaceDate(plain);
  if (!match || !found) return plain;
  const end = match.index + match[0].length;
  const opening = plain.lastIndexOf(found.place, end);
  return `${plain.slice(0, opening)} ${plain.slice(end)}`.replace(/\s+/g, ' ').trim();
}

/** The document type a capitalised heading names (`THÔNG BÁO` → `Thông báo`), or null. */
export function typeOfHeading(plain: string): string | null {
  if (!isUpperCaseLine(plain)) return null;
  const key = foldKey(plain);
  return (
    TYPE_HEADINGS.get(key) ??
    (key.length <= 24 ? SQUEEZED_HEADINGS.get(key.replace(/[ .]/g, '')) : undefined) ??
    null
  );
}

/** Types whose name may open a longer heading in capitals (`HƯỚNG DẪN MINH CHỨNG CÁC TIÊU CHÍ`). */
const OPENING_TYPES = [
  'Hướng dẫn',
  'Kế hoạch',
  'Báo cáo',
  'Thông báo',
  'Quy định',
  'Quy chế',
  'Chương trình',
  'Đề án',
  'Tờ trình',
  'Thể lệ',
];

/** Types an older heading follows with who issues them (`QUYẾT ĐỊNH CỦA BỘ TRƯỞNG …`). */
export const AUTHORED_TYPES = ['Quyết định', 'Chỉ thị', 'Thông tư', 'Nghị định'];

/** A heading in capitals that opens with a type's name and goes on with the title: the type and the rest. */
export function typeOpeningHeading(plain: string): { type: string; rest: string } | null {
  // A whole heading (`CHƯƠNG TRÌNH HÀNH ĐỘNG`) opens no title.
  if (!isUpperCaseLine(plain) || TYPE_HEADINGS.has(foldKey(plain))) return null;
  const words = plain.split(' ');
  // The heading opens with `phrase` and has more than one word after it.
  const opens = (phrase: string) => {
    const count = phrase.split(' ').length;
    return words.length > count + 1 && foldKey(words.slice(0, count).join(' ')) === foldKey(phrase);
  };
  const rest = (phrase: string) => words.slice(phrase.split(' ').length).join(' ');
  // `CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN …`: a longer heading of the type before its name alone.
  const opening = OPENING_HEADINGS.find(([phrase]) => opens(phrase));
  if (opening) return { type: opening[1], rest: rest(opening[0]) };
  // `QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG …`: an older heading that names who decides after the type.
  const type = AUTHORED_TYPES.find((t) => opens(`${t} của`));
  return type ? { type, rest: rest(type) } : null;
}

/** The headings that may open a longer one, each with its type: the longer headings first. */
const OPENING_HEADINGS: [string, string][] = DOCUMENT_TYPES.filter((type) =>
  OPENING_TYPES.includes(type.name),
)
  .flatMap((type) =>
    [type.name, ...(type.headings ?? [])].map((h): [string, string] => [h, type.name]),
  )
  .sort((a, b) => b[0].length - a[0].length);

/** The canonical signing authority opening the line (`T/M BAN CÁN SỰ ĐẢNG` → `TM.`), and the rest. */
export function readAuthority(plain: string): { authority: string; rest: string } | null {
  for (const { form, canonical } of AUTHORITY_FORMS) {
    if (
      plain.startsWith(form) &&
      (plain.length === form.length ||
        /[\s.]/.test(plain.charAt(form.length)) ||
        form.endsWith('.'))
    ) {
      const rest = plain.slice(form.length).replace(/^[.\s]+/, '');
      if (rest && isUpperCaseLine(rest)) return { authority: canonical, rest };
    }
  }
  return null;
}

/**
 * True for a line shaped like a person's name: 2 to 5 capitalised words, letters only
 * (`Chu Ngọc Anh`), not a known place. `strict` also asks that it open with a Vietnamese family
 * name, which tells `Nguyễn Tường Lâm` from `Quảng Trị` or `Living Green Together` anywhere in a
 * text; without it, the shape alone, for the line right under a signature's title.
 */
export function isPersonName(plain: string, strict = true): boolean {
  const name = withoutRank(plain);
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word)) || isUpperCaseLine(plain)) return false;
  const key = foldKey(name);
  if (PLACE_NAMES[key] || key === 'HO CHI MINH' || key === 'VIET NAM') return false;
  return !strict || FAMILY_NAMES.has(words[0]!);
}

/** A police or army rank before a signer's name (`Đại tá Nguyễn Văn Minh`). */
const RANK = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=\p{Lu})/u;

/** A signer's name without the rank printed before it: `Đại tá Nguyễn Văn Minh` → `Nguyễn Văn Minh`. */
export function withoutRank(plain: string): string {
  return plain.replace(RANK, '');
}

/**
 * An incoming stamp's line: `ĐẾN` alone or before its `Số:`/`Ngày:`/`Giờ:` boxes, or `CÔNG VĂN
 * ĐẾN`. A title in capitals that goes on `… ĐẾN NĂM 2030` is no stamp.
 */
const INCOMING_STAMP =
  /^ĐẾN(?:\s*$|\s+(?:S[ốôo6]|Ngày|NGÀY|Giờ|GIỜ)(?!\p{L}))|(?:^|\s)(?:VĂN|VĂN BẢN|CV)\s+ĐẾN\s*(?:$|S[ốô]|Ngày)/u;

/**
 * A line of the record a legal database prints above a text it publishes (`Số hiệu: … Loại văn
 * bản: …`, `Nơi ban hành: …`, `Tình trạng: …`): the archive's own reading, not the paper's.
 */
const DATABASE_RECORD =
  /^(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Lĩnh vực|Tình trạng|Ngày hết hiệu lực)\s*:.*(?:Loại văn bản|Người ký|Ngày hiệu lực|Số công báo|Tình trạng)\s*:|^Tình trạng\s*:/u;

/** A page's number in brackets glued to the capitals that open a line. */
const PAGE_MARK = /^\(\d{1,3}\)(?=\p{Lu}{2}|\p{Lu}\.)/u;

/**
 * The time of a digital signature, alone on its line under the signer's name in the stamp that a
 * signed PDF prints (`28-07-2026 09:58:36 +07:00`, `Thời gian ký: 28.07.2026 09:58:36`): to the second.
 */
export const SIGNING_TIME =
  /^(?:Thời gian ký\s*:\s*)?(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s+(\d{1,2}:\d{2}:\d{2})\s*([+-]\d{2}:\d{2})?$/u;

/** Classifies one line by its plain text (markdown residue and mottos removed). */
export function classify(plain: string): LineKind {
  // A line of `|` alone is a table's cell border that a conversion left: a gap, not text.
  if (!plain || /^[|\s]+$/u.test(plain)) return 'blank';
  const key = foldKey(plain);
  if (/^["“]?V\/v\b|^Về(?: việc)?\s*:/u.test(plain)) return 'subject';
  if (/^Kính gửi\b/u.test(plain) || /\sđiện\s*:$/u.test(plain)) return 'addressees';
  if (RECIPIENTS_LINE.test(plain)) return 'recipients';
  if (/^Ngày ký\s*:/u.test(plain) || SIGNING_TIME.test(plain)) return 'digitalSignature';
  if (/^Đã ký\s*:/u.test(plain)) return 'signedMark';
  if (INCOMING_STAMP.test(plain)) return 'incomingStamp';
  if (DATABASE_RECORD.test(plain)) return 'text';
  const numberLine = NUMBER_LINE.exec(plain);
  if (numberLine && parseNumber(repairSerial(numberLine[1] ?? ''))) return 'number';
  if (numberLine && BLANK_NUMBER_LINE.test(plain)) return 'blankNumber';
  if (readPlaceDate(plain)) return 'placeDate';
  if (COPY_KEYS.includes(key)) return 'copyMarker';
  if (typeOfHeading(plain)) return 'typeHeading';
  if (readAuthority(plain)) return 'authority';
  if (isPersonName(plain)) return 'name';
  if (isUpperCaseLine(plain)) return 'upper';
  return 'text';
}

/** Splits a text into classified lines, numbered from 1. */
export function readLines(text: string): Line[] {
  const rows = text.split('\n');
  // A final newline ends the last line; it does not open another.
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  return withMottoEnds(rows.map((raw, index) => makeLine(raw, index + 1)));
}

/**
 * The motto's last word read as the motto's, where a narrow column put it on the line below, after
 * the left column's text (`BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP      NAM`): not part of the issuer.
 */
function withMottoEnds(lines: Line[]): Line[] {
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!/\S\s{3,}NAM\s*$/u.test(line.raw)) continue;
    if (!BROKEN_MOTTO.test(foldKey(plainLine(lines[k - 1]!.raw)))) continue;
    const plain = line.plain.replace(/\s*NAM$/u, '');
    lines[k] = { ...line, plain, kind: classify(plain) };
  }
  return lines;
}

/** One classified line from its raw text and its 1-based line number. */
export function makeLine(raw: string, no: number): Line {
  // `(1)NGÂN HÀNG …`, `(2)KT. THỐNG ĐỐC`: a page's number that a conversion glued to a line in capitals.
  const written = plainLine(raw).replace(PAGE_MARK, '');
  // The motto OCR merged into the line is no part of the printed line it garbles (`BAN CHẮÁP HÀNH
  // TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM`).
  const printed = printedHeaderLine(written) ?? printedHeaderLine(withoutMottos(written));
  const plain = withoutMottos(printed ?? written);
  // A motto under its rule (`—— Độc lập - Tự do - Hạnh phúc`): the rule alone is left.
  const kind =
    written && (!plain || (plain !== written && !/[\p{L}\p{N}]/u.test(plain)))
      ? 'motto'
      : classify(plain);
  // Spacing alone (`ĐOÀN TN CS HỒ CHÍ MINH`) is no garbling worth a note.
  const garbled = printed && lettersKey(printed) !== lettersKey(written);
  return garbled ? { no, raw, plain, kind, garbled: written } : { no, raw, plain, kind };
}

/** The printed header lines, folded to their letters, for a comparison that spaces do not upset. */
const PRINTED_KEYS = PRINTED_HEADER_LINES.map((line) => ({ line, key: lettersKey(line) }));

/** `BAN CHAPHÅNH iRrNG UONG` → `BANCHAPHANHIRRNGUONG`. */
function lettersKey(text: string): string {
  return foldKey(text).replace(/[^A-Z]/g, '');
}

/**
 * The printed header line that a line garbles (`BAN CHAPHÅNH iRrNG UONG` → `BAN CHẤP HÀNH TRUNG
 * ƯƠNG`), or null: a line mostly in capitals, within two letters of one of `PRINTED_HEADER_LINES`
 * (one for a line of fewer than 16 letters: `TM. ỦY BAN NHÂN DÂN` is not `ỦY BAN NHÂN DÂN`) but
 * not that line as printed.
 */
export function printedHeaderLine(plain: string): string | null {
  if (plain.length < 10 || plain.length > 48) return null;
  const lower = plain.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = plain.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper < 8 || lower > (upper + lower) * 0.3) return null;
  // A signing authority's line (`TM. BAN CHẤP HÀNH TRUNG ƯƠNG`) names the body on purpose.
  if (/^(?:T\/?M|K\/?T|Q|TL|TUQ)[.\s]/u.test(plain)) return null;
  const key = lettersKey(plain);
  const match = PRINTED_KEYS.find((printed) => {
    const most = printed.key.length < 16 ? 1 : 2;
    return Math.abs(printed.key.length - key.length) <= most && distance(printed.key, key) <= most;
  });
  if (!match || foldKey(plain) === foldKey(match.line)) return null;
  return match.line;
}

/** A row of a Word table flattened into text: `| cell | cell |`, or `cell | cell |` without the first border. */
const TABLE_ROW = /^\s*\|.*\|\s*$|^[^|]+\|[^|]*\|\s*$/u;

/** A row of the closing table: the distribution list or a signing authority in a cell. */
const CLOSING_ROW = /\|\s*(?:Nơi nhận\s*:|(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\.?\s+\p{Lu})/u;

/**
 * The lines with every flattened table row (`| BAN CHẤP HÀNH TRUNG ƯƠNG \\\ Số: 526BC/… | ĐOÀN TNCS
 * HỒ CHÍ MINH Hà Nội, ngày … |`) laid out as the paper has it: each cell in turn, left column
 * first, broken where the conversion merged its lines (`\\\`, wide gaps, before `Số`, before the
 * place and date). In the header, a run of rows is read column by column (`ỦY BAN NHÂN DÂN |
 * CỘNG HÒA … |` over `TỈNH QUẢNG NAM | Độc lập … |`: the issuer's two lines, then the motto's),
 * and so is the closing table (`| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |` over `| - Lưu: VT. | KT. CHỦ
 * TỊCH |`: the list, then the signature). The pieces keep their row's line number; a row of empty cells is a blank line. For reading
 * metadata only: the page shows the text as written.
 */
export function layOutTableRows(lines: Line[]): Line[] {
  const firstRow = lines.findIndex((line) => TABLE_ROW.test(line.raw));
  if (firstRow === -1) return lines;
  // The header's rows come before the first long line of running text under them.
  const header = firstRunningText(lines, firstRow + 1);
  const laidOut: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_ROW.test(lines[i]!.raw)) {
      laidOut.push(lines[i]!);
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && TABLE_ROW.test(lines[last + 1]!.raw)) last++;
    // The header's rows, and a closing table (`| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |` …), are read
    // column by column; the rows of any other table one by one.
    const closing = lines.slice(i, last + 1).some((line) => CLOSING_ROW.test(line.raw));
    if (i >= header && !closing) last = i;
    const rows = lines
      .slice(i, last + 1)
      .map((line) => ({ line, cells: tableCells(line.raw).map(cellPieces) }));
    const width = Math.max(...rows.map((row) => row.cells.length));
    for (let column = 0; column < width; column++) {
      for (const { line, cells } of rows) {
        for (const piece of cells[column] ?? []) laidOut.push(makeLine(piece, line.no));
      }
    }
    for (const { line, cells } of rows) {
      if (cells.every((pieces) => pieces.length === 0))
        laidOut.push({ ...line, plain: '', kind: 'blank' });
    }
    i = last;
  }
  return laidOut;
}

/** The index of the first long line of running text from `from` on (the header is above it), or the line count. */
export function firstRunningText(lines: Line[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.kind === 'text' && lines[i]!.plain.length >= 80) return i;
  }
  return lines.length;
}

/** The cells of a flattened table row, borders removed. */
function tableCells(raw: string): string[] {
  return raw
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|');
}

/** A cell's text in pieces, broken where the conversion merged its lines. */
function cellPieces(cell: string): string[] {
  return cell
    .split(/\\{2,}| {2,}|\t+/u)
    .flatMap(splitBeforeHeaderParts)
    .flatMap(splitSignatureCell)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/**
 * A signature block whose lines a conversion joined into one cell (`TM. ỦY BAN NHÂN DÂN KT. CHỦ
 * TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận`): the titles in capitals, each authority from its own line,
 * then the name. A cell that does not end on a person's name after capitals is left whole.
 */
function splitSignatureCell(text: string): string[] {
  const found = SIGNATURE_CELL.exec(text.trim());
  if (!found || !isPersonName(found[3]!) || /\p{Ll}/u.test(found[1]!)) return [text];
  const titles = found[1]!.split(/\s(?=(?:KT|TL|TUQ|Q|K\/T|T\/L)\.\s)/u);
  return [...titles, ...(found[2] ? [found[2]] : []), found[3]!];
}

/** Capitals, an optional `(Đã ký)`, then two to five capitalised words at the end. */
const SIGNATURE_CELL =
  /^(.*\p{Lu}{2,}[.,]?)\s+(\((?:[đĐ]ã\s+)?[kK]ý[^)]*\)\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})$/u;

/** A cell's text broken before `Số` and before a place and date that follow other words. */
function splitBeforeHeaderParts(text: string): string[] {
  const pieces = text.split(/\s(?=Số\s*(?::|\d))/u);
  return pieces.flatMap((piece) => {
    const found = findPlaceDate(piece);
    if (!found) return [piece];
    const at = piece.lastIndexOf(`${found.place},`);
    return at > 0 ? [piece.slice(0, at), piece.slice(at)] : [piece];
  });
}
