/**
 * Corrections by hand (tests/fixtures/corrections/hieu-dinh.csv): applied at every build before
 * the corpus is resolved, shown as corrected, and every row's fate reported in words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { readSourceFolder } from '../../scripts/ingest/sources.ts';
import { ROOT } from './helpers.ts';

const folder = readSourceFolder(join(ROOT, 'tests', 'fixtures', 'corrections'));
const archive = buildArchive(folder.sources, '/', folder);
const byId = new Map(archive.documents.map((d) => [d.id, d]));

describe('corrections by hand', () => {
  it('reads the corrections file as such, not as a file left unread', () => {
    expect(folder.corrections).not.toBeNull();
    expect(folder.unread).toEqual([]);
    expect(archive.report.files.map((f) => f.file)).toEqual([
      'bo-hai-van-ban.txt',
      'ubnd-huyen-cong-van.txt',
    ]);
  });

  it('corrects a misread number before citations are resolved, keeping what was read', () => {
    const letter = byId.get('415-ubnd-vp-2024')!;
    expect(letter.number).toBe('415/UBND-VP');
    expect(letter.corrected).toEqual([
      {
        field: 'number',
        previous: '445/UBND-VP',
        note: 'OCR đọc nhầm số 1 thành 4, đối chiếu bản giấy',
      },
    ]);
    expect(byId.get('88-tb-hu-2024')!.cites.map((c) => c.target)).toEqual(['415-ubnd-vp-2024']);
    expect(letter.citedBy).toEqual(['88-tb-hu-2024']);
  });

  it('without the file, the misread number stands and the citation finds nothing', () => {
    const plain = buildArchive(folder.sources, '/');
    expect(plain.documents.map((d) => d.number)).toContain('445/UBND-VP');
    expect(plain.report.corrections).toEqual([]);
    expect(plain.documents.find((d) => d.number === '88-TB/HU')!.cites[0]!.target).toBeNull();
  });

  it('names a document by file, by `file#2`, or by a number; a comma inside quotes stays', () => {
    const second = byId.get('89-tb-hu-2024')!;
    expect(second.title).toBe('Phân công nhiệm vụ của Ủy viên Ban Thường vụ, nhiệm kỳ 2020 - 2025');
    expect(byId.get('88-tb-hu-2024')!.date).toBe('2024-04-04');
  });

  it('clears a field given an empty value, and marks it corrected', () => {
    const second = byId.get('89-tb-hu-2024')!;
    expect(second.signer).toBeNull();
    expect(second.corrected.map((c) => [c.field, c.previous])).toEqual([
      ['title', 'Về phân công nhiệm vụ'],
      ['signer', 'Phạm Văn Đức'],
    ]);
  });

  it('reports every row: applied with its document, no such document, a field that does not exist', () => {
    expect(archive.report.corrections.map((row) => [row.line, row.status, row.target])).toEqual([
      [2, 'applied', '415-ubnd-vp-2024'],
      [3, 'applied', '89-tb-hu-2024'],
      [4, 'applied', '88-tb-hu-2024'],
      [5, 'applied', '89-tb-hu-2024'],
      [6, 'unmatched', null],
      [7, 'invalid', null],
    ]);
    expect(archive.report.corrections[5]!.message).toMatch(/không có trường «màu giấy»/);
    expect(archive.report.totals.corrections).toBe(4);
  });

  it('reads a file with commas, no header and a wrong value, and says what is wrong', () => {
    const csv = new TextEncoder().encode(
      'bo-hai-van-ban.txt,ngày,31/2/2024,\nbo-hai-van-ban.txt,cấp,Tỉnh,\nbo-hai-van-ban.txt,cấp,Quận-huyện,\n',
    );
    const rows = buildArchive(folder.sources, '/', { corrections: csv }).report.corrections;
    expect(rows.map((row) => row.status)).toEqual(['invalid', 'invalid', 'applied']);
    expect(rows[0]!.message).toMatch(/không phải là một ngày/);
  });
});
