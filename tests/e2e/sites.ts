/**
 * The two sites the browser tests drive, built for real and served on 127.0.0.1:
 * - the seeds alone, under `/kho-van-ban/` (port `E2E_PORT`);
 * - a messier archive under `/luu-tru/` (the next port): the seeds, the documents they cite
 *   (`tests/fixtures/further/`), and hostile, VNI, headerless, empty and binary files and a
 *   scanned PDF (`tests/fixtures/archive-extra/`), and a corrections file
 *   (`tests/fixtures/archive-corrections/hieu-dinh.csv`), its search index written in parts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/config.ts';
import { serve } from '../../scripts/serve.ts';

export const SEEDS_BASE = '/kho-van-ban/';
export const EXTRA_BASE = '/luu-tru/';

const root = projectRoot();
const port = Number(process.env['E2E_PORT'] ?? 4399);

/** Builds `source` into `out` under `base` with the project's build command. */
function build(source: string, base: string, out: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ARCHIVE_SOURCE: source,
      ARCHIVE_BASE: base,
      ARCHIVE_OUT: out,
      ARCHIVE_STRICT: '',
      ARCHIVE_SEARCH_PART: '',
      ...env,
    },
  });
}

/** One folder with the seeds, the further texts and the extra files, as an office would drop them. */
function extraSource(): string {
  const dir = join(root, 'tmp/e2e-extra-source');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'them'), { recursive: true });
  cpSync(join(root, 'seeds'), dir, { recursive: true });
  for (const name of readdirSync(join(root, 'tests/fixtures/further')).filter((n) =>
    n.endsWith('.txt'),
  )) {
    cpSync(join(root, 'tests/fixtures/further', name), join(dir, 'them', name));
  }
  cpSync(join(root, 'tests/fixtures/archive-extra'), join(dir, 'them'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/archive-corrections'), dir, { recursive: true });
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(join(root, 'tmp/e2e-pwned.txt'), { force: true });
  // Its index is written in parts of 8 documents, as a large archive's is (scripts/search-index.ts).
  build(extraSource(), EXTRA_BASE, join(root, 'tmp/e2e-extra-dist'), { ARCHIVE_SEARCH_PART: '8' });
  build(join(root, 'seeds'), SEEDS_BASE, join(root, 'tmp/e2e-dist'));
  await serve(join(root, 'tmp/e2e-extra-dist'), EXTRA_BASE, port + 1);
  await serve(join(root, 'tmp/e2e-dist'), SEEDS_BASE, port);
  console.log(
    `Browser test sites: http://127.0.0.1:${port}${SEEDS_BASE} and http://127.0.0.1:${port + 1}${EXTRA_BASE}`,
  );
}
