/**
 * VNI, the encoding of the old VNI-Windows fonts: a Vietnamese letter is a base letter followed by
 * Latin-1 letters that stand for its marks (`Thaønh` = `Thành`, `NHAÂN` = `NHÂN`). It is a font
 * trick, not a character set, so no charset library knows it; the table is small and fixed.
 */

const COMBINING = {
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
  grave: '\u0300',
  acute: '\u0301',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};

/** Mark letters that follow a vowel, lower case (the upper-case letter means the same). */
const MARKS: Record<string, string> = {
  ù: COMBINING.acute,
  ø: COMBINING.grave,
  û: COMBINING.hook,
  õ: COMBINING.tilde,
  ï: COMBINING.dot,
  â: COMBINING.circumflex,
  á: COMBINING.circumflex + COMBINING.acute,
  à: COMBINING.circumflex + COMBINING.grave,
  å: COMBINING.circumflex + COMBINING.hook,
  ã: COMBINING.circumflex + COMBINING.tilde,
  ä: COMBINING.circumflex + COMBINING.dot,
  ê: COMBINING.breve,
  é: COMBINING.breve + COMBINING.acute,
  è: COMBINING.breve + COMBINING.grave,
  ú: COMBINING.breve + COMBINING.hook,
  ü: COMBINING.breve + COMBINING.tilde,
  ë: COMBINING.breve + COMBINING.dot,
};

/** Letters that stand alone: ơ, ư, đ and i with its tones. */
const LETTERS: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
};

const VOWELS = new Set([...'aeiouyơưAEIOUYƠƯ']);

/** VNI text read as Latin-1 (`Thaønh uûy`) → Unicode NFC (`Thành ủy`). */
export function vniToUnicode(text: string): string {
  const out: string[] = [];
  let afterVowel = false;
  for (const char of text) {
    const lower = char.toLowerCase();
    const mark = MARKS[lower];
    if (mark && afterVowel) {
      out.push(mark);
      afterVowel = false;
      continue;
    }
    const letter = LETTERS[lower];
    const written = letter ? (char !== lower ? letter.toUpperCase() : letter) : char;
    out.push(written);
    afterVowel = VOWELS.has(written);
  }
  return out.join('').normalize('NFC');
}
