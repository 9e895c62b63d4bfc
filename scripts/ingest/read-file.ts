/**
 * The first stages for one source file: read (decode, lines, split into documents), describe each
 * document's parts, extract its citations, laws and assignments, and write its body (its MDX and
 * HTML with the citations' targets as slots, `written-body.ts`). A file that cannot be read is
 * reported in words and never stops the others.
 */
import type { FileReport, LawReference, Warning } from '../../src/lib/contract.ts';
import { decode } from './decode.ts';
import { createHash } from 'node:crypto';
import { readLines, readPlaceDate, type Line } from './lines.ts';
import { splitDocuments, type Segment } from './split.ts';
import { describe, type DescribeContext } from './describe.ts';
import { parseBody } from './body.ts';
import { findLawReferences } from './cite.ts';
import { citationsInTree } from './mdx.ts';
import { placeOfDateLine } from './issuer.ts';
import { numberKey } from './number.ts';
import { warning } from './warnings.ts';
import type { Draft } from './resolve.ts';
import { outlineOf, type OutlineEntry } from './outline.ts';
import { residueBlocks } from './residue.ts';
import { writeBody, type WrittenBody } from './written-body.ts';
import { assignmentsOf, readingOf, type FoundAssignment, type Reading } from './assign/extract.ts';

/** One source file as read from disk. */
export interface SourceFile {
  /** Path relative to the source folder. */
  name: string;
  bytes: Uint8Array;
}

/** A document read from its file, with its body written and its citations in the order of its slots. */
export interface WorkDraft extends Draft {
  /** The document's lines as the file holds them: read again if a later stage changes its date. */
  text: string;
  /** The body as the page, the site and the index hold it, its citations' targets as slots. */
  body: WrittenBody;
  laws: LawReference[];
  /** A hash of the document's text, whitespace aside, or null for a short text: two files holding the same text hold one document. */
  textKey: string | null;
  /** Other places (files, lines) that hold exactly this text. */
  alsoIn: { file: string; fromLine: number; toLine: number }[];
  /** The numbered parts of the text (the table of contents). */
  outline: OutlineEntry[];
  /**
   * The assignments found in the text when it was read, with the date that completed their dates
   * and whether it was read as a report: per file, so the read cache keeps them; found again if a
   * later stage changes the date or the type.
   */
  found: Reading & { assignments: FoundAssignment[] };
}

/** Texts shorter than this are not merged when they repeat (a signature block, a stray line). */
const MERGE_MINIMUM = 200;

/** The key two exact copies share: a hash of the text with its whitespace unified, or null when short. */
function exactCopyKey(lines: Line[]): string | null {
  const text = lines
    .map((line) => line.raw.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return text.length < MERGE_MINIMUM ? null : createHash('sha256').update(text).digest('base64');
}

/** Why a file that is not `.txt` has no page, in the clerk's words. */
const NOT_TEXT =
  'không phải tệp văn bản .txt nên không được đọc (ảnh, PDF hay tệp Word cần chuyển sang văn bản .txt bằng OCR hoặc "Lưu thành" Unicode .txt rồi đưa lại)';

/** The report of a file of the folder that is not read (a scan, a Word file). */
export function unreadFileReport(file: string): FileReport {
  return { file, status: 'error', encoding: null, documents: [], lines: 0, messages: [NOT_TEXT] };
}

/** One document of a file: its parts described, its body tree, citations, laws and outline. */
function readDocument(
  file: string,
  segment: Segment,
  position: number,
  context: DescribeContext,
  fileNotes: Warning[],
): WorkDraft {
  const description = describe(segment.lines, context);
  description.warnings.unshift(...fileNotes);
  const text = segment.lines.map((line) => line.raw).join('\n');
  const tree = parseBody(text);
  // The document's own number (and its other readings) is not a citation.
  const ownKeys = new Set(description.numberAlternatives.map(numberKey));
  if (description.number) ownKeys.add(description.number.key);
  const placed = citationsInTree(tree, ownKeys);
  const outline = outlineOf(tree);
  const reading = readingOf(description);
  // Before the body is written: the assignments read the tree as parsed.
  const assignments = assignmentsOf(tree, outline, reading.issued, reading.report);
  const residue = residueBlocks(
    tree,
    segment.lines.map((line) => line.no),
    description.stampLines,
  );
  return {
    file,
    fromLine: segment.fromLine,
    toLine: segment.toLine,
    position,
    description,
    citations: placed.map(({ citation }) => citation),
    id: '',
    text,
    laws: findLawReferences(text),
    textKey: exactCopyKey(segment.lines),
    alsoIn: [],
    outline: outline.map(({ id, label, depth }) => ({ id, label, depth })),
    found: { ...reading, assignments },
    body: writeBody(text, tree, placed, outline, residue),
  };
}

/** Reads one source file into drafts (appended to `drafts`) and returns its report; `keepText` receives the decoded text. */
export function readSourceFile(
  source: SourceFile,
  drafts: WorkDraft[],
  keepText: (text: string) => void = () => {},
): FileReport {
  const report: FileReport = {
    file: source.name,
    status: 'ok',
    encoding: null,
    documents: [],
    lines: 0,
    messages: [],
  };
  try {
    const decoded = decode(source.bytes);
    if (!decoded.ok) {
      report.status = 'error';
      report.messages.push(decoded.reason);
      return report;
    }
    report.encoding = decoded.encoding;
    report.messages.push(...decoded.warnings, ...decoded.notes);
    if (decoded.warnings.length > 0) report.status = 'warning';
    const lines = readLines(decoded.text);
    report.lines = lines.length;
    keepText(decoded.text);
    const firstPlace = lines.map((line) => readPlaceDate(line.plain)?.place).find(Boolean);
    const filePlace = firstPlace ? placeOfDateLine(firstPlace) : null;
    splitDocuments(lines).forEach((segment, position) => {
      const fileNotes = decoded.warnings.map((note) => warning('source-file', { note }));
      drafts.push(readDocument(source.name, segment, position, { filePlace }, fileNotes));
    });
  } catch (error) {
    report.status = 'error';
    const reason = error instanceof Error ? error.message : String(error);
    report.messages.push(
      `lỗi không mong đợi khi đọc tệp: ${reason} (hãy báo cho người quản trị kho)`,
    );
  }
  return report;
}
