/**
 * Reads the metadata of one document from its lines: number, type, issuer, date, title,
 * addressees, recipients, signature, copy block, incoming stamps. What the text does not say is
 * left null and said in `warnings`; what is inferred is listed in `inferred`.
 */
import type { Line } from './lines.ts';
import {
  BLANK_NUMBER_LINE,
  NUMBER_LINE,
  findPlaceDate,
  isPersonName,
  layOutTableRows,
  readAuthority,
  readPlaceDate,
  typeOfHeading,
  typeOpeningHeading,
} from './lines.ts';
import { findNumbers, issuerOfNumber, typeOfNumber, type DocumentNumber } from './number.ts';
import {
  formatDate,
  isoDate,
  isPartialDate,
  parseDate,
  partialDate,
  displayDate,
} from './dates.ts';
import {
  issuerFromHeader,
  localName,
  mostMentionedPlace,
  organisationIssuer,
  organisationOfBody,
  organisationOfLine,
  placeOfDateLine,
  standingBody,
  type Issuer,
  type Organisation,
} from './issuer.ts';
import { capitalize, foldKey, plainLine, restoreDroppedDashes } from './text.ts';
import { properCase } from './casing.ts';
import type { Level } from './vocabulary.ts';

/** The copy block (`SAO LỤC`) that a copying office added to a document. */
export interface CopyBlock {
  kind: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  recipients: string[];
}

/** An incoming stamp (`ĐẾN`): the receiving office's arrival record, not the document's number. */
export interface IncomingStamp {
  agency: string | null;
  arrivalNumber: string | null;
  date: string | null;
  forwardedTo: string | null;
}

/** The metadata of one document, as read from its own text. */
export interface Description {
  number: DocumentNumber | null;
  numberAlternatives: string[];
  type: string | null;
  issuer: string | null;
  level: Level | null;
  party: boolean | null;
  date: string | null;
  place: string | null;
  title: string | null;
  addressees: string[];
  recipients: string[];
  signer: string | null;
  signerTitle: string | null;
  authority: string | null;
  onBehalfOf: string | null;
  /** The signature block as a reader writes it: `TM. Ủy ban nhân dân`, `KT. Chủ tịch`, `Phó Chủ tịch`, the name. */
  signature: string[];
  copy: CopyBlock | null;
  incomingStamps: IncomingStamp[];
  digitalSignature: { signedAt: string } | null;
  /** Fields whose value was inferred rather than read where the layout puts it. */
  inferred: string[];
  warnings: string[];
}

/** Context from the rest of the file: the place its other headers name. */
export interface DescribeContext {
  filePlace: string | null;
}

