import { describe, expect, test } from 'vitest';
import { citationLine } from '../../src/utils/format.ts';

describe('the citation line a clerk copies', () => {
  test('type, number, date in words and issuer', () => {
    expect(
      citationLine({
        type: 'Thông báo',
        number: '495-TB/TU',
        date: '2021-09-20',
        issuer: 'Thành ủy Hà Nội',
        onBehalfOf: null,
      }),
    ).toBe('Thông báo số 495-TB/TU ngày 20/9/2021 của Thành ủy Hà Nội');
  });
  test('the body signed for goes before an issuer that does not name it', () => {
    expect(
      citationLine({
        type: 'Thông báo',
        number: '326-TB/QU',
        date: '2021-09-14',
        issuer: 'Quận ủy Hai Bà Trưng',
        onBehalfOf: 'Ban Thường vụ',
      }),
    ).toBe('Thông báo số 326-TB/QU ngày 14/9/2021 của Ban Thường vụ Quận ủy Hai Bà Trưng');
    expect(
      citationLine({
        type: 'Công văn',
        number: '157/UBND-VP',
        date: '2021-08-27',
        issuer: 'Ủy ban nhân dân quận Hai Bà Trưng',
        onBehalfOf: 'Ủy ban nhân dân',
      }),
    ).toBe('Công văn số 157/UBND-VP ngày 27/8/2021 của Ủy ban nhân dân quận Hai Bà Trưng');
  });
  test("a deputy's signature: the head on a decision, the issuer on a letter", () => {
    const vpcp = {
      number: '3354/VPCP-KGVX',
      date: '2013-04-26',
      issuer: 'Văn phòng Chính phủ',
      authority: 'KT.',
      onBehalfOf: 'Bộ trưởng, Chủ nhiệm',
    };
    expect(citationLine({ ...vpcp, type: 'Công văn' })).toBe(
      'Công văn số 3354/VPCP-KGVX ngày 26/4/2013 của Văn phòng Chính phủ',
    );
    expect(
      citationLine({
        ...vpcp,
        type: 'Thông báo',
        number: '41-TB/QU',
        authority: 'TL.',
        onBehalfOf: 'Ban Thường vụ',
        issuer: 'Quận ủy Ba Đình',
      }),
    ).toBe('Thông báo số 41-TB/QU ngày 26/4/2013 của Ban Thường vụ Quận ủy Ba Đình');
    expect(citationLine({ ...vpcp, type: 'Quyết định', number: '1200/QĐ-VPCP' })).toBe(
      'Quyết định số 1200/QĐ-VPCP ngày 26/4/2013 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    );
  });
  test('what is not known is left out, a blank day kept as the month', () => {
    expect(
      citationLine({ type: null, number: null, date: '2022-09', issuer: null, onBehalfOf: null }),
    ).toBe('Văn bản tháng 9/2022');
  });
});
