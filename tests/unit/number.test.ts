/** Document numbers: shapes, canonical forms, match keys, and what is not a number. */
import { describe, expect, it } from 'vitest';
import { findNumbers, numberKey, typeOfNumber } from '../../scripts/ingest/number.ts';

const first = (text: string) => findNumbers(text)[0]?.number;

describe('document numbers', () => {
  it.each([
    ['495-TB/TU', '495-TB/TU', true],
    ['Số 788 - CV/BCSD', '788-CV/BCSĐ', true],
    ['98-TTr/BCS-ĐĐUBMTTQ', '98-TTr/BCS-ĐĐUBMTTQ', true],
    ['326-TB/QỦ', '326-TB/QU', true],
    ['07-KL/TW', '07-KL/TW', true],
    ['1102/CD-TTg', '1102/CĐ-TTg', false],
    ['10227 /VP-KGVX', '10227/VP-KGVX', false],
    ['30/2021/QH15', '30/2021/QH15', false],
    ['2771/UBND-KGVX', '2771/UBND-KGVX', false],
    ['3642/QĐ-UBND', '3642/QĐ-UBND', false],
    ['Số: 2865/GDĐT –KT&KĐCL', '2865/GDĐT-KT&KĐCL', false],
    ['Số: 45/SNN&PTNT-KH', '45/SNN&PTNT-KH', false],
  ])('%s → %s', (text, display, party) => {
    expect(first(text)?.display).toBe(display);
    expect(first(text)?.party).toBe(party);
  });

  it('reads a joint number whose issuers follow a second slash, and names no type it does not know', () => {
    const joint = first('Số: 02/QCPH/UBND-UBMTTQ')!;
    expect(joint.display).toBe('02/QCPH/UBND-UBMTTQ');
    expect(joint.issuerCode).toBe('UBND-UBMTTQ');
    expect(typeOfNumber(joint)).toBeNull();
    expect(first('số 19/2008/NQLT/CP-UBTUMTTQVN ngày')?.display).toBe('19/2008/NQLT/CP-UBTUMTTQVN');
    expect(typeOfNumber(first('2771/UBND-KGVX')!)).toBe('Công văn');
    // A part after a second slash that is no code is left out of the number and of its span.
    expect(findNumbers('số 12/QĐ/Ab x').map((m) => [m.number.display, m.raw])).toEqual([
      ['12/QĐ', '12/QĐ'],
    ]);
  });

  it('reads the older state form, issuers before the type, as printed', () => {
    const joint = first('Số: 03-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 14 tháng 6 năm 1990')!;
    expect([joint.display, joint.party, joint.typeCode, joint.issuerCode]).toEqual([
      '03-TANDTC-VKSNDTC/TTLT',
      false,
      'TTLT',
      'TANDTC-VKSNDTC',
    ]);
    expect(typeOfNumber(joint)).toBe('Thông tư liên tịch');
    expect(typeOfNumber(first('SỐ 15-BTC/TT NGÀY 16-3-1991')!)).toBe('Thông tư');
    expect(typeOfNumber(first('15/2021/TT-BTC')!)).toBe('Thông tư');
    // A Party number keeps its type first; `TT` there is a thông tri.
    expect(typeOfNumber(first('03-TT/TW')!)).toBe('Thông tri');
    expect(first('21-NQ/TW')?.party).toBe(true);
  });

  it('gives OCR and typing variants one key', () => {
    expect(numberKey('1102/CD-TTg')).toBe(numberKey('1102/CĐ-TTg'));
    expect(first('788-CV/BCSD')!.key).toBe(first('788-CV/BCSĐ')!.key);
    expect(first('326-TB/QỦ')!.key).toBe(first('326 - TB / QU')!.key);
    expect(first('07-KL/TW')!.key).toBe(first('7-KL/TW')!.key);
  });

  it('reads the year of normative numbers and the codes', () => {
    expect(first('30/2021/QH15')).toMatchObject({ year: '2021', issuerCode: 'QH15' });
    expect(first('86/NQ-CP')).toMatchObject({ typeCode: 'NQ', issuerCode: 'CP', year: null });
    expect(first('2771/UBND-KGVX')).toMatchObject({ typeCode: null, issuerCode: 'UBND-KGVX' });
  });

  it.each([
    'ngày 14/6/2021',
    '100% (14/14/16 đồng chí có mặt)',
    'trực 24/24/7',
    'Quốc khánh 2-9,',
    'xét nghiệm 2-3 ngày/lần',
    'đi/về Thành phố',
    '6h00 ngày 21/9/2021',
  ])('finds no number in «%s»', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('stops a number before a following word', () => {
    expect(first('số 10227/VP-KGVX - Sở Y tế')?.display).toBe('10227/VP-KGVX');
  });
});

describe('a number glued to `số`', () => {
  it('is read where it starts, as if spaced (`Quyết định số3556/QĐ-UBND`)', () => {
    const text = '(Ban hành kèm theo Quyết định số3556/QĐ-UBND ngày 30 tháng 9 năm 2026)';
    const [found] = findNumbers(text);
    expect(found?.number.display).toBe('3556/QĐ-UBND');
    expect(text.slice(found!.index, found!.index + 12)).toBe('3556/QĐ-UBND');
  });
});

describe('numbers whose hyphens the conversion lost', () => {
  it('reads the Party form without hyphens, with its organisation code split again', () => {
    expect(findNumbers('Kế hoạch số 337KH/TWĐTNMTTN ngày')[0]?.number.display).toBe(
      '337-KH/TWĐTN-MTTN',
    );
    expect(findNumbers('Nghị quyết số 21NQ/TW ngày')[0]?.number.display).toBe('21-NQ/TW');
    expect(findNumbers('Quyết định số 882 QĐ/TWĐTNVNCTN')[0]?.number.display).toBe(
      '882-QĐ/TWĐTN-VNCTN',
    );
  });
  it('gives the printed and the official form one match key', () => {
    expect(findNumbers('337KH/TWĐTNMTTN')[0]?.number.key).toBe(
      findNumbers('337-KH/TWĐTN-MTTN')[0]?.number.key,
    );
  });
  it('splits a state code glued to its issuer only when the rest is an issuer', () => {
    expect(findNumbers('Quyết định số 90/QĐTTg ngày')[0]?.number.display).toBe('90/QĐ-TTg');
    expect(findNumbers('Thông tư số 06/2022/TTBTTTT')[0]?.number.display).toBe('06/2022/TT-BTTTT');
    expect(findNumbers('Công văn số 123/KHĐT')[0]?.number.display).toBe('123/KHĐT');
  });
  it('does not take an unknown code glued to digits for a number', () => {
    expect(findNumbers('khoảng 300 XY/ngày')).toEqual([]);
  });
});
