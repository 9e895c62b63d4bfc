/**
 * The ingest pipeline, pure: source files in, MDX pages and data out (docs/data-flow.md). Each
 * file is read, described and extracted (`read-file.ts`); the corpus is resolved once
 * (`resolve.ts`: identity, ids, links); then every output is emitted (`emit.ts`).
 */
import type { ArchiveDocument, BuildReport, Graph } from '../../src/lib/contract.ts';
import { readSourceFile, unreadFileReport, type SourceFile, type WorkDraft } from './read-file.ts';
import { assignIds, inferAttachedIdentity, resolveCitations } from './resolve.ts';
import { buildGraph, buildReport, documentPage, exportDocument, type Corpus } from './emit.ts';

export type { SourceFile } from './read-file.ts';
export type { ArchiveDocument } from '../../src/lib/contract.ts';

/** Everything the ingest produces. */
export interface ArchiveBuild {
  documents: ArchiveDocument[];
  pages: { id: string; mdx: string }[];
  report: BuildReport;
  graph: Graph;
}

/** Orders by name, code point by code point (the same on every machine). */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the archive from source files; `base` is the URL sub-path (`/`, `/kho-van-ban/`);
 * `unread` names the other files of the folder, listed in the report as not read.
 */
export function buildArchive(
  sources: SourceFile[],
  base: string,
  unread: string[] = [],
): ArchiveBuild {
  const drafts: WorkDraft[] = [];
  const files = [...sources]
    .sort((a, b) => byName(a.name, b.name))
    .map((source) => readSourceFile(source, drafts));
  files.push(...unread.map(unreadFileReport));
  files.sort((a, b) => byName(a.file, b.file));

  inferAttachedIdentity(drafts);
  const duplicates = assignIds(drafts);
  const resolution = resolveCitations(drafts, duplicates);
  const corpus: Corpus = {
    resolution,
    byId: new Map(drafts.map((draft) => [draft.id, draft])),
    copiesOf: copiesByCanonical(drafts),
    base,
  };

  const documents = drafts.map((draft) => exportDocument(draft, corpus));
  const pages = drafts.map((draft, k) => ({
    id: draft.id,
    mdx: documentPage(draft, documents[k]!, corpus),
  }));
  const report = buildReport(files, documents, drafts, resolution);
  return { documents, pages, report, graph: buildGraph(documents, resolution) };
}

/** The ids of the other copies of each canonical document. */
function copiesByCanonical(drafts: WorkDraft[]): Map<string, string[]> {
  const copiesOf = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.copyOf) copiesOf.set(draft.copyOf, [...(copiesOf.get(draft.copyOf) ?? []), draft.id]);
  }
  return copiesOf;
}
