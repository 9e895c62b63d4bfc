/**
 * The last stage: the archive's files from the resolved corpus. Each document as the contract
 * says (validated against it), its MDX page, the build report and the citation graph.
 */
import {
  documentPath,
  assignedDocumentSchema,
  type ArchiveDocument,
  type AssignedDocument,
  type Assignment,
  type BuildReport,
  type Citation,
  type Citer,
  type CorrectionRow,
  type FileReport,
  type Graph,
} from '../../src/lib/contract.ts';
import { collator } from '../../src/lib/vietnamese.ts';
import { outlineOf } from './outline.ts';
import { parseBody } from './body.ts';
import { assignmentsOf, readingOf, type FoundAssignment } from './assign/extract.ts';
import { agencyEntry, issuerPlace, issuerUnit } from './assign/entities.ts';
import { canonicalName, nameKey } from './assign/agencies.ts';
import { filledPage } from './written-body.ts';
import type { Resolution, ResolvedCitation } from './resolve.ts';
import type { WorkDraft } from './read-file.ts';
import { inPageOrder } from './warnings.ts';

/** The resolved corpus, as the emit stage reads it. */
export interface Corpus {
  resolution: Resolution;
  byId: Map<string, WorkDraft>;
  /** Ids of the other copies of each canonical document. */
  copiesOf: Map<string, string[]>;
  /** The site's base path (`/`, `/kho-van-ban/`). */
  base: string;
}

/** A draft as the document the contract describes, validated against it. */
export function exportDocument(draft: WorkDraft, corpus: Corpus): AssignedDocument {
  const d = draft.description;
  const resolved = corpus.resolution.citations.get(draft) ?? [];
  const citers = citersOf(draft.id, corpus);
  const document = {
    id: draft.id,
    url: `${corpus.base}${documentPath(draft.id)}`,
    number: d.number?.display ?? null,
    type: d.type,
    issuer: d.issuer,
    date: d.date,
    title: d.title,
    signer: d.signer,
    sources: [
      { file: draft.file, fromLine: draft.fromLine, toLine: draft.toLine },
      ...draft.alsoIn,
    ],
    cites: resolved.map((entry) => exportCitation(entry, corpus)),
    citedBy: citers.map((c) => c.id),
    warnings: inPageOrder(d.warnings),
    numberAlternatives: d.numberAlternatives,
    signerTitle: d.signerTitle,
    authority: d.authority,
    onBehalfOf: d.onBehalfOf,
    signature: d.signature,
    level: d.level,
    party: d.party,
    place: d.place,
    motto: d.motto,
    addressees: d.addressees,
    recipients: d.recipients,
    copy: d.copy,
    incomingStamps: d.incomingStamps,
    digitalSignature: d.digitalSignature,
    laws: draft.laws,
    inferred: d.inferred,
    corrected: d.corrected,
    citers,
    assignments: exportAssignments(draft),
    outline: draft.outline,
    copyOf: draft.copyOf ?? null,
    copies: corpus.copiesOf.get(draft.id) ?? [],
  } satisfies Record<keyof AssignedDocument, unknown>;
  // Parsing checks the contract and writes the keys in its order.
  return assignedDocumentSchema.parse(document);
}

/** The assignments of a document's text read again: its date or type changed after it was read. */
function assignmentsOfText(
  text: string,
  issued: string | null,
  report: boolean,
): FoundAssignment[] {
  const tree = parseBody(text);
  return assignmentsOf(tree, outlineOf(tree), issued, report);
}

/** The assignments of a draft's text, each agency filed under its entry (`agencyId`). */
function exportAssignments(draft: WorkDraft): Assignment[] {
  const d = draft.description;
  const { issued, report } = readingOf(d);
  const found =
    draft.found.issued === issued && draft.found.report === report
      ? draft.found.assignments
      : assignmentsOfText(draft.text, issued, report);
  // A city under a province names its own bodies `… thành phố` (`Thành ủy Bảo Lộc`).
  const city =
    d.level === 'Quận-huyện' &&
    [`thành phố ${d.place}`, `Thành ủy ${d.place}`].some((name) => d.issuer?.endsWith(name));
  // The issuer's own place (`phường Tân Mai`, dated in Hoàng Mai): its bodies are that place's.
  const ownPlace = issuerPlace(d.issuer) ?? d.place;
  // A hospital's, a school's or a company's offices are its own, not its district's.
  const institution = /^(?:Bệnh viện|Trường|Học viện|Viện|Công ty|Tổng công ty)\s/u.test(
    d.issuer ?? '',
  );
  // `về Sở` in a department's letter is that department (its name without its province);
  // `Ban Thường trực` in a provincial board's plan is that board (`… tỉnh`, without its name).
  const own = (kind: string) => {
    if (!d.issuer?.startsWith(`${kind} `)) return null;
    const unit = /^(?:Sở|Bộ)$/u.test(kind) ? '' : ' $1';
    return d.issuer.replace(/\s+(tỉnh|thành phố|Tỉnh ủy|Thành ủy)\s+\p{Lu}.*$/u, unit);
  };
  // In a letter, the body it is signed for (`TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN`), or else its issuer,
  // doing something (`Ban Bí thư Trung ương Đoàn triệu tập Hội nghị …`, `Bộ Y tế hướng dẫn …` in a
  // circular) says what the writer does, not a task it is given; a plan gives the writer's own
  // bodies their parts (`1. Ban Thường vụ Huyện đoàn`).
  const writerSpeaks = d.type === 'Công văn' || d.type === 'Giấy mời' || d.type === 'Thông tư';
  const writer = d.onBehalfOf ?? d.issuer;
  const signedFor = writerSpeaks && writer ? nameKey(writer) : null;
  return found.flatMap((a) => {
    if (a.role === 'lead' && !a.agency.person && nameKey(a.agency.name) === signedFor) return [];
    const ownName = a.agency.issuer ? own(a.agency.name) : null;
    if (a.agency.issuer && !ownName) return [];
    const mention = ownName ? { ...a.agency, name: canonicalName(ownName) } : a.agency;
    const entry = agencyEntry(
      mention,
      institution ? null : d.level,
      ownPlace,
      city,
      issuerUnit(d.issuer),
    );
    return {
      agency: entry.name,
      agencyId: entry.id,
      written: a.agency.written,
      person: a.agency.person,
      role: a.role,
      task: a.task,
      anchor: a.anchor,
      deadlines: a.deadlines,
      deadlineText: a.deadlineText,
      recurrence: a.recurrence,
    };
  });
}

