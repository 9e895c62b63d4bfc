/**
 * The search state (query, sort, filters, advanced fields, date range) and its form in the URL,
 * so a search can be bookmarked and shared.
 */

/** The metadata filters ticked on the page, as named in the URL and in the index. */
export const FILTER_KEYS = ['type', 'issuer', 'level', 'year', 'agency'] as const;

/** The advanced search's fields: URL name → the result metadata it is checked against. */
export const FIELD_KEYS = {
  so: 'number',
  'trich-yeu': 'title',
  'nguoi-ky': 'signer',
  'co-quan': 'issuer',
} as const;
/** An advanced search field, as named in the URL. */
export type FieldKey = keyof typeof FIELD_KEYS;

/** What the clerk asked for. */
export interface SearchState {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
  /** Words a field of the document must hold (số ký hiệu, trích yếu, người ký, cơ quan). */
  fields: Partial<Record<FieldKey, string>>;
  /** Date range, `YYYY-MM-DD`, either end may be empty. */
  from: string;
  to: string;
}

/** A date as the range takes it, or empty. */
function rangeDate(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

/** The state a URL's query string gives. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const fields: SearchState['fields'] = {};
  for (const key of Object.keys(FIELD_KEYS) as FieldKey[]) {
    const value = (params.get(key) ?? '').normalize('NFC').trim();
    if (value) fields[key] = value;
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC').trim(),
    sort: params.get('sort') ?? '',
    filters,
    fields,
    from: rangeDate(params.get('tu')),
    to: rangeDate(params.get('den')),
  };
}

/** The query string of a state (empty values left out). */
export function paramsOfState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters))
    for (const value of values) params.append(key, value);
  for (const [key, value] of Object.entries(state.fields)) if (value) params.set(key, value);
  if (state.from) params.set('tu', state.from);
  if (state.to) params.set('den', state.to);
  return params;
}

/** True when the advanced part of the form (fields, dates) is in use. */
export function isAdvanced(state: SearchState): boolean {
  return Object.keys(state.fields).length > 0 || Boolean(state.from || state.to);
}

/** True when there is nothing to search for. */
export function isEmpty(state: SearchState): boolean {
  return !state.q && Object.keys(state.filters).length === 0 && !isAdvanced(state);
}
