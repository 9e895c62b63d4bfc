/** The search state (query, sort, filters) and its form in the URL, so a search can be shared. */

/** The metadata filters, as named in the URL and in Pagefind. */
export const FILTER_KEYS = ['type', 'issuer', 'level', 'year'] as const;

/** What the clerk asked for. */
export interface SearchState {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
}

/** The state a URL's query string gives. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC').trim(),
    sort: params.get('sort') ?? '',
    filters,
  };
}

/** The query string of a state (empty values left out). */
export function paramsOfState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters))
    for (const value of values) params.append(key, value);
  return params;
}

/** True when there is nothing to search for. */
export function isEmpty(state: SearchState): boolean {
  return !state.q && Object.keys(state.filters).length === 0;
}
