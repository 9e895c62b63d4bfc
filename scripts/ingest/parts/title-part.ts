/** The type and title part: the type heading (`KẾ HOẠCH`) and the trích yếu under it, or `V/v …`. */
import { findNumbers, typeOfNumber } from '../number.ts';
import {
  AUTHORED_TYPES,
  longerHeading,
  printsMotto,
  typeOfHeading,
  typeOpeningHeading,
  withoutPlaceDate,
  type Line,
} from '../lines.ts';
import { capitalize, isUpperCaseLine, plainLine, restoreDroppedDashes } from '../text.ts';
import { restoreDroppedSpaces } from '../syllables.ts';
import { properCase } from '../casing.ts';
import { warning } from '../warnings.ts';
import type { Page, PartReader } from './page.ts';

/** The type of a consolidated text (`836/VBHN-BLĐTBXH`). */
const CONSOLIDATED = 'Văn bản hợp nhất';

/**
 * Reads the type and the title: from the type heading and the block under it; else from the
 * `V/v …` subject of a công văn; the type from the number's code where no heading names it; the
 * first words of the text for a fragment with no title.
 */
export const readTitlePart: PartReader = (page, found, marks) => {
  const { lines, end } = page;
  const heading = findHeading(page);
  marks.headingIndex = heading?.index;
  if (heading) {
    found.type = heading.type;
    found.title = readTitleAfterHeading(
      lines,
      heading.index,
      end,
      heading.type ?? '',
      heading.lead,
    );
  }
  const subject = readSubjectPart(page, marks.numberIndex);
  if (subject !== null) {
    if (!found.title) found.title = subject;
    found.type ??= 'Công văn';
  }
  if (!heading && subject === null) found.title = titleUnderDate(page);
  const byNumber = found.number ? typeOfNumber(found.number) : null;
  if (!found.type && byNumber) {
    found.type = byNumber;
    found.inferred.push('type');
  }
  // A consolidated text prints the heading of the text it consolidates: its number says what it is.
  if (byNumber === CONSOLIDATED) found.type = CONSOLIDATED;
  if (!found.type) found.warnings.push(warning('type-unknown'));
  if (found.title) return;
  // Under a header, the running text's first words, not the header's; a fragment's own heading.
  const hasHeader =
    found.number !== null || found.date !== null || page.header.some((i) => printsMotto(lines[i]!));
  found.title =
    (hasHeader ? firstWords(lines.slice(page.bodyStart, end)) : null) ??
    firstWords(lines.slice(0, end));
  if (found.title) {
    found.inferred.push('title');
    found.warnings.push(warning('title-from-first-words'));
  } else found.warnings.push(warning('title-missing'));
};

/**
 * The type heading (`KẾ HOẠCH`); or, after the place and date (or the motto, where they are not
 * printed), a heading in capitals that opens with the type (`HƯỚNG DẪN MINH CHỨNG …`, `KẾ HOẠCH
 * QUỐC GIA`), whose other words begin the title.
 */
function findHeading({
  lines,
  header,
}: Page): { index: number; type: string | null; lead?: string } | null {
  const full = header.find((i) => lines[i]!.kind === 'typeHeading');
  // After the place and date; in a copy printed without them (an attached plan), after the motto.
  const dated = header.findIndex((i) => lines[i]!.kind === 'placeDate');
  const afterDate = dated !== -1 ? dated : header.findLastIndex((i) => lines[i]!.kind === 'motto');
  // `QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG …` / `BAN HÀNH …` comes before the enacting `QUYẾT ĐỊNH`.
  for (const i of afterDate === -1 ? [] : header.slice(afterDate + 1)) {
    if (full !== undefined && i > full) break;
    const read = typeOpeningHeading(lines[i]!.plain);
    if (read) return { index: i, type: read.type, lead: properCase(read.rest) };
  }
  if (full !== undefined) return { index: full, type: typeOfHeading(lines[full]!.plain) };
  return null;
}

/**
 * A title in capitals that says its type again under the type heading (`THÔNG TƯ` / `THÔNG TƯ QUY
 * ĐỊNH CHẾ ĐỘ …`, as a web copy prints it): the title is what follows. `KẾT LUẬN CỦA …` keeps it.
 */
function withoutRepeatedType(title: string, type: string): string {
  const repeated = type.toLocaleUpperCase('vi');
  if (!repeated || !title.startsWith(`${repeated} `)) return title;
  const rest = title.slice(repeated.length + 1);
  return /^\p{Lu}/u.test(rest) && !/^CỦA(?!\p{L})/u.test(rest) ? rest : title;
}

