/**
 * How a query is searched and ranked. Several words are searched as a phrase first: the documents
 * holding the phrase are the main list, those holding every word apart follow in a second list.
 * A number puts the document that carries it first, before those that cite it. The advanced
 * fields narrow by the result's metadata, the date range by filters.
 */
import { latinD, foldLower } from '../../lib/vietnamese';
import { compactNumber, pairWords, syllables } from '../../lib/search-text';
import { containsAllWords, looksLikeNumber, numberMatch, queryWords, quotedPhrase } from '../query';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind';
import { rangeFilter, rangeValues } from './range';
import { FIELD_KEYS, type FieldKey, type SearchState } from './state';

const SORTS: Record<string, object | undefined> = { moi: { date: 'desc' }, cu: { date: 'asc' } };

/** Ranked results in two lists, and the check a result must pass to be shown. */
export interface Plan {
  /** The phrase's documents (or, for one word, a number or filters only, every result). */
  main: PagefindResult[];
  /** Documents holding every word of the phrase, but not together. */
  more: PagefindResult[];
  /**
   * The search for the second list, when it is left until the main list has been shown (it loads
   * every syllable's entries, the costly part of a query); it returns results of `main` too.
   */
  loadMore?: (() => Promise<PagefindResult[]>) | undefined;
  /** True when `main` lists the documents holding a phrase. */
  phrase: boolean;
  /** The phrase's syllables, folded, to check and mark it in a document's text. */
  phraseWords: string[];
  /** True when every listed result passes the check (the count is then exact). */
  exact: boolean;
  accepts: (data: PagefindResultData) => boolean;
}

/** What the search needs besides the state. */
export interface SearchContext {
  pagefind: Pagefind;
  dataOf: (result: PagefindResult) => Promise<PagefindResultData>;
  /** How many results a number query checks for the document that carries it. */
  ownNumberDepth: number;
  /** The issuers the archive holds (the page's filter list), for the `cơ quan` field. */
  issuers: string[];
}

/** Searches Pagefind for a state and ranks the results. */
export async function searchFor(state: SearchState, context: SearchContext): Promise<Plan> {
  const filters = filtersOf(state, context.issuers);
  if (!filters)
    return { main: [], more: [], phrase: false, phraseWords: [], exact: true, accepts: ACCEPT_ALL };
  const options = { filters, sort: SORTS[state.sort] };
  const found = async (query: string | null) =>
    (await context.pagefind.search(query, options))?.results ?? [];
  const fieldCheck = fieldsAccept(state);
  const fieldWords = [state.fields['trich-yeu'], state.fields['nguoi-ky'], state.fields.so];
  const text = [state.q, ...fieldWords].filter(Boolean).join(' ');
  const words = queryWords(text);
  const accepts = (data: PagefindResultData) =>
    containsAllWords(searchable(data), words) && fieldCheck(data);
  const exact = fieldCheck === ACCEPT_ALL;
  const plain = { more: [], phrase: false, phraseWords: [], exact, accepts };
  if (!text) return { ...plain, main: await found(null) };
  const quoted = quotedPhrase(state.q);
  if (!quoted && looksLikeNumber(state.q) && !isAdvancedText(state)) {
    const results = await found(indexQuery(state.q));
    return { ...plain, exact: false, main: await ownNumberFirst(results, state.q, context) };
  }
  const extra = latinD(fieldWords.filter(Boolean).join(' '));
  const main = await found(`${indexQuery(state.q, false)} ${extra}`.trim());
  const phrase = quoted ?? state.q;
  if (syllables(phrase).length < 2) return { ...plain, exact: false, main };
  // The words apart only once the phrase's documents are shown.
  const inMain = new Set(main.map((result) => result.id));
  const loadMore = quoted
    ? undefined
    : async () => (await found(latinD(text))).filter((result) => !inMain.has(result.id));
  return {
    main,
    more: [],
    loadMore,
    phrase: true,
    phraseWords: queryWords(phrase),
    exact,
    accepts,
  };
}

