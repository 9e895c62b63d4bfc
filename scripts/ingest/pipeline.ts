/**
 * The ingest pipeline, pure: source files in, MDX pages and data out (docs/data-flow.md). Each
 * file is read, described and extracted (`read-file.ts`); the corpus is resolved once
 * (`resolve.ts`: identity, ids, links); then every output is emitted (`emit.ts`).
 */
import type {
  AssignedDocument,
  AssignmentData,
  BuildReport,
  FileReport,
  Graph,
  SearchRecord,
} from '../../src/lib/contract.ts';
import { readSourceFile, unreadFileReport, type SourceFile, type WorkDraft } from './read-file.ts';
import {
  assignIds,
  inferAttachedIdentity,
  inferIssuedWith,
  plannedIds,
  resolveCitations,
} from './resolve.ts';
import { applyCorrections, readCorrections, CORRECTIONS_FILE } from './corrections.ts';
import {
  buildGraph,
  buildReport,
  citeTargets,
  documentPage,
  exportDocument,
  type Corpus,
} from './emit.ts';
import { searchRecord } from './search-record.ts';
import { assignmentData } from './assign/registry.ts';
import { filledHtml } from './written-body.ts';

export type { SourceFile } from './read-file.ts';
export type { ArchiveDocument } from '../../src/lib/contract.ts';

/** Everything the ingest produces. */
export interface ArchiveBuild {
  documents: AssignedDocument[];
  /**
   * One MDX page per document, and its body as the site renders it (src/utils/document-html.ts),
   * written with the page's body (`written-body.ts`), when asked: the same HTML as parsing the page.
   */
  pages: { id: string; mdx: string; html: () => string }[];
  /** What the search index holds, one record per document (second copies left out). */
  searchRecords: SearchRecord[];
  report: BuildReport;
  graph: Graph;
  /** Every assignment, and every agency given one. */
  assignments: AssignmentData;
  /** The decoded text of every file that was read, as its page in `nguon/` shows it. */
  sourceTexts: { file: string; text: string }[];
}

/** Orders by name, code point by code point (the same on every machine). */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What else the source folder holds besides its texts. */
export interface FolderExtras {
  /** The other files of the folder, listed in the report as not read. */
  unread?: string[];
  /** The corrections file (`hieu-dinh.csv`), when there is one. */
  corrections?: Uint8Array | null;
  /** How each file is read: `readSourceFile`, or the same through the read cache (`cache.ts`). */
  readFile?: typeof readSourceFile;
}

/** Builds the archive from source files; `base` is the URL sub-path (`/`, `/kho-van-ban/`). */
export function buildArchive(
  sources: SourceFile[],
  base: string,
  { unread = [], corrections = null, readFile = readSourceFile }: FolderExtras = {},
): ArchiveBuild {
  const drafts: WorkDraft[] = [];
  const sourceTexts: ArchiveBuild['sourceTexts'] = [];
  const files = [...sources]
    .sort((a, b) => byName(a.name, b.name))
    .map((source) =>
      readFile(source, drafts, (text) => sourceTexts.push({ file: source.name, text })),
    );
  files.push(...unread.map(unreadFileReport));
  files.sort((a, b) => byName(a.file, b.file));

  inferAttachedIdentity(drafts);
  inferIssuedWith(drafts);
  mergeExactCopies(drafts);
  const corrected = correctByHand(corrections, drafts, files);
  const duplicates = assignIds(drafts);
  const resolution = resolveCitations(drafts, duplicates);
  const corpus: Corpus = {
    resolution,
    byId: new Map(drafts.map((draft) => [draft.id, draft])),
    copiesOf: copiesByCanonical(drafts),
    base,
  };

  const documents = drafts.map((draft) => exportDocument(draft, corpus));
  // The records read the body's plain text and pair words, written when its file was read.
  const searchRecords = drafts.flatMap((draft, k) => {
    const cited = draft.citations.map((citation) => citation.number.display);
    return searchRecord(documents[k]!, draft.body, cited) ?? [];
  });
  const pages = drafts.map((draft, k) => ({
    id: draft.id,
    mdx: documentPage(draft, documents[k]!, corpus),
    html: () => filledHtml(draft.body, draft.citations, citeTargets(draft, corpus), base),
  }));
  // A row names its document by its final id (a corrected number changes it).
  const rows = corrected.map(({ row, draft }) => ({ ...row, target: draft?.id ?? null }));
  const report = buildReport(files, documents, drafts, resolution, rows);
  const graph = buildGraph(documents, resolution);
  const assignments = assignmentData(documents);
  return { documents, pages, searchRecords, report, graph, sourceTexts, assignments };
}

/** Applies the corrections file, if any; a file that cannot be read is reported as a file. */
function correctByHand(bytes: Uint8Array | null, drafts: WorkDraft[], files: FileReport[]) {
  if (!bytes) return [];
  const { requests, problem } = readCorrections(bytes);
  if (problem) {
    files.push({ ...unreadFileReport(CORRECTIONS_FILE), messages: [problem] });
    files.sort((a, b) => byName(a.file, b.file));
  }
  return applyCorrections(requests, drafts, plannedIds(drafts));
}

/**
 * The same text in two files (whatever their names) is one document with two sources: the later
 * copies are taken out of `drafts` and recorded in the first one's `alsoIn`.
 */
function mergeExactCopies(drafts: WorkDraft[]): void {
  const first = new Map<string, WorkDraft>();
  const kept = drafts.filter((draft) => {
    if (draft.textKey === null) return true;
    const original = first.get(draft.textKey);
    if (!original) {
      first.set(draft.textKey, draft);
      return true;
    }
    original.alsoIn.push({ file: draft.file, fromLine: draft.fromLine, toLine: draft.toLine });
    return false;
  });
  drafts.splice(0, drafts.length, ...kept);
}

/** The ids of the other copies of each canonical document. */
function copiesByCanonical(drafts: WorkDraft[]): Map<string, string[]> {
  const copiesOf = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.copyOf) copiesOf.set(draft.copyOf, [...(copiesOf.get(draft.copyOf) ?? []), draft.id]);
  }
  return copiesOf;
}
