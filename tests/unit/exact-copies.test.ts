/** The same text in two files, whatever their names, is one document with two sources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveOf, ROOT } from './helpers.ts';

const letter = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'corrections', 'ubnd-huyen-cong-van.txt'),
  'utf8',
);
const bundle = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'corrections', 'bo-hai-van-ban.txt'),
  'utf8',
);

describe('exact copies', () => {
  const archive = archiveOf({
    'den/2024/cong-van-445.txt': letter,
    // The same letter scanned again, saved with Windows line ends and other spacing.
    'scan-lai.txt': `\n${letter.replace(/\n/g, '\r\n').replace(/Kính gửi: /u, 'Kính gửi:   ')}`,
    'bo.txt': bundle,
  });

  it('gives one page listing both sources', () => {
    const copies = archive.documents.filter((d) => d.number === '445/UBND-VP');
    expect(copies).toHaveLength(1);
    expect(copies[0]!.sources).toEqual([
      { file: 'den/2024/cong-van-445.txt', fromLine: 1, toLine: 19 },
      // The leading blank line belongs to the document: every line is accounted for.
      { file: 'scan-lai.txt', fromLine: 1, toLine: 20 },
    ]);
    expect(archive.pages.map((p) => p.id)).toEqual(archive.documents.map((d) => d.id));
  });

  it('accounts for the second file in the report: its document, and why it has no page of its own', () => {
    const file = archive.report.files.find((f) => f.file === 'scan-lai.txt')!;
    expect(file.documents).toEqual(['445-ubnd-vp-2024']);
    expect(file.messages.join()).toMatch(/trùng hoàn toàn với den\/2024\/cong-van-445\.txt/u);
    expect(archive.report.totals.documents).toBe(3);
  });

  it('keeps two different documents that share a number apart', () => {
    const other = archiveOf({
      'a.txt': letter,
      'b.txt': letter.replace('làm sạch\nđường làng', 'trồng cây\nđường làng'),
    });
    expect(other.documents).toHaveLength(2);
  });
});
