/**
 * An incremental build gives the same site as a full one: a folder built once, then rebuilt on the
 * same cache after new files arrive and one file changes, against the same folder built on an
 * empty cache. Every file of the two `dist/` folders is compared byte for byte.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** Builds `source` into `out` with `cache` as the cache folder; returns the build's output. */
function build(source: string, out: string, cache: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCHIVE_SOURCE: source,
      ARCHIVE_OUT: out,
      ARCHIVE_CACHE: cache,
      ARCHIVE_BASE: '/kho/',
      ARCHIVE_STRICT: '',
    },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** Every file under a folder, by its path inside it. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

describe('incremental build', () => {
  it('rebuilds new and changed files into the same site as a full build', () => {
    const work = mkdtempSync(join(tmpdir(), 'kvb-incremental-'));
    const source = join(work, 'nguon');
    mkdirSync(source);
    cpSync(join(ROOT, 'seeds'), source, { recursive: true });
    build(source, join(work, 'dist-1'), join(work, 'cache-1'));

    // A batch arrives: the documents the seeds cite, and one seed is changed by a line.
    const further = join(ROOT, 'tests/fixtures/further');
    for (const name of readdirSync(further)
      .filter((n) => n.endsWith('.txt'))
      .slice(0, 10))
      cpSync(join(further, name), join(source, 'them', name));
    const changed = readdirSync(source).find((n) => n.endsWith('.txt'))!;
    appendFileSync(join(source, changed), '\nGhi chú thêm của văn thư.\n');

    const again = build(source, join(work, 'dist-1'), join(work, 'cache-1'));
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).length;
    expect(again).toContain(
      `Đọc lại 11 tệp mới hoặc đã sửa; ${seeds - 1} tệp không đổi lấy từ bộ nhớ đệm.`,
    );
    build(source, join(work, 'dist-2'), join(work, 'cache-2'));

    const incremental = filesOf(join(work, 'dist-1'));
    const full = filesOf(join(work, 'dist-2'));
    expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
    const differing = [...full].filter(([name, bytes]) => !bytes.equals(incremental.get(name)!));
    expect(differing.map(([name]) => name)).toEqual([]);
    // The new documents are published.
    expect(full.size).toBeGreaterThan(20);
    expect([...full.keys()].filter((name) => name.startsWith('van-ban/')).length).toBeGreaterThan(
      8 + 10,
    );
  }, 300_000);
});
