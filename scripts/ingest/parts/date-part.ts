/** The place and date part: `Hà Nội, ngày 20 tháng 9 năm 2021`, top right of the header. */
import { isPartialDate, parseDate, partialDate } from '../../../src/lib/vietnamese.ts';
import { findPlaceDate, readPlaceDate, type Line, type PlaceDate } from '../lines.ts';
import { placeOfDateLine } from '../issuer.ts';
import { warning } from '../warnings.ts';
import type { PartReader } from './page.ts';

/**
 * Reads the place and the date of issue; a day or month left blank stays blank. The meeting date
 * in the body stands in only where the header has no place-and-date line at all.
 */
export const readDatePart: PartReader = ({ lines, header, bodyStart, end }, found, marks) => {
  const placeDateIndex = header.find((i) => lines[i]!.kind === 'placeDate');
  // Where OCR merged the columns, the place and date follow other words (`Số: … Hà Nội, ngày …`).
  const placeDate =
    placeDateIndex !== undefined
      ? readPlaceDate(lines[placeDateIndex]!.plain)
      : (header.map((i) => findPlaceDate(lines[i]!.plain)).find(Boolean) ??
        placeDateOverTwoLines(lines, header));
  marks.placeDateLine = Boolean(placeDate);
  if (placeDate) {
    found.place = placeOfDateLine(placeDate.place);
    found.date = partialDate(placeDate.day, placeDate.month, placeDate.year);
    if (found.date && isPartialDate(found.date)) {
      found.warnings.push(warning('date-blank-in-original', { date: found.date }));
    } else if (!found.date) found.warnings.push(warning('date-unreadable'));
    return;
  }
  // A plan printed under `(Kèm theo Quyết định số 1422/QĐ-TTg ngày 19 tháng 11 năm 2024 …)`: the
  // date it was issued with.
  const issuedWith = dateIssuedWith(lines.slice(0, Math.min(bodyStart + 10, end)));
  if (issuedWith) {
    found.date = issuedWith.date;
    found.inferred.push('date');
    found.warnings.push(warning('date-of-issuing-document', issuedWith));
    return;
  }
  const meeting = findMeetingDate(lines.slice(bodyStart, end));
  if (!meeting) {
    found.warnings.push(warning('date-missing'));
    return;
  }
  found.date = meeting;
  found.inferred.push('date');
  found.warnings.push(warning('date-from-meeting', { date: meeting }));
};

/**
 * A place and date that OCR or a web copy broke over two lines (`Hà Nội, ngày 21 tháng 7` / `năm
 * 2021`, `Sóc Trăng, ngày` / `27 tháng 9 năm 2022`, `Quảng Bình,` / `ngày 25 tháng 5 năm 2015`).
 */
function placeDateOverTwoLines(lines: Line[], indexes: number[]): PlaceDate | null {
  for (let k = 0; k + 1 < indexes.length; k++) {
    const line = lines[indexes[k]!]!;
    if (!/,\s*(?:ngày(?:\s|$)|$)/u.test(line.plain)) continue;
    const next = indexes.slice(k + 1).find((i) => lines[i]!.kind !== 'blank');
    const joined = next === undefined ? null : findPlaceDate(`${line.plain} ${lines[next]!.plain}`);
    if (joined) return joined;
  }
  return null;
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

/** `(Kèm theo Quyết định số 1422/QĐ-TTg` / `Ngày 19 tháng 11 năm 2024 của …)`, over one or two lines. */
const ISSUED_WITH =
  /\(\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+((?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Công văn|Thông báo|Thông tư|Nghị định)\s+số:?\s*[^\s,;()]+)\s*,?\s+ngày\s+([^()]{6,40}?)(?=\s+của|\s*\)|$)/iu;

/** The date of the document that the text is issued with, and that document, or null. */
function dateIssuedWith(lines: Line[]): { date: string; document: string } | null {
  const found = ISSUED_WITH.exec(lines.map((line) => line.plain).join(' '));
  const date = found ? parseDate(`ngày ${found[2]!}`) : null;
  return found && date ? { date, document: found[1]!.replace(/\s+/g, ' ') } : null;
}