/** Reads a document's metadata from its lines. */
export function describe(segmentLines: Line[], context: DescribeContext): Description {
  // A header or signature laid out as a Word table is read as the paper shows it.
  const lines = layOutTableRows(segmentLines);
  const warnings: string[] = [];
  const inferred: string[] = [];
  const stampBlocks = findBlocks(lines, (line) => line.kind === 'incomingStamp');
  const signatureBlocks = findBlocks(lines, (line) => line.kind === 'digitalSignature');
  const inStamp = (i: number) => stampBlocks.some(([from, to]) => i >= from && i <= to);
  const copyStart = findCopyStart(lines);
  const ownEnd = copyStart ?? lines.length;
  const bodyStart = findBodyStart(lines, ownEnd);
  const headerIndexes = range(0, bodyStart).filter((i) => !inStamp(i));

  // Number
  let number: DocumentNumber | null = null;
  const numberAlternatives: string[] = [];
  const numberIndex =
    headerIndexes.find((i) => lines[i]!.kind === 'number') ??
    numberAfterBareSo(lines, headerIndexes);
  if (numberIndex !== undefined) {
    // The number line; where OCR put the number under a bare `Số:`, read as if on one line.
    const own = lines[numberIndex]!;
    const line = own.kind === 'number' ? own : { raw: `Số: ${own.raw}`, plain: `Số: ${own.plain}` };
    const read = readHeaderNumber(line.raw, line.plain);
    number = read.number;
    numberAlternatives.push(...read.alternatives);
    if (read.alternatives.length > 0) {
      warnings.push(
        `Số, ký hiệu không chắc chắn: bản OCR ghi «${line.raw.replace(/^\W*Số\s*:?\s*/u, '').trim()}»; đã chọn ${number?.display}, cách đọc khác: ${read.alternatives.join(', ')}.`,
      );
    }
    const writtenCode = line.plain.replace(NUMBER_LINE, '$1').replace(/\s+/g, '');
    if (
      number &&
      foldKey(writtenCode) === foldKey(number.display) &&
      writtenCode !== number.display &&
      read.alternatives.length === 0
    ) {
      warnings.push(
        `Ký hiệu ghi «${writtenCode}» trong bản OCR, đã chuẩn hóa thành ${number.display}.`,
      );
    }
  }

  const blankNumberIndex =
    numberIndex === undefined
      ? headerIndexes.find((i) => lines[i]!.kind === 'blankNumber')
      : undefined;
  const blankCode =
    blankNumberIndex === undefined
      ? null
      : BLANK_NUMBER_LINE.exec(lines[blankNumberIndex]!.plain)![1]!.replace(/\s+/g, '');

  // Issuer block: the capitalised lines that open the header (after the motto, where OCR put it first).
  const issuerLines: string[] = [];
  for (const i of headerIndexes) {
    const line = lines[i]!;
    if ((line.kind === 'blank' || line.kind === 'motto') && issuerLines.length === 0) continue;
    if (line.kind === 'upper' && !line.plain.startsWith('*')) issuerLines.push(line.plain);
    else if (line.kind === 'blank' || line.plain === '*') {
      if (issuerLines.length > 0) break;
    } else break;
  }
  // Capitals with no motto, number or date around them are a title (`CHUYÊN ĐỀ …`), not an issuer.
  const hasHeader = headerIndexes.some(
    (i) =>
      ['motto', 'number', 'blankNumber', 'placeDate'].includes(lines[i]!.kind) ||
      (lines[i]!.kind === 'upper' && organisationOfLine(lines[i]!.plain)),
  );
  const headerIssuer = hasHeader ? issuerFromHeader(issuerLines) : null;

  // Place and date
  let date: string | null = null;
  let place: string | null = null;
  const placeDateIndex = headerIndexes.find((i) => lines[i]!.kind === 'placeDate');
  // Where OCR merged the columns, the place and date follow other words (`Số: … Hà Nội, ngày …`).
  const placeDate =
    placeDateIndex !== undefined
      ? readPlaceDate(lines[placeDateIndex]!.plain)
      : (headerIndexes.map((i) => findPlaceDate(lines[i]!.plain)).find(Boolean) ??
        placeDateOverTwoLines(lines, headerIndexes));
  if (placeDate) {
    place = placeOfDateLine(placeDate.place);
    date = partialDate(placeDate.day, placeDate.month, placeDate.year);
    if (date && isPartialDate(date))
      warnings.push(`Ngày ban hành để trống trong bản gốc; ghi theo phần in: ${formatDate(date)}.`);
  }
  // The meeting date stands in only where the header has no place-and-date line at all.
  if (!date && !placeDate) {
    const meeting = findMeetingDate(lines.slice(bodyStart, ownEnd));
    if (meeting) {
      date = meeting;
      inferred.push('date');
      warnings.push(
        `Văn bản không ghi ngày ban hành; đã dùng ngày họp ${displayDate(meeting)} nêu trong văn bản.`,
      );
    } else warnings.push('Văn bản không ghi ngày ban hành.');
  } else if (!date) warnings.push('Không đọc được ngày ban hành.');

  // Type and title
  let type: string | null = null;
  let title: string | null = null;
  // The type heading; or a heading in capitals that opens with the type (`HƯỚNG DẪN MINH CHỨNG …`).
  const fullHeading = headerIndexes.find((i) => lines[i]!.kind === 'typeHeading');
  const afterDate = headerIndexes.findIndex((i) => lines[i]!.kind === 'placeDate');
  const opening =
    fullHeading === undefined && afterDate !== -1
      ? headerIndexes
          .slice(afterDate + 1)
          .map((i) => ({ i, read: typeOpeningHeading(lines[i]!.plain) }))
          .find((found) => found.read)
      : undefined;
  const headingIndex = fullHeading ?? opening?.i;
  if (opening?.read) {
    type = opening.read.type;
    title = readTitleAfterHeading(lines, opening.i, ownEnd, type, properCase(opening.read.rest));
  } else if (headingIndex !== undefined) {
    type = typeOfHeading(lines[headingIndex]!.plain);
    title = readTitleAfterHeading(lines, headingIndex, ownEnd, type ?? '');
  }
  const subjectIndex = headerIndexes.find((i) => lines[i]!.kind === 'subject');
  // Where OCR merged the columns, `V/v …` follows the number on its line.
  const subjectOnNumber =
    numberIndex !== undefined && subjectIndex === undefined
      ? /\sV\/v\s+(.+)$/u.exec(lines[numberIndex]!.plain)?.[1]
      : undefined;
  if (subjectIndex !== undefined || subjectOnNumber) {
    const subject =
      subjectIndex !== undefined
        ? readSubject(lines, subjectIndex)
        : readSubject(lines, numberIndex!, subjectOnNumber);
    if (!title) title = subject;
    if (!type) type = 'Công văn';
  }
  if (!type && number) {
    type = typeOfNumber(number);
    if (type) inferred.push('type');
  }
  if (!type) warnings.push('Không xác định được loại văn bản.');
  if (!title) {
    title = firstWords(lines.slice(0, ownEnd));
    if (title) {
      inferred.push('title');
      warnings.push('Văn bản không có trích yếu; tiêu đề lấy từ những chữ đầu của văn bản.');
    } else warnings.push('Văn bản không có trích yếu.');
  }

  const signature = readSignature(lines, bodyStart, ownEnd);

  // Issuer: an organisation's document (its name where the motto stands) is read by its own rules.
  const headerCapitals = hasHeader
    ? headerIndexes.filter((i) => lines[i]!.kind === 'upper').map((i) => lines[i]!.plain)
    : [];
  const organisation =
    headerCapitals.map(organisationOfLine).find(Boolean) ??
    headerCapitals.map(organisationOfBody).find(Boolean);
  const fromHeader = organisation
    ? organisationIssuers(lines, headerIndexes, organisation, {
        type,
        headingIndex,
        onBehalfOf: signature.onBehalfOf,
        end: ownEnd,
      })
    : headerIssuer;
  let issuer = fromHeader?.name ?? null;
  let level: Level | null = fromHeader?.level ?? null;
  let party: boolean | null = fromHeader?.party ?? number?.party ?? null;
  const textPlace =
    place ?? context.filePlace ?? mostMentionedPlace(lines.map((l) => l.plain).join('\n'));
  if (!issuer && number) {
    const code = issuerOfNumber(number);
    if (code) {
      issuer = code.local
        ? localName(code.name, textPlace, code.level === 'Quận-huyện')
        : code.name;
      level = code.level;
      party = code.party;
      inferred.push('issuer');
      warnings.push(
        `Văn bản không có phần tên cơ quan ban hành; đã suy ra «${issuer}» từ ký hiệu ${number.display}${code.local && textPlace ? ` và địa danh ${textPlace}` : ''}.`,
      );
    }
  }

  // Addressees and recipients
  const addressees = readAddressees(lines, ownEnd);
  const recipientsIndex = range(bodyStart, ownEnd).find((i) => lines[i]!.kind === 'recipients');
  const recipients = recipientsIndex === undefined ? [] : readList(lines, recipientsIndex, ownEnd);

  // Signature
  if (!signature.signer) warnings.push('Không tìm thấy tên người ký.');
  else if (!signature.signerTitle) warnings.push('Không ghi chức vụ người ký.');
  if (!issuer) {
    const fromClosing = findIssuerInClosing(lines.slice(bodyStart, ownEnd), signature.onBehalfOf);
    if (fromClosing) {
      issuer = localName(fromClosing.body, textPlace);
      level = fromClosing.level;
      party = fromClosing.party;
      inferred.push('issuer');
      warnings.push(
        `Văn bản không có phần tên cơ quan ban hành; đã suy ra «${issuer}» từ câu kết và khối chữ ký${textPlace ? `, địa danh ${textPlace} theo nội dung` : ''}.`,
      );
    } else warnings.push('Không xác định được cơ quan ban hành.');
  }
  const attachedTo = hasHeader
    ? null
    : /kèm theo\s+((?:Kế hoạch|Công văn|Quyết định|Hướng dẫn|Thông báo|Nghị quyết)\s+số:?\s*[^,;()]+?)(?=\s*(?:,|;|\)|ngày|của|$))/iu.exec(
        lines
          .slice(0, ownEnd)
          .map((l) => l.plain)
          .join(' '),
      );
  if (attachedTo)
    warnings.push(
      `Văn bản không có phần đầu riêng: là tài liệu kèm theo ${attachedTo[1]}; số, ngày và cơ quan ban hành là của văn bản đó.`,
    );
  if (!number && blankCode)
    warnings.push(
      `Số văn bản để trống trong bản gốc (chỉ in ký hiệu «${blankCode}»): bản dự thảo hoặc bản chưa vào số.`,
    );
  else if (!number) warnings.push('Văn bản không có số, ký hiệu.');

  return {
    number,
    numberAlternatives,
    type,
    issuer,
    level,
    party,
    date,
    place,
    title,
    addressees,
    recipients,
    ...signature,
    copy: copyStart === null ? null : readCopy(lines.slice(copyStart)),
    incomingStamps: stampBlocks.map(([from, to]) => readStamp(lines.slice(from, to + 1), date)),
    digitalSignature:
      signatureBlocks
        .map(([from, to]) => readDigitalSignature(lines.slice(from, to + 1)))
        .find(Boolean) ?? null,
    inferred,
    warnings,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Runs of non-blank lines that hold a line matching `test`, as [from, to] indexes. */
function findBlocks(lines: Line[], test: (line: Line) => boolean): [number, number][] {
  const blocks: [number, number][] = [];
  lines.forEach((line, i) => {
    if (!test(line)) return;
    let from = i;
    let to = i;
    while (from > 0 && lines[from - 1]!.kind !== 'blank') from--;
    while (to < lines.length - 1 && lines[to + 1]!.kind !== 'blank') to++;
    const last = blocks[blocks.length - 1];
    if (!last || last[1] < from) blocks.push([from, to]);
  });
  return blocks;
}

/** The line holding the number when OCR put it under a bare `Số:` line, or undefined. */
function numberAfterBareSo(lines: Line[], indexes: number[]): number | undefined {
  const bare = indexes.find((i) => /^Số\s*:?$/u.test(lines[i]!.plain));
  if (bare === undefined) return undefined;
  const next = indexes.find((i) => i > bare && lines[i]!.kind !== 'blank');
  return next !== undefined && findNumbers(lines[next]!.plain)[0]?.index === 0 ? next : undefined;
}

/** A place and date that OCR broke over two lines (`Hà Nội, ngày 21 tháng 7` / `năm 2021`). */
function placeDateOverTwoLines(lines: Line[], indexes: number[]): ReturnType<typeof readPlaceDate> {
  for (let k = 0; k + 1 < indexes.length; k++) {
    const line = lines[indexes[k]!]!;
    if (!/,\s*ngày\s/u.test(line.plain)) continue;
    const next = indexes.slice(k + 1).find((i) => lines[i]!.kind !== 'blank');
    const joined = next === undefined ? null : findPlaceDate(`${line.plain} ${lines[next]!.plain}`);
    if (joined) return joined;
  }
  return null;
}

/** Where the copy block begins (after the signature), or null when there is none. */
function findCopyStart(lines: Line[]): number | null {
  const marker = lines.findIndex((line) => line.kind === 'copyMarker');
  if (marker === -1) return null;
  let start = marker;
  const isCopyHeader = (line: Line) =>
    !['name', 'signedMark', 'recipients'].includes(line.kind) &&
    !(line.kind === 'text' && line.plain.length > 3);
  while (start > 0 && isCopyHeader(lines[start - 1]!)) start--;
  return start;
}

/** The first line of running text: a long line, or the first line after `Kính gửi`'s list. */
function findBodyStart(lines: Line[], end: number): number {
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.kind === 'text' && line.plain.length >= 80 && !line.plain.startsWith('-')) return i;
    if (line.kind === 'recipients') return i;
  }
  return end;
}