/** The `V/v …` subject under the number, or on the number's line where OCR merged the columns. */
function readSubjectPart({ lines, header }: Page, numberIndex: number | undefined): string | null {
  const subjectIndex = header.find((i) => lines[i]!.kind === 'subject');
  if (subjectIndex !== undefined) return readSubject(lines, subjectIndex);
  if (numberIndex === undefined) return null;
  const onNumber = /\sV\/v\s*:?\s+(.+)$/u.exec(lines[numberIndex]!.plain)?.[1];
  if (onNumber) return readSubject(lines, numberIndex, onNumber);
  // `Số: 4144/GDĐT-VP` / `Về cho học sinh nghỉ học`: a subject printed without its `V/v`.
  const under = header.find(
    (i) => i > numberIndex && !['blank', 'placeDate'].includes(lines[i]!.kind),
  );
  // A Party paper prints it in lower case (`Số 2449-CV/ĐU` / `về việc triển khai …`).
  if (under === undefined || !/^[Vv]ề\s+\p{Ll}/u.test(lines[under]!.plain)) return null;
  return readSubject(lines, under, titleText(lines[under]!), true);
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
  const parts: string[] = [];
  let i = heading + 1;
  while (i < end && lines[i]!.kind === 'blank') i++;
  for (; i < end; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      let next = i;
      while (next < end && lines[next]!.kind === 'blank') next++;
      const candidate = lines[next];
      const count = parts.length + (lead ? 1 : 0);
      // `BAN HÀNH "QUY CHẾ …` / blank / `CỦA NGÀNH KSND"`: a quotation goes on to its end.
      const quoteOpen = (parts.join(' ').match(/["“”]/gu)?.length ?? 0) % 2 === 1;
      const quoted = quoteOpen && candidate?.kind === 'upper' && next - i <= 2;
      if (count > 0 && candidate && (quoted || continuesTitle(candidate, next - i, count))) {
        i = next - 1;
        continue;
      }
      break;
    }
    if (endsTitle(line, parts)) break;
    if (parts.length > 0 && !goesOn(parts) && isEnactingAuthority(lines, i, end)) break;
    parts.push(titleText(line));
  }
  // `CUA BỘ CHÍNH TRỊ` right under the heading: `CỦA` with the marks OCR lost.
  if (!lead && parts.length > 0)
    parts[0] = withoutRepeatedType(parts[0]!, type).replace(/^CUA(?=\s+\p{Lu})/u, 'CỦA');
  const titleLines = caseLines(parts);
  // `KẾ HOẠCH QUỐC GIA` / `Thích ứng với …`: after the heading's own words the title goes on in
  // lower case (a name, `Hà Nội …`, keeps its capital).
  if (lead && titleLines[0] && /^\p{Lu}[\p{Ll}\p{M}]*,?\s+\p{Ll}/u.test(titleLines[0]))
    titleLines[0] = `${titleLines[0].charAt(0).toLocaleLowerCase('vi')}${titleLines[0].slice(1)}`;
  const cased = [...(lead ? [lead] : []), ...titleLines];
  if (cased.length === 0) return null;
  const joined = cased.join(' ');
  // Who issues it, where the heading names it after the type on one line (`QUYẾT ĐỊNH CỦA …`).
  const author = lead && AUTHORED_TYPES.includes(type) ? AUTHOR.exec(joined) : null;
  const identity = OWN_IDENTITY.exec(joined) ?? author;
  if (identity) return cleanTitle([joined.slice(identity[0].length)]);
  // The heading's own words (`Chương trình hành động của Bộ Chính trị …`), else its type's.
  if (/^của\s/iu.test(cased[0]!))
    cased[0] = `${longerHeading(lines[heading]!.plain) ?? type} ${cased[0]!.charAt(0).toLocaleLowerCase('vi')}${cased[0]!.slice(1)}`;
  return cleanTitle(cased);
}

/** The words a document's subject opens with after its own identity. */
const SUBJECT_VERBS =
  '(?:về|quy định|hướng dẫn|ban hành|sửa đổi|bổ sung|phê duyệt|thành lập|giao|công bố)';

/**
 * An older heading that restates the document's own number, date and issuer before its subject
 * (`THÔNG TƯ` / `SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …`; `QUYẾT ĐỊNH` / `CỦA BỘ
 * TRƯỞNG … SỐ 12/QĐ-BTC NGÀY 20 THÁNG 1 NĂM 2005 VỀ VIỆC …`): the subject is the title.
 */
const OWN_IDENTITY = new RegExp(
  String.raw`^(?:của\s.+?\s)?số\s+\S+\s+ngày\s+(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:\s+của\s.+?)??\s+(?=${SUBJECT_VERBS}\s)`,
  'iu',
);

/** `của Viện trưởng … ban hành …` after a state type: who issues it, before its subject. */
const AUTHOR = new RegExp(`^của\\s.+?\\s(?=${SUBJECT_VERBS}\\s)`, 'iu');

/** True when a line that follows the title lines read so far (no blank between) is not title. */
function endsTitle(line: Line, parts: string[]): boolean {
  const { plain } = line;
  // A title in capitals may run long on one line; running text over 200 characters is the text.
  const long = plain.length > (line.kind === 'upper' ? 500 : 200);
  if (/^-{3,}$/.test(plain) || long || ATTACHED_TO.test(plain)) return true;
  if (!['upper', 'text', 'name', 'typeHeading', 'subject'].includes(line.kind)) return true;
  const last = parts[parts.length - 1];
  if (last === undefined) return false;
  // The title ends where running text opens (`Thực hiện …`, `I.`).
  if (BODY_OPENER.test(plain)) return true;
  // A title in capitals does not go on in a sentence (`… TRÊN ĐỊA BÀN TỈNH` / `Trong thời gian
  // qua, …`), unless that opens its `về …` part.
  if (
    parts.every(isUpperCaseLine) &&
    /^\p{Lu}\p{Ll}/u.test(plain) &&
    plain.length >= 30 &&
    !/^(?:về|v\/v)\s/iu.test(plain)
  )
    return true;
  // A `về …` block goes on in lower case (`định hướng đến năm 2030`); a long line that opens
  // with a capital is the text (`Hội nghị lần thứ mười một … họp`).
  return (
    parts.some((part) => /^về\s/u.test(part)) &&
    /^\p{Ll}/u.test(last) &&
    /^\p{Lu}\p{Ll}/u.test(plain) &&
    plain.length >= 60
  );
}

/**
 * Who enacts a decision or resolution, in capitals between its title and its `Căn cứ …` lines
 * (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`, `BỘ TRƯỞNG BỘ Y TẾ`, `HỘI ĐỒNG NHÂN DÂN TỈNH …` / `KHÓA X,
 * KỲ HỌP THỨ 9`): no part of the title, even with no blank line between.
 */
const ENACTING_AUTHORITY =
  /^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|(?:ỦY|UỶ|UY) BAN|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|HỘI ĐỒNG|BAN (?!HÀNH(?!\p{L}))|GIÁM ĐỐC|CHÁNH |TỔNG |THƯỜNG TRỰC|CỤC TRƯỞNG|VIỆN TRƯỞNG|TRƯỞNG |HIỆU TRƯỞNG|BÍ THƯ|ĐOÀN CHỦ TỊCH|THỐNG ĐỐC|CHỦ NHIỆM|QUỐC HỘI|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|ĐẢNG ỦY)/u;

/** True when a title line ends mid-phrase (`… CỦA BAN` / `BÍ THƯ VỀ …`): the next line goes on with it. */
function goesOn(parts: string[]): boolean {
  return /(?:\s(?:CỦA|CỦA BAN|VÀ|VỀ|CHO|TẠI|VỚI|TRONG|NGÀY|SỐ|THEO|ĐỐI VỚI)|[,-])$/u.test(
    parts[parts.length - 1]!.trim(),
  );
}

/** How the grounds of a decision open, after who enacts it. */
const GROUNDS = /^[-–•]?\s*(?:Căn cứ|Xét|Theo đề nghị|Trên cơ sở)(?!\p{L})/u;

/** True when line `i` names who enacts the document: in capitals, with its grounds one or two lines on. */
function isEnactingAuthority(lines: Line[], i: number, end: number): boolean {
  const line = lines[i]!;
  if (line.kind !== 'upper' || !ENACTING_AUTHORITY.test(line.plain)) return false;
  let seen = 0;
  for (let k = i + 1; k < end && seen < 2; k++) {
    const next = lines[k]!;
    if (next.kind === 'blank') continue;
    if (GROUNDS.test(next.plain)) return true;
    if (next.kind !== 'upper') return false;
    seen++;
  }
  return false;
}

/**
 * A title in capitals right under the number and the date, where the type heading was lost
 * (`Số: 2254/KH-UBND | Quảng Bình, ngày …` / `PHÒNG, CHỐNG DỊCH BỆNH …` / `Căn cứ …`): at most
 * four lines, ending where the text opens; none when running text or nothing follows.
 */
function titleUnderDate({ lines, header, end }: Page): string | null {
  const last = Math.max(
    ...header.filter((i) => ['number', 'placeDate'].includes(lines[i]!.kind)),
    -1,
  );
  if (last === -1) return null;
  let i = last + 1;
  while (i < end && (lines[i]!.kind === 'blank' || /^[-|\s]+$/u.test(lines[i]!.plain))) i++;
  const parts: string[] = [];
  for (; i < end && parts.length < 5; i++) {
    const line = lines[i]!;
    if (line.kind !== 'upper' || isEnactingAuthority(lines, i, end)) break;
    parts.push(titleText(line));
  }
  const next = lines[i];
  const textFollows = next && next.kind !== 'upper' && next.kind !== 'blank';
  if (parts.length === 0 || parts.length > 4 || !textFollows) return null;
  return cleanTitle(caseLines(parts));
}

/** Title lines in sentence case: a run of lines in capitals is one sentence, not one per line. */
function caseLines(texts: string[]): string[] {
  const cased: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) cased.push(properCase(run.join(' ')));
    run = [];
  };
  for (const text of texts) {
    if (isUpperCaseLine(text)) run.push(text);
    else {
      flush();
      cased.push(text);
    }
  }
  flush();
  return cased;
}

