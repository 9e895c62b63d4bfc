/**
 * How a query is searched and ranked: a quoted phrase only where it stands, several words with
 * the documents holding them together first, a number with the document that carries it first.
 */
import { latinD } from '../../lib/vietnamese';
import {
  containsAllWords,
  containsPhrase,
  longestRun,
  looksLikeNumber,
  numberMatch,
  queryWords,
  quotedPhrase,
} from '../query';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind';
import type { SearchState } from './state';

const SORTS: Record<string, object | undefined> = { moi: { date: 'desc' }, cu: { date: 'asc' } };

/** Ranked results, and the check a result's text must pass to be shown. */
export interface Plan {
  results: PagefindResult[];
  accepts: (data: PagefindResultData) => boolean;
}

/** Searches Pagefind for a state and ranks the results. */
export async function searchFor(
  pagefind: Pagefind,
  state: SearchState,
  dataOf: (result: PagefindResult) => Promise<PagefindResultData>,
  ownNumberDepth: number,
): Promise<Plan> {
  // Several values ticked in one group mean any of them.
  const filters = Object.fromEntries(
    Object.entries(state.filters).map(([key, values]) => [key, { any: values }]),
  );
  const options = { filters, sort: SORTS[state.sort] };
  const found = async (query: string | null) =>
    (await pagefind.search(query, options))?.results ?? [];
  if (!state.q) return { results: await found(null), accepts: () => true };
  const words = queryWords(state.q);
  const phrase = quotedPhrase(state.q);
  if (phrase) {
    // A quoted phrase: only documents that hold it.
    const phraseWords = queryWords(phrase);
    return {
      results: await found(`"${phrase}"`),
      accepts: (data) =>
        containsPhrase(data.content, phraseWords) && containsAllWords(searchable(data), words),
    };
  }
  const isNumber = looksLikeNumber(state.q);
  // Numbers are matched without `đ` (`CĐ-TTg` = `CD-TTg`); the index holds both spellings.
  let results = await found(isNumber ? latinD(state.q) : state.q);
  if (isNumber) results = await ownNumberFirst(results, state.q, dataOf, ownNumberDepth);
  else results = phraseFirst(results, words.length);
  return { results, accepts: (data) => containsAllWords(searchable(data), words) };
}

/** Documents whose matched words stand together as the query's phrase first; Pagefind's order otherwise. */
export function phraseFirst<T extends { words: number[] }>(results: T[], wordCount: number): T[] {
  if (wordCount < 2) return results;
  return results
    .map((result, index) => ({ result, index, phrase: longestRun(result.words) >= wordCount }))
    .sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.index - b.index)
    .map((entry) => entry.result);
}

/** A number query puts the document that carries that number first, before those that cite it. */
async function ownNumberFirst(
  results: PagefindResult[],
  query: string,
  dataOf: (result: PagefindResult) => Promise<PagefindResultData>,
  depth: number,
): Promise<PagefindResult[]> {
  const head = results.slice(0, depth);
  const numbers = (await Promise.all(head.map(dataOf))).map((data) => data.meta['number']);
  return [...byOwnNumber(head, numbers, query), ...results.slice(depth)];
}

/** Results ordered by how well their own number matches the query, stable otherwise. */
export function byOwnNumber<T>(results: T[], numbers: (string | undefined)[], query: string): T[] {
  return results
    .map((result, index) => ({ result, index, match: numberMatch(query, numbers[index]) }))
    .sort((a, b) => b.match - a.match || a.index - b.index)
    .map((entry) => entry.result);
}

/** The text a result is checked against: its content and metadata. */
function searchable(data: PagefindResultData): string {
  return [data.content, ...Object.values(data.meta)].join(' ');
}
