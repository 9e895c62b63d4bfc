/**
 * Real archives are messy: the ingest is deterministic, survives random damage to its input
 * without losing a line or writing invalid MDX, and copes with very large files.
 */
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveBuild, type SourceFile } from '../../scripts/ingest/pipeline.ts';
import { archiveOf, readSources, ROOT } from './helpers.ts';
import { random } from '../../scripts/random.ts';

const seeds = readSources(join(ROOT, 'seeds'));
const decoder = new TextDecoder();

const SNIPPETS = [
  '{',
  '}',
  '{x}',
  '<script>alert(1)</script>',
  '<div onclick="x()">',
  '</div>',
  'import x from "y"',
  'export const a = 1',
  '<Cite to="a">',
  '</Cite>',
  '{/* c */}',
  '<!-- c -->',
  '\\',
  '`',
  '```',
  '**',
  '~~',
  '*',
  '[a](javascript:x)',
  '![i](x.png)',
  '# ',
  '> ',
  '- ',
  '1. ',
  '|a|b|\n|-|-|',
  '---',
  'Số: 12/UBND-VP',
  'ĐẾN',
  'Nơi nhận:',
  'T/M BAN THƯỜNG VỤ',
  'THÔNG BÁO',
  'Thông báo số 495-TB/TU ngày 20/9/2021',
  '\u0000',
  '\u202e',
  '😀',
  'a\u0301',
];

/** Applies a few random mutations to a text: delete, duplicate or swap lines and blocks, insert syntax or bytes. */
function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  let lines = decoder.decode(bytes).split('\n');
  const pick = (n: number) => Math.floor(rand() * n);
  for (let m = 0, count = 1 + pick(5); m < count; m++) {
    const i = pick(lines.length);
    switch (pick(6)) {
      case 0:
        lines.splice(i, 1 + pick(3));
        break;
      case 1:
        lines.splice(i, 0, ...lines.slice(pick(lines.length), pick(lines.length)));
        break;
      case 2: {
        const j = pick(lines.length);
        const [a, b] = [Math.min(i, j), Math.max(i, j)];
        lines = [
          ...lines.slice(0, a),
          ...lines.slice(b, b + 5),
          ...lines.slice(a + 5, b),
          ...lines.slice(a, a + 5),
          ...lines.slice(b + 5),
        ];
        break;
      }
      case 3: {
        const line = lines[i] ?? '';
        const at = pick(line.length + 1);
        lines[i] = line.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)]! + line.slice(at);
        break;
      }
      case 4:
        lines.splice(i, 0, SNIPPETS[pick(SNIPPETS.length)]!);
        break;
      default: {
        const encoded = new TextEncoder().encode(lines.join('\n'));
        const at = pick(encoded.length);
        const noise = Array.from({ length: 1 + pick(4) }, () => pick(256));
        return new Uint8Array([...encoded.subarray(0, at), ...noise, ...encoded.subarray(at)]);
      }
    }
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/** Every line of every decodable file belongs to exactly one document, in order. */
function expectEveryLineOnce(archive: ArchiveBuild, sources: SourceFile[]): void {
  for (const file of archive.report.files) {
    if (file.status === 'error') {
      expect(file.documents).toEqual([]);
      expect(file.messages.length).toBeGreaterThan(0);
      continue;
    }
    const ranges = archive.documents.flatMap((d) => d.sources).filter((s) => s.file === file.file);
    expect(ranges.length, file.file).toBeGreaterThan(0);
    expect(ranges[0]!.fromLine).toBe(1);
    for (let k = 1; k < ranges.length; k++)
      expect(ranges[k]!.fromLine).toBe(ranges[k - 1]!.toLine + 1);
    expect(ranges[ranges.length - 1]!.toLine).toBe(file.lines);
    expect(sources.some((s) => s.name === file.file)).toBe(true);
  }
}

