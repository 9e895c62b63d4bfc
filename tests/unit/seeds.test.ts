/** The five seed texts: documents, metadata, line ranges, citations, against reviewed expectations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { expectDocument, readSources, ROOT } from './helpers.ts';

const expected = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/seeds/expected.json'), 'utf8'),
) as Record<string, Record<string, unknown>[]>;
const sources = readSources(join(ROOT, 'seeds'));
const archive = buildArchive(sources, '/');
const byNumber = (number: string) => archive.documents.find((d) => d.number === number)!;

describe('seed documents', () => {
  it('finds the 8 documents of the 5 seed files', () => {
    expect(archive.documents).toHaveLength(8);
  });

  for (const [file, documents] of Object.entries(expected)) {
    if (file.startsWith('_')) continue;
    it(`reads ${file}`, () => {
      const actual = archive.documents.filter((d) => d.sources[0]!.file === file);
      expect(actual).toHaveLength(documents.length);
      documents.forEach((doc, i) =>
        expectDocument(actual[i] as unknown as Record<string, unknown>, doc, `${file}#${i}`),
      );
    });
  }

  it('puts every line of every file in exactly one document', () => {
    for (const source of sources) {
      const lineCount = new TextDecoder()
        .decode(source.bytes)
        .replace(/\n$/, '')
        .split('\n').length;
      const ranges = archive.documents
        .flatMap((d) => d.sources)
        .filter((s) => s.file === source.name)
        .sort((a, b) => a.fromLine - b.fromLine);
      expect(ranges[0]!.fromLine).toBe(1);
      for (let i = 1; i < ranges.length; i++)
        expect(ranges[i]!.fromLine).toBe(ranges[i - 1]!.toLine + 1);
      expect(ranges[ranges.length - 1]!.toLine).toBe(lineCount);
    }
  });

  it('gives stable, URL-safe, unique ids', () => {
    const ids = archive.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(byNumber('495-TB/TU').id).toBe('495-tb-tu-2021');
    expect(byNumber('10227/VP-KGVX').url).toBe('/van-ban/10227-vp-kgvx-2021/');
  });
});

describe('seed citations', () => {
  const targets = (number: string) =>
    byNumber(number)
      .cites.filter((c) => c.target)
      .map((c) => c.number);

  it('links the bundle of file 002 both ways', () => {
    expect(new Set(targets('10227/VP-KGVX'))).toEqual(new Set(['495-TB/TU', '788-CV/BCSĐ']));
    expect(new Set(targets('788-CV/BCSĐ'))).toEqual(new Set(['495-TB/TU']));
    expect(byNumber('495-TB/TU').citedBy.sort()).toEqual([
      '10227-vp-kgvx-2021',
      '788-cv-bcsd-2021',
    ]);
    expect(byNumber('788-CV/BCSĐ').citedBy).toEqual(['10227-vp-kgvx-2021']);
  });

  it('links the Hai Bà Trưng letter to 326-TB/QU, written QỦ in its own header', () => {
    expect(targets('157/UBND-VP')).toContain('326-TB/QU');
    expect(byNumber('326-TB/QU').citedBy).toEqual(['157-ubnd-vp-2021']);
  });

  it('keeps link kinds apart', () => {
    const kinds = (from: string, to: string) =>
      new Set(
        byNumber(from)
          .cites.filter((c) => c.number === to)
          .map((c) => c.kind),
      );
    expect(kinds('10227/VP-KGVX', '788-CV/BCSĐ')).toContain('attached');
    expect(kinds('10227/VP-KGVX', '495-TB/TU')).toContain('implements');
    expect(kinds('788-CV/BCSĐ', '495-TB/TU')).toContain('attached');
  });

  it('lists the cited but missing documents with all their citers', () => {
    const unresolved = new Map(
      archive.report.unresolved.map((u) => [u.number, new Set(u.citedBy)]),
    );
    expect(unresolved.get('6324/VPCP-KGVX')).toEqual(
      new Set(['788-cv-bcsd-2021', '495-tb-tu-2021']),
    );
    expect(unresolved.get('1103-QĐ/TU')).toEqual(new Set(['788-cv-bcsd-2021', '495-tb-tu-2021']));
    expect(unresolved.get('71/CĐ-CP')).toEqual(new Set(['157-ubnd-vp-2021', '326-tb-qu-2021']));
    expect(unresolved.get('1102/CĐ-TTg')).toEqual(new Set(['2771-ubnd-kgvx-2021']));
    expect(unresolved.get('473-TB/TU')).toEqual(new Set(['2771-ubnd-kgvx-2021']));
    expect(archive.report.unresolved[0]!.count).toBeGreaterThanOrEqual(
      archive.report.unresolved.at(-1)!.count,
    );
  });

  it('flags 495-TB/TU cited with two dates', () => {
    const conflict = archive.report.conflicts.find((c) => c.number === '495-TB/TU');
    expect(conflict?.dates.map((d) => d.date)).toEqual(['2021-09-20', '2021-09-21']);
    expect(conflict?.target).toBe('495-tb-tu-2021');
  });

  it('records laws cited by name', () => {
    expect(byNumber('495-TB/TU').laws.map((l) => l.text)).toEqual([
      'Điều 20 Luật Thủ đô',
      'Điều 53 Luật phòng chống bệnh truyền nhiễm',
    ]);
  });

  it('never takes a document own number, an arrival number or a vote count for a citation', () => {
    for (const d of archive.documents) {
      const cited = d.cites.map((c) => c.number);
      if (d.number) expect(cited).not.toContain(d.number);
      expect(cited.join(' ')).not.toMatch(/14\/14|24\/24|^2-9$/);
    }
    expect(byNumber('157/UBND-VP').cites.map((c) => c.number)).not.toContain('17/UBND-VP');
  });
});
