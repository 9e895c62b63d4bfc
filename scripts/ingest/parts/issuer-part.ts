/**
 * The issuer part: the issuing body and its parent at the top left (`THÀNH ỦY HÀ NỘI`, `BAN CHẤP
 * HÀNH TRUNG ƯƠNG` over `ĐOÀN TNCS HỒ CHÍ MINH`), joint issuers, the standing body that decides;
 * where the header has none, inferred from the number's code or the closing lines, and said so.
 */
import { LEVELS, type Level } from '../../../src/lib/contract.ts';
import { foldKey } from '../../../src/lib/vietnamese.ts';
import { printsMotto, type Line } from '../lines.ts';
import { issuerOfNumber } from '../number.ts';
import {
  issuerFromHeader,
  localName,
  mostMentionedPlace,
  organisationIssuer,
  organisationOfBody,
  organisationOfLine,
  isBarePlace,
  namesNationalBody,
  standingBody,
  type Issuer,
  type Organisation,
} from '../issuer.ts';
import { PROVINCE_NAMES } from '../vocabulary.ts';
import { warning } from '../warnings.ts';
import type { Description, Page, PartReader } from './page.ts';

/** Reads the issuer, its level and whether it is a Party body. */
export const readIssuerPart: PartReader = (page, found, marks) => {
  const { lines, header } = page;
  // Capitals with no motto, number or date around them are a title (`CHUYÊN ĐỀ …`), not an issuer.
  // A place and date that OCR merged into another line count too.
  const hasHeader =
    marks.placeDateLine === true ||
    header.some(
      (i) =>
        ['number', 'blankNumber', 'placeDate'].includes(lines[i]!.kind) ||
        printsMotto(lines[i]!) ||
        (lines[i]!.kind === 'upper' && organisationOfLine(lines[i]!.plain)),
    );
  const fromHeader = hasHeader ? headerIssuer(page, found, marks.headingIndex) : null;
  found.issuer = fromHeader?.name ?? null;
  found.level = fromHeader?.level ?? null;
  found.party = fromHeader?.party ?? found.number?.party ?? null;
  if (found.issuer) {
    sayWhatWasRepaired(page, found);
    placeFromDateLine(found);
    completedFromNumber(found);
  } else inferIssuer(page, found);
  if (!hasHeader) sayWhatItIsAttachedTo(page, found);
};

/** A body that exists once per province, printed without its province. */
const PROVINCIAL_BODY = /^(?:Ủy ban nhân dân|Hội đồng nhân dân|Thường trực Hội đồng nhân dân)$/u;

/**
 * `ỦY BAN NHÂN DÂN | CỘNG HÒA …` / `Số: … | Quảng Bình, ngày …`: a flattened header that lost the
 * province under the body. A province's bodies date their papers at the province's name, so the
 * body is that province's; inferred, and said so.
 */
function placeFromDateLine(found: Description): void {
  const place = found.place;
  if (!found.issuer || !PROVINCIAL_BODY.test(found.issuer) || !place) return;
  if (!(foldKey(place) in PROVINCE_NAMES)) return;
  found.issuer = localName(found.issuer, place);
  found.level = 'Thành phố';
  found.inferred.push('issuer');
  found.warnings.push(warning('issuer-place-from-date', { issuer: found.issuer, place }));
}

/**
 * `VIỆN KIỂM SÁT NHÂN DÂN` over `Số: 01/2009/CT-VKSTC`: a header that lost the last words of a
 * national body's name (`TỐI CAO`), which the number's code names whole; inferred, and said so.
 */
function completedFromNumber(found: Description): void {
  const code = found.number ? issuerOfNumber(found.number) : null;
  if (!found.issuer || !code || code.local || code.level !== 'Trung ương') return;
  if (!code.name.startsWith(`${found.issuer} `)) return;
  found.issuer = code.name;
  found.level = code.level;
  found.inferred.push('issuer');
  found.warnings.push(
    warning('issuer-completed-from-number', { issuer: code.name, number: found.number!.display }),
  );
}

/** A header line that OCR garbled and the reader took as the line it prints: said on the page. */
function sayWhatWasRepaired({ lines, header }: Page, found: Description): void {
  for (const i of header) {
    const { garbled, plain, kind } = lines[i]!;
    if (garbled && kind === 'upper')
      found.warnings.push(warning('header-line-repaired', { written: garbled, printed: plain }));
  }
}

/** The issuer the header prints: an organisation's by its own rules, else the opening capitals. */
function headerIssuer(
  page: Page,
  found: Description,
  headingIndex: number | undefined,
): Issuer | null {
  const { lines, header } = page;
  const capitals = header.filter((i) => lines[i]!.kind === 'upper').map((i) => lines[i]!.plain);
  // An organisation's document (its name where the motto stands) is read by its own rules.
  const organisation =
    capitals.map(organisationOfLine).find(Boolean) ??
    capitals.map(organisationOfBody).find(Boolean);
  if (organisation) {
    return organisationIssuers(lines, header, organisation, {
      type: found.type,
      headingIndex,
      onBehalfOf: found.onBehalfOf,
      end: page.end,
    });
  }
  return issuerFromHeader(openingCapitals(lines, header));
}