/** Reads `Số: …` into a number; `~~157~~ 17/UBND-VP` gives 157 with 17 as the other reading. */
function readHeaderNumber(
  raw: string,
  plain: string,
): { number: DocumentNumber | null; alternatives: string[] } {
  // A code that the conversion broke with a space (`15 BC/TWĐTN ĐKTHTN`) is one code.
  const rest = plain
    .replace(NUMBER_LINE, '$1')
    .replace(/(\/\s*[\p{L}\d-]+)\s+(\p{Lu}{2,})(?=\s|$)/u, '$1$2');
  const number = findNumbers(rest)[0]?.number ?? null;
  const competing = /~~\s*(\d+)\s*~~\s*(\d+)\s*([/-])/u.exec(raw);
  if (!number || !competing) return { number, alternatives: [] };
  // OCR marks the handwritten serial as struck through; the other digits compete with it.
  const [, struck, other, separator] = competing;
  const codes = number.display.slice(number.display.indexOf(separator!) + 1);
  const chosen = findNumbers(`${struck}${separator}${codes}`)[0]?.number ?? number;
  const alternative = findNumbers(`${other}${separator}${codes}`)[0]?.number;
  return { number: chosen, alternatives: alternative ? [alternative.display] : [] };
}

/** `Ngày 14/6/2021, … họp` or `Ngày 13 tháng 9 năm 2021, … phiên họp`: the meeting date. */
function findMeetingDate(lines: Line[]): string | null {
  for (const line of lines) {
    if (!/^Ngày\s/u.test(line.plain)) continue;
    const sentence = line.plain.split(/[.;]/)[0] ?? '';
    if (/họp|hội nghị/u.test(sentence))
      return parseDate(`ngày ${line.plain.slice(5, 40)}`) ?? parseDate(line.plain.slice(0, 40));
  }
  return null;
}

