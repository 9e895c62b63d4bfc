/**
 * `npm run eval -- --source DIR --expected FILE`: runs the ingest only (no Astro) on a folder of
 * source texts and compares the metadata it reads with a table read by hand, field by field.
 * Prints right / wrong / missing per field and lists every wrong or missing value.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSourceFolder } from './ingest/sources.ts';
import { scoreAssignments, type AssignmentTable } from './ingest/assign/evaluate.ts';
import { projectRoot } from './config.ts';
import { buildArchive, type ArchiveDocument } from './ingest/pipeline.ts';
import {
  EVAL_FIELDS,
  compareField,
  readExpectedTable,
  type EvalField,
  type Verdict,
} from './ingest/evaluate.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    expected: { type: 'string' },
    assignments: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
if (values.assignments) {
  evaluateAssignments(resolve(values.assignments), values.quiet);
  process.exit(0);
}
if (!values.source || !values.expected) {
  console.error('Cách dùng: npm run eval -- --source THƯ_MỤC_VĂN_BẢN --expected BẢNG_ĐỌC_TAY.json');
  process.exit(2);
}

const sourceDir = resolve(values.source);
const folder = readSourceFolder(sourceDir);
const started = performance.now();
const archive = buildArchive(folder.sources, '/', folder);
const elapsed = performance.now() - started;
const expected = readExpectedTable(
  JSON.parse(readFileSync(resolve(values.expected), 'utf8')) as unknown,
);

const byFile = new Map<string, ArchiveDocument[]>();
for (const document of archive.documents) {
  for (const source of document.sources)
    byFile.set(source.file, [...(byFile.get(source.file) ?? []), document]);
}

const tally = new Map<EvalField, Record<Verdict, number>>(
  EVAL_FIELDS.map((field) => [field, { right: 0, wrong: 0, missing: 0 }]),
);
const problems: string[] = [];
for (const row of expected) {
  const documents = (byFile.get(row.file) ?? []).sort(
    (a, b) => a.sources[0]!.fromLine - b.sources[0]!.fromLine,
  );
  // The document that opens the file is the one its table row describes.
  const actual = documents[0];
  for (const field of EVAL_FIELDS) {
    if (!(field in row.values)) continue;
    const want = row.values[field] ?? null;
    const got = actual ? ((actual[field] as string | null) ?? null) : null;
    const verdict = compareField(field, want, got);
    tally.get(field)![verdict]++;
    if (verdict !== 'right')
      problems.push(
        `${verdict === 'wrong' ? 'SAI ' : 'THIẾU'} ${field.padEnd(6)} ${row.file}\n      đọc tay: ${want}\n      kho:     ${got}`,
      );
  }
}

if (!values.quiet && problems.length > 0) console.log(`${problems.join('\n')}\n`);
console.log(
  `${expected.length} văn bản trong bảng đọc tay, ${archive.documents.length} văn bản đọc được từ ${folder.sources.length} tệp (${Math.round(elapsed)} ms)`,
);
console.log('field   right  wrong  missing  right%');
let total = 0;
let right = 0;
for (const [field, counts] of tally) {
  const n = counts.right + counts.wrong + counts.missing;
  total += n;
  right += counts.right;
  const share = n === 0 ? '-' : `${((100 * counts.right) / n).toFixed(1)}%`;
  console.log(
    `${field.padEnd(7)} ${String(counts.right).padStart(5)}  ${String(counts.wrong).padStart(5)}  ${String(counts.missing).padStart(7)}  ${share.padStart(6)}`,
  );
}
console.log(
  `all     ${String(right).padStart(5)}  of ${total}: ${total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`}`,
);

/** `--assignments TABLE`: builds the table's source folders together and scores the assignments. */
function evaluateAssignments(tablePath: string, quiet: boolean): void {
  const table = JSON.parse(readFileSync(tablePath, 'utf8')) as AssignmentTable;
  const sources = table.sources.flatMap((dir) =>
    readSourceFolder(resolve(projectRoot(), dir)).sources.map((s) => ({
      ...s,
      name: `${dir}/${s.name}`,
    })),
  );
  const { documents } = buildArchive(sources, '/');
  const score = scoreAssignments(table, documents);
  const percent = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(
    `Giao việc (đơn vị + vai trò + hạn), ${Object.keys(table.documents).length} văn bản: ` +
      `đúng ${score.right}, tìm thấy ${score.found}, bảng đọc tay ${score.expected}; ` +
      `precision ${percent(score.right, score.found)}, recall ${percent(score.right, score.expected)}`,
  );
  if (score.absent.length > 0) console.log(`Không có trong bản dựng: ${score.absent.join(', ')}`);
  if (quiet) return;
  for (const line of score.missed) console.log(`  thiếu  ${line}`);
  for (const line of score.extra) console.log(`  thừa   ${line}`);
}
