/**
 * A document's lines laid out for its part readers: where the header, the body and the copy block
 * are, which lines are stamps, and what each reader has found so far.
 */
import type { ArchiveDocument } from '../../../src/lib/contract.ts';
import {
  findPlaceDate,
  firstRunningText,
  isPersonName,
  layOutTableRows,
  makeLine,
  type Line,
} from '../lines.ts';
import { organisationOfLine } from '../issuer.ts';
import { isUpperCaseLine, plainLine } from '../text.ts';
import { readHeaderWindow } from '../split.ts';
import type { DocumentNumber } from '../number.ts';

/** The fields of a document read from its own text (the rest comes from the corpus). */
export type Description = Pick<
  ArchiveDocument,
  | 'numberAlternatives'
  | 'type'
  | 'issuer'
  | 'level'
  | 'party'
  | 'date'
  | 'place'
  | 'motto'
  | 'title'
  | 'addressees'
  | 'recipients'
  | 'signer'
  | 'signerTitle'
  | 'authority'
  | 'onBehalfOf'
  | 'signature'
  | 'copy'
  | 'incomingStamps'
  | 'digitalSignature'
  | 'inferred'
  | 'corrected'
  | 'warnings'
> & {
  /** The document's own number, read. */
  number: DocumentNumber | null;
  /** The source lines of the stamps on the paper (`ĐẾN …`), as [first, last] line numbers. */
  stampLines: [number, number][];
};

/** A description with nothing read yet. */
export function emptyDescription(): Description {
  return {
    number: null,
    numberAlternatives: [],
    type: null,
    issuer: null,
    level: null,
    party: null,
    date: null,
    place: null,
    motto: [],
    title: null,
    addressees: [],
    recipients: [],
    signer: null,
    signerTitle: null,
    authority: null,
    onBehalfOf: null,
    signature: [],
    copy: null,
    incomingStamps: [],
    stampLines: [],
    digitalSignature: null,
    inferred: [],
    corrected: [],
    warnings: [],
  };
}

/** Context from the rest of the file: the place its other headers name. */
export interface DescribeContext {
  filePlace: string | null;
}

/** A document's lines and where its parts are. */
export interface Page {
  /** The lines, Word-table rows laid out as the paper shows them. */
  lines: Line[];
  /** Indexes of the header's lines (before the body), incoming stamps left out. */
  header: number[];
  /** First line of running text. */
  bodyStart: number;
  /** End of the document's own text: where a copy block begins, or the last line + 1. */
  end: number;
  /** Where the copy block (`SAO Y`) begins, or null. */
  copyStart: number | null;
  /** Incoming stamps (`ĐẾN`), as [from, to] indexes. */
  stamps: [number, number][];
  /** Digital signature blocks, as [from, to] indexes. */
  digitalSignatures: [number, number][];
  context: DescribeContext;
}

/** What the part readers found that later readers use, besides the fields themselves. */
export interface Landmarks {
  /** The number line. */
  numberIndex?: number | undefined;
  /** The type heading (`KẾ HOẠCH`, or a heading that opens with its type). */
  headingIndex?: number | undefined;
  /** True when the header has a place-and-date line (even with a blank day). */
  placeDateLine?: boolean;
}

/** One reader of a part: reads `page` and fills its fields of `found`. */
export type PartReader = (page: Page, found: Description, marks: Landmarks) => void;

/** Lays a document's lines out for reading. */
export function layOutPage(segmentLines: Line[], context: DescribeContext): Page {
  // A header or signature laid out as a Word table, or as two columns on one line, is read as
  // the paper shows it.
  const lines = layOutJointSigners(
    layOutClosing(
      layOutColumns(joinBrokenWords(layOutIssuingNotes(layOutTableRows(segmentLines)))),
    ),
  );
  const stamps = findBlocks(lines, (line) => line.kind === 'incomingStamp');
  const digitalSignatures = findBlocks(lines, (line) => line.kind === 'digitalSignature');
  // A signed PDF's stamp (the signer's name over the time) may open the text: it is not the issuer.
  const setApart = [...stamps, ...digitalSignatures];
  const inStamp = (i: number) => setApart.some(([from, to]) => i >= from && i <= to);
  const copyStart = findCopyStart(lines);
  const end = copyStart ?? lines.length;
  const headerStart = findHeaderAfterPreamble(lines, end);
  const bodyStart = findBodyStart(lines, end, headerStart);
  return {
    lines,
    header: range(headerStart, bodyStart).filter((i) => !inStamp(i)),
    bodyStart,
    end,
    copyStart,
    stamps,
    digitalSignatures,
    context,
  };
}

/**
 * A title in capitals that a conversion ran into the note under it (`QUY CHẾ` / `VỀ VIỆC QUẢN LÝ …
 * (Ban hành kèm theo Quyết định số … ngày …)`): the title, then the note, as two lines.
 */