/**
 * The title block under a type heading: the lines up to the next blank line or rule, and a
 * following `về …` block (`KẾT LUẬN CỦA THƯỜNG TRỰC THÀNH ỦY` / blank / `về công tác …`). A
 * heading continued by `CỦA …` keeps its type word: `Kết luận của Bộ Chính trị về …`.
 */
function readTitleAfterHeading(
  lines: Line[],
  heading: number,
  end: number,
  type: string,
  lead?: string,
): string | null {
  const parts: string[] = lead ? [lead] : [];
  let i = heading + 1;
  while (i < end && lines[i]!.kind === 'blank') i++;
  for (; i < end; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      let next = i;
      while (next < end && lines[next]!.kind === 'blank') next++;
      const candidate = lines[next];
      if (parts.length > 0 && candidate && continuesTitle(candidate, next - i, parts.length)) {
        i = next - 1;
        continue;
      }
      break;
    }
    if (/^-{3,}$/.test(line.plain) || line.plain.length > 200 || ATTACHED_TO.test(line.plain))
      break;
    if (!['upper', 'text', 'name', 'typeHeading', 'subject'].includes(line.kind)) break;
    parts.push(properCase(titleText(line)));
  }
  if (parts.length === 0) return null;
  if (/^của\s/iu.test(parts[0]!))
    parts[0] = `${type} ${parts[0]!.charAt(0).toLocaleLowerCase('vi')}${parts[0]!.slice(1)}`;
  return cleanTitle(parts);
}

