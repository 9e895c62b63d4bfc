/** The search page's logic without a browser: the state in the URL, the ranking, the status line. */
import { describe, expect, it } from 'vitest';
import { paramsOfState, stateFromParams, isEmpty } from '../../src/scripts/search/state.ts';
import { byOwnNumber, exactMarksFirst, filtersOf } from '../../src/scripts/search/strategy.ts';
import { phraseExcerpt, wordsExcerpt } from '../../src/scripts/search/excerpt.ts';
import { pairTail, pairWords, syllables, withoutPairTail } from '../../src/lib/search-text.ts';
import { rangeValues } from '../../src/scripts/search/range.ts';
import { statusText, type Counts } from '../../src/scripts/search/render.ts';

describe('search state in the URL', () => {
  it('reads the query in NFC, the sort and the known filters, and writes them back', () => {
    const params = new URLSearchParams(
      'q=%20Ha%CC%80%20N%C3%B4%CC%A3i%20&sort=moi&type=Th%C3%B4ng%20b%C3%A1o&level=&other=x',
    );
    const state = stateFromParams(params);
    expect(state).toEqual({
      q: 'Hà Nội',
      sort: 'moi',
      filters: { type: ['Thông báo'] },
      fields: {},
      from: '',
      to: '',
    });
    expect(stateFromParams(paramsOfState(state))).toEqual(state);
    expect(isEmpty(state)).toBe(false);
    expect(isEmpty(stateFromParams(new URLSearchParams('')))).toBe(true);
  });

  it('reads the advanced fields and a well-formed date range, and writes them back', () => {
    const state = stateFromParams(
      new URLSearchParams('nguoi-ky=Dinh+Tien+Dung&so=495&tu=2021-09-01&den=21/9/2021&x=1'),
    );
    expect(state.fields).toEqual({ 'nguoi-ky': 'Dinh Tien Dung', so: '495' });
    expect([state.from, state.to]).toEqual(['2021-09-01', '']);
    expect(isEmpty(state)).toBe(false);
    expect(stateFromParams(paramsOfState(state))).toEqual(state);
  });
});

describe('date range as filters', () => {
  it('takes whole years, whole months and the days at the ends', () => {
    expect(rangeValues('2020-11-29', '2022-02-02')).toEqual({
      year: ['2021'],
      thang: ['2020-12', '2022-01'],
      ngay: ['2020-11-29', '2020-11-30', '2022-02-01', '2022-02-02'],
    });
    expect(rangeValues('2021-02-01', '2021-02-28')).toEqual({
      year: [],
      thang: ['2021-02'],
      ngay: [],
    });
    expect(rangeValues('2021-09-20', '2021-09-20')?.ngay).toEqual(['2021-09-20']);
    expect(rangeValues('2022-01-01', '2021-01-01')).toBeNull();
  });

  it('reaches back to 1945 and on to 2099 when an end is open', () => {
    const open = rangeValues('', '2021-12-31')!;
    expect(open.year[0]).toBe('1945');
    expect(open.year.at(-1)).toBe('2021');
    expect(open.thang).toEqual([]);
  });

  it('combines with ticked filters; an issuer field names the issuers holding its words', () => {
    const issuers = ['Thành ủy Hà Nội', 'UBND quận Hai Bà Trưng', 'Quận ủy Hai Bà Trưng'];
    const state = stateFromParams(
      new URLSearchParams('type=Thông báo&co-quan=hai ba trung&tu=2021-09-01&den=2021-09-30'),
    );
    expect(filtersOf(state, issuers)).toEqual({
      type: { any: ['Thông báo'] },
      issuer: { any: ['UBND quận Hai Bà Trưng', 'Quận ủy Hai Bà Trưng'] },
      any: [{ thang: { any: ['2021-09'] } }],
    });
    const none = stateFromParams(new URLSearchParams('co-quan=bo y te'));
    expect(filtersOf(none, issuers)).toBeNull();
  });
});

