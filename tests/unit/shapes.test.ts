/**
 * Header shapes of many issuers and levels (tests/fixtures/shapes/), written by the project in the
 * shape of real office files and read by hand in expected.json: every field must be right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { EVAL_FIELDS, compareField, readExpectedTable } from '../../scripts/ingest/evaluate.ts';
import { ROOT, readSources } from './helpers.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'shapes');
const rows = readExpectedTable(JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')));
const archive = buildArchive(readSources(DIR), '/');

describe('header shapes of other issuers', () => {
  it('has a hand-read row for every fixture', () => {
    expect(rows.map((row) => row.file).sort()).toEqual(
      readSources(DIR)
        .map((source) => source.name)
        .sort(),
    );
  });
  for (const row of rows) {
    it(`reads ${row.file}`, () => {
      const document = archive.documents
        .filter((d) => d.sources[0]!.file === row.file)
        .sort((a, b) => a.sources[0]!.fromLine - b.sources[0]!.fromLine)[0];
      expect(document, row.file).toBeDefined();
      for (const field of EVAL_FIELDS) {
        // A field the table leaves out is not measured on that fixture.
        if (!(field in row.values)) continue;
        const want = row.values[field] ?? null;
        const got = (document![field] as string | null) ?? null;
        expect(compareField(field, want, got), `${field}: read ${got}, by hand ${want}`).toBe(
          'right',
        );
      }
    });
  }
  it("puts a city under a province (its People's Committee, its Party committee) at a district's level, a province's bodies at the city level", () => {
    const levelOf = (file: string) =>
      archive.documents.find((d) => d.sources[0]!.file === file)?.level;
    expect(levelOf('ubnd-thanh-pho-thuoc-tinh-quyet-dinh.txt')).toBe('Quận-huyện');
    expect(levelOf('thanh-uy-thuoc-tinh-thong-bao.txt')).toBe('Quận-huyện');
    expect(levelOf('tinh-uy-chi-thi.txt')).toBe('Thành phố');
    expect(levelOf('bhxh-tinh-cong-van.txt')).toBe('Thành phố');
    expect(levelOf('vksnd-huyen-ke-hoach.txt')).toBe('Quận-huyện');
  });
  it("writes the Youth Union's committees as names: `Tỉnh đoàn Quảng Nam`, `Ban Chấp hành Đoàn tỉnh …`", () => {
    const issuerOf = (file: string) =>
      archive.documents.find((d) => d.sources[0]!.file === file)?.issuer;
    expect(issuerOf('tinh-doan-thong-bao-mot-dong.txt')).toBe('Tỉnh đoàn Quảng Nam');
    expect(issuerOf('tinh-doan-ke-hoach-mat-gach.txt')).toBe('Ban Chấp hành Đoàn tỉnh Nghệ An');
  });
  it('reads a closing table column by column: the distribution list, then the signature', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'ubnd-tinh-bang-mat-tinh.txt',
    )!;
    expect(document.signature).toEqual([
      'TM. Ủy ban nhân dân',
      'KT. Chủ tịch',
      'Phó Chủ tịch',
      'Phan Văn Hùng',
    ]);
    expect(document.signerTitle).toBe('Phó Chủ tịch');
    expect(document.recipients).toEqual([
      'Bộ Nông nghiệp và PTNT',
      'Các sở, ngành liên quan',
      'Lưu: VT, NL',
    ]);
  });
  it('gives a national body the central level, its provincial branch and an older ministry theirs', () => {
    const levelOf = (file: string) =>
      archive.documents.find((d) => d.sources[0]!.file === file)?.level;
    expect(levelOf('nhnn-thong-tu-ten-xuong-dong.txt')).toBe('Trung ương');
    expect(levelOf('bhxh-cong-van-khong-trich-yeu.txt')).toBe('Trung ương');
    expect(levelOf('bhxh-tinh-thong-bao.txt')).toBe('Thành phố');
    expect(levelOf('bo-thong-tu-kieu-cu.txt')).toBe('Trung ương');
    expect(levelOf('ubtvqh-nghi-quyet-so.txt')).toBe('Trung ương');
    expect(levelOf('phong-gd-thi-xa-cot-gop.txt')).toBe('Quận-huyện');
    expect(levelOf('ubnd-xa-dong-trong-so-trong.txt')).toBe('Phường-xã');
  });
  it('stands in for a missing subject with the running text, not the header, and says so', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'bhxh-cong-van-khong-trich-yeu.txt',
    )!;
    expect(document.title).toMatch(/^Ngày 12 tháng 5 năm 2009, Bộ Lao động/u);
    expect(document.inferred).toContain('title');
    expect(document.warnings.map((w) => w.code)).toContain('title-from-first-words');
  });
  it('reads both signers of a joint document whose signature blocks are stacked', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'ubnd-mttq-quy-che-phoi-hop.txt',
    )!;
    expect(document.signer).toBe('Rơ Châm Hơn; Võ Ngọc Thành');
  });
  it('says a blank number is blank in the original, not unread', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'huyen-doan-so-trong.txt',
    )!;
    expect(document.warnings.map((w) => w.message).join('\n')).toMatch(
      /để trống trong bản gốc.*CV\/HĐTN/u,
    );
    expect(document.warnings.map((w) => w.message).join('\n')).not.toMatch(/không có số, ký hiệu/u);
  });
  it('keeps a partial date partial and says so', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'huyen-doan-so-trong.txt',
    )!;
    expect(document.date).toBe('2024-06');
    expect(document.warnings.map((w) => w.message).join('\n')).toMatch(/tháng 6\/2024/u);
  });
});

describe('lists whose dashes the conversion dropped', () => {
  it('reads every indented item of a Nơi nhận list', () => {
    const document = archive.documents.find(
      (d) => d.sources[0]!.file === 'tinh-doan-ke-hoach-mat-gach.txt',
    )!;
    expect(document.recipients).toEqual([
      'Trung ương Đoàn (để b/c)',
      'Thường trực Tỉnh ủy (để b/c)',
      'Các huyện, thành, thị đoàn',
      'Lưu VP',
    ]);
  });
  it('splits a scanned letter from the licence attached to it, the stamp staying with the letter', () => {
    const documents = archive.documents
      .filter((d) => d.sources[0]!.file === 'cong-ty-ocr-kem-giay-phep.txt')
      .sort((a, b) => a.sources[0]!.fromLine - b.sources[0]!.fromLine);
    expect(documents.map((d) => [d.sources[0]!.fromLine, d.number, d.type])).toEqual([
      [1, '14/CV-PHT', 'Công văn'],
      [26, '118/GP-UBND', 'Giấy phép'],
    ]);
    expect(documents[1]!.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });
  it("capitalises a company's proper name, not a name that says its trade", () => {
    const issuerOf = (file: string) =>
      archive.documents.find((d) => d.sources[0]!.file === file)?.issuer;
    expect(issuerOf('cong-ty-ocr-kem-giay-phep.txt')).toBe('Công ty TNHH Phúc Hưng Thịnh');
    expect(issuerOf('cong-ty-ten-hai-dong.txt')).toBe(
      'Công ty TNHH MTV khai thác công trình thủy lợi Ninh Thuận',
    );
  });
});