/** `(Ban hành kèm theo Kế hoạch số …)`: the line under an attachment's title that names what it belongs to. */
const ATTACHED_TO = /^\(\s*(ban hành |đính |gửi )?kèm theo\b/iu;
/** How running text opens: a title never goes on with these. */
const BODY_OPENER =
  /^(Căn cứ|Thực hiện|Kính gửi|Triển khai|Nhằm|Để|Sau khi|Ngày|Theo|Trên cơ sở|Hướng tới|Thiết thực|Qua|Năm \d{4},|[IVX]+\.|\d+[.)]|[-+•*])/u;

/**
 * True when the block after a blank line goes on with the title: a `về …` block after any
 * blank lines (`KẾT LUẬN CỦA …` / `về công tác …`), or, after exactly one blank line, a short
 * line that does not open running text (a title the conversion broke into paragraphs).
 */
function continuesTitle(candidate: Line, blanks: number, partsSoFar: number): boolean {
  if (/^(về|v\/v)\s/iu.test(candidate.plain) && candidate.plain.length <= 200) return true;
  if (blanks !== 1 || partsSoFar >= 5 || candidate.plain.length > 160) return false;
  return (
    (candidate.kind === 'text' || candidate.kind === 'name') &&
    !BODY_OPENER.test(candidate.plain) &&
    !ATTACHED_TO.test(candidate.plain)
  );
}

/** A title line as printed, with the dashes the conversion dropped put back (`2023  2025` → `2023 - 2025`). */
function titleText(line: Line): string {
  return restoreDroppedDashes(plainLine(line.raw, true));
}

/**
 * Joins title lines into one sentence: without its closing period, the quotes and `V/v` around a
 * công văn's subject, and with every cited number in its canonical form (`21NQ/TW` → `21-NQ/TW`).
 */
