/**
 * The ingest command: reads every `*.txt` of the source folder (`ARCHIVE_SOURCE`, default
 * `seeds/`), writes one MDX page per document to `content/documents/` and the data files to
 * `content/data/`, and prints a short report in Vietnamese.
 */
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildArchive } from './ingest/pipeline.ts';
import { withoutAssignments } from './ingest/emit.ts';
import { readSourceFolder } from './ingest/sources.ts';
import { printSummary } from './ingest/summary.ts';
import { archiveBase, projectRoot } from './config.ts';
import { sourceSlug } from '../src/lib/contract.ts';
import { jsonArrayLines, writeLines, writePieces } from '../src/lib/line-files.ts';
import { assignmentsCsv, documentsCsv } from './ingest/csv.ts';
import { agencyCalendar } from './ingest/assign/calendar.ts';
import { cachedReader, readerVersion } from './ingest/cache.ts';
import { RenderedCache, renderedFolder, rendererVersion } from '../src/utils/rendered-cache.ts';
import { cacheRootOf } from '../src/utils/cache-folder.ts';
import { FolderWriter } from './ingest/folder-writer.ts';

const root = projectRoot();
const sourceDir = resolve(root, process.env['ARCHIVE_SOURCE'] || 'seeds');
const base = archiveBase();
// ARCHIVE_CONTENT writes elsewhere than content/ (tests use it; the site always reads content/).
const contentDir = resolve(root, process.env['ARCHIVE_CONTENT'] || 'content');

let stat;
try {
  stat = statSync(sourceDir);
} catch {
  stat = null;
}
if (!stat?.isDirectory()) {
  console.error(
    `Không tìm thấy thư mục nguồn ${sourceDir} (đặt ARCHIVE_SOURCE là thư mục chứa các tệp .txt).`,
  );
  process.exit(1);
}
const started = performance.now();
// Other files (a scan, a .docx) are not read, but the report says so: every file is accounted for.
const folder = readSourceFolder(sourceDir);
// What reading each file gave is kept by its hash (`ARCHIVE_CACHE`, default `.cache/ingest/`): a
// rebuild reads only the files that changed. Deleting the folder forces a full read.
// Files not in the cache are read on every core (`ARCHIVE_THREADS` sets how many threads).
const threads = Number(process.env['ARCHIVE_THREADS']) || undefined;
const cacheRoot = cacheRootOf(root);
const cache = await cachedReader(
  join(cacheRoot, 'ingest'),
  readerVersion(root),
  folder.sources,
  threads,
);
const archive = buildArchive(folder.sources, base, { ...folder, readFile: cache.read });
cache.prune();

// The pages, calendars and source copies are written where they changed (folder-writer.ts).
const pageFolder = new FolderWriter(join(contentDir, 'documents'));
mkdirSync(join(contentDir, 'data'), { recursive: true });
// Each page's body as the site shows it, rendered from the tree the page was written from, so that
// the site does not parse the pages again (src/utils/rendered-cache.ts); only for the site's pages.
const rendered =
  contentDir === resolve(root, 'content')
    ? new RenderedCache(renderedFolder(cacheRoot), rendererVersion(root, base))
    : null;
for (const page of archive.pages) {
  pageFolder.write(`${page.id}.mdx`, page.mdx);
  rendered?.keep(page.mdx, page.html);
}
pageFolder.finish();
rendered?.prune();
// The large data files are written one line at a time (src/lib/line-files.ts): at 100,000
// documents each is longer than a string can be. Compact, one document per line.
writeLines(
  join(contentDir, 'data', 'documents.json'),
  jsonArrayLines(archive.documents.map(withoutAssignments)),
);
// One record per line: the index reads them one by one, at any archive size.
writeLines(
  join(contentDir, 'data', 'search-records.jsonl'),
  archive.searchRecords.map((record) => JSON.stringify(record)),
);
writeFileSync(
  join(contentDir, 'data', 'build-report.json'),
  `${JSON.stringify(archive.report, null, 2)}\n`,
);
writePieces(join(contentDir, 'data', 'van-ban.csv'), documentsCsv(archive.documents));
// The largest data file: the agencies on the first line, then one assignment per line.
writeLines(
  join(contentDir, 'data', 'assignments.json'),
  jsonArrayLines(
    archive.assignments.items,
    `{"agencies":${JSON.stringify(archive.assignments.agencies)},"items":[`,
    ']}',
  ),
);
writePieces(join(contentDir, 'data', 'giao-viec.csv'), assignmentsCsv(archive.assignments));
// One calendar of deadlines per agency that has any (`lich/<agency>.ics`).
const calendars = new FolderWriter(join(contentDir, 'data', 'lich'));
const itemsByAgency = Map.groupBy(archive.assignments.items, (item) => item.agencyId);
for (const agency of archive.assignments.agencies) {
  const calendar = agencyCalendar(agency, itemsByAgency.get(agency.id) ?? [], base);
  if (calendar) calendars.write(`${agency.id}.ics`, calendar);
}
calendars.finish();
writeFileSync(
  join(contentDir, 'data', 'graph.json'),
  `${JSON.stringify(archive.graph, null, 2)}\n`,
);

// The decoded source texts, for their pages in `nguon/` (one file each, by the page's slug).
const sourceFolder = new FolderWriter(join(contentDir, 'sources'));
for (const { file, text } of archive.sourceTexts)
  sourceFolder.write(`${sourceSlug(file)}.txt`, text.normalize('NFC'));
sourceFolder.finish();

printSummary(archive.report, relative(root, sourceDir) || '.', performance.now() - started);
if (cache.count.reused > 0)
  console.log(
    `Đọc lại ${cache.count.read} tệp mới hoặc đã sửa; ${cache.count.reused} tệp không đổi lấy từ bộ nhớ đệm.`,
  );
if (process.env['ARCHIVE_STRICT'] === '1' && archive.report.totals.errors > 0) {
  console.error(`ARCHIVE_STRICT=1: có ${archive.report.totals.errors} tệp lỗi, dừng bản dựng.`);
  process.exit(1);
}
