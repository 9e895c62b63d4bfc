/**
 * `npm run bench`: figures for the search, printed (not a test). For the seeds and for a generated
 * corpus of N documents (`BENCH_DOCS`, default 10000; `BENCH_COVID_SHARE` of them, default 0.1, with
 * bodies from the seeds, the others on other subjects, see corpus.ts): build time, index size with and without the
 * `đ→d` copies, and in Chromium the bytes transferred and time to results of a first and a second
 * query. `BENCH_DOCS=0` measures the seeds only.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot } from './config.ts';
import { buildSearchIndex } from './search-index.ts';
import { serve } from './serve.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { generateCorpus } from './corpus.ts';

const root = projectRoot();
const BASE = '/kho-van-ban/';
const docs = Number(process.env['BENCH_DOCS'] ?? 10000);

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
 * Measures in Chromium, with the page's own resource timing and marks: a first query (opening
 * `/tim-kiem/?q=…`) and a second query typed on the same page. Bytes are split into Pagefind's
 * start-up (its script, wasm and page metadata, loaded once per visit) and what each query loads
 * (index chunks and fragments). "Compressed" counts text assets as a gzip-serving host sends them;
 * Pagefind's index files are gzipped already.
 */
async function measureQueries(site: string, first: string, second: string): Promise<string[]> {
  const server = await serve(site, BASE, 4450);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines: string[] = [];
  const compressed = (f: Fetched) =>
    /\.(js|css|json)(\?|$)/.test(f.name)
      ? gzipSync(readFileSync(join(site, f.name.replace(/\?.*$/, '')))).length
      : f.bytes;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
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
          hasText: new RegExp(
            `cho «${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»|Không tìm thấy`,
          ),
        })
        .waitFor();

    await page.goto(`http://127.0.0.1:4450${BASE}tim-kiem/?q=${encodeURIComponent(first)}`);
    await done(first);
    await page.waitForLoadState('networkidle');
    let files = await fetched();
    let m = await marks();
    const startup = files.filter((f) => !/\/(index|fragment|filter)\//.test(f.name));
    const query1 = files.filter((f) => /\/(index|fragment|filter)\//.test(f.name));
    const sum = (list: Fetched[], f: (x: Fetched) => number) => list.reduce((a, x) => a + f(x), 0);
    const shown1 = await page.getByTestId('search-results').locator('li').count();
    lines.push(
      `  Pagefind start-up: ${kb(sum(startup, (f) => f.bytes))} (${kb(sum(startup, compressed))} compressed): ${startup.map((f) => `${f.name.replace(/^pagefind\//, '')} ${kb(f.bytes)}`).join(', ')}`,
    );
    lines.push(
      `  first query  «${first}»: ${Math.round(m['kvb:results']! - m['kvb:query-start']!)} ms search, results ${Math.round(m['kvb:results']!)} ms after opening the page (Pagefind ready at ${Math.round(m['kvb:pagefind-ready']!)} ms); ${shown1} shown; query files ${kb(sum(query1, (f) => f.bytes))} (${query1.length} files); with start-up ${kb(sum(files, compressed))} compressed`,
    );

    await page.evaluate(() => {
      performance.clearMarks();
      performance.clearResourceTimings();
    });
    await page.locator('#q').fill(second);
    await page.locator('#q').press('Enter');
    await done(second);
    await page.waitForLoadState('networkidle');
    files = await fetched();
    m = await marks();
    const shown2 = await page.getByTestId('search-results').locator('li').count();
    lines.push(
      `  second query «${second}»: ${Math.round(m['kvb:results']! - m['kvb:query-start']!)} ms search; ${shown2} shown; ${kb(sum(files, (f) => f.bytes))} transferred (${files.length} files)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
  return lines;
}

/** Builds a site from a source folder and prints its figures. */
async function benchCorpus(label: string, source: string): Promise<void> {
  const out = join(root, 'tmp', `bench-${label}`);
  console.log(`\n== ${label}: ${source}`);
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ARCHIVE_SOURCE: source, ARCHIVE_BASE: BASE, ARCHIVE_OUT: out },
  });
  console.log(
    `  build: ${((performance.now() - started) / 1000).toFixed(1)} s (ingest + Astro + Pagefind)`,
  );
  const withCopies = folderBytes(join(out, 'pagefind'));
  const plainDir = join(root, 'tmp', `bench-${label}-plain-index`);
  // Pagefind writes into the folder as it is: a previous run's files would count again.
  rmSync(plainDir, { recursive: true, force: true });
  const plainStarted = performance.now();
  await buildSearchIndex(out, { outputPath: plainDir, foldedCopies: false });
  const plain = folderBytes(plainDir);
  console.log(
    `  index without đ copies: ${(plain.bytes / 1024).toFixed(0)} KB in ${plain.files} files (${((performance.now() - plainStarted) / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  index with đ copies:    ${(withCopies.bytes / 1024).toFixed(0)} KB in ${withCopies.files} files (+${((withCopies.bytes / plain.bytes - 1) * 100).toFixed(1)}%)`,
  );
  console.log(`  whole site: ${(folderBytes(out).bytes / 1024 / 1024).toFixed(1)} MB`);
  for (const line of await measureQueries(out, 'tiem vac xin', 'Dinh Tien Dung')) console.log(line);
}

await benchCorpus('seeds', join(root, 'seeds'));
if (docs > 0) {
  // Mixed subjects, a tenth of them on the epidemic: words spread as in a real archive.
  const share = Number(process.env['BENCH_COVID_SHARE'] ?? 0.1);
  const corpus = join(root, 'tmp', 'bench-corpus');
  generateCorpus(corpus, join(root, 'seeds'), docs, share);
  await benchCorpus(`${docs}-documents-${Math.round(share * 100)}pct-covid`, corpus);
}
