/** Pure helpers of the search page: reading queries, recognising document numbers, cleaning excerpts. */
import { foldLower, latinD } from '../lib/vietnamese.ts';

/** Letters and digits only, folded: `495-TB/TU` → `495tbtu`, for comparing numbers. */
export function compactNumber(text: string): string {
  return foldLower(text).replace(/[^a-z0-9]/g, '');
}

/** True when the query is (part of) a document number: `495`, `10227`, `495-TB/TU`, `CD-TTg`. */
export function looksLikeNumber(query: string): boolean {
  const q = query.trim();
  return /^\d{1,6}$/.test(q) || /^\d{0,6}\s*[-/]?\s*[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)+$/u.test(q);
}

/** How well a document's own number matches a number query: 2 exact, 1 starts with it, 0 not. */
export function numberMatch(query: string, number: string | undefined): number {
  if (!number) return 0;
  const q = compactNumber(query);
  const n = compactNumber(number);
  if (!q) return 0;
  if (n === q) return 2;
  if (/^\d+$/.test(q)) return n.startsWith(q) && !/\d/.test(n.charAt(q.length)) ? 2 : 0;
  return n.startsWith(q) || n.endsWith(q) || n.includes(q) ? 1 : 0;
}

/** The words of a query, folded, without quotes and punctuation. */
export function queryWords(query: string): string[] {
  return foldLower(query)
    .replace(/["“”]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The phrase inside quotes, or null. */
export function quotedPhrase(query: string): string | null {
  const match = /["“]([^"”]+)["”]/.exec(query);
  return match ? match[1]!.trim() : null;
}

/**
 * True when every word of the query occurs in the text as a word (the last one may be a prefix
 * of at least three letters). Pagefind falls back to loose prefix matches; this keeps real hits only.
 */
export function containsAllWords(text: string, words: string[]): boolean {
  if (words.length === 0) return true;
  const tokens = new Set(
    foldLower(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const compact = compactNumber(text);
  return words.every((word, index) => {
    if (tokens.has(word)) return true;
    if (/\d/.test(word) && compact.includes(word)) return true;
    if (index === words.length - 1 && word.length >= 3) {
      for (const token of tokens) if (token.startsWith(word)) return true;
    }
    return false;
  });
}

/** True when the folded text holds the folded words next to each other, in order. */
export function containsPhrase(text: string, words: string[]): boolean {
  if (words.length < 2) return false;
  const tokens = foldLower(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
  return ` ${tokens} `.includes(` ${words.join(' ')} `);
}

/** One word of an excerpt, with the spacing after it and whether the search marked it. */
export interface ExcerptWord {
  word: string;
  after: string;
  marked: boolean;
}

/**
 * The index holds an `đ→d` copy right after each word with `đ` (so `dinh` finds `Đinh`); an
 * excerpt drops those copies again: `Đinh Dinh Tiến` → `Đinh Tiến`, keeping the mark.
 */
export function dropFoldedCopies(words: ExcerptWord[]): ExcerptWord[] {
  const out: ExcerptWord[] = [];
  for (const current of words) {
    const previous = out[out.length - 1];
    if (previous && /[đĐ]/.test(previous.word)) {
      const bare = current.word.replace(/[^\p{L}\p{N}]+$/u, '');
      const previousBare = previous.word.replace(/[^\p{L}\p{N}]+$/u, '');
      if (bare && bare === latinD(previousBare)) {
        previous.word = previousBare + current.word.slice(bare.length);
        previous.marked ||= current.marked;
        previous.after = current.after;
        continue;
      }
    }
    out.push({ ...current });
  }
  return out;
}

/**
 * The longest run of matched word positions that follow each other (a gap of one word is
 * allowed: the index holds an `đ→d` copy after some words). A multi-word query whose words stand
 * together in a document gives a run as long as the query.
 */
export function longestRun(positions: number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i]! - sorted[i - 1]! <= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