/**
 * What a query sends to the index for its main list. The index holds `đ` as a marked `d`
 * (src/lib/search-text.ts), so nothing goes with `đ`. A number goes as one word of letters and
 * digits (`10804-CV/TWĐTN-BTG` finds `10804CV/TWĐTNBTG`); a phrase, quoted or not, as its pairs of
 * syllables; a single word as it is. `asNumber: false` reads a number as words (with the advanced
 * fields, a number in the query is words like the others).
 */
export function indexQuery(q: string, asNumber = true): string {
  const quoted = quotedPhrase(q);
  if (asNumber && !quoted && looksLikeNumber(q)) return compactNumber(q);
  const phrase = syllables(latinD(quoted ?? q));
  return phrase.length < 2 ? latinD(q) : pairWords(phrase).join(' ');
}

/** True when advanced fields come with the query (a number in `q` is then words like others). */
function isAdvancedText(state: SearchState): boolean {
  return Object.keys(state.fields).length > 0;
}

/** Accepts every result. */
const ACCEPT_ALL = () => true;

/** The check of the advanced fields against a result's metadata. */
function fieldsAccept(state: SearchState): (data: PagefindResultData) => boolean {
  const checks = (Object.entries(state.fields) as [FieldKey, string][])
    .filter(([key]) => key !== 'co-quan')
    .map(([key, value]) => {
      const meta = FIELD_KEYS[key];
      if (key === 'so')
        return (data: PagefindResultData) => numberMatch(value, data.meta[meta]) > 0;
      const words = queryWords(value);
      return (data: PagefindResultData) => containsAllWords(data.meta[meta] ?? '', words);
    });
  if (checks.length === 0) return ACCEPT_ALL;
  return (data) => checks.every((check) => check(data));
}

/**
 * The Pagefind filters of a state: ticked values (any of a group), the issuers the `cơ quan`
 * field names, the date range. Null when nothing can match (no issuer has those words).
 */
export function filtersOf(state: SearchState, issuers: string[]): Record<string, unknown> | null {
  const filters: Record<string, unknown> = Object.fromEntries(
    Object.entries(state.filters).map(([key, values]) => [key, { any: values }]),
  );
  const issuer = state.fields['co-quan'];
  if (issuer) {
    const words = queryWords(issuer);
    const named = issuers.filter((name) => containsAllWords(name, words));
    if (named.length === 0) return null;
    const ticked = state.filters['issuer'];
    const both = ticked ? named.filter((name) => ticked.includes(name)) : named;
    if (both.length === 0) return null;
    filters['issuer'] = { any: both };
  }
  if (state.from || state.to) {
    const values = rangeValues(state.from, state.to);
    if (!values) return null;
    filters['any'] = rangeFilter(values).any;
  }
  return filters;
}

/** A number query puts the document that carries that number first, before those that cite it. */
async function ownNumberFirst(
  results: PagefindResult[],
  query: string,
  { dataOf, ownNumberDepth }: SearchContext,
): Promise<PagefindResult[]> {
  const head = results.slice(0, ownNumberDepth);
  const numbers = (await Promise.all(head.map(dataOf))).map((data) => data.meta['number']);
  return [...byOwnNumber(head, numbers, query), ...results.slice(ownNumberDepth)];
}

/** Results ordered by how well their own number matches the query, stable otherwise. */
export function byOwnNumber<T>(results: T[], numbers: (string | undefined)[], query: string): T[] {
  return results
    .map((result, index) => ({ result, index, match: numberMatch(query, numbers[index]) }))
    .sort((a, b) => b.match - a.match || a.index - b.index)
    .map((entry) => entry.result);
}

/**
 * Results whose text holds the query with its very marks first (`Đinh Tiến Dũng` before
 * `đinh tiền dùng`), stable otherwise; a query typed without marks leaves the order as it is.
 */
export function exactMarksFirst<T extends { content: string }>(datas: T[], query: string): T[] {
  const wanted = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!wanted || foldLower(wanted) === wanted) return datas;
  const holds = (data: T) =>
    data.content.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').includes(wanted);
  return [...datas.filter(holds), ...datas.filter((data) => !holds(data))];
}

/** The text a result is checked against: its content and metadata. */
function searchable(data: PagefindResultData): string {
  return [data.content, ...Object.values(data.meta)].join(' ');
}
