/**
 * The search page in the browser: wires the form, the filters and the result list to Pagefind.
 * Loading Pagefind is in `search/pagefind.ts`, the URL state in `search/state.ts`, the query
 * strategy and ranking in `search/strategy.ts`, the result DOM in `search/render.ts`.
 */
import { dataLoader, loadPagefind, type Pagefind, type PagefindResult } from './search/pagefind';
import { isEmpty, paramsOfState, stateFromParams, type SearchState } from './search/state';
import { searchFor, type Plan } from './search/strategy';
import { renderResult, statusText } from './search/render';

/** Results per page. */
const PAGE = 10;

/** The elements of the search page. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  groups: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  headerInput: HTMLInputElement | null;
}

/** Starts the search page inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const page: SearchPage = {
    form: root.querySelector('form')!,
    input: root.querySelector<HTMLInputElement>('#q')!,
    sort: root.querySelector<HTMLSelectElement>('#sort')!,
    groups: root.querySelector<HTMLElement>('#filter-groups')!,
    status: root.querySelector<HTMLElement>('#status')!,
    list: root.querySelector<HTMLElement>('#results')!,
    more: root.querySelector<HTMLButtonElement>('#more')!,
    headerInput: document.querySelector<HTMLInputElement>('#header-q'),
  };
  const state = stateFromParams(new URLSearchParams(location.search));
  showState(page, state);
  const pagefind = await loadPagefind(root.dataset['base'] ?? '/');
  if (!pagefind) {
    page.status.textContent =
      'Không tải được chỉ mục tìm kiếm. Hãy mở kho qua máy chủ web (không mở trực tiếp tệp).';
    return;
  }
  const searcher = new Searcher(pagefind, page);
  listen(page, pagefind, state, (next) => {
    history.replaceState(null, '', urlOf(next));
    void searcher.search(next);
  });
  page.more.addEventListener('click', () => void searcher.showMore());
  // Nothing to search yet: load Pagefind's index metadata and wasm now, not at the first query.
  if (isEmpty(state)) void pagefind.preload('a');
  await searcher.search(state);
}

/** The form as the state says: the query in both boxes, the sort, the ticked filters. */
function showState(page: SearchPage, state: SearchState): void {
  page.input.value = state.q;
  if (page.headerInput) page.headerInput.value = state.q;
  page.sort.value = state.sort;
  // The checkboxes are written at build time; tick those the URL names.
  for (const box of page.groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
}

/** This page's URL for a state, so a search can be bookmarked and shared. */
function urlOf(state: SearchState): string {
  const query = paramsOfState(state).toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Calls `change` with the new state when the clerk submits, sorts or ticks a filter. */
function listen(
  page: SearchPage,
  pagefind: Pagefind,
  initial: SearchState,
  change: (state: SearchState) => void,
): void {
  let state = initial;
  const update = (next: Partial<SearchState>) => change((state = { ...state, ...next }));
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = page.input.value.normalize('NFC').trim();
    if (page.headerInput) page.headerInput.value = q;
    update({ q });
  });
  page.sort.addEventListener('change', () => update({ sort: page.sort.value }));
  page.groups.addEventListener('change', () => {
    const filters: Record<string, string[]> = {};
    const ticked = page.groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked');
    for (const box of ticked) (filters[box.name] ??= []).push(box.value);
    update({ filters });
  });
  // While the clerk types, Pagefind loads what the words need, so the search itself is quick.
  let typing: ReturnType<typeof setTimeout> | undefined;
  page.input.addEventListener('input', () => {
    clearTimeout(typing);
    const value = page.input.value.trim();
    if (value.length >= 2)
      typing = setTimeout(() => void pagefind.preload(value.replace(/["“”]/g, '')), 150);
  });
}

/** Runs searches and pages through their results; a newer search cancels an older one. */
class Searcher {
  private run = 0;
  private pending: PagefindResult[] = [];
  private accepts: Plan['accepts'] = () => true;
  private readonly dataOf = dataLoader();

  private readonly pagefind: Pagefind;
  private readonly page: SearchPage;

  constructor(pagefind: Pagefind, page: SearchPage) {
    this.pagefind = pagefind;
    this.page = page;
  }

  /** Searches for a state and shows the first page of results and the count. */
  async search(state: SearchState): Promise<void> {
    const current = ++this.run;
    performance.mark('kvb:query-start');
    this.page.list.replaceChildren();
    this.page.more.hidden = true;
    if (isEmpty(state)) {
      this.page.status.textContent = 'Nhập từ khóa, số hiệu văn bản, hoặc chọn bộ lọc.';
      return;
    }
    this.page.status.textContent = 'Đang tìm…';
    const plan = await searchFor(this.pagefind, state, this.dataOf, PAGE);
    if (current !== this.run) return;
    this.pending = plan.results;
    this.accepts = plan.accepts;
    const shown = await this.showMore();
    if (current !== this.run) return;
    performance.mark('kvb:results');
    const exact = this.pending.length === 0;
    this.page.status.textContent = statusText(
      state.q,
      shown,
      exact ? shown : plan.results.length,
      exact,
    );
  }

  /** Loads and shows the next page of results that pass the check; returns how many were shown. */
  async showMore(): Promise<number> {
    const current = this.run;
    let shown = 0;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, PAGE);
      const datas = await Promise.all(batch.map(this.dataOf));
      if (current !== this.run) return shown;
      for (const data of datas.filter(this.accepts)) {
        this.page.list.append(renderResult(data));
        shown++;
      }
      if (shown >= PAGE || this.page.list.childElementCount > 0) break;
    }
    this.page.more.hidden = this.pending.length === 0;
    return shown;
  }
}