function cleanTitle(parts: string[]): string {
  let text = parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]+$/u, '');
  text = text.replace(/^["“]?\s*V\/v\s*/u, (opening) =>
    opening.startsWith('“') || opening.startsWith('"') ? '“' : '',
  );
  if (/^[“"][^“”"]*[”"]$/u.test(text)) text = text.slice(1, -1).trim();
  else if (/^“/u.test(text) && !text.slice(1).includes('“') && /”$/u.test(text))
    text = text.slice(1, -1).trim();
  for (const match of findNumbers(text).reverse()) {
    text =
      text.slice(0, match.index) + match.number.display + text.slice(match.index + match.length);
  }
  return capitalize(text);
}

/** The first words of the running text (up to 14), for a fragment with no title. */
function firstWords(lines: Line[]): string | null {
  const text = lines
    .filter((line) => line.kind !== 'blank')
    .map((line) => line.plain)
    .join(' ');
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const head = words
    .slice(0, 14)
    .join(' ')
    .replace(/[,;:]+$/u, '');
  return capitalize(words.length > 14 ? `${head}…` : head);
}

/** The `V/v …` subject of a công văn, joined over its lines; `first` is its first part when it shares a line. */
function readSubject(lines: Line[], start: number, first = titleText(lines[start]!)): string {
  const parts = [first];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!['text', 'name', 'upper'].includes(line.kind) || line.plain.length > 120) break;
    parts.push(titleText(line));
  }
  return cleanTitle(parts);
}