describe('robustness', () => {
  it('builds byte-identical output twice from the same sources', () => {
    const a = buildArchive(seeds, '/kho/');
    const b = buildArchive([...seeds].reverse(), '/kho/');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('survives random damage to the seeds: no crash, no line lost, valid MDX', async () => {
    const rand = random(20260922);
    for (let round = 0; round < 40; round++) {
      const sources = seeds.map((s) =>
        rand() < 0.5 ? { name: s.name, bytes: mutate(s.bytes, rand) } : s,
      );
      const archive = buildArchive(sources, '/');
      expectEveryLineOnce(archive, sources);
      const ids = archive.documents.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const page of archive.pages) {
        const body = page.mdx.replace(/^---\n.*\n---\n/, '');
        await expect(compile(body), `round ${round}, ${page.id}`).resolves.toBeDefined();
      }
    }
  }, 120_000);

  it('reports empty, blank and binary files and goes on with the others', () => {
    const archive = archiveOf({
      'rong.txt': '',
      'trang.txt': '\n  \n',
      'anh.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'tot.txt': decoder.decode(seeds[3]!.bytes),
    });
    expect(archive.documents).toHaveLength(1);
    const status = Object.fromEntries(archive.report.files.map((f) => [f.file, f.status]));
    expect(status).toEqual({
      'anh.txt': 'error',
      'rong.txt': 'error',
      'tot.txt': 'warning',
      'trang.txt': 'error',
    });
    expect(archive.report.totals.errors).toBe(3);
  });

  it('keeps two copies of one document apart: the standalone one is canonical, citations resolve to it', () => {
    const bundle = decoder.decode(seeds[4]!.bytes);
    // The standalone copy carries a filing note, so it is not the same text (see exact-copies.test.ts).
    const standalone = `${bundle.split('\n').slice(63).join('\n')}\nBản lưu tại Văn phòng.`;
    const archive = archiveOf({ 'a.txt': bundle, 'b.txt': standalone });
    // In document order: the copy attached in a.txt's bundle, then b.txt's standalone copy.
    const copies = archive.documents.filter((d) => d.number === '326-TB/QU');
    expect(copies.map((d) => [d.sources[0]!.file, d.id])).toEqual([
      ['a.txt', '326-tb-qu-2021-2'],
      ['b.txt', '326-tb-qu-2021'],
    ]);
    expect(archive.report.duplicates).toEqual([
      {
        number: '326-TB/QU',
        canonical: '326-tb-qu-2021',
        others: ['326-tb-qu-2021-2'],
        sameDocument: true,
      },
    ]);
    expect(copies[0]!.copyOf).toBe('326-tb-qu-2021');
    expect(copies[1]!.copies).toEqual(['326-tb-qu-2021-2']);
    expect(
      archive.documents
        .find((d) => d.number === '157/UBND-VP')!
        .cites.filter((c) => c.number === '326-TB/QU')
        .every((c) => c.target === '326-tb-qu-2021'),
    ).toBe(true);
    expect(copies[0]!.warnings.map((w) => w.message).join()).toMatch(
      /Bản trùng của văn bản 326-tb-qu-2021/,
    );
  });

  it('keeps two different documents that share a number (an OCR slip) as two documents, both flagged', () => {
    const bundle = decoder.decode(seeds[4]!.bytes);
    const other = bundle
      .split('\n')
      .slice(63)
      .join('\n')
      .replace('ngày 14 tháng 9 năm 2021', 'ngày 28 tháng 9 năm 2021')
      .replace(
        /Kết luận của đồng chí Nguyễn Văn Nam[^*]*\*\*/u,
        'Về việc tổ chức Đại hội Chi bộ**',
      );
    const archive = archiveOf({ 'a.txt': bundle, 'b.txt': other });
    const same = archive.documents.filter((d) => d.number === '326-TB/QU');
    expect(same.map((d) => [d.id, d.date, d.copyOf])).toEqual([
      ['326-tb-qu-2021', '2021-09-14', null],
      ['326-tb-qu-2021-2', '2021-09-28', null],
    ]);
    expect(archive.report.duplicates).toEqual([
      {
        number: '326-TB/QU',
        canonical: '326-tb-qu-2021',
        others: ['326-tb-qu-2021-2'],
        sameDocument: false,
      },
    ]);
    for (const d of same)
      expect(d.warnings.map((w) => w.message).join()).toMatch(/Cùng số, ký hiệu 326-TB\/QU/);
    // The citing letter names the date 14/9/2021: it links to that one.
    const letter = archive.documents.find((d) => d.number === '157/UBND-VP')!;
    expect(
      new Set(letter.cites.filter((c) => c.number === '326-TB/QU').map((c) => c.target)),
    ).toEqual(new Set(['326-tb-qu-2021']));
  });

  it('copes with a 10 MB file and a very long line', () => {
    const seed = decoder.decode(seeds[2]!.bytes);
    const big = Array.from({ length: Math.ceil(10_000_000 / seed.length) }, () => seed).join('\n');
    const longLine = `Thực hiện ${'các biện pháp phòng, chống dịch Covid-19 trên địa bàn Thành phố, '.repeat(40_000)}./.`;
    const archive = archiveOf({ 'lon.txt': big, 'dong-dai.txt': longLine });
    expect(archive.report.files.every((f) => f.status !== 'error')).toBe(true);
    // The copies are the same text, so they are one document per text with every place as a source.
    const places = archive.documents.flatMap((d) => d.sources).filter((s) => s.file === 'lon.txt');
    expect(places.length).toBeGreaterThan(1000);
    expect(archive.documents.filter((d) => d.sources[0]!.file === 'lon.txt').length).toBeLessThan(
      5,
    );
  }, 180_000);
});
