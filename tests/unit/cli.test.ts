/** The ingest command as a clerk runs it: a folder with a bad file, the console summary, ARCHIVE_STRICT. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** Runs the ingest on a folder holding one seed, an empty file, a scanned PDF and a hidden file. */
function ingest(strict: boolean) {
  const source = mkdtempSync(join(tmpdir(), 'kvb-source-'));
  const content = mkdtempSync(join(tmpdir(), 'kvb-content-'));
  copyFileSync(join(ROOT, 'seeds/004_3efae8d4b0380e3b.txt'), join(source, 'hai-ba-trung.txt'));
  writeFileSync(join(source, 'rong.txt'), '');
  writeFileSync(join(source, 'ban-quet.pdf'), '%PDF-1.4 ảnh quét');
  writeFileSync(join(source, '.DS_Store'), 'x');
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCHIVE_SOURCE: source,
      ARCHIVE_CONTENT: content,
      ARCHIVE_STRICT: strict ? '1' : '',
    },
  });
  return { run, content };
}

describe('ingest command', () => {
  it('publishes the good file, reports the bad ones in words, exits 0', () => {
    const { run, content } = ingest(false);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Văn bản\s+2/);
    expect(run.stdout).toMatch(/Tệp lỗi\s+2/);
    expect(run.stdout).toMatch(/tệp rong\.txt: tệp rỗng/);
    expect(run.stdout).toMatch(/tệp ban-quet\.pdf: không phải tệp văn bản \.txt/);
    expect(readdirSync(join(content, 'documents')).sort()).toEqual([
      '157-ubnd-vp-2021.mdx',
      '326-tb-qu-2021.mdx',
    ]);
    const report = JSON.parse(readFileSync(join(content, 'data/build-report.json'), 'utf8'));
    // Every file is accounted for but the hidden one.
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['ban-quet.pdf', 'error'],
      ['hai-ba-trung.txt', 'warning'],
      ['rong.txt', 'error'],
    ]);
  });

  it('fails with ARCHIVE_STRICT=1 when a file is bad', () => {
    const { run } = ingest(true);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ARCHIVE_STRICT=1/);
  });
});