/** `(Ban hành kèm theo Kế hoạch số …)`: the line under an attachment's title that names what it belongs to. */
const ATTACHED_TO = /^\(\s*(ban hành |đính |gửi )?kèm theo\b/iu;

/** How running text opens: a title never goes on with these. */
const BODY_OPENER =
  /^(Căn cứ|Thực hiện|Thi hành|Xét|Được sự|Vừa qua|Kính gửi|Triển khai|Nhằm|Để|Sau khi|Ngày|Theo|Trên cơ sở|Hướng tới|Thiết thực|Qua|Năm \d{4},|(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày|nay|qua|\d)|[IVX]+\.|\d+[.)]|[-+•*])/u;

/**
 * True when the block after a blank line goes on with the title: a `về …` block after any
 * blank lines (`KẾT LUẬN CỦA …` / `về công tác …`), or, after exactly one blank line, a short
 * line that does not open running text (a title the conversion broke into paragraphs).
 */
function continuesTitle(candidate: Line, blanks: number, partsSoFar: number): boolean {
  if (/^(về|v\/v)\s/iu.test(candidate.plain) && candidate.plain.length <= 200) return true;
  if (blanks !== 1 || partsSoFar >= 5 || candidate.plain.length > 160) return false;
  // A sentence that ends is running text (`… thông báo lịch tiếp công dân như sau.`).
  if (/[.:]$/u.test(candidate.plain)) return false;
  return (
    (candidate.kind === 'text' || candidate.kind === 'name') &&
    !BODY_OPENER.test(candidate.plain) &&
    !ATTACHED_TO.test(candidate.plain)
  );
}

