/**
 * A plan printed under the decision that issues it, with no header of its own (`(Kèm theo Quyết
 * định số: 1450/QĐ-BTP ngày …)`): the decision's issuer and date, marked inferred; no number.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { readSources, ROOT } from './helpers.ts';

describe('a document issued with another', () => {
  const archive = buildArchive(readSources(join(ROOT, 'tests/fixtures/assignments-blind51')), '/');
  const plan = archive.documents.find((d) => d.type === 'Kế hoạch')!;

  it("takes the decision's issuer and date, inferred, and keeps no number", () => {
    expect([plan.issuer, plan.level, plan.date, plan.number]).toEqual([
      'Bộ Tư pháp',
      'Trung ương',
      '2026-07-02',
      null,
    ]);
    expect(plan.inferred).toEqual(expect.arrayContaining(['issuer', 'date']));
    const codes = plan.warnings.map((w) => w.code);
    expect(codes).toContain('attachment-without-header');
    expect(codes).not.toContain('issuer-unknown');
    expect(codes).not.toContain('date-missing');
  });
});
