/**
 * The shape of a Vietnamese syllable (onset, rhyme, one tone), and the words a web copy or a PDF
 * conversion joined where a line broke (`TRIỂNKHAI` → `TRIỂN KHAI`, `Thừa ThiênHuế` → `Thừa Thiên
 * Huế`, `năm2020` → `năm 2020`). A word is split only where exactly one reading into syllables
 * exists, and only if it carries a letter or mark that no other language writes: `online`,
 * `trungương` (`trung ương` or `trun gương`) and `Đắk` stay as they are.
 */
import { toneless, toneOf } from './text.ts';

/** The onsets, longest first. */
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

/** Each vowel cluster with the endings it takes (`-` for none). */
const RHYME_ENDINGS: Record<string, string> = {
  a: '- c ch i m n ng nh o p t u y',
  ă: 'c m n ng p t',
  â: 'c m n ng p t u y',
  e: '- c m n ng o p t',
  ê: '- ch m n nh p t u',
  i: '- a ch m n nh p t u',
  iê: 'c m n ng p t u',
  yê: 'm n ng t u',
  o: '- c i m n ng p t',
  oa: '- c ch i m n ng nh o p t y',
  oă: 'c m n ng t',
  oe: '- n o t',
  oo: 'c ng',
  ô: '- c i m n ng p t',
  ơ: '- i m n p t',
  u: '- a c i m n ng p t',
  uâ: 'n ng t y',
  uê: '- ch nh',
  uô: 'c i m n ng t',
  uơ: '-',
  uy: '- a ch n nh p t u',
  uyê: 'n t',
  ư: '- a c i m n ng t u',
  ươ: 'c i m n ng p t u',
  y: '- nh',
};

/** Every rhyme a syllable may have, without its tone. */
const RHYMES = new Set(
  Object.entries(RHYME_ENDINGS).flatMap(([vowels, endings]) =>
    endings.split(' ').map((ending) => vowels + (ending === '-' ? '' : ending)),
  ),
);

/** Onsets written only before a front vowel (`ke`, `ghi`, `nghe`), and those never written there. */
const FRONT_ONLY = new Set(['k', 'gh', 'ngh']);
const NOT_FRONT = new Set(['c', 'ng']);

/** Letters and marks that no other language in these texts writes. */
const VIETNAMESE_ONLY = /đ|\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031B|\u0323/iu;

/** True when the text carries a letter or mark of `VIETNAMESE_ONLY`. */
function writesVietnamese(text: string): boolean {
  return VIETNAMESE_ONLY.test(text.normalize('NFD'));
}

/** A tone mark on a letter that is no vowel (`Ñ`, a font's misreading). */
const TONE_ON_CONSONANT =
  /(?<!(?:[aeiouy]|\u0302|\u0306|\u031B))(?:\u0300|\u0301|\u0303|\u0309|\u0323)/iu;

/** True when the word is one Vietnamese syllable: an onset, a rhyme and at most one tone. */
export function isSyllable(word: string): boolean {
  if (toneOf(word).length > 1 || TONE_ON_CONSONANT.test(word.normalize('NFD'))) return false;
  const letters = toneless(word);
  return ONSETS.some((onset) => {
    if (!letters.startsWith(onset)) return false;
    const rhyme = letters.slice(onset.length);
    if (!RHYMES.has(rhyme)) return false;
    const front = /^[eêiy]/u.test(rhyme);
    if (FRONT_ONLY.has(onset)) return front;
    return !(NOT_FRONT.has(onset) && front);
  });
}

/**
 * The one reading of the letters in the fewest syllables, as the end of each syllable; null when
 * there is none or more than one (`trungương`: `trung ương` or `trun gương`), or when a syllable
 * after the first opens with a vowel (`thưong`, an OCR slip, is no `thư ong`).
 */
function onlyReading(word: string): number[] | null {
  const n = word.length;
  // fewest[i]: the fewest syllables the letters from i read as; ways[i]: how many readings (1 or 2).
  const fewest: number[] = Array(n + 1).fill(Infinity);
  const ways: number[] = Array(n + 1).fill(0);
  const firstEnd: number[] = Array(n + 1).fill(-1);
  fewest[n] = 0;
  ways[n] = 1;
  for (let from = n - 1; from >= 0; from--) {
    for (let end = from + 1; end <= n; end++) {
      if (fewest[end] === Infinity || !isSyllable(word.slice(from, end))) continue;
      const count = fewest[end]! + 1;
      if (count < fewest[from]!) {
        fewest[from] = count;
        ways[from] = ways[end]!;
        firstEnd[from] = end;
      } else if (count === fewest[from]) ways[from] = 2;
    }
  }
  if (ways[0] !== 1) return null;
  const ends: number[] = [];
  for (let from = 0; from < n; from = firstEnd[from]!) {
    if (from > 0 && opensWithVowel(word.slice(from))) return null;
    ends.push(firstEnd[from]!);
  }
  return ends;
}

/** A run of letters with the syllables a conversion joined set apart, when only one reading exists. */
function splitLetters(word: string): string {
  if (!writesVietnamese(word) || isSyllable(word)) return word;
  const ends = onlyReading(word);
  if (!ends || ends.length < 2) return word;
  let from = 0;
  return ends.map((end) => word.slice(from, (from = end))).join(' ');
}

/** True when a letter is a vowel, whatever its marks. */
function opensWithVowel(text: string): boolean {
  return /^[aăâeêioôơuưy]/u.test(toneless(text.slice(0, 1)));
}

/**
 * True when the pieces of a word split at its capitals are each one or more syllables, none but
 * the first opening with a vowel (`CuÙc`, a font's misreading, stays whole).
 */
function piecesReadAsSyllables(pieces: string[]): boolean {
  return pieces.every(
    (piece, k) =>
      (k === 0 || !opensWithVowel(piece)) && (isSyllable(piece) || onlyReading(piece) !== null),
  );
}

/**
 * A word a conversion joined to the next: set apart at a capital inside it (`ThiênHuế`), at a
 * year after it (`năm2020`), and between syllables where only one reading exists (`TRIỂNKHAI`).
 */
function splitWord(word: string): string {
  const withYear = /^(\p{L}+)((?:19|20)\d\d)$/u.exec(word);
  if (withYear && writesVietnamese(withYear[1]!)) {
    return `${splitWord(withYear[1]!)} ${withYear[2]}`;
  }
  if (!/^\p{L}+$/u.test(word) || !writesVietnamese(word)) return word;
  const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (pieces.length > 1)
    return piecesReadAsSyllables(pieces) ? pieces.map(splitLetters).join(' ') : word;
  return splitLetters(word);
}

/** A line of metadata with the words a conversion joined set apart again (`TRIỂNKHAI` → `TRIỂN KHAI`). */
export function restoreDroppedSpaces(line: string): string {
  return line.replace(/[\p{L}\p{M}\d]+/gu, (word) => splitWord(word.normalize('NFC')));
}