/**
 * A title line as printed, with the dashes and spaces the conversion dropped put back (`2023  2025`
 * → `2023 - 2025`, `TRIỂNKHAI` → `TRIỂN KHAI`).
 */
function titleText(line: Line): string {
  return restoreDroppedSpaces(restoreDroppedDashes(plainLine(line.raw, true)));
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
    // A cell's bar left at either end (`V/v triển khai … | Hà Nội, ngày …`, the date taken away).
    .replace(/^[|\s]+|[\s.;,|]+$/gu, '');
  text = text.replace(/^["“]?\s*(?:V\/v\s*:?\s*|Về(?: việc)?\s*:\s*)/u, (opening) =>
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

/**
 * The `V/v …` subject of a công văn, joined over its lines; `first` is its first part when it
 * shares a line. `pastGaps`: an export that puts a blank line under every line; a short line
 * after one blank line goes on with the subject (`Về cho học sinh nghỉ học` / `Ngày 26/11/2018`).
 */
function readSubject(
  lines: Line[],
  start: number,
  first = titleText(lines[start]!),
  pastGaps = false,
): string {
  // `V/v lấn chiếm … đất Đồng Khê, ngày 04 tháng 8 năm 2026`: the other column's date, merged by OCR.
  const parts = [withoutPlaceDate(first)];
  for (let i = start + 1; i < lines.length; i++) {
    let line = lines[i]!;
    if (pastGaps && line.kind === 'blank' && lines[i + 1] && continuesSubject(lines[i + 1]!))
      line = lines[++i]!;
    if (!['text', 'name', 'upper'].includes(line.kind) || line.plain.length > 120) break;
    parts.push(titleText(line));
  }
  return cleanTitle(parts);
}

/** A short line in sentence case that opens no running text and ends no sentence. */
function continuesSubject(line: Line): boolean {
  return (
    line.kind === 'text' &&
    line.plain.length <= 60 &&
    !/[.:;]$/u.test(line.plain) &&
    !BODY_OPENER.test(line.plain.replace(/^Ngày\s+(?=\d)/u, ''))
  );
}