/** The capitalised lines that open the header (after the motto, where OCR put it first). */
function openingCapitals(lines: Line[], header: number[]): string[] {
  const capitals: string[] = [];
  for (const [at, i] of header.entries()) {
    const line = lines[i]!;
    // Before the issuer: blank lines, a motto OCR put first, a database's record of the text.
    const before = ['blank', 'motto', 'text'].includes(line.kind) && !line.plain.startsWith('*');
    if (before && capitals.length === 0) continue;
    if (line.kind === 'upper' && !line.plain.startsWith('*')) capitals.push(line.plain);
    // `VIỆN KIỂM SÁT NHÂN DÂN` / `CỘNG HOÀ …` / `TỐI CAO`: two columns printed line after line.
    else if (line.kind === 'motto' && capitals.length > 0) {
      if (!goesOnPastGap(lines, header.slice(at + 1))) break;
    } else if (line.kind === 'blank' || line.plain === '*') {
      if (capitals.length > 0 && !goesOnPastGap(lines, header.slice(at + 1))) break;
    } else break;
  }
  return capitals;
}

/**
 * `ỦY BAN NHÂN DÂN` / blank / `XÃ ĐỨC HỢP`: an export that puts a blank line under every line.
 * The issuer goes on past blank lines (or the motto's line) to a place, a department under its
 * body, the end of a national body's name, or a second national body.
 */
function goesOnPastGap(lines: Line[], rest: number[]): boolean {
  const next = rest.map((i) => lines[i]!).find((line) => line.kind !== 'blank');
  if (next?.kind !== 'upper') return false;
  return (
    isBarePlace(next.plain) ||
    /^(?:SỞ|PHÒNG|BAN|VĂN PHÒNG)\s|^(?:TỐI CAO|TRUNG ƯƠNG)$/u.test(next.plain.trim()) ||
    // A second national body: a joint paper (`TÒA ÁN …` / blank / `VIỆN KIỂM SÁT …`).
    namesNationalBody(next.plain)
  );
}

/** Where the header names no issuer: the number's code, else the closing lines; said so. */
function inferIssuer(page: Page, found: Description): void {
  const { lines, bodyStart, end, context } = page;
  const textPlace =
    found.place ?? context.filePlace ?? mostMentionedPlace(lines.map((l) => l.plain).join('\n'));
  const code = found.number ? issuerOfNumber(found.number) : null;
  if (found.number && code) {
    found.issuer = code.local
      ? localName(code.name, textPlace, code.level === 'Quận-huyện')
      : code.name;
    found.level = code.level;
    found.party = code.party;
    found.inferred.push('issuer');
    const place = code.local ? textPlace : null;
    found.warnings.push(
      warning('issuer-from-number', { issuer: found.issuer, number: found.number.display, place }),
    );
    return;
  }
  const fromClosing = findIssuerInClosing(lines.slice(bodyStart, end), found.onBehalfOf);
  if (!fromClosing) {
    found.warnings.push(warning('issuer-unknown'));
    return;
  }
  found.issuer = localName(fromClosing.body, textPlace);
  found.level = fromClosing.level;
  found.party = fromClosing.party;
  found.inferred.push('issuer');
  found.warnings.push(warning('issuer-from-closing', { issuer: found.issuer, place: textPlace }));
}

/** A document with no header of its own that says it is attached to another: its identity is that one's. */
function sayWhatItIsAttachedTo({ lines, end }: Page, found: Description): void {
  const text = lines
    .slice(0, end)
    .map((l) => l.plain)
    .join(' ');
  const attachedTo =
    /kèm theo\s+((?:Kế hoạch|Công văn|Quyết định|Hướng dẫn|Thông báo|Nghị quyết)\s+số:?\s*[^,;()]+?)(?=\s*(?:,|;|\)|ngày|của|$))/iu.exec(
      text,
    );
  if (attachedTo) {
    found.warnings.push(warning('attachment-without-header', { attachedTo: attachedTo[1]! }));
  }
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
      // A department with no level of its own (`BAN TUYÊN GIÁO`) belongs to the body above it,
      // whatever the flattened right column put between them.
      else if (current.length === 0 && (isBareDepartment(line.plain) || isBarePlace(line.plain)))
        (blocks.findLast((block) => block.length > 0) ?? current).push(line.plain);
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
      // A joint document stands at the level of its highest issuer.
      level: LEVELS[Math.min(...found.map((issuer) => LEVELS.indexOf(issuer.level)))]!,
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

/** `BAN TUYÊN GIÁO`, `VĂN PHÒNG`: a department that names no level or body of its own. */
function isBareDepartment(plain: string): boolean {
  const key = foldKey(plain);
  return (
    /^(BAN|VAN PHONG)\b/.test(key) &&
    !/\b(CHAP HANH|THUONG VU|TRUNG UONG|TINH|THANH PHO|QUAN|HUYEN|THI XA|XA|PHUONG|DOAN|DANG|HOI|UY)\b/.test(
      key,
    )
  );
}

/** The capitals line of a decision that names who decides, between its title and its `Căn cứ`. */
function decidingBody(lines: Line[], headingIndex: number | undefined, end: number): string | null {
  if (headingIndex === undefined) return null;
  for (let i = headingIndex + 1; i < Math.min(end, headingIndex + 12); i++) {
    const line = lines[i]!;
    if (/^[-–+•]?\s*Căn cứ(?!\p{L})/u.test(line.plain) || line.kind === 'typeHeading') return null;
    if (line.kind === 'upper' || line.kind === 'authority') return line.plain;
  }
  return null;
}
