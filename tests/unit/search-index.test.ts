/** What the search index holds of a document: its text only, the numbers it prints otherwise, `đ` in the index's form. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchRecords } from '../../scripts/search-index.ts';
import { plainText } from '../../scripts/ingest/search-record.ts';
import { indexForm, shownForm, withoutPairTail } from '../../src/lib/search-text.ts';
import { archiveOf } from './helpers.ts';

/** A district letter: a spaced own number, a cited plan printed without hyphens, a table. */
const LETTER = `ỦY BAN NHÂN DÂN
QUẬN ĐỐNG ĐA
Số: 12 /UBND-VP
V/v tăng cường phòng, chống dịch
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đống Đa, ngày 5 tháng 10 năm 2021
Kính gửi: UBND các phường.
Thực hiện Kế hoạch số 337KH/TWĐTNMTTN ngày 2/9/2021, UBND quận đề nghị các phường:
| Đơn vị | Thời hạn |
| --- | --- |
| Phường Láng Hạ | Trước ngày 15/10/2021 |
Đồng chí Đinh Văn Hùng theo dõi, đôn đốc.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Tuấn Định
`;

describe('search records', () => {
  const archive = archiveOf({ 'cong-van-12.txt': LETTER });
  const record = archive.searchRecords[0]!;

  it('hold the text, one line per block, with no metadata run into it', () => {
    expect(archive.searchRecords).toHaveLength(1);
    expect(record.content).toContain('Thực hiện Kế hoạch số 337KH/TWĐTNMTTN ngày 2/9/2021');
    // Cells of a table are apart, so `Láng Hạ` and `Trước` never read as one word.
    expect(record.content).toMatch(/Phường Láng Hạ\nTrước ngày 15\/10\/2021/);
    expect(record.content).not.toMatch(/Ngày ban hành|Loại văn bản|2021-10-05/);
  });

  it('end with the pairs of syllables as words, after a line of their own', () => {
    const [, tail] = record.content.split('\n⁂\n');
    expect(tail!.split(' ')).toEqual(expect.arrayContaining(['zzđinhvăn', 'zzvănhùng']));
    // Each pair once.
    expect(new Set(tail!.split(' ')).size).toBe(tail!.split(' ').length);
  });

  it('add the own number when the text never prints it as one word, and not a cited one it does', () => {
    const lines = withoutPairTail(record.content).split('\n');
    expect(lines.at(-1)).toBe('12/UBND-VP');
    expect(lines.filter((line) => line === '337-KH/TWĐTN-MTTN')).toEqual([]);
  });

  it('carry the metadata a result shows and the facets, the date range included', () => {
    // Under the site's base, which is `/` here.
    expect(record.url).toBe(archive.documents[0]!.url);
    expect(record.url).toMatch(/^\/van-ban\/12-ubnd-vp-2021\/$/);
    expect(record.meta).toMatchObject({
      number: '12/UBND-VP',
      type: 'Công văn',
      date: '2021-10-05',
      signer: 'Lê Tuấn Định',
    });
    expect(record.filters).toMatchObject({
      type: ['Công văn'],
      year: ['2021'],
      thang: ['2021-10'],
      ngay: ['2021-10-05'],
    });
    expect(record.sort).toEqual({ date: '2021-10-05' });
  });

  it('leave a second copy out: one document, one result', () => {
    const twice = archiveOf({ 'a.txt': LETTER, 'b.txt': LETTER.replace('Đồng chí', 'Đ/c') });
    expect(twice.documents.length).toBe(2);
    expect(twice.searchRecords.length).toBe(1);
  });

  it('round-trip through search-records.jsonl, checked against the contract', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'records-')), 'search-records.jsonl');
    writeFileSync(file, archive.searchRecords.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(readSearchRecords(file)).toEqual(archive.searchRecords);
    writeFileSync(file, '{"url": 3}\n');
    expect(() => readSearchRecords(file)).toThrow();
  });
});

describe('the plain text of a body', () => {
  it('breaks after blocks and cells, and keeps inline text together', () => {
    expect(
      plainText({
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'Giao ' },
              { type: 'strong', children: [{ type: 'text', value: 'Sở Y tế' }] },
              { type: 'text', value: ' chủ trì' },
            ],
          },
          { type: 'heading', depth: 2, children: [{ type: 'text', value: 'II. NHIỆM VỤ' }] },
        ],
      }),
    ).toBe('Giao Sở Y tế chủ trì\nII. NHIỆM VỤ');
  });
});

describe('the index form of đ', () => {
  it('is d with a combining stroke, and comes back as đ', () => {
    const text = 'Đồng chí Đinh Tiến Dũng, Đảng ủy, 788-CV/BCSĐ';
    const indexed = indexForm(text);
    expect(indexed).not.toMatch(/[đĐ]/);
    // Folding the marks away, as the index does, leaves a plain d.
    expect(indexed.normalize('NFD').replace(/\p{M}/gu, '')).toBe(
      'Dong chi Dinh Tien Dung, Dang uy, 788-CV/BCSD',
    );
    expect(shownForm(indexed)).toBe(text);
    expect(shownForm('dung Dũng')).toBe('dung Dũng');
  });
});

describe('an index in parts', () => {
  it('splits the records newest first, one Pagefind bundle per part, each holding its share', async () => {
    const { buildSearchParts } = await import('../../scripts/search-index.ts');
    const { searchPartFolder } = await import('../../src/lib/search-text.ts');
    const { existsSync, readdirSync, readFileSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'kvb-parts-'));
    const file = join(dir, 'records.jsonl');
    const record = (day: number) => ({
      url: `/van-ban/${day}/`,
      content: `Văn bản ngày ${day}`,
      meta: { title: `Ngày ${day}` },
      filters: {},
      sort: { date: `2021-09-${String(day).padStart(2, '0')}` },
    });
    writeFileSync(file, [3, 1, 5, 2, 4].map((d) => JSON.stringify(record(d))).join('\n'));
    const out = join(dir, 'out');
    const built = await buildSearchParts(file, out, { partSize: 2 });
    expect(built).toMatchObject({ parts: 3, pages: 5, errors: [] });
    for (const k of [1, 2, 3])
      expect(existsSync(join(out, searchPartFolder(k), 'pagefind.js'))).toBe(true);
    // Each fragment is gzipped `pagefind_dcd` and the page's JSON: part 1 holds the newest pages.
    const urlsOf = (k: number) => {
      const folder = join(out, searchPartFolder(k), 'fragment');
      return readdirSync(folder)
        .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
        .map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url)
        .sort();
    };
    expect([1, 2, 3].map(urlsOf)).toEqual([
      ['/van-ban/4/', '/van-ban/5/'],
      ['/van-ban/2/', '/van-ban/3/'],
      ['/van-ban/1/'],
    ]);
    expect(readdirSync(out).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
    const single = await buildSearchParts(file, join(dir, 'one'));
    expect(single).toMatchObject({ parts: 1, pages: 5 });
    expect(readdirSync(join(dir, 'one'))).toEqual(['pagefind']);
  }, 60_000);
});
