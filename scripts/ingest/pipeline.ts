/**
 * The ingest pipeline, pure: source files in, MDX pages and data out. decode → lines → split →
 * describe → body tree and citations → resolve over the corpus → MDX.
 */
import type { Root } from 'mdast';
import { decode } from './decode.ts';
import { readLines, readPlaceDate } from './lines.ts';
import { splitDocuments } from './split.ts';
import { describe, type CopyBlock, type IncomingStamp } from './describe.ts';
import { parseBody } from './body.ts';
import { findLawReferences, type CitationKind, type LawReference } from './cite.ts';
import { citationsInTree, toMdx, wrapCitations } from './mdx.ts';
import {
  assignIds,
  inferAttachedIdentity,
  resolveCitations,
  type DateConflict,
  type Draft,
  type Duplicate,
  type Unresolved,
} from './resolve.ts';
import { placeOfDateLine } from './issuer.ts';
import { numberKey } from './number.ts';
import { collator } from './text.ts';
import type { Level } from './vocabulary.ts';

/** One source file as read from disk. */
export interface SourceFile {
  /** Path relative to the source folder. */
  name: string;
  bytes: Uint8Array;
}

/** A citation as exported in `documents.json`. */
export interface ExportedCitation {
  text: string;
  number: string;
  date: string | null;
  target: string | null;
  kind: CitationKind;
  type: string | null;
  /** Title, date and type of the target when it is in the archive. */
  targetTitle: string | null;
  targetDate: string | null;
  missingAnchor: string | null;
}

/** A citer as shown on the cited document's page. */
export interface Citer {
  id: string;
  number: string | null;
  type: string | null;
  date: string | null;
  title: string | null;
  kinds: CitationKind[];
}

/** One document of the archive: the `documents.json` contract of design.md, and more. */
export interface ArchiveDocument {
  id: string;
  url: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
  signer: string | null;
  sources: { file: string; fromLine: number; toLine: number }[];
  cites: ExportedCitation[];
  citedBy: string[];
  warnings: string[];
  numberAlternatives: string[];
  signerTitle: string | null;
  authority: string | null;
  onBehalfOf: string | null;
  /** The signature block as written: authorities, title, name. */
  signature: string[];
  level: Level | null;
  party: boolean | null;
  place: string | null;
  addressees: string[];
  recipients: string[];
  copy: CopyBlock | null;
  incomingStamps: IncomingStamp[];
  digitalSignature: { signedAt: string } | null;
  laws: LawReference[];
  inferred: string[];
  citers: Citer[];
  /** For a second copy of a document found in several files: the id of the canonical copy. */
  copyOf: string | null;
  /** Other copies of this document in the archive (ids). */
  copies: string[];
}

/** The status of one source file in the build report. */
export interface FileReport {
  file: string;
  status: 'ok' | 'warning' | 'error';
  encoding: string | null;
  documents: string[];
  lines: number;
  messages: string[];
}

/** `build-report.json`: what happened to every file, and what the corpus is missing. */
export interface BuildReport {
  totals: {
    files: number;
    documents: number;
    warnings: number;
    errors: number;
    unresolved: number;
    conflicts: number;
    duplicates: number;
  };
  files: FileReport[];
  unresolved: Unresolved[];
  conflicts: DateConflict[];
  duplicates: Duplicate[];
}

/** `graph.json`: nodes (documents in the archive and numbers cited but missing) and edges. */
export interface Graph {
  nodes: {
    id: string;
    number: string | null;
    title: string | null;
    type: string | null;
    date: string | null;
    inArchive: boolean;
  }[];
  edges: { from: string; to: string; kind: CitationKind }[];
}

/** Everything the ingest produces. */
export interface ArchiveBuild {
  documents: ArchiveDocument[];
  pages: { id: string; mdx: string }[];
  report: BuildReport;
  graph: Graph;
}

interface WorkDraft extends Draft {
  tree: Root;
  ownKeys: Set<string>;
  laws: LawReference[];
}

/** Why a file that is not `.txt` has no page, in the clerk's words. */
const NOT_TEXT =
  'không phải tệp văn bản .txt nên không được đọc (ảnh, PDF hay tệp Word cần chuyển sang văn bản .txt bằng OCR hoặc "Lưu thành" Unicode .txt rồi đưa lại)';

/**
 * Builds the archive from source files; `base` is the URL sub-path (`/`, `/kho-van-ban/`);
 * `unread` names the other files of the folder, listed in the report as not read.
 */