function layOutIssuingNotes(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    // Most lines are ruled out by their last character before the pattern is tried.
    const found =
      line.kind === 'text' && line.plain.endsWith(')') ? ISSUING_NOTE.exec(line.plain) : null;
    if (!found || !isUpperCaseLine(found[1]!)) return [line];
    return [makeLine(found[1]!, line.no), makeLine(found[2]!, line.no)];
  });
}

/** Words, then `(Ban hành kèm theo …)` or `(Kèm theo …)` to the end of the line. */
const ISSUING_NOTE = /^(.*\S)\s+(\((?:[Bb]an hành\s+)?[Kk]èm theo\s[^()]+\))$/u;

/**
 * A header line of one word that a conversion broke off the line it opens (`ỦY` / `BAN NHÂN
 * DÂN`, `CỘNG` / `HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Tam` / `Kỳ, ngày 19 tháng 6 năm 2007`), joined
 * to it again above the type heading: a word in capitals over more capitals, or a place's first
 * word over the rest of its place and date.
 */
function joinBrokenWords(lines: Line[]): Line[] {
  const heading = lines.findIndex((line) => line.kind === 'typeHeading');
  const header = Math.min(firstRunningText(lines), heading === -1 ? lines.length : heading);
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (i < header - 1 && next && next.kind !== 'blank' && /^\p{L}{1,8}$/u.test(line.plain)) {
      const whole = makeLine(`${line.raw.trim()} ${next.raw.trim()}`, line.no);
      if (isBrokenLine(line, next, whole)) {
        joined.push(whole);
        i++;
        continue;
      }
    }
    joined.push(line);
  }
  return joined;
}

/** True when a one-word line and the next are one printed line broken in two. */
function isBrokenLine(word: Line, next: Line, whole: Line): boolean {
  if (isUpperCaseLine(word.plain) && isUpperCaseLine(next.plain)) {
    // Above the type heading, a word in capitals alone on its line opens the issuer's name
    // (`BỘ` / `Y TẾ`) or the motto; a heading (`LỆNH`) stands alone.
    return word.kind === 'upper' && (next.kind === 'upper' || whole.kind === 'motto');
  }
  // A place's first word: `Tam` over `Kỳ, ngày …` (whose year may be on the line after).
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word.plain) &&
    /^\p{Lu}\p{Ll}*,/u.test(next.plain) &&
    (next.kind === 'placeDate' || /^[^,]+,\s*ngày(?!\p{L})/u.test(next.plain))
  );
}

/**
 * Header lines that hold both columns, apart by a wide gap, where the right one is an
 * organisation's name in the motto's place (`BAN CHẤP HÀNH TRUNG ƯƠNG      ĐOÀN TNCS HỒ CHÍ MINH`):
 * each column a line of its own, left first, as a flattened table row is laid out.
 */
function layOutColumns(lines: Line[]): Line[] {
  const header = firstRunningText(lines);
  return lines.flatMap((line, i) => {
    if (i >= header || !/\S(?: {3,}|\t+)\S/u.test(line.raw)) return [line];
    const pieces = line.raw
      .split(COLUMN_GAP)
      .map((piece) => piece.trim())
      .filter(Boolean);
    if (pieces.length < 2 || !pieces.some((piece) => organisationOfLine(plainLine(piece)))) {
      return [line];
    }
    return pieces.map((piece) => makeLine(piece, line.no));
  });
}

/**
 * The closing block where `Nơi nhận` and the signature stand side by side and the conversion put
 * them on the same lines (`- Như trên;        PHÓ GIÁM ĐỐC`): the left column first, then the
 * right one, as for the header. A line far to the right alone belongs to the right column.
 */
function layOutClosing(lines: Line[]): Line[] {
  const start = lines.findLastIndex((line) => line.kind === 'recipients');
  if (start === -1) return lines;
  const left: Line[] = [];
  const right: Line[] = [];
  let end = start;
  for (; end < Math.min(lines.length, start + 30); end++) {
    const line = lines[end]!;
    if (line.kind === 'blank' && lines[end + 1]?.kind === 'blank') break;
    const split = /^(\s*\S.*?)(?: {3,}|\t+)(\S.*)$/u.exec(line.raw);
    if (split) {
      left.push(makeLine(split[1]!, line.no));
      right.push(makeLine(split[2]!, line.no));
    } else if (/^ {20,}\S/u.test(line.raw)) right.push(line);
    else left.push(line);
  }
  const signature = right.some((line) => ['authority', 'name', 'upper'].includes(line.kind));
  if (!signature) return lines;
  const gap = { ...lines[start]!, raw: '', plain: '', kind: 'blank' as const };
  return [...lines.slice(0, start), ...left, gap, ...right, ...lines.slice(end)];
}