describe('ranking', () => {
  it('finds the phrase through its pairs of syllables, which no syllable search reaches', () => {
    expect(pairWords(syllables('Đinh Tiến Dũng,'))).toEqual(['zzđinhtiến', 'zztiếndũng']);
    // Each pair once, in the order first seen.
    expect(pairTail('Cách ly, cách ly tập trung')).toBe('zzcáchly zzlycách zzlytập zztậptrung');
    expect(withoutPairTail('Văn bản\n⁂\nzzvănbản')).toBe('Văn bản');
  });

  it('puts the text with the very marks of the query before a text with other marks', () => {
    const datas = [
      { id: 'other', content: 'không đinh tiền dùng' },
      { id: 'exact', content: 'Đồng chí Đinh   Tiến Dũng, Bí thư' },
    ];
    expect(exactMarksFirst(datas, 'Đinh Tiến Dũng').map((d) => d.id)).toEqual(['exact', 'other']);
    // Typed without marks: every spelling is as good, the order stays.
    expect(exactMarksFirst(datas, 'dinh tien dung')).toBe(datas);
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

describe('excerpts', () => {
  const text =
    'Hội nghị do đồng chí Đinh Tiền Dùng chủ trì. Sau đó, đồng chí Đinh Tiến Dũng, Bí thư Thành ủy, kết luận.';

  it('show the phrase where it stands, the occurrence with the query marks first, as one mark', () => {
    const segments = phraseExcerpt(text, ['dinh', 'tien', 'dung'], 'Đinh Tiến Dũng')!;
    expect(segments.filter((s) => s.mark)).toEqual([
      { text: 'Đinh Tiến Dũng', mark: true, phrase: true },
    ]);
    const typedPlain = phraseExcerpt(text, ['dinh', 'tien', 'dung'], 'dinh tien dung')!;
    expect(typedPlain.find((s) => s.mark)?.text).toBe('Đinh Tiền Dùng');
    expect(phraseExcerpt(text, ['tien', 'dinh'], 'tien dinh')).toBeNull();
  });

  it('cut a long text around the phrase, saying where it is cut', () => {
    const long = `${'một hai ba bốn năm '.repeat(10)}cách ly tập trung${' sáu bảy tám chín mười'.repeat(10)}`;
    const joined = phraseExcerpt(long, ['cach', 'ly', 'tap', 'trung'], 'cach ly tap trung')!
      .map((s) => s.text)
      .join('');
    expect(joined).toMatch(/^….*cách ly tập trung.*…$/);
    expect(joined.split(' ').length).toBeLessThan(35);
  });

  it('mark each word of a text that holds them apart', () => {
    const segments = wordsExcerpt('Tập trung nguồn lực; khu cách ly y tế', ['cach', 'ly', 'tap']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Tập', 'cách', 'ly']);
    expect(
      phraseExcerpt('khu cách  ly\ntập trung', ['cach', 'ly', 'tap', 'trung'], 'cach ly tap trung'),
    ).not.toBeNull();
  });
});

describe('status line', () => {
  it('says how many, or that nothing was found, in words', () => {
    const counts = (c: Partial<Counts>): Counts => ({
      q: 'cách ly',
      shown: 0,
      total: 0,
      exact: true,
      phrase: false,
      more: 0,
      ...c,
    });
    expect(statusText(counts({}))).toBe('Không tìm thấy văn bản nào cho «cách ly».');
    expect(statusText(counts({ q: '' }))).toBe(
      'Không tìm thấy văn bản nào với các điều kiện đã chọn.',
    );
    expect(statusText(counts({ shown: 3, total: 3 }))).toBe('3 văn bản cho «cách ly».');
    expect(statusText(counts({ shown: 10, total: 25, exact: false }))).toBe(
      'Khoảng 25 văn bản cho «cách ly».',
    );
    expect(statusText(counts({ shown: 10, total: 4, phrase: true, more: 3 }))).toBe(
      '4 văn bản có đúng cụm «cách ly»; 3 văn bản có đủ các từ, không liền nhau.',
    );
    expect(statusText(counts({ shown: 2, total: 0, phrase: true, more: 2 }))).toBe(
      'Không văn bản nào có đúng cụm «cách ly»; 2 văn bản có đủ các từ, không liền nhau.',
    );
  });
});
