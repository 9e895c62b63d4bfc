/** Words a conversion joined where a line broke, set apart again only where the reading is sure. */
import { describe, expect, it } from 'vitest';
import { isSyllable, restoreDroppedSpaces } from '../../scripts/ingest/syllables.ts';

describe('the shape of a syllable', () => {
  it('knows long and rare syllables', () => {
    for (const word of [
      'nghiêng',
      'khuỷu',
      'giường',
      'rượu',
      'thuở',
      'quỳnh',
      'ngoặt',
      'khuya',
      'gì',
    ]) {
      expect(isSyllable(word), word).toBe(true);
    }
  });
  it('refuses two syllables, two tones, a spelling no word has, a mark on a consonant', () => {
    for (const word of ['kinhtế', 'hóaá', 'ce', 'ka', 'ghô', 'ngi', 'Ñi', 'iap']) {
      expect(isSyllable(word), word).toBe(false);
    }
  });
});

describe('spaces a conversion dropped', () => {
  it('sets joined syllables apart, in capitals or not', () => {
    expect(restoreDroppedSpaces('TRIỂNKHAI THỦ TƯỚNG CHÍNHPHỦ')).toBe(
      'TRIỂN KHAI THỦ TƯỚNG CHÍNH PHỦ',
    );
    expect(restoreDroppedSpaces('môi trường sống antoàn cho kinhtế địaphương')).toBe(
      'môi trường sống an toàn cho kinh tế địa phương',
    );
  });
  it('sets a word apart at a capital inside it and a year after it', () => {
    expect(restoreDroppedSpaces('tỉnh Thừa ThiênHuế đến năm2020')).toBe(
      'tỉnh Thừa Thiên Huế đến năm 2020',
    );
  });
  it('leaves a word with two readings whole: `trung ương` or `trun gương`', () => {
    expect(restoreDroppedSpaces('Ban Chấp hành Trungương')).toBe('Ban Chấp hành Trungương');
  });
  it('leaves OCR slips, foreign words, names of other peoples and codes whole', () => {
    for (const text of [
      'thưong mại',
      'CuÙc thi',
      'online',
      'Đắk Lắk',
      'Kpă',
      'BCĐ389',
      'COVID19',
      'iPhone',
    ]) {
      expect(restoreDroppedSpaces(text), text).toBe(text);
    }
  });
});
