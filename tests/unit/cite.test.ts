/** Citation forms of docs/reading.md ("Citations"), one case each, and the false positives that must not be citations. */
import { describe, expect, it } from 'vitest';
import { findCitations, findLawReferences } from '../../scripts/ingest/cite.ts';

const cites = (text: string) =>
  findCitations(text).map((c) => ({ number: c.number.display, date: c.date, type: c.type }));

describe('citation forms', () => {
  it('full form with date and issuer', () => {
    const [c] = findCitations(
      'Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy về việc',
    );
    expect(c).toMatchObject({
      text: 'Thông báo số 495-TB/TU ngày 20/9/2021',
      date: '2021-09-20',
      type: 'Thông báo',
      issuerText: 'Ban Thường vụ Thành ủy',
      kind: 'implements',
    });
  });
  it('comma before the date', () => {
    expect(cites('tại Báo cáo số 779-BC/BCSD, ngày 20/9/2021.')).toEqual([
      { number: '779-BC/BCSĐ', date: '2021-09-20', type: 'Báo cáo' },
    ]);
  });
  it('no số, no date', () => {
    expect(cites('theo Quyết định 1103-QĐ/TU của Ban Thường vụ')).toEqual([
      { number: '1103-QĐ/TU', date: null, type: 'Quyết định' },
    ]);
    expect(cites('với Báo cáo 569/BC-UBND, ngày 13/9/2021')).toEqual([
      { number: '569/BC-UBND', date: '2021-09-13', type: 'Báo cáo' },
    ]);
  });
  it('generic noun, type from the number', () => {
    expect(cites('tại văn bản số 6324/VPCP-KGVX ngày 10/9/2021')).toEqual([
      { number: '6324/VPCP-KGVX', date: '2021-09-10', type: 'Công văn' },
    ]);
    expect(cites('thông báo kết luận số 473-TB/TU ngày 24/8/2021')).toEqual([
      { number: '473-TB/TU', date: '2021-08-24', type: 'Thông báo' },
    ]);
  });
  it('a list inherits the type', () => {
    expect(
      cites('các Nghị quyết số 86/NQ-CP ngày 06/8/2021, số 105/NQ-CP ngày 09/9/2021 của Chính phủ'),
    ).toEqual([
      { number: '86/NQ-CP', date: '2021-08-06', type: 'Nghị quyết' },
      { number: '105/NQ-CP', date: '2021-09-09', type: 'Nghị quyết' },
    ]);
  });
  it('wrapped over line breaks', () => {
    expect(cites('V/v thực hiện Thông báo số\n326-TB/QU ngày 14/9/2021 Kết\nluận')).toEqual([
      { number: '326-TB/QU', date: '2021-09-14', type: 'Thông báo' },
    ]);
  });
  it('long date form', () => {
    expect(cites('Quyết định số 12/QĐ-UBND ngày 3 tháng 1 năm 2022')).toEqual([
      { number: '12/QĐ-UBND', date: '2022-01-03', type: 'Quyết định' },
    ]);
  });
  it('normative number with year', () => {
    expect(cites('Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội')).toEqual([
      { number: '30/2021/QH15', date: '2021-07-28', type: 'Nghị quyết' },
    ]);
  });
  it('attachments mark the last citation before them', () => {
    const found = findCitations(
      'Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 và Công văn số 788-CV/BCSD ngày 21/9/2021 về việc này (bản chụp gửi kèm theo).',
    );
    expect(found.map((c) => c.kind)).toEqual(['implements', 'attached']);
  });
  it('no number, no citation', () => {
    expect(
      findCitations('các Công điện của Thủ tướng Chính phủ và Nghị quyết của HĐND Thành phố'),
    ).toEqual([]);
  });
  it('a document own number line is not a citation', () => {
    expect(findCitations('Số: 2771/UBND-KGVX\nV/v tăng cường')).toEqual([]);
    expect(findCitations('Số 10-TB/VPTW')).toEqual([]);
  });
  it.each([
    'biểu quyết 100% (14/14/16 đồng chí có mặt)',
    'đảm bảo trực 24/24/7',
    'dịp Lễ kỷ niệm Quốc khánh 2-9,',
    'từ ngày 30/8/2021 đến ngày 06/9/2021',
  ])('no citation in «%s»', (text) => {
    expect(findCitations(text)).toEqual([]);
  });
  it('laws by name and article', () => {
    expect(
      findLawReferences(
        '(nhất là Điều 20 Luật Thủ đô, Điều 53 Luật phòng chống bệnh truyền nhiễm);',
      ).map((l) => [l.article, l.law]),
    ).toEqual([
      ['20', 'Luật Thủ đô'],
      ['53', 'Luật phòng chống bệnh truyền nhiễm'],
    ]);
  });
});
