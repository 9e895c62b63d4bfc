/** Pure helpers of the search page: reading queries, recognising document numbers, cleaning excerpts. */
import { foldLower } from '../lib/vietnamese.ts';
import { compactNumber } from '../lib/search-text.ts';

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
