/** The search page's logic without a browser: the state in the URL, the ranking, the status line. */
import { describe, expect, it } from 'vitest';
import { paramsOfState, stateFromParams, isEmpty } from '../../src/scripts/search/state.ts';
import { byOwnNumber, phraseFirst } from '../../src/scripts/search/strategy.ts';
import { statusText } from '../../src/scripts/search/render.ts';

describe('search state in the URL', () => {
  it('reads the query in NFC, the sort and the known filters, and writes them back', () => {
    const params = new URLSearchParams(
      'q=%20Ha%CC%80%20N%C3%B4%CC%A3i%20&sort=moi&type=Th%C3%B4ng%20b%C3%A1o&level=&other=x',
    );
    const state = stateFromParams(params);
    expect(state).toEqual({ q: 'Hà Nội', sort: 'moi', filters: { type: ['Thông báo'] } });
    expect(stateFromParams(paramsOfState(state))).toEqual(state);
    expect(isEmpty(state)).toBe(false);
    expect(isEmpty(stateFromParams(new URLSearchParams('')))).toBe(true);
  });
});

describe('ranking', () => {
  it('puts results whose matched words stand together first, stable otherwise', () => {
    const results = [
      { id: 'apart', words: [3, 40, 90] },
      { id: 'together', words: [10, 11, 12] },
      { id: 'two-together', words: [5, 6, 70] },
    ];
    expect(phraseFirst(results, 3).map((r) => r.id)).toEqual(['together', 'apart', 'two-together']);
    expect(phraseFirst(results, 1)).toBe(results);
  });

  it('puts the document that carries the number before those that cite it', () => {
    const ranked = byOwnNumber(
      ['citer', 'own', 'other'],
      ['1102/CĐ-TTg', '495-TB/TU', undefined],
      '495-TB/TU',
    );
    expect(ranked).toEqual(['own', 'citer', 'other']);
  });
});

describe('status line', () => {
  it('says how many, or that nothing was found, in words', () => {
    expect(statusText('cách ly', 0, 0, true)).toBe('Không tìm thấy văn bản nào cho «cách ly».');
    expect(statusText('', 0, 0, true)).toBe('Không tìm thấy văn bản nào với bộ lọc này.');
    expect(statusText('cách ly', 3, 3, true)).toBe('3 văn bản cho «cách ly».');
    expect(statusText('cách ly', 10, 25, false)).toBe('Khoảng 25 văn bản cho «cách ly».');
  });
});
