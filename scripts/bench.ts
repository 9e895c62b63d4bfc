/**
 * `npm run bench`: figures for the search, printed (not a test). For the seeds and for a generated
 * corpus of N documents (`BENCH_DOCS`, default 10000): build time, index size with and without the
 * `đ→d` copies, and in Chromium the bytes transferred and time to results of a first and a second
 * query. `BENCH_DOCS=0` measures the seeds only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot } from './config.ts';
import { buildSearchIndex } from './search-index.ts';
import { serve } from './serve.ts';
import { random } from './random.ts';

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

/** Writes `count` source texts made from the seeds' paragraphs, with their own numbers and dates. */
function generateCorpus(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const paragraphs = seeds.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 120 && !/^Số|Nơi nhận|^\*\*/.test(p));
  const rand = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const kinds = [
    { heading: 'THÔNG BÁO', code: 'TB', party: true, issuer: ['THÀNH ỦY HÀ NỘI', 'VĂN PHÒNG'], code2: 'TU' },
    { heading: 'QUYẾT ĐỊNH', code: 'QĐ', party: false, issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI'], code2: 'UBND' },
    { heading: 'KẾ HOẠCH', code: 'KH', party: false, issuer: ['ỦY BAN NHÂN DÂN', 'QUẬN HAI BÀ TRƯNG'], code2: 'UBND' },
    { heading: 'CHỈ THỊ', code: 'CT', party: true, issuer: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'QUẬN ỦY ĐỐNG ĐA'], code2: 'QU' },
  ];
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(kinds);
    const year = 2015 + Math.floor(rand() * 10);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const serial = 1 + i;
    const number = kind.party ? `${serial}-${kind.code}/${kind.code2}` : `${serial}/${kind.code}-${kind.code2}`;
    const cites = numbers.length > 0 ? [pick(numbers), pick(numbers)] : [];
    numbers.push(`${number} ngày ${day}/${month}/${year}`);
    const body = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(paragraphs));
    const text = [
      ...kind.issuer,
      '',
      kind.party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      `Hà Nội, ngày ${day} tháng ${month} năm ${year}`,
      '',
      `Số ${number}`,
      '',
      kind.heading,
      `Về việc ${pick(['tăng cường', 'triển khai', 'đẩy mạnh', 'kiểm tra'])} công tác phòng, chống dịch đợt ${i + 1}`,
      '',
      ...cites.map((c) => `Thực hiện ${kind.party ? 'Thông báo' : 'Quyết định'} số ${c}, các đơn vị triển khai ngay các nhiệm vụ sau.\n`),
      ...body.map((p) => `${p}\n`),
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      'T/L BAN THƯỜNG VỤ',
      'CHÁNH VĂN PHÒNG',
      '',
      pick(['Trần Anh Tuấn', 'Nguyễn Thị Tuyền', 'Đinh Tiến Dũng', 'Chu Ngọc Anh']),
    ].join('\n');
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
}

/**
 * Measures in Chromium a first query (from opening `/tim-kiem/?q=…`, Pagefind's start-up included)
 * and a second query typed on the same page: time to results and bytes of Pagefind's files
 * (raw, and compressed as a gzip-serving host would send the text assets; index files are gzipped already).
 */
async function measureQueries(site: string, first: string, second: string): Promise<string[]> {
  const server = await serve(site, BASE, 4450);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const lines: string[] = [];
  try {
    const page = await browser.newPage();
    let raw = 0;
    let gzip = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      try {
        const body = await response.body();
        raw += body.length;
        gzip += /\.(js|css|json)(\?|$)/.test(response.url()) ? gzipSync(body).length : body.length;
      } catch {
        /* a response without a body */
      }
    });
    const report = async (label: string, query: string, run: () => Promise<void>) => {
      raw = 0;
      gzip = 0;
      const started = Date.now();
      await run();
      await page.getByTestId('search-status').filter({ hasText: /văn bản cho|Không tìm thấy/ }).waitFor();
      const elapsed = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const count = await page.getByTestId('search-results').locator('li').count();
      lines.push(`  ${label.padEnd(13)} «${query}»: ${elapsed} ms to results (${count} shown), ${(raw / 1024).toFixed(1)} KB transferred, ${(gzip / 1024).toFixed(1)} KB compressed`);
    };
    await report('first query', first, async () => {
      await page.goto(`http://127.0.0.1:4450${BASE}tim-kiem/?q=${encodeURIComponent(first)}`);
    });
    await report('second query', second, async () => {
      await page.locator('#q').fill(second);
      await page.locator('#q').press('Enter');
    });
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
  console.log(`  build: ${((performance.now() - started) / 1000).toFixed(1)} s (ingest + Astro + Pagefind)`);
  const withCopies = folderBytes(join(out, 'pagefind'));
  const plainDir = join(root, 'tmp', `bench-${label}-plain-index`);
  const plainStarted = performance.now();
  await buildSearchIndex(out, { outputPath: plainDir, foldedCopies: false });
  const plain = folderBytes(plainDir);
  console.log(`  index without đ copies: ${(plain.bytes / 1024).toFixed(0)} KB in ${plain.files} files (${((performance.now() - plainStarted) / 1000).toFixed(1)} s)`);
  console.log(`  index with đ copies:    ${(withCopies.bytes / 1024).toFixed(0)} KB in ${withCopies.files} files (+${((withCopies.bytes / plain.bytes - 1) * 100).toFixed(1)}%)`);
  console.log(`  whole site: ${(folderBytes(out).bytes / 1024 / 1024).toFixed(1)} MB`);
  for (const line of await measureQueries(out, 'tiem vac xin', 'Dinh Tien Dung')) console.log(line);
}

await benchCorpus('seeds', join(root, 'seeds'));
if (docs > 0) {
  const corpus = join(root, 'tmp', 'bench-corpus');
  generateCorpus(corpus, docs);
  await benchCorpus(`${docs}-documents`, corpus);
}
