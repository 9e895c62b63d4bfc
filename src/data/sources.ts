/**
 * The source files as their pages show them: the decoded text the ingest kept
 * (`content/sources/<slug>.txt`), cut into the runs of lines each document was read from.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { sourceSlug, type ArchiveDocument } from '../lib/contract';
import { report } from './report';

/** A run of lines of a source file: one document's, or lines between documents. */
export interface SourceBlock {
  /** The document read from these lines, or null. */
  document: ArchiveDocument | null;
  /** The first line's number, from 1. */
  from: number;
  lines: string[];
}

/** A source file that was read, with its slug. */
export interface SourceFilePage {
  file: string;
  slug: string;
  encoding: string | null;
}

/** The files that were read (those that could not be read have no text to show). */
export function readFiles(): SourceFilePage[] {
  return report.files
    .filter((f) => f.status !== 'error')
    .map((f) => ({ file: f.file, slug: sourceSlug(f.file), encoding: f.encoding }));
}

/** A file's decoded text, as the ingest kept it. */
export function sourceText(slug: string): string {
  return readFileSync(resolve(process.cwd(), 'content/sources', `${slug}.txt`), 'utf8');
}

/** A file's lines in runs: each document's lines together, the lines between them apart. */
export function sourceBlocks(
  text: string,
  file: string,
  documents: ArchiveDocument[],
): SourceBlock[] {
  const lines = text.split(/\r?\n/);
  const ranges = documents
    .flatMap((d) =>
      d.sources
        .filter((s) => s.file === file)
        .map((s) => ({ document: d, from: s.fromLine, to: s.toLine })),
    )
    .sort((a, b) => a.from - b.from);
  const blocks: SourceBlock[] = [];
  let next = 1;
  for (const range of ranges) {
    if (range.from < next) continue;
    if (range.from > next)
      blocks.push({ document: null, from: next, lines: lines.slice(next - 1, range.from - 1) });
    blocks.push({
      document: range.document,
      from: range.from,
      lines: lines.slice(range.from - 1, range.to),
    });
    next = range.to + 1;
  }
  if (next <= lines.length)
    blocks.push({ document: null, from: next, lines: lines.slice(next - 1) });
  return blocks.filter((b) => b.lines.length > 0);
}

let byFile: Promise<Map<string, ArchiveDocument[]>> | undefined;

/** The documents read from each file (second copies included: they have lines too), computed once. */
export function documentsByFile(): Promise<Map<string, ArchiveDocument[]>> {
  byFile ??= getCollection('documents').then((entries) => {
    const map = new Map<string, ArchiveDocument[]>();
    for (const { data } of entries)
      for (const file of new Set(data.sources.map((s) => s.file)))
        map.set(file, [...(map.get(file) ?? []), data]);
    return map;
  });
  return byFile;
}
