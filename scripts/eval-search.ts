/**
 * `npm run eval:search`: builds an archive of the seeds and the project's further texts
 * (`tests/fixtures/further/`, `tests/fixtures/shapes/`), serves it on 127.0.0.1 and runs every
 * query of the reviewed table (`tests/fixtures/search-eval.json`) through the search page in
 * Chromium. For each query the table says which documents hold the phrase (`all`: the main list
 * must be exactly these), which must come first (`top1`) or in the first three (`top3`), and which
 * must not be listed at all (`none`). Prints each query's misses, then precision and recall.
 * `--no-build` reuses the last build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { projectRoot } from './config.ts';
import { serve } from './serve.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const root = projectRoot();
const BASE = '/danh-gia/';
const PORT = 4470;
const out = join(root, 'tmp/eval-search-dist');

/** One reviewed query. */
export interface EvalQuery {
  /** The query string of `/tim-kiem/` (`q=…`, or advanced fields), or the query alone. */
  q: string;
  /** Why the row is there (a name without marks, a number printed without hyphens…). */
  note: string;
  all?: string[];
  top1?: string;
  top3?: string[];
  none?: string[];
}

/** Hits and misses of one query. */
export interface QueryScore {
  right: number;
  /** Listed but should not be (in the main list without the phrase, or a `none` listed). */
  wrongListed: number;
  /** Should be listed (or placed) but is not. */
  missed: number;
  problems: string[];
}

/** Scores what the page listed against a reviewed row. */
export function scoreQuery(row: EvalQuery, main: string[], more: string[]): QueryScore {
  const score: QueryScore = { right: 0, wrongListed: 0, missed: 0, problems: [] };
  if (row.all) {
    for (const id of main) {
      if (row.all.includes(id)) score.right++;
      else {
        score.wrongListed++;
        score.problems.push(`listed first without the phrase: ${id}`);
      }
    }
    for (const id of row.all.filter((id) => !main.includes(id))) {
      score.missed++;
      score.problems.push(`not in the main list: ${id}`);
    }
  }
  if (row.top1) {
    if (main[0] === row.top1) score.right++;
    else {
      score.missed++;
      score.problems.push(`first should be ${row.top1}, is ${main[0] ?? 'nothing'}`);
    }
  }
  for (const id of row.top3 ?? []) {
    if (main.slice(0, 3).includes(id)) score.right++;
    else {
      score.missed++;
      score.problems.push(`not in the first three: ${id}`);
    }
  }
  for (const id of row.none ?? []) {
    if (main.includes(id) || more.includes(id)) {
      score.wrongListed++;
      score.problems.push(`listed, should not be: ${id}`);
    } else score.right++;
  }
  return score;
}

/** The folder the evaluation archive is built from: seeds, further texts, shapes. */
function evalSource(): string {
  const dir = join(root, 'tmp/eval-search-source');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'seeds'), dir, { recursive: true });
  for (const folder of ['further', 'shapes']) {
    const from = join(root, 'tests/fixtures', folder);
    mkdirSync(join(dir, folder));
    for (const name of readdirSync(from).filter((n) => n.endsWith('.txt')))
      cpSync(join(from, name), join(dir, folder, name));
  }
  return dir;
}

/** The ids of a result list, every page of it. */
async function listed(page: Page, testId: string): Promise<string[]> {
  const hrefs = await page
    .getByTestId(testId)
    .locator(':scope > li > a.doc-title')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(/van-ban\/([^/?]+)/.exec(href)?.[1] ?? href));
}

/** Runs one query on the page and returns its two lists, every page loaded. */
async function run(page: Page, q: string): Promise<{ main: string[]; more: string[] }> {
  const query = q.includes('=') ? q : `q=${encodeURIComponent(q)}`;
  await page.goto(`http://127.0.0.1:${PORT}${BASE}tim-kiem/?${query}`);
  await page.waitForFunction(
    () => !/Đang tìm|Nhập từ khóa/.test(document.querySelector('#status')?.textContent ?? ''),
  );
  // Every page of the main list, then the words apart, as a clerk would ask for them.
  for (;;) {
    const next = (await page.locator('#more').isVisible())
      ? '#more'
      : (await page.locator('#apart').isVisible())
        ? '#apart'
        : null;
    if (!next) break;
    const count = await page.locator('[data-testid^="search-results"] > li').count();
    await page.locator(next).click();
    await page.waitForFunction(
      ([selector, before]) =>
        document.querySelectorAll('[data-testid^="search-results"] > li').length > before ||
        document.querySelector<HTMLElement>(selector)?.hidden === true,
      [next, count] as const,
    );
  }
  return {
    main: await listed(page, 'search-results'),
    more: await listed(page, 'search-results-more'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
  if (!values['no-build']) {
    execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ARCHIVE_SOURCE: evalSource(), ARCHIVE_BASE: BASE, ARCHIVE_OUT: out },
    });
  }
  const table = JSON.parse(readFileSync(join(root, 'tests/fixtures/search-eval.json'), 'utf8')) as {
    queries: EvalQuery[];
  };
  const server = await serve(out, BASE, PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  let right = 0;
  let wrongListed = 0;
  let missed = 0;
  try {
    for (const row of table.queries) {
      const { main, more } = await run(page, row.q);
      const score = scoreQuery(row, main, more);
      right += score.right;
      wrongListed += score.wrongListed;
      missed += score.missed;
      const mark = score.problems.length === 0 ? 'ok  ' : 'MISS';
      console.log(`${mark} ${row.q}  (${main.length} + ${more.length} listed)`);
      for (const problem of score.problems) console.log(`       ${problem}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const percent = (n: number, d: number) => (d === 0 ? '100.0' : ((100 * n) / d).toFixed(1));
  console.log(
    `\n${table.queries.length} queries: precision ${percent(right, right + wrongListed)}%, recall ${percent(right, right + missed)}% (${right} right, ${wrongListed} listed wrongly, ${missed} missed)`,
  );
  if (wrongListed + missed > 0) process.exitCode = 1;
}
