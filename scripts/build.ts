/**
 * `npm run build`: ingest the source texts, then build the site with Astro and, at the same time
 * on the second core, the Pagefind index from the ingest's search records; then put the index and
 * the data files into `dist/`. Prints the time of each step.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputDir, projectRoot } from './config.ts';
import { buildSearchParts, markSearchParts, preloadMeta } from './search-index.ts';
import { searchPartFolder } from '../src/lib/search-text.ts';
import { gib, watchPeakMemory } from './peak-memory.ts';
import { runNode } from './run-node.ts';

const root = projectRoot();
const dist = outputDir();

/** Seconds since `started`, as the build prints them. */
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * Words per index chunk: a query loads the chunks of its words, and Pagefind's own setting makes
 * Vietnamese chunks of 50 KB on average at 10,000 documents (it counts a word's marked variants as
 * one). Measured with `BENCH_LEVERS=1 npm run bench` (README, Search).
 */
const INDEX_CHUNK_WORDS = 1000;

/** Pagefind's ready-made search interfaces: the site has its own, so they are not published. */
const UNUSED_PAGEFIND_FILES = [
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
];

/** Runs one step's Node script in a child process; a step that fails ends the build with its code. */
async function step(label: string, args: string[]): Promise<void> {
  const code = await runNode(args, root).catch((error: Error) => {
    console.error(`${label}: ${error.message}`);
    return 1;
  });
  if (code === 0) return;
  console.error(`${label} dừng với mã ${code}.`);
  process.exit(code);
}

/** Runs Astro's build in a child process. */
const astroBuild = () =>
  step('Astro', [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);

/**
 * Writes the search index into a folder of its own (its parts, `pagefind/`, `pagefind-2/`…, when
 * the archive is larger than one part: `scripts/search-index.ts`); Astro empties `dist/` when it
 * starts.
 */
async function searchIndex(): Promise<{ folder: string; parts: number; errors: string[] }> {
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'kho-van-ban-pagefind-'));
  const partSize = Number(process.env['ARCHIVE_SEARCH_PART']) || undefined;
  const { parts, pages, errors } = await buildSearchParts(
    join(root, 'content/data/search-records.jsonl'),
    folder,
    { chunkSize: INDEX_CHUNK_WORDS, ...(partSize ? { partSize } : {}) },
  );
  for (let k = 1; k <= parts; k++)
    for (const file of UNUSED_PAGEFIND_FILES)
      rmSync(join(folder, searchPartFolder(k), file), { force: true });
  const inParts = parts > 1 ? ` trong ${parts} phần` : '';
  console.log(
    `[dựng kho] chỉ mục tìm kiếm (Pagefind): ${pages} văn bản${inParts}, ${seconds(started)} giây`,
  );
  return { folder, parts, errors };
}

const memory = watchPeakMemory();
let started = performance.now();
await step('Đọc văn bản nguồn', [join(root, 'scripts/ingest.ts')]);
console.log(`[dựng kho] đọc văn bản nguồn: ${seconds(started)} giây`);

started = performance.now();
const [, indexed] = await Promise.all([
  astroBuild().then(() => console.log(`[dựng kho] dựng trang (Astro): ${seconds(started)} giây`)),
  searchIndex(),
]);
if (indexed.errors.length > 0) {
  console.error(`Pagefind báo lỗi: ${indexed.errors.join('; ')}`);
  process.exit(1);
}
for (let k = 1; k <= indexed.parts; k++)
  cpSync(join(indexed.folder, searchPartFolder(k)), join(dist, searchPartFolder(k)), {
    recursive: true,
  });
rmSync(indexed.folder, { recursive: true, force: true });
preloadMeta(dist);
markSearchParts(dist, indexed.parts);
mkdirSync(join(dist, 'data'), { recursive: true });
for (const file of [
  'documents.json',
  'build-report.json',
  'graph.json',
  'van-ban.csv',
  'assignments.json',
  'giao-viec.csv',
  'lich',
]) {
  cpSync(join(root, 'content/data', file), join(dist, 'data', file), { recursive: true });
}
// Each source file's decoded text beside its page (`nguon/<slug>.txt`), as the ingest kept it:
// copied, not rendered (as Astro endpoints they cost 10 s per 10,000 files).
cpSync(join(root, 'content/sources'), join(dist, 'nguon'), { recursive: true });
const peaks = memory.stop();
if (peaks.size > 0)
  console.log(
    `[dựng kho] bộ nhớ đỉnh: ${[...peaks].map(([stage, bytes]) => `${stage} ${gib(bytes)}`).join(', ')}`,
  );
console.log(`[dựng kho] xong: ${dist}`);
