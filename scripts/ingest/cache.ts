/**
 * The read cache: what reading one source file gave (its drafts, its decoded text, its report),
 * kept on disk by a hash of the file's name, its bytes and the reader's own code, so that a rebuild
 * reads again only the files that changed. Each entry is `v8`-serialised, with the drafts' bodies
 * already written (`written-body.ts`). Deleting the folder forces a full read.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { threadId, Worker } from 'node:worker_threads';
import type { FileReport } from '../../src/lib/contract.ts';
import { readSourceFile, type SourceFile, type WorkDraft } from './read-file.ts';
import { RENDERER_FILES } from '../../src/utils/rendered-cache.ts';

/** Reads one source file: its drafts appended to `drafts`, its text to `keepText`, its report returned. */
export type FileReader = typeof readSourceFile;

/** What one file's reading gave, as the cache keeps it. */
export interface CachedRead {
  drafts: WorkDraft[];
  texts: string[];
  report: FileReport;
}

/** How many files a cached reader found in the cache, and how many it read. */
export interface CacheCount {
  reused: number;
  read: number;
  /** Of the files read, how many a worker read. */
  byWorkers: number;
}

/**
 * The folders whose code decides what reading a file gives, and the renderer's files (a body's HTML
 * is written when its file is read): a change in any of them empties the cache.
 */
const CODE_FOLDERS = ['scripts/ingest', 'src/lib'];

/** A hash of the reader's code and of the locked dependencies (micromark, zod…). */
export function readerVersion(root: string): string {
  const hash = createHash('sha256');
  const code = CODE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
  // A checkout without its lock file still builds: the code alone is the version then.
  const files = [...new Set([...code, ...RENDERER_FILES])]
    .filter((file) => existsSync(join(root, file)))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Fewer files than this to read are read on this thread alone: a worker takes longer to start. */
const PARALLEL_FROM = 40;

/**
 * A reader that takes each file from the cache folder when it holds it, and reads and stores it
 * otherwise. The files the cache does not hold are read first, shared between this thread and
 * `threads - 1` workers (each takes the next file as it is free); what a worker read is then
 * taken from the cache folder like the rest. `prune()` deletes what this build did not use, so
 * the folder holds one archive.
 */
export async function cachedReader(
  folder: string,
  version: string,
  sources: SourceFile[],
  threads = availableParallelism(),
): Promise<{ read: FileReader; prune: () => void; count: CacheCount }> {
  mkdirSync(folder, { recursive: true });
  const present = new Set(readdirSync(folder));
  const nameOf = new Map(sources.map((source) => [source, `${keyOf(source, version)}.bin`]));
  const fresh = sources.filter((source) => !present.has(nameOf.get(source)!));
  const readHere = await readShared(fresh, folder, nameOf, threads);
  const freshNames = new Set(fresh.map((source) => nameOf.get(source)!));
  const used = new Set<string>();
  const count: CacheCount = { reused: 0, read: 0, byWorkers: fresh.length - readHere.size };
  const read: FileReader = (source, drafts, keepText = () => {}) => {
    const name = nameOf.get(source) ?? `${keyOf(source, version)}.bin`;
    used.add(name);
    const path = join(folder, name);
    // A file a worker could not finish (it stopped) is read here.
    const got =
      readHere.get(name) ??
      (existsSync(path)
        ? (deserialize(readFileSync(path)) as CachedRead)
        : readAndStore(source, path));
    readHere.delete(name);
    count[freshNames.has(name) ? 'read' : 'reused']++;
    drafts.push(...got.drafts);
    got.texts.forEach((text) => keepText(text));
    return got.report;
  };
  const prune = () => {
    for (const name of present) if (!used.has(name)) rmSync(join(folder, name), { force: true });
  };
  return { read, prune, count };
}

/**
 * Reads and stores `sources` on this thread and on `threads - 1` workers, each taking the next
 * file from a shared counter. Returns what this thread read; the workers' files are in `folder`.
 */
async function readShared(
  sources: SourceFile[],
  folder: string,
  nameOf: Map<SourceFile, string>,
  threads: number,
): Promise<Map<string, CachedRead>> {
  const jobs = sources.map((source) => ({ source, path: join(folder, nameOf.get(source)!) }));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers =
    jobs.length < PARALLEL_FROM
      ? []
      : Array.from({ length: Math.max(0, threads - 1) }, () =>
          startReadWorker({ jobs, counter: next.buffer as SharedArrayBuffer }),
        );
  const here = new Map<string, CachedRead>();
  readJobs({ jobs, counter: next.buffer as SharedArrayBuffer }, (job, got) =>
    here.set(nameOf.get(job.source)!, got),
  );
  await Promise.all(workers);
  return here;
}

/** What a read worker is given: the files to read and the counter they are taken by. */
export interface ReadJobs {
  jobs: { source: SourceFile; path: string }[];
  counter: SharedArrayBuffer;
}

/** Starts a worker on `work`; resolves when it ends, whether it finished or stopped. */
function startReadWorker(work: ReadJobs): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: work });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

/**
 * Reads the files of `jobs` it takes from the shared counter and stores each in the cache; `keep`
 * receives what each gave (this thread keeps it; a worker leaves it in the cache folder).
 */
export function readJobs(
  { jobs, counter }: ReadJobs,
  keep: (job: ReadJobs['jobs'][number], got: CachedRead) => void = () => {},
): void {
  const next = new Int32Array(counter);
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    keep(jobs[i]!, readAndStore(jobs[i]!.source, jobs[i]!.path));
  }
}

/**
 * Reads a file and stores what it gave at `path`, before the corpus stages change the drafts.
 * Written under another name, then renamed: a thread or a build stopped while writing leaves no
 * half entry that a later build would take for whole.
 */
function readAndStore(source: SourceFile, path: string): CachedRead {
  const drafts: WorkDraft[] = [];
  const texts: string[] = [];
  const report = readSourceFile(source, drafts, (text) => texts.push(text));
  const read: CachedRead = { drafts, texts, report };
  const partial = `${path}.${process.pid}-${threadId}.part`;
  writeFileSync(partial, serialize(read));
  renameSync(partial, path);
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