/** A resolved citation as the contract exports it. */
function exportCitation(
  { citation, target, missingAnchor }: ResolvedCitation,
  corpus: Corpus,
): Citation {
  const targetDraft = target ? corpus.byId.get(target) : undefined;
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
}

/** The documents citing a document, oldest first. */
function citersOf(id: string, corpus: Corpus): Citer[] {
  const citers = (corpus.resolution.citedBy.get(id) ?? []).map(({ id: citerId, kinds }) => {
    const citer = corpus.byId.get(citerId)!.description;
    return {
      id: citerId,
      number: citer.number?.display ?? null,
      type: citer.type,
      date: citer.date,
      title: citer.title,
      kinds,
    };
  });
  return citers.sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || collator.compare(a.id, b.id),
  );
}

/** The targets of a draft's citations, in the order of its body's slots. */
export function citeTargets(draft: WorkDraft, corpus: Corpus): ResolvedCitation[] {
  return corpus.resolution.citations.get(draft) ?? [];
}

/** The MDX page of a document: its written body with each citation's target, under its frontmatter. */
export function documentPage(draft: WorkDraft, document: AssignedDocument, corpus: Corpus): string {
  return filledPage(draft.body, withoutAssignments(document), citeTargets(draft, corpus));
}

/** A document as its page and `documents.json` hold it: its assignments are in `assignments.json`. */
export function withoutAssignments({
  assignments: _,
  ...document
}: AssignedDocument): ArchiveDocument {
  return document;
}

/** `build-report.json`: the files' reports, with the documents each gave, and the totals. */
export function buildReport(
  files: FileReport[],
  documents: ArchiveDocument[],
  drafts: WorkDraft[],
  resolution: Resolution,
  corrections: CorrectionRow[],
): BuildReport {
  const byFile = new Map(files.map((file) => [file.file, file]));
  for (const draft of drafts) {
    const file = byFile.get(draft.file)!;
    file.documents.push(draft.id);
    if (draft.description.warnings.length > 0 && file.status === 'ok') file.status = 'warning';
    for (const copy of draft.alsoIn) {
      const other = byFile.get(copy.file)!;
      other.documents.push(draft.id);
      other.messages.push(
        `dòng ${copy.fromLine}–${copy.toLine} trùng hoàn toàn với ${draft.file} (dòng ${draft.fromLine}–${draft.toLine}): gộp làm một văn bản, ${draft.id}`,
      );
    }
  }
  return {
    totals: {
      files: files.length,
      documents: documents.length,
      warnings: documents.reduce((sum, d) => sum + d.warnings.length, 0),
      errors: files.filter((r) => r.status === 'error').length,
      unresolved: resolution.unresolved.length,
      conflicts: resolution.conflicts.length,
      duplicates: resolution.duplicates.length,
      corrections: corrections.filter((row) => row.status === 'applied').length,
    },
    files,
    unresolved: resolution.unresolved,
    conflicts: resolution.conflicts,
    duplicates: resolution.duplicates,
    corrections,
  };
}

/** `graph.json`: the documents, the numbers cited but missing, one edge per citer, cited and kind. */
export function buildGraph(documents: ArchiveDocument[], resolution: Resolution): Graph {
  const missing = resolution.unresolved.map((u) => ({
    id: `chua-co:${u.anchor}`,
    number: u.number,
    title: null,
    type: u.type,
    date: u.dates[0] ?? null,
    inArchive: false,
  }));
  const present = documents.map((d) => ({
    id: d.id,
    number: d.number,
    title: d.title,
    type: d.type,
    date: d.date,
    inArchive: true,
  }));
  return { nodes: [...present, ...missing], edges: uniqueEdges(documents) };
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
