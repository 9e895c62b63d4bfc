/**
 * The seeds together with texts of the kinds they cite (`tests/fixtures/further/`): metadata read
 * from other layouts, and the seeds' citations resolving to the documents once they are added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { expectDocument, readSources, ROOT } from './helpers.ts';

const dir = join(ROOT, 'tests/fixtures/further');
/** Per file, its document, or its documents in order for a bundle. */
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Record<string, unknown> | Record<string, unknown>[]
>;
const archive = buildArchive([...readSources(join(ROOT, 'seeds')), ...readSources(dir)], '/');
const byId = (id: string) => archive.documents.find((d) => d.id === id)!;

describe('further texts, read on their own', () => {
  for (const [file, entry] of Object.entries(expected)) {
    if (file.startsWith('_')) continue;
    it(file, () => {
      const docs = Array.isArray(entry) ? entry : [entry];
      const found = archive.documents.filter((d) => d.sources[0]!.file === file);
      expect(found).toHaveLength(docs.length);
      docs.forEach((doc, i) => {
        const actual = found[i]!;
        const { citeNumbers, citeTargets, citeKinds, ...fields } = doc;
        expectDocument(actual as unknown as Record<string, unknown>, fields, `${file}#${i}`);
        if (citeNumbers) expect(actual.cites.map((c) => c.number)).toEqual(citeNumbers);
        if (citeTargets) expect(actual.cites.map((c) => c.target)).toEqual(citeTargets);
        if (citeKinds) expect(actual.cites.map((c) => c.kind)).toEqual(citeKinds);
      });
    });
  }
});

describe('the seeds with the documents they cite added', () => {
  const targetOf = (citer: string, number: string) =>
    byId(citer)
      .cites.filter((c) => c.number === number)
      .map((c) => c.target);

  it('resolves the citations the seeds make, 1102/CD-TTg written without its Đ included', () => {
    expect(
      byId('2771-ubnd-kgvx-2021').cites.find((c) => c.text.includes('1102/CD-TTg'))?.target,
    ).toBe('1102-cd-ttg-2021');
    expect(targetOf('2771-ubnd-kgvx-2021', '473-TB/TU')).toEqual(['473-tb-tu-2021']);
    expect(new Set(targetOf('788-cv-bcsd-2021', '6324/VPCP-KGVX'))).toEqual(
      new Set(['6324-vpcp-kgvx-2021']),
    );
    expect(new Set(targetOf('788-cv-bcsd-2021', '1103-QĐ/TU'))).toEqual(
      new Set(['1103-qd-tu-2021']),
    );
    expect(targetOf('326-tb-qu-2021', '15/NQ-HĐND')).toEqual(['15-nq-hdnd-2021']);
    expect(byId('1102-cd-ttg-2021').citedBy).toEqual(
      expect.arrayContaining(['2771-ubnd-kgvx-2021', '473-tb-tu-2021', '250-kh-ubnd-2021']),
    );
  });

  it('no longer lists the added documents as missing', () => {
    const missing = archive.report.unresolved.map((u) => u.number);
    for (const number of [
      '1102/CĐ-TTg',
      '473-TB/TU',
      '6324/VPCP-KGVX',
      '1103-QĐ/TU',
      '07-KL/TW',
      '15/NQ-HĐND',
    ])
      expect(missing).not.toContain(number);
    expect(missing).toContain('71/CĐ-CP');
  });

  it('keeps one 495-TB/TU: the copy with its own header is canonical, the bundled one points to it', () => {
    const bundled = archive.documents.find(
      (d) => d.number === '495-TB/TU' && d.sources[0]!.file.startsWith('002'),
    )!;
    expect(bundled.id).toBe('495-tb-tu-2021-2');
    expect(bundled.copyOf).toBe('495-tb-tu-2021');
    expect(bundled.warnings.map((w) => w.message).join('\n')).toMatch(
      /Bản trùng của văn bản 495-tb-tu-2021/,
    );
    expect(archive.report.duplicates).toContainEqual({
      number: '495-TB/TU',
      canonical: '495-tb-tu-2021',
      others: ['495-tb-tu-2021-2'],
      sameDocument: true,
    });
    // Every citation of 495-TB/TU, bundled attachment included, leads to the canonical page.
    const citations = archive.documents
      .flatMap((d) => d.cites)
      .filter((c) => c.number === '495-TB/TU');
    expect(citations.length).toBeGreaterThanOrEqual(4);
    expect(new Set(citations.map((c) => c.target))).toEqual(new Set(['495-tb-tu-2021']));
    expect(byId('495-tb-tu-2021').citedBy.sort()).toEqual([
      '10227-vp-kgvx-2021',
      '23-ct-ubnd-2021',
      '788-cv-bcsd-2021',
    ]);
    // What the bundled copy cites counts once, for the canonical document.
    expect(byId('1103-qd-tu-2021').citedBy.sort()).toEqual(['495-tb-tu-2021', '788-cv-bcsd-2021']);
  });

  it('still flags 495-TB/TU as cited with two dates', () => {
    const conflict = archive.report.conflicts.find((c) => c.number === '495-TB/TU')!;
    expect(conflict.target).toBe('495-tb-tu-2021');
    expect(conflict.dates.map((d) => d.date)).toEqual(['2021-09-20', '2021-09-21']);
  });

  it('gives every document its own id', () => {
    const ids = archive.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(archive.documents).toHaveLength(8 + 14);
  });
});