/** Items of a list that follows a label line (`Nơi nhận:`), without dashes and end punctuation. */
function readList(lines: Line[], labelIndex: number, end: number): string[] {
  const items: string[] = [];
  const inline = lines[labelIndex]!.plain.replace(/^[^:]*:\s*/u, '');
  if (inline && inline !== lines[labelIndex]!.plain) items.push(cleanItem(inline));
  let i = labelIndex + 1;
  while (i < end && lines[i]!.kind === 'blank') i++;
  for (; i < end; i++) {
    const plain = lines[i]!.plain;
    if (!plain) break;
    // An item whose dash the conversion dropped keeps the dash's indent (` Ban Tuyên giáo TW;`).
    const indented =
      /^[ \t]+\S/u.test(lines[i]!.raw) && plain.length <= 160 && lines[i]!.kind !== 'authority';
    if (!/^[-+•(]/u.test(plain) && !indented) break;
    items.push(cleanItem(plain));
  }
  return items.filter(Boolean);
}

function cleanItem(text: string): string {
  return text
    .replace(/^[-+•]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

/** The `Kính gửi:` list, inline or as dashed lines. */
function readAddressees(lines: Line[], end: number): string[] {
  const index = range(0, end).find((i) => lines[i]!.kind === 'addressees');
  return index === undefined ? [] : readList(lines, index, end);
}

/** `(đã ký)`, `(Đã ký và đóng dấu)`, `[ký]`: a copy's note that the original was signed. */
const SIGNED_NOTE = /^[([]?\s*(đã\s+)?ký(\s+(tên|và\s+đóng\s+dấu|,?\s*đóng\s+dấu))?\s*[)\]]?$/iu;

/**
 * The signature block: the signing authorities (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`), the
 * signer's title and name. `authority` and `onBehalfOf` come from the first authority line; a
 * second one (`KT. Chủ tịch`) is kept in `signature`, the block as a reader writes it.
 */
function readSignature(
  lines: Line[],
  bodyStart: number,
  end: number,
): {
  signer: string | null;
  signerTitle: string | null;
  authority: string | null;
  onBehalfOf: string | null;
  signature: string[];
} {
  const anchored = signersAfterAuthority(lines, bodyStart, end);
  let nameIndex = anchored?.index ?? -1;
  let signer: string | null = anchored?.names.join('; ') ?? null;
  for (let i = end - 1; i >= bodyStart && !anchored; i--) {
    const line = lines[i]!;
    if (line.kind === 'signedMark') {
      signer = line.plain.replace(/^Đã ký\s*:\s*/u, '');
      nameIndex = i;
      break;
    }
    if (line.kind === 'name') {
      signer = line.plain;
      nameIndex = i;
      break;
    }
  }
  const block: string[] = [];
  for (let i = nameIndex - 1; i >= bodyStart; i--) {
    const line = lines[i]!;
    if (line.kind === 'blank' || SIGNED_NOTE.test(line.plain)) continue;
    if (line.kind !== 'upper' && line.kind !== 'authority' && line.kind !== 'typeHeading') break;
    block.unshift(line.plain);
  }
  const authorities: { authority: string; rest: string }[] = [];
  while (block.length > 0) {
    const read = readAuthority(block[0]!);
    if (!read) break;
    authorities.push({ authority: read.authority, rest: properCase(read.rest) });
    block.shift();
  }
  const signerTitle = block.length > 0 ? properCase(block.join(' ')) : null;
  const signature = [
    ...authorities.map((a) => `${a.authority} ${a.rest}`),
    ...(signerTitle ? [signerTitle] : []),
    ...(signer ? [signer] : []),
  ];
  return {
    signer,
    signerTitle,
    authority: authorities[0]?.authority ?? null,
    onBehalfOf: authorities[0]?.rest ?? null,
    signature,
  };
}

/**
 * The signers under the first signing authority (`TM. BAN BÍ THƯ …` / `BÍ THƯ` / the name), read
 * forward, so that a name in an appendix further down is never taken: the first name within the
 * next lines (past `(để báo cáo)`, `Đã ký` and a `Nơi nhận` list that a flattened layout put
 * between), and a second one right after it for a joint document. Null when there is no authority.
 */
function signersAfterAuthority(
  lines: Line[],
  bodyStart: number,
  end: number,
): { names: string[]; index: number } | null {
  let authority = -1;
  for (let i = bodyStart; i < end; i++) {
    if (lines[i]!.kind === 'authority') {
      authority = i;
      break;
    }
  }
  if (authority === -1) return null;
  const names: string[] = [];
  let index = -1;
  let titleLines = 0;
  for (let i = authority + 1; i < Math.min(end, authority + 40); i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || SIGNED_NOTE.test(line.plain) || /^\(.*\)$/u.test(line.plain))
      continue;
    if (line.kind === 'upper' || line.kind === 'authority') {
      titleLines++;
      if (names.length > 0) break;
      continue;
    }
    // Right under the title the shape of a name is enough; further down it must open with a family name.
    const name =
      line.kind === 'signedMark'
        ? line.plain.replace(/^Đã ký\s*:\s*/u, '')
        : isPersonName(
              line.plain,
              titleLines > 0 && index === -1 && names.length === 0 && i - authority <= 6,
            )
          ? line.plain
          : null;
    if (name) {
      names.push(name);
      index = i;
      if (names.length === 2) break;
    } else if (names.length > 0 || line.kind === 'typeHeading') break;
  }
  return names.length > 0 ? { names, index } : null;
}

/** `Văn phòng Thành ủy thông báo …` in the closing lines: the Party committee that issues the notice. */
function findIssuerInClosing(
  lines: Line[],
  onBehalfOf: string | null,
): { body: string; level: Level; party: boolean } | null {
  const text = lines.map((line) => line.plain).join(' ');
  const committee = /(Thành ủy|Tỉnh ủy|Quận ủy|Huyện ủy)\s+thông báo/u.exec(text)?.[1];
  if (committee) {
    return {
      body: committee,
      level: committee === 'Quận ủy' || committee === 'Huyện ủy' ? 'Quận-huyện' : 'Thành phố',
      party: true,
    };
  }
  if (onBehalfOf && /Ban Thường vụ/u.test(onBehalfOf))
    return { body: 'Thành ủy', level: 'Thành phố', party: true };
  return null;
}

/** The copy block: kind, number, date, issuer and recipients. */
function readCopy(lines: Line[]): CopyBlock {
  const marker = lines.find((line) => line.kind === 'copyMarker')!;
  const numberLine = lines.find((line) => line.kind === 'number');
  const placeDate = lines.find((line) => line.kind === 'placeDate');
  // The copying office heads the block; the capitals of its signature further down are not its name.
  const headEnd = lines.findIndex((line) =>
    ['copyMarker', 'number', 'placeDate', 'recipients'].includes(line.kind),
  );
  const upper = lines
    .slice(0, headEnd === -1 ? lines.length : headEnd)
    .filter((line) => line.kind === 'upper' && line.plain !== '*')
    .map((line) => line.plain);
  const recipientsIndex = lines.findIndex((line) => line.kind === 'recipients');
  return {
    kind: properCase(marker.plain),
    number: numberLine ? (findNumbers(numberLine.plain)[0]?.number.display ?? null) : null,
    date: placeDate ? parseDate(placeDate.plain) : null,
    issuer: issuerFromHeader(upper)?.name ?? null,
    recipients: recipientsIndex === -1 ? [] : readList(lines, recipientsIndex, lines.length),
  };
}

/** An incoming stamp block: receiving agency, arrival number, arrival date, forwarded to. */
function readStamp(lines: Line[], documentDate: string | null): IncomingStamp {
  const text = lines.map((line) => line.plain).join('\n');
  const agency =
    lines.find((line) => line.kind === 'upper' && !/ĐẾN/u.test(line.plain))?.plain ?? null;
  const arrival = /Số\s*:?\s*(\d+)/u.exec(text)?.[1] ?? null;
  const day = /Ngày\s*:?\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{2,4}))?/u.exec(text);
  let date: string | null = null;
  if (day) {
    const year = day[3]
      ? Number(day[3].length === 2 ? `20${day[3]}` : day[3])
      : Number(documentDate?.slice(0, 4));
    date = year ? isoDate(Number(day[1]), Number(day[2]), year) : null;
  }
  const forwarded = /Chuy[ểêe]n[ \t]*:[ \t]*([^\n]*)/u
    .exec(text)?.[1]
    ?.replace(/[.\s]+$/u, '')
    .trim();
  return {
    agency: agency ? agency.replace(/\s+-\s+/g, ' - ') : null,
    arrivalNumber: arrival,
    date,
    forwardedTo: forwarded || null,
  };
}

