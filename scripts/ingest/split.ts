/**
 * Splits a source text into its documents: a covering letter, the directive attached to it, that
 * directive's own attachment. Every line goes to exactly one document; copy blocks (`SAO LỤC`),
 * incoming stamps and signature blocks stay with the document they belong to.
 */
import { mottoOfLine, type Line, type LineKind } from './lines.ts';
import { plainLine } from './text.ts';

/** A run of lines that makes one document. */
export interface Segment {
  lines: Line[];
  fromLine: number;
  toLine: number;
}

/** Kinds that count as evidence of a document header. */
const HEADER_SIGNALS: LineKind[] = [
  'motto',
  'number',
  'placeDate',
  'typeHeading',
  'subject',
  'incomingStamp',
];
/** Kinds that can open a header block. */
const HEADER_OPENERS: LineKind[] = [
  'upper',
  'motto',
  'number',
  'incomingStamp',
  'typeHeading',
  'placeDate',
];
/** How many non-blank lines after a candidate are read to decide. */
const WINDOW = 14;

/** Splits classified lines into document segments, in order. */
export function splitDocuments(lines: Line[]): Segment[] {
  const starts = [0];
  let closing = false;
  let inSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'authority') {
      closing = true;
      inSignature = true;
      continue;
    }
    if (line.kind === 'name' || line.kind === 'signedMark') inSignature = false;
    if (line.kind === 'recipients' || line.kind === 'signedMark' || /\.\/\.\s*$/.test(line.plain))
      closing = true;
    if (!closing || inSignature || !HEADER_OPENERS.includes(line.kind)) continue;
    const verdict = readHeaderWindow(lines, i);
    if (verdict === 'copy') {
      // A copy block (`SAO LỤC`) belongs to the document above it: skip to its end.
      i = endOfCopyBlock(lines, i);
      continue;
    }
    if (verdict === 'header') {
      i = headerStart(lines, i);
      starts.push(i);
      closing = false;
    }
  }
  return starts.map((start, k) => {
    const end = (starts[k + 1] ?? lines.length) - 1;
    const segmentLines = lines.slice(start, end + 1);
    return { lines: segmentLines, fromLine: lines[start]!.no, toLine: lines[end]!.no };
  });
}

/** Reads the lines after a candidate: a new header, a copy block, or neither. */
export function readHeaderWindow(lines: Line[], start: number): 'header' | 'copy' | 'none' {
  const signals = new Set<LineKind>();
  let seen = 0;
  for (let j = start; j < lines.length && seen < WINDOW; j++) {
    const line = lines[j]!;
    if (line.kind === 'blank') continue;
    seen++;
    if (line.kind === 'copyMarker') return 'copy';
    // A person's name closes a signature block: a header never holds one.
    if (line.kind === 'name' || line.kind === 'recipients' || line.kind === 'authority') break;
    if (HEADER_SIGNALS.includes(line.kind)) signals.add(line.kind);
    // `UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI …`: the motto OCR merged into the issuer's line.
    else if (printsMotto(line)) signals.add('motto');
    // Running text (a long line) means the header, if any, is over.
    if (line.kind === 'text' && line.plain.length > 160) break;
  }
  // A type heading right after a closed document opens the attached one even without other signals.
  if (lines[start]!.kind === 'typeHeading') return 'header';
  return signals.size >= 2 ? 'header' : 'none';
}

/** True when a line holds a motto beside its other words (the two columns merged by OCR). */
function printsMotto(line: Line): boolean {
  return line.kind === 'upper' && mottoOfLine(plainLine(line.raw)).length > 0;
}

/**
 * Where a header found at `start` opens: after the last line of running words before its first
 * signal (a stamp's broken letters, `===== Trang 5 =====`), which stay with the document above.
 */
function headerStart(lines: Line[], start: number): number {
  let opening = start;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    if (HEADER_SIGNALS.includes(line.kind) || printsMotto(line)) break;
    if (line.kind === 'text' && /\p{L}{3}/u.test(line.plain)) opening = j + 1;
  }
  while (opening < lines.length && lines[opening]!.kind === 'blank') opening++;
  return opening;
}

/** The index of the last line of a copy block that starts at `start`. */
function endOfCopyBlock(lines: Line[], start: number): number {
  let end = start;
  let afterRecipients = false;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === 'recipients') afterRecipients = true;
    if (
      afterRecipients &&
      line.kind !== 'blank' &&
      line.kind !== 'recipients' &&
      !line.plain.startsWith('-')
    )
      break;
    end = j;
  }
  return end;
}
