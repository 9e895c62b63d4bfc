/**
 * The Pagefind index of the archive, through Pagefind's Node API, from the records the ingest
 * wrote (`content/data/search-records.jsonl`): one record per document, its text in the index's
 * form (`src/lib/search-text.ts`), its metadata and facets. The built HTML is not read, so the
 * index can be written while Astro renders the pages. `preloadMeta` then adds a preload link for
 * the index's metadata to the search page.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecordSchema, type SearchRecord } from '../src/lib/contract.ts';
import { readLines } from '../src/lib/line-files.ts';
import { indexForm, searchPartFolder } from '../src/lib/search-text.ts';

/** The records of a `search-records.jsonl` file, checked against the contract, one line at a time. */
export function* searchRecords(file: string): Generator<SearchRecord> {
  for (const line of readLines(file)) yield searchRecordSchema.parse(JSON.parse(line));
}

/** All the records of a `search-records.jsonl` file. */
export function readSearchRecords(file: string): SearchRecord[] {
  return [...searchRecords(file)];
}

/**
 * Records sent to Pagefind before the first answer is awaited: its service answers in order, and a
 * few in flight keep it busy (10,000 records: added in 10.8 s rather than 13.1 s one by one).
 */
const IN_FLIGHT = 16;

/** How the index is written. */
export interface IndexOptions {
  /**
   * Words per index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`); Pagefind's own
   * default when not given.
   */
  chunkSize?: number;
  /** Leave the date sort out (to measure what it costs). */
  withoutSort?: boolean;
}

/** Indexes the records into `outputPath`; returns how many pages and Pagefind's errors. */
export async function buildSearchIndex(
  records: Iterable<SearchRecord>,
  outputPath: string,
  { chunkSize, withoutSort = false }: IndexOptions = {},
): Promise<{ pages: number; errors: string[] }> {
  // The Node API starts Pagefind's binary at the first call, with this process's environment.
  if (chunkSize) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize);
  else delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
  const errors: string[] = [...createErrors];
  const inFlight = new Set<Promise<unknown>>();
  let pages = 0;
  for (const record of records) {
    const added: Promise<unknown> = index
      .addCustomRecord({
        url: record.url,
        content: indexForm(record.content),
        language: 'vi',
        meta: record.meta as Record<string, string>,
        filters: record.filters as Record<string, string[]>,
        sort: withoutSort ? {} : (record.sort as Record<string, string>),
      })
      .then((answer) => {
        errors.push(...answer.errors);
        inFlight.delete(added);
      });
    inFlight.add(added);
    pages++;
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath });
  errors.push(...written.errors);
  await pagefind.close();
  return { pages, errors };
}

/**
 * Records per index part. Pagefind holds a whole index in one process until it writes it (3.8 GB
 * at 10,000 records, 10.4 GB at 30,000): an archive larger than this is indexed in parts, one
 * after another, each a Pagefind bundle of its own that the search page searches together
 * (`src/scripts/search/pagefind.ts`). `ARCHIVE_SEARCH_PART` sets another size.
 */
export const PART_SIZE = 12_000;

/** How many lines a records file has, read in pieces (it may be longer than a string can be). */
function countRecords(file: string): number {
  let count = 0;
  for (const line of readLines(file)) if (line) count++;
  return count;
}

/**
 * Indexes a records file into `folder`, in parts of at most `partSize` records: one part when the
 * archive is small enough (its records read one by one), else the records newest first (undated
 * last), so that part 1 holds the newest documents and the page can list parts in date order.
 * Returns the number of parts, of pages and Pagefind's errors.
 */
export async function buildSearchParts(
  file: string,
  folder: string,
  { partSize = PART_SIZE, ...options }: IndexOptions & { partSize?: number } = {},
): Promise<{ parts: number; pages: number; errors: string[] }> {
  if (countRecords(file) <= partSize) {
    const single = await buildSearchIndex(
      searchRecords(file),
      join(folder, searchPartFolder(1)),
      options,
    );
    return { parts: 1, ...single };
  }
  const records = [...searchRecords(file)].sort(
    (a, b) => (b.sort.date ?? '').localeCompare(a.sort.date ?? '') || a.url.localeCompare(b.url),
  );
  let pages = 0;
  const errors: string[] = [];
  const parts = Math.ceil(records.length / partSize);
  for (let k = 1; k <= parts; k++) {
    const part = records.slice((k - 1) * partSize, k * partSize);
    const built = await buildSearchIndex(part, join(folder, searchPartFolder(k)), options);
    pages += built.pages;
    errors.push(...built.errors.map((error) => `phần ${k}: ${error}`));
  }
  return { parts, pages, errors };
}

/**
 * The search page learns how many parts the index has from its root element
 * (`data-search-parts`), written once the index is.
 */
export function markSearchParts(distDir: string, parts: number): void {
  const page = join(distDir, 'tim-kiem', 'index.html');
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8').replace(/ data-search-parts="\d+"/g, '');
  writeFileSync(
    page,
    html.replace('<div id="search"', `<div id="search" data-search-parts="${parts}"`),
  );
}

/**
 * The search page preloads Pagefind's metadata file too, whose name carries a hash known only
 * once the index is written: next to the engine's preload link, the same path with that name.
 */
export function preloadMeta(distDir: string): void {
  const page = join(distDir, 'tim-kiem', 'index.html');
  const entry = join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entry)) return;
  const languages = (
    JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { hash: string }> }
  ).languages;
  const hash = (languages['vi'] ?? Object.values(languages)[0])?.hash;
  if (!hash) return;
  // A link written for an earlier index goes: the page links the index it is published with.
  const html = readFileSync(page, 'utf8').replace(
    /<link rel="preload" href="[^"]*\.pf_meta"[^>]*>/g,
    '',
  );
  const engine = /<link rel="preload" href="([^"]*)wasm\.unknown\.pagefind"[^>]*>/.exec(html);
  if (!engine) return;
  const link = `<link rel="preload" href="${engine[1]}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`;
  writeFileSync(page, html.replace(engine[0], `${engine[0]}${link}`));
}