/** `Ngày ký: 21/09/2021 18:49:48 +07:00` → `2021-09-21T18:49:48+07:00`. */
function readDigitalSignature(lines: Line[]): { signedAt: string } | null {
  const text = lines.map((line) => line.plain).join(' ');
  const match =
    /Ngày ký\s*:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)?\s*([+-]\d{2}:\d{2})?/u.exec(
      text,
    );
  if (!match) return null;
  const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!date) return null;
  return {
    signedAt: match[4] ? `${date}T${match[4].padStart(8, '0')}${match[5] ?? '+07:00'}` : date,
  };
}

/**
 * The issuer of an organisation's document. The header's capitals fall into blocks that the
 * number, the place and date or the organisation's name interrupt (two columns flattened): one
 * block is the issuer, two are a joint document (`… và … (liên tịch)`). A decision names the
 * standing body that decides on the line above its `Căn cứ`, a resolution in its `TM.` line
 * (`BAN THƯỜNG VỤ TRUNG ƯƠNG ĐOÀN`): that body is the issuer.
 */
function organisationIssuers(
  lines: Line[],
  headerIndexes: number[],
  organisation: Organisation,
  context: {
    type: string | null;
    headingIndex: number | undefined;
    onBehalfOf: string | null;
    end: number;
  },
): Issuer | null {
  const blocks: string[][] = [[]];
  for (const i of headerIndexes) {
    const line = lines[i]!;
    if (line.kind === 'typeHeading' || i === context.headingIndex) break;
    const current = blocks[blocks.length - 1]!;
    // The place and date close the header: capitals after it are the title's or OCR residue.
    if (line.kind === 'placeDate') break;
    if (line.kind === 'upper' && organisationOfLine(line.plain)) blocks.push([]);
    else if (line.kind === 'upper' && !line.plain.startsWith('*')) {
      // `TRUNG ƯƠNG` under another body opens the organisation's own block (a joint header).
      if (current.length > 0 && /^(BAN CHAP HANH )?TRUNG UONG$/.test(foldKey(line.plain)))
        blocks.push([line.plain]);
      else current.push(line.plain);
    } else if (['number', 'blankNumber', 'placeDate', 'subject', 'motto'].includes(line.kind))
      blocks.push([]);
  }
  const issuers = blocks
    .filter((block) => block.length > 0)
    .map((block) => organisationIssuer(block, organisation));
  const found = issuers.filter((issuer): issuer is Issuer => issuer !== null);
  if (found.length > 1)
    return {
      name: `${found.map((issuer) => issuer.name).join(' và ')} (liên tịch)`,
      level: found[0]!.level,
      party: false,
    };
  const deciding =
    context.type === 'Quyết định'
      ? decidingBody(lines, context.headingIndex, context.end)
      : context.type === 'Nghị quyết'
        ? context.onBehalfOf
        : null;
  return (deciding ? standingBody(deciding, organisation) : null) ?? found[0] ?? null;
}

/** The capitals line of a decision that names who decides, between its title and its `Căn cứ`. */
function decidingBody(lines: Line[], headingIndex: number | undefined, end: number): string | null {
  if (headingIndex === undefined) return null;
  for (let i = headingIndex + 1; i < Math.min(end, headingIndex + 12); i++) {
    const line = lines[i]!;
    if (/^[-–+•]?\s*Căn cứ\b/u.test(line.plain) || line.kind === 'typeHeading') return null;
    if (line.kind === 'upper' || line.kind === 'authority') return line.plain;
  }
  return null;
}
