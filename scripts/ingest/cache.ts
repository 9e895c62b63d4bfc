/**
 * The read cache: what reading one source file gave (its drafts, its decoded text, its report),
 * kept on disk by a hash of the file's name, its bytes and the reader's own code, so that a rebuild
 * reads again only the files that changed. `v8` serialisation keeps the drafts' shared objects
 * (a citation placed in the tree is the one in the list). Deleting the folder forces a full read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileReport } from '../../src/lib/contract.ts';
import { readSourceFile, type SourceFile, type WorkDraft } from './read-file.ts';

/** Reads one source file: its drafts appended to `drafts`, its text to `keepText`, its report returned. */
export type FileReader = typeof readSourceFile;

/** What one file's reading gave, as the cache keeps it. */
interface CachedRead {
  drafts: WorkDraft[];
  texts: string[];
  report: FileReport;
}

/** How many files a cached reader found in the cache, and how many it read. */
export interface CacheCount {
  reused: number;
  read: number;
}

/** The folders whose code decides what reading a file gives: a change in any of them empties the cache. */
const CODE_FOLDERS = ['scripts/ingest', 'src/lib'];

/** A hash of the reader's code and of the locked dependencies (micromark, zod…). */
export function readerVersion(root: string): string {
  const hash = createHash('sha256');
  const files = CODE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
  // A checkout without its lock file still builds: the code alone is the version then.
  const lock = existsSync(join(root, 'package-lock.json')) ? ['package-lock.json'] : [];
  for (const file of [...files.sort(), ...lock])
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * A reader that takes each file from the cache folder when it holds it, and reads and stores it
 * otherwise. `prune()` then deletes what this build did not use, so the folder holds one archive.
 */
export function cachedReader(
  folder: string,
  version: string,
): { read: FileReader; prune: () => void; count: CacheCount } {
  mkdirSync(folder, { recursive: true });
  const present = new Set(readdirSync(folder));
  const used = new Set<string>();
  const count: CacheCount = { reused: 0, read: 0 };
  const read: FileReader = (source, drafts, keepText = () => {}) => {
    const name = `${keyOf(source, version)}.bin`;
    used.add(name);
    const cached = present.has(name);
    const got = cached
      ? (deserialize(readFileSync(join(folder, name))) as CachedRead)
      : readAndStore(source, join(folder, name));
    count[cached ? 'reused' : 'read']++;
    drafts.push(...got.drafts);
    got.texts.forEach((text) => keepText(text));
    return got.report;
  };
  const prune = () => {
    for (const name of present) if (!used.has(name)) rmSync(join(folder, name), { force: true });
  };
  return { read, prune, count };
}

/** Reads a file and stores what it gave at `path`, before the corpus stages change the drafts. */
function readAndStore(source: SourceFile, path: string): CachedRead {
  const drafts: WorkDraft[] = [];
  const texts: string[] = [];
  const report = readSourceFile(source, drafts, (text) => texts.push(text));
  const read: CachedRead = { drafts, texts, report };
  writeFileSync(path, serialize(read));
  return read;
}

/** The cache key of a file: its name and bytes under one version of the reader. */
function keyOf(source: SourceFile, version: string): string {
  return createHash('sha256')
    .update(version)
    .update('\0')
    .update(source.name)
    .update('\0')
    .update(source.bytes)
    .digest('hex');
}
