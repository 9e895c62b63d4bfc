/**
 * `npm run build`: ingest the source texts, build the site with Astro, index it with Pagefind,
 * and copy the data files into `dist/data/`. Prints the time of each step.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { outputDir, projectRoot } from './config.ts';
import { buildSearchIndex, preloadMeta } from './search-index.ts';

const root = projectRoot();
const dist = outputDir();
const node = process.execPath;

function step<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`[dựng kho] ${label}: ${((performance.now() - started) / 1000).toFixed(1)} giây`);
  return result;
}

step('đọc văn bản nguồn', () =>
  execFileSync(node, [join(root, 'scripts/ingest.ts')], { stdio: 'inherit', cwd: root }),
);
step('dựng trang (Astro)', () =>
  execFileSync(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    stdio: 'inherit',
    cwd: root,
  }),
);
const started = performance.now();
const indexed = await buildSearchIndex(dist);
console.log(
  `[dựng kho] chỉ mục tìm kiếm (Pagefind): ${indexed.pages} trang, ${((performance.now() - started) / 1000).toFixed(1)} giây`,
);
preloadMeta(dist);
if (indexed.errors.length > 0) {
  console.error(`Pagefind báo lỗi: ${indexed.errors.join('; ')}`);
  process.exit(1);
}
mkdirSync(join(dist, 'data'), { recursive: true });
for (const file of ['documents.json', 'build-report.json', 'graph.json']) {
  cpSync(join(root, 'content/data', file), join(dist, 'data', file));
}
console.log(`[dựng kho] xong: ${dist}`);
