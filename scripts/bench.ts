/**
 * `npm run bench`: figures, printed (not a test). For the seeds and for generated corpora of 1,000
 * and 10,000 documents (`BENCH_DOCS=1000,10000,100000` to choose; `0` for the seeds only;
 * `BENCH_COVID_SHARE` of them, default 0.1, with bodies from the seeds, the others on other
 * subjects, see corpus.ts): the build's time per stage, the site's and the index's size, and in
 * Chromium the bytes and time of Pagefind's start-up, a first and a second query.
 * Each corpus is built from cold (an empty cache folder), then again after ten generated files are
 * added, on the same cache (the incremental build).
 * Beside each corpus's build, its floor (`bench-floor.ts`): the same documents as the simplest MDX
 * pages, built by Astro and indexed by Pagefind, and the ratio of our build to it.
 * `BENCH_LEVERS=1` also rewrites the largest corpus's index in other ways (chunk sizes, no sort)
 * and measures each.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot } from './config.ts';
import {
  buildSearchIndex,
  preloadMeta,
  readSearchRecords,
  type IndexOptions,
} from './search-index.ts';
import { serve } from './serve.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { generateCorpus } from './corpus.ts';
import { buildFloor } from './bench-floor.ts';
import { gib } from './peak-memory.ts';

const root = projectRoot();
const BASE = '/kho-van-ban/';
/** Corpus sizes (`BENCH_DOCS`, comma-separated; `0` for the seeds only). */
const sizes = (process.env['BENCH_DOCS'] ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Total bytes under a folder. */
function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderBytes(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** One file fetched by the page, as its resource timing tells. */
interface Fetched {
  name: string;
  bytes: number;
}

/**
 * Measures in Chromium, with the page's own resource timing and marks: Pagefind's start-up on
 * opening the search page (its script, wasm and metadata, once per visit), then a first and a
 * second query submitted on the page (index chunks and result fragments). "Compressed" counts
 * text assets as a gzip-serving host sends them; Pagefind's own files are gzipped already.
 */
export async function measureQueries(
  site: string,
  first: string,
  second: string,
): Promise<string[]> {
  const server = await serve(site, BASE, 4450);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines: string[] = [];
  const compressed = (f: Fetched) =>
    /\.(js|css|json)(\?|$)/.test(f.name)
      ? gzipSync(readFileSync(join(site, f.name.replace(/\?.*$/, '')))).length
      : f.bytes;
  try {
    const page = await browser.newPage();
    const fetched = async (): Promise<Fetched[]> =>
      (
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => [r.name, (r as PerformanceResourceTiming).transferSize] as const),
        )
      )
        .filter(([name]) => name.includes('/pagefind/'))
        .map(([name, bytes]) => ({ name: name.slice(name.indexOf('/pagefind/') + 1), bytes }));
    const marks = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        await page.evaluate(() =>
          performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
        ),
      );
    const done = (query: string) =>
      page
        .getByTestId('search-status')
        .filter({
          hasText: new RegExp(`«${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»|Không tìm thấy`),
        })
        .waitFor();

    // The clerk opens the search page, Pagefind starts (its script, wasm and metadata), then the
    // clerk submits a first query, then a second one.
    await page.goto(`http://127.0.0.1:4450${BASE}tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const startup = await fetched();
    const ready = (await marks())['kvb:pagefind-ready'];
    const sum = (list: Fetched[], f: (x: Fetched) => number) => list.reduce((a, x) => a + f(x), 0);
    lines.push(
      `  Pagefind start-up: ${kb(sum(startup, (f) => f.bytes))} (${kb(sum(startup, compressed))} compressed), ready ${Math.round(ready ?? NaN)} ms after opening the page: ${startup.map((f) => `${f.name.replace(/^pagefind\//, '').replace(/\?.*$/, '')} ${kb(f.bytes)}`).join(', ')}`,
    );
    for (const [label, query] of [
      ['first query ', first],
      ['second query', second],
    ] as const) {
      await page.evaluate(() => {
        performance.clearMarks();
        performance.clearResourceTimings();
      });
      await page.locator('#q').fill(query);
      await page.locator('#q').press('Enter');
      await done(query);
      await page.waitForLoadState('networkidle');
      const files = await fetched();
      const m = await marks();
      const shown = await page.locator('[data-testid^="search-results"] > li').count();
      const bytes = sum(files, (f) => f.bytes);
      const total = label === 'first query ' ? bytes + sum(startup, compressed) : bytes;
      lines.push(
        `  ${label} «${query}»: ${Math.round(m['kvb:results']! - m['kvb:query-start']!)} ms from submitting to results (search ${Math.round(m['kvb:searched']! - m['kvb:query-start']!)} ms, fragments ${Math.round(m['kvb:results']! - m['kvb:searched']!)} ms); ${shown} shown; ${kb(bytes)} in ${files.length} files${label === 'first query ' ? `; with start-up ${kb(total)} compressed` : ''}`,
      );
    }
    // A clerk who follows a link to `/tim-kiem/?q=…`: the page, Pagefind's start-up and the query.
    const linked = await browser.newPage();
    await linked.goto(`http://127.0.0.1:4450${BASE}tim-kiem/?q=${encodeURIComponent(first)}`);
    await linked
      .getByTestId('search-status')
      .filter({ hasText: /«|Không tìm thấy/ })
      .waitFor();
    const at = Object.fromEntries(
      await linked.evaluate(() =>
        performance.getEntriesByType('mark').map((x) => [x.name, x.startTime] as const),
      ),
    );
    lines.push(
      `  opened as /tim-kiem/?q=${first}: results ${Math.round(at['kvb:results']!)} ms after opening the page (query ${Math.round(at['kvb:results']! - at['kvb:query-start']!)} ms, on an engine just started)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
  return lines;
}

/** A way of writing the index, measured against the default. */
interface Lever {
  label: string;
  options: IndexOptions;
}

/** The index levers measured on the largest corpus (see the search section of the README). */
const LEVERS: Lever[] = [
  { label: "Pagefind's own chunk size", options: {} },
  { label: 'chunk 2000 words', options: { chunkSize: 2000 } },
  { label: 'chunk 500 words', options: { chunkSize: 500 } },
  { label: 'chunk 1000 words, no date sort', options: { chunkSize: 1000, withoutSort: true } },
];

/** The index's size and its metadata file (loaded before every first query). */
function indexFigures(dir: string): string {
  const all = folderBytes(dir);
  const meta = readdirSync(dir).find((name) => name.endsWith('.pf_meta'));
  const index = folderBytes(join(dir, 'index'));
  return `${kb(all.bytes)} in ${all.files} files; ${index.files} index chunks (${kb(index.bytes / Math.max(index.files, 1))} each on average); metadata ${meta ? kb(statSync(join(dir, meta)).size) : '?'}`;
}

/** Size and file count of each top folder of a site, largest first. */
function folderFigures(site: string): string {
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, ...folderBytes(join(site, entry.name)) }))
    .sort((a, b) => b.bytes - a.bytes)
    .map((f) => `${f.name}/ ${(f.bytes / 1024 / 1024).toFixed(1)} MB, ${f.files} files`)
    .join('; ');
}

/** Builds the floor of the documents the last build wrote, and prints it beside our build. */
async function printFloor(buildSeconds: number): Promise<void> {
  const floor = await buildFloor(
    root,
    join(root, 'content/documents'),
    join(root, 'tmp/bench-floor'),
  );
  const total = floor.astroSeconds + floor.pagefindSeconds;
  console.log(
    `  floor (${floor.pages} simplest MDX pages): Astro ${floor.astroSeconds.toFixed(1)} s, then Pagefind over the HTML ${floor.pagefindSeconds.toFixed(1)} s, ${total.toFixed(1)} s in all (largest process ${gib(floor.peakBytes)}); our build is ${(buildSeconds / total).toFixed(2)}x the floor`,
  );
}

/** Runs the build of `source` into `out` on the cache folder `cache`; prints its stages, returns its seconds. */
function timedBuild(source: string, out: string, cache: string): number {
  const started = performance.now();
  const printed = execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ARCHIVE_SOURCE: source,
      ARCHIVE_BASE: BASE,
      ARCHIVE_OUT: out,
      ARCHIVE_CACHE: cache,
    },
  }).toString();
  const buildSeconds = (performance.now() - started) / 1000;
  for (const line of printed.split('\n').filter((l) => /^\[dựng kho\]|^Đọc lại/u.test(l)))
    console.log(`    ${line.replace('[dựng kho] ', '')}`);
  return buildSeconds;
}

/**
 * Builds a site from a source folder, from cold (an empty cache), and prints its figures; then,
 * where `addTen` adds ten files to the folder, the rebuild on the same cache. Levers when asked.
 */
async function benchCorpus(
  label: string,
  source: string,
  levers: boolean,
  addTen?: () => void,
): Promise<void> {
  const out = join(root, 'tmp', `bench-${label}`);
  const cache = join(root, 'tmp', `bench-cache-${label}`);
  rmSync(cache, { recursive: true, force: true });
  console.log(`\n== ${label}: ${source}`);
  console.log('  build from cold:');
  const buildSeconds = timedBuild(source, out, cache);
  console.log(`  build: ${buildSeconds.toFixed(1)} s in all`);
  const site = folderBytes(out);
  console.log(
    `  whole site: ${(site.bytes / 1024 / 1024).toFixed(1)} MB in ${site.files} files (${folderFigures(out)})`,
  );
  if (label !== 'seeds') await printFloor(buildSeconds);
  console.log(`  index: ${indexFigures(join(out, 'pagefind'))}`);
  for (const line of await measureQueries(out, 'tiem vac xin', 'Dinh Tien Dung')) console.log(line);
  if (addTen) {
    addTen();
    console.log('  ten documents added, rebuilt on the same cache:');
    console.log(`  incremental build: ${timedBuild(source, out, cache).toFixed(1)} s in all`);
  }
  if (!levers) return;
  // Each lever: the index written another way from the same records, swapped into the site.
  const records = readSearchRecords(join(root, 'content/data/search-records.jsonl'));
  const kept = join(root, 'tmp', `bench-${label}-pagefind-default`);
  rmSync(kept, { recursive: true, force: true });
  renameSync(join(out, 'pagefind'), kept);
  try {
    for (const lever of LEVERS) {
      const dir = join(out, 'pagefind');
      rmSync(dir, { recursive: true, force: true });
      const leverStarted = performance.now();
      await buildSearchIndex(records, dir, lever.options);
      preloadMeta(out);
      console.log(
        `  lever «${lever.label}»: indexed in ${((performance.now() - leverStarted) / 1000).toFixed(1)} s; ${indexFigures(dir)}`,
      );
      for (const line of await measureQueries(out, 'tiem vac xin', 'Dinh Tien Dung'))
        console.log(`  ${line}`);
    }
  } finally {
    rmSync(join(out, 'pagefind'), { recursive: true, force: true });
    renameSync(kept, join(out, 'pagefind'));
    preloadMeta(out);
  }
}

if (import.meta.main) {
  await benchCorpus('seeds', join(root, 'seeds'), false);
  for (const count of sizes) {
    // Mixed subjects, a tenth of them on the epidemic: words spread as in a real archive.
    const share = Number(process.env['BENCH_COVID_SHARE'] ?? 0.1);
    const corpus = join(root, 'tmp', 'bench-corpus');
    generateCorpus(corpus, join(root, 'seeds'), count, share);
    const levers = process.env['BENCH_LEVERS'] === '1' && count === sizes.at(-1);
    await benchCorpus(
      `${count}-documents-${Math.round(share * 100)}pct-covid`,
      corpus,
      levers,
      () =>
        // The generator is deterministic: the first `count` files are the same, ten are new.
        generateCorpus(corpus, join(root, 'seeds'), count + 10, share),
    );
  }
}
