/** The rules of `npm run eval`: when a value read counts as the hand-read one. */
import { describe, expect, it } from 'vitest';
import { compareField, readExpectedTable } from '../../scripts/ingest/evaluate.ts';

describe('compareField', () => {
  it('takes a number with or without the hyphens the conversion lost', () => {
    expect(compareField('number', '337KH/TWĐTNMTTN', '337-KH/TWĐTN-MTTN')).toBe('right');
    expect(compareField('number', '337KH/TWĐTNMTTN', '338-KH/TWĐTN-MTTN')).toBe('wrong');
  });
  it('counts a value where the hand reads none as wrong, and none where it reads one as missing', () => {
    expect(compareField('number', null, '12/UBND')).toBe('wrong');
    expect(compareField('number', null, null)).toBe('right');
    expect(compareField('signer', 'Bùi Quang Huy', null)).toBe('missing');
  });
  it('takes either signer of a joint document', () => {
    expect(compareField('signer', 'Nguyễn Minh Triết; Tăng Hữu Phong', 'Tăng Hữu Phong')).toBe(
      'right',
    );
    expect(compareField('signer', 'Nguyễn Minh Triết; Tăng Hữu Phong', 'Nguyễn Văn A')).toBe(
      'wrong',
    );
  });
  it('compares dates exactly: a partial date is not a full one', () => {
    expect(compareField('date', '2022-09', '2022-09-01')).toBe('wrong');
    expect(compareField('date', '2022-09', '2022-09')).toBe('right');
  });
  it('compares titles whatever their case, quotes and dashes; a title cut with … by the hand is a prefix', () => {
    expect(
      compareField('title', 'Tổ chức “Ngày hội” năm 2023', 'Tổ chức "ngày hội" năm 2023.'),
    ).toBe('right');
    expect(
      compareField(
        'title',
        'Kỷ niệm 75 năm ngày Thương binh - Liệt sĩ …',
        'Kỷ niệm 75 năm ngày Thương binh – Liệt sĩ (27/7)',
      ),
    ).toBe('right');
    expect(compareField('title', 'Kỷ niệm 75 năm', 'Kỷ niệm 76 năm')).toBe('wrong');
  });
});

describe('readExpectedTable', () => {
  it('reads a list of rows and a table keyed by file alike, passing over comments and other fields', () => {
    expect(readExpectedTable([{ file: 'a.txt', number: null, type: 'Kế hoạch' }])).toEqual([
      { file: 'a.txt', values: { number: null, type: 'Kế hoạch' } },
    ]);
    expect(
      readExpectedTable({ _comment: 'x', 'b.txt': { number: '1/UBND', level: 'Thành phố' } }),
    ).toEqual([{ file: 'b.txt', values: { number: '1/UBND' } }]);
  });
});