export function buildArchive(
  sources: SourceFile[],
  base: string,
  unread: string[] = [],
): ArchiveBuild {
  const files = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const reports: FileReport[] = [];
  const drafts: WorkDraft[] = [];
  for (const source of files) {
    const report: FileReport = {
      file: source.name,
      status: 'ok',
      encoding: null,
      documents: [],
      lines: 0,
      messages: [],
    };
    reports.push(report);
    try {
      const decoded = decode(source.bytes);
      if (!decoded.ok) {
        report.status = 'error';
        report.messages.push(decoded.reason);
        continue;
      }
      report.encoding = decoded.encoding;
      report.messages.push(...decoded.warnings, ...decoded.notes);
      if (decoded.warnings.length > 0) report.status = 'warning';
      const lines = readLines(decoded.text);
      report.lines = lines.length;
      const firstPlace = lines.map((line) => readPlaceDate(line.plain)?.place).find(Boolean);
      const filePlace = firstPlace ? placeOfDateLine(firstPlace) : null;
      splitDocuments(lines).forEach((segment, position) => {
        const description = describe(segment.lines, { filePlace });
        description.warnings.unshift(...decoded.warnings.map((w) => `Tệp nguồn: ${w}.`));
        const text = segment.lines.map((line) => line.raw).join('\n');
        const tree = parseBody(text);
        // The document's own number (and its other readings) is not a citation.
        const ownKeys = new Set(description.numberAlternatives.map(numberKey));
        if (description.number) ownKeys.add(description.number.key);
        drafts.push({
          file: source.name,
          fromLine: segment.fromLine,
          toLine: segment.toLine,
          position,
          description,
          citations: citationsInTree(tree, ownKeys),
          id: '',
          tree,
          ownKeys,
          laws: findLawReferences(text),
        });
      });
    } catch (error) {
      report.status = 'error';
      report.messages.push(
        `lỗi không mong đợi khi đọc tệp: ${error instanceof Error ? error.message : String(error)} (hãy báo cho người quản trị kho)`,
      );
    }
  }

  for (const name of unread)
    reports.push({
      file: name,
      status: 'error',
      encoding: null,
      documents: [],
      lines: 0,
      messages: [NOT_TEXT],
    });
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  inferAttachedIdentity(drafts);
  const duplicates = assignIds(drafts);
  const resolution = resolveCitations(drafts, duplicates);
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const copiesOf = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.copyOf) copiesOf.set(draft.copyOf, [...(copiesOf.get(draft.copyOf) ?? []), draft.id]);
  }
  const url = (id: string) => `${base}van-ban/${id}/`;
  const reportByFile = new Map(reports.map((r) => [r.file, r]));

  const documents: ArchiveDocument[] = [];
  const pages: { id: string; mdx: string }[] = [];
  for (const draft of drafts) {
    const d = draft.description;
    const resolved = resolution.citations.get(draft) ?? [];
    const cites: ExportedCitation[] = resolved.map(({ citation, target, missingAnchor }) => {
      const targetDraft = target ? byId.get(target) : undefined;
      return {
        text: citation.text.replace(/\s+/g, ' '),
        number: citation.number.display,
        date: citation.date,
        target,
        kind: citation.kind,
        type: citation.type,
        targetTitle: targetDraft?.description.title ?? null,
        targetDate: targetDraft?.description.date ?? null,
        missingAnchor: target ? null : missingAnchor,
      };
    });
    const citers: Citer[] = (resolution.citedBy.get(draft.id) ?? []).map(({ id, kinds }) => {
      const citer = byId.get(id)!.description;
      return {
        id,
        number: citer.number?.display ?? null,
        type: citer.type,
        date: citer.date,
        title: citer.title,
        kinds,
      };
    });
    citers.sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || collator.compare(a.id, b.id),
    );
    const document: ArchiveDocument = {
      id: draft.id,
      url: url(draft.id),
      number: d.number?.display ?? null,
      type: d.type,
      issuer: d.issuer,
      date: d.date,
      title: d.title,
      signer: d.signer,
      sources: [{ file: draft.file, fromLine: draft.fromLine, toLine: draft.toLine }],
      cites,
      citedBy: citers.map((c) => c.id),
      warnings: d.warnings,
      numberAlternatives: d.numberAlternatives,
      signerTitle: d.signerTitle,
      authority: d.authority,
      onBehalfOf: d.onBehalfOf,
      signature: d.signature,
      level: d.level,
      party: d.party,
      place: d.place,
      addressees: d.addressees,
      recipients: d.recipients,
      copy: d.copy,
      incomingStamps: d.incomingStamps,
      digitalSignature: d.digitalSignature,
      laws: draft.laws,
      inferred: d.inferred,
      citers,
      copyOf: draft.copyOf ?? null,
      copies: copiesOf.get(draft.id) ?? [],
    };
    documents.push(document);
    let k = 0;
    wrapCitations(draft.tree, draft.ownKeys, () => {
      const { target, missingAnchor, citation } = resolved[k++]!;
      return { target, number: citation.number.display, missingAnchor };
    });
    pages.push({ id: draft.id, mdx: toMdx(document, draft.tree) });
    const report = reportByFile.get(draft.file)!;
    report.documents.push(draft.id);
    if (d.warnings.length > 0 && report.status === 'ok') report.status = 'warning';
  }

  const warnings = documents.reduce((sum, d) => sum + d.warnings.length, 0);
  const report: BuildReport = {
    totals: {
      files: reports.length,
      documents: documents.length,
      warnings,
      errors: reports.filter((r) => r.status === 'error').length,
      unresolved: resolution.unresolved.length,
      conflicts: resolution.conflicts.length,
      duplicates: resolution.duplicates.length,
    },
    files: reports,
    unresolved: resolution.unresolved,
    conflicts: resolution.conflicts,
    duplicates: resolution.duplicates,
  };
  const graph: Graph = {
    nodes: [
      ...documents.map((d) => ({
        id: d.id,
        number: d.number,
        title: d.title,
        type: d.type,
        date: d.date,
        inArchive: true,
      })),
      ...resolution.unresolved.map((u) => ({
        id: `chua-co:${u.anchor}`,
        number: u.number,
        title: null,
        type: u.type,
        date: u.dates[0] ?? null,
        inArchive: false,
      })),
    ],
    edges: uniqueEdges(documents),
  };
  return { documents, pages, report, graph };
}

/** One edge per (citer, cited, kind), however often the text repeats the citation. */
function uniqueEdges(documents: ArchiveDocument[]): Graph['edges'] {
  const seen = new Set<string>();
  const edges: Graph['edges'] = [];
  for (const d of documents) {
    for (const c of d.cites) {
      const to = c.target ?? `chua-co:${c.missingAnchor}`;
      const key = `${d.id}\u0000${to}\u0000${c.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: d.id, to, kind: c.kind });
    }
  }
  return edges;
}
