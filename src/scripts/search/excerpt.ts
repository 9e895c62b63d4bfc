/**
 * Excerpts built from a document's text: the phrase where it stands (the occurrence with the
 * query's own marks first), marked as one; or, for a document with the words apart, each word.
 */
import { foldLower } from '../../lib/vietnamese';
import { syllables } from '../../lib/search-text';

/** A piece of an excerpt, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
  /** A marked phrase, rather than a single word. */
  phrase?: boolean;
}

/** A word of the text, where it stands, and its folded form. */
interface Token {
  start: number;
  end: number;
  folded: string;
  lower: string;
}

/** Words around the match an excerpt shows on each side. */
const CONTEXT = 12;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldLower(match[0]),
    lower: match[0].toLowerCase(),
  }));
}

/**
 * Where the phrase (its folded syllables) starts in the tokens, preferring an occurrence written
 * with the query's marks (`exact`, lower case syllables); -1 when the words never stand together.
 */
function phraseAt(tokens: Token[], words: string[], exact: string[]): number {
  let first = -1;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (!words.every((word, k) => tokens[i + k]!.folded === word)) continue;
    if (exact.every((word, k) => tokens[i + k]!.lower === word)) return i;
    if (first === -1) first = i;
  }
  return first;
}

/** The text from token `from` to token `to` (inclusive), with `…` where it is cut. */
function windowOf(text: string, tokens: Token[], from: number, to: number): [string, number] {
  const a = Math.max(0, from);
  const b = Math.min(tokens.length - 1, to);
  const start = a === 0 ? 0 : tokens[a]!.start;
  const end = b === tokens.length - 1 ? text.length : tokens[b]!.end;
  return [(a > 0 ? '…' : '') + text.slice(start, end) + (b < tokens.length - 1 ? '…' : ''), start];
}

/**
 * The excerpt around the phrase, the phrase as one marked segment; null when the text does not
 * hold it. `query` is the phrase as typed: an occurrence with its marks is preferred.
 */
export function phraseExcerpt(text: string, words: string[], query: string): Segment[] | null {
  const flat = text.replace(/\s+/g, ' ');
  const tokens = tokensOf(flat);
  const exact = syllables(query);
  const at = phraseAt(tokens, words, exact.length === words.length ? exact : []);
  if (at === -1) return null;
  const last = at + words.length - 1;
  const [window, offset] = windowOf(flat, tokens, at - CONTEXT, last + CONTEXT);
  const lead = window.startsWith('…') ? 1 : 0;
  const from = tokens[at]!.start - offset + lead;
  const to = tokens[last]!.end - offset + lead;
  return [
    { text: window.slice(0, from), mark: false },
    { text: window.slice(from, to), mark: true, phrase: true },
    { text: window.slice(to), mark: false },
  ].filter((segment) => segment.text);
}

/** The excerpt around the first of the words, each of them marked. */
export function wordsExcerpt(text: string, words: string[]): Segment[] {
  const flat = text.replace(/\s+/g, ' ');
  const tokens = tokensOf(flat);
  const wanted = new Set(words);
  const at = Math.max(
    0,
    tokens.findIndex((token) => wanted.has(token.folded)),
  );
  const [window, offset] = windowOf(flat, tokens, at - CONTEXT, at + 2 * CONTEXT);
  const lead = window.startsWith('…') ? 1 : 0;
  const segments: Segment[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const from = token.start - offset + lead;
    const to = token.end - offset + lead;
    if (from < lead || to > window.length || !wanted.has(token.folded)) continue;
    segments.push({ text: window.slice(cursor, from), mark: false });
    segments.push({ text: window.slice(from, to), mark: true });
    cursor = to;
  }
  segments.push({ text: window.slice(cursor), mark: false });
  return segments.filter((segment) => segment.text);
}