/** The gap between two columns that a conversion put on one line. */
const COLUMN_GAP = / {3,}|\t+/u;
/** How many lines at a paper's end its signature blocks may take. */
const SIGNATURE_LINES = 40;

/**
 * A joint paper's two signature blocks side by side (`CHÁNH ÁN      VIỆN TRƯỞNG` / … /
 * `Phạm Minh Đức      Lê Quang Thịnh`): the left block first, then the right one, each with its
 * signer, as two blocks stacked.
 */
function layOutJointSigners(lines: Line[]): Line[] {
  const pair = (line: Line) => {
    const pieces = line.raw.trim().split(COLUMN_GAP);
    return pieces.length === 2 ? pieces : null;
  };
  // The signatures close the paper: only its last lines are looked at.
  const from = Math.max(0, lines.length - SIGNATURE_LINES);
  const last = lines.slice(from).findLastIndex((line) => {
    const pieces = pair(line);
    return pieces !== null && pieces.every((piece) => isPersonName(plainLine(piece)));
  });
  if (last === -1) return lines;
  const names = from + last;
  let start = names;
  while (start > 0 && names - start < 8) {
    const above = lines[start - 1]!;
    const pieces = above.kind === 'blank' ? [] : pair(above);
    if (!pieces || !pieces.every((piece) => isUpperCaseLine(plainLine(piece)))) break;
    start--;
  }
  while (lines[start]?.kind === 'blank') start++;
  if (start === names) return lines;
  const block = lines.slice(start, names + 1);
  const column = (k: 0 | 1) =>
    block.map((line) => (line.kind === 'blank' ? line : makeLine(pair(line)![k]!, line.no)));
  const gap = { ...lines[names]!, raw: '', plain: '', kind: 'blank' as const };
  return [...lines.slice(0, start), ...column(0), gap, ...column(1), ...lines.slice(names + 1)];
}

/** The integers from `from` to `to - 1`. */
export function range(from: number, to: number): number[] {
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

/**
 * The first line of running text: a long line, or, once the header has begun, a paragraph that a
 * PDF export wrapped into shorter lines; or the `Nơi nhận` line.
 */
function findBodyStart(lines: Line[], end: number, from = 0): number {
  let headerBegun = false;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (line.kind === 'text' && line.plain.length >= 80 && !line.plain.startsWith('-')) return i;
    if (line.kind === 'recipients') return i;
    if (headerBegun && opensWrappedParagraph(lines, i, end)) return i;
    if (HEADER_KINDS.has(line.kind)) headerBegun = true;
  }
  return headerBegun ? findShortBodyStart(lines, end, from) : end;
}

/**
 * In a short document, whose running text has no long line: the first sentence after the place
 * and date (a line of text ending with `.`, `;` or `:`, after a blank line), or the signature.
 */
function findShortBodyStart(lines: Line[], end: number, from: number): number {
  let dated = false;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    // The place and date, on its own line or on the number's where OCR merged the columns.
    if (line.kind === 'placeDate' || (line.kind === 'number' && findPlaceDate(line.plain)))
      dated = true;
    if (!dated) continue;
    if (line.kind === 'authority') return i;
    if (
      line.kind === 'text' &&
      line.plain.length >= 25 &&
      /^\p{Lu}/u.test(line.plain) &&
      /[.;:]$/u.test(line.plain) &&
      lines[i - 1]?.kind === 'blank'
    )
      return i;
  }
  return end;
}

/**
 * Where the header begins when the text opens with lines that are not (a web page's title and
 * catalogue lines, `Số hiệu: … Loại văn bản: …`, over the paper's header): the first line in
 * capitals, within the next dozen lines, that opens a block with the header's signs (motto,
 * number, place and date, type heading). Else 0: the header, if any, is at the top.
 */
function findHeaderAfterPreamble(lines: Line[], end: number): number {
  const first = findBodyStart(lines, end);
  if (lines.slice(0, first).some((line) => HEADER_KINDS.has(line.kind))) return 0;
  let seen = 0;
  for (let i = first + 1; i < end && seen < PREAMBLE_LINES; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    if (line.kind === 'recipients' || line.kind === 'authority') return 0;
    seen++;
    if (line.kind === 'upper' && readHeaderWindow(lines, i) === 'header') return i;
  }
  return 0;
}

/** How many lines a preamble over the header may have. */
const PREAMBLE_LINES = 12;

/** Kinds of line that only a header has. */
const HEADER_KINDS = new Set([
  'motto',
  'number',
  'blankNumber',
  'placeDate',
  'typeHeading',
  'subject',
]);

/** A sentence that opens with a capital, wrapped over two long lines of text. */
function opensWrappedParagraph(lines: Line[], i: number, end: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  return (
    i + 1 < end &&
    line.kind === 'text' &&
    line.plain.length >= 55 &&
    /^\p{Lu}/u.test(line.plain) &&
    next?.kind === 'text' &&
    next.plain.length >= 40
  );
}
