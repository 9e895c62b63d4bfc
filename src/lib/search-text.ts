/**
 * The text forms of the search index. Pagefind folds tone and vowel marks (`dũng` finds `dung`)
 * but not `đ`, which is a letter of its own in Unicode. The index therefore holds `đ` as `d` with a
 * combining stroke (U+0335), a mark Pagefind folds away like the others: `Đinh` is found by
 * `dinh`, and a phrase keeps its word positions. Queries are sent with `đ→d` (`latinD`);
 * what the index returns is shown with `đ` again.
 */

import { foldLower } from './vietnamese.ts';

/**
 * Letters and digits only, folded, as the index compares numbers (Pagefind compacts a printed
 * number the same way): `495-TB/TU` → `495tbtu`, `10804CV/TWĐTNBTG` → `10804cvtwdtnbtg`.
 */
export function compactNumber(text: string): string {
  return foldLower(text).replace(/[^a-z0-9]/g, '');
}

/** The combining stroke that stands for the bar of `đ` in the index. */
const STROKE = '\u0335';

/** Text as the index holds it: `Đinh` → `D̵inh`. */
export function indexForm(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text from the index as the document prints it: `D̵inh` → `Đinh`. */
export function shownForm(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * The record's pair tail starts after this line. Each pair of neighbouring syllables of the text is
 * written there once as one word (`zzđinhtiến` for `Đinh Tiến`), so a phrase is found through its
 * pairs, whose entries in the index are small, rather than through its syllables (`dinh`, `tien`
 * and `dung` each stand for many words and weigh hundreds of KB at 10,000 documents).
 */
export const PAIR_TAIL = '⁂';
/** Starts every pair word: no syllable starts so, so a syllable's prefix search never reaches a pair. */
const PAIR_PREFIX = 'zz';

/** The syllables of a text, lower case, marks kept: `Đinh Tiến Dũng,` → `đinh tiến dũng`. */
export function syllables(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The pair words of consecutive syllables: `đinh tiến dũng` → `zzđinhtiến zztiếndũng`. */
export function pairWords(list: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < list.length; i++) pairs.push(`${PAIR_PREFIX}${list[i - 1]}${list[i]}`);
  return pairs;
}

/** The pair tail of a text: each pair word once, in first-seen order. */
export function pairTail(text: string): string {
  return [...new Set(pairWords(syllables(text)))].join(' ');
}

/** A record's content without its pair tail: the text a reader sees. */
export function withoutPairTail(content: string): string {
  const at = content.indexOf(`\n${PAIR_TAIL}\n`);
  return at === -1 ? content : content.slice(0, at);
}

/**
 * The folder of part `k` (from 1) of the search index: `pagefind/`, then `pagefind-2/`,
 * `pagefind-3/`… (an archive larger than one part is indexed in parts: docs/search.md).
 */
export const searchPartFolder = (k: number) => (k === 1 ? 'pagefind' : `pagefind-${k}`);
