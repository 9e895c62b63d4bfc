/**
 * The search page in the browser: wires the form, the filters and the result lists to Pagefind.
 * Loading Pagefind is in `search/pagefind.ts`, the URL state in `search/state.ts`, the query
 * strategy and ranking in `search/strategy.ts`, the result DOM in `search/render.ts`.
 */
import {
  dataLoader,
  loadPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './search/pagefind';
import { phraseExcerpt, wordsExcerpt } from './search/excerpt';
import {
  FIELD_KEYS,
  isAdvanced,
  isEmpty,
  paramsOfState,
  stateFromParams,
  type FieldKey,
  type SearchState,
} from './search/state';
import {
  exactMarksFirst,
  indexQuery,
  searchFor,
  type Plan,
  type SearchContext,
} from './search/strategy';
import { renderResult, statusText } from './search/render';
import { chipsOf, showChips } from './search/chips';

/** Results per page. */
const PAGE = 10;
/** Characters typed before Pagefind starts loading what the words need. */
const PRELOAD_FROM = 3;

/** The elements of the search page. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  groups: HTMLElement;
  advanced: HTMLDetailsElement;
  status: HTMLElement;
  list: HTMLElement;
  moreSection: HTMLElement;
  moreList: HTMLElement;
  /** Asks for the documents with the words apart, once the phrase's documents are all shown. */
  apart: HTMLButtonElement;
  more: HTMLButtonElement;
  headerInput: HTMLInputElement | null;
  /** The filter panel, folded on a phone, and the button that unfolds it. */
  panel: HTMLElement;
  panelToggle: HTMLButtonElement;
  /** The active filters as chips. */
  chips: HTMLElement;
}

/** Starts the search page inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const page: SearchPage = {
    form: root.querySelector('form')!,
    input: root.querySelector<HTMLInputElement>('#q')!,
    sort: root.querySelector<HTMLSelectElement>('#sort')!,
    groups: root.querySelector<HTMLElement>('#filter-groups')!,
    advanced: root.querySelector<HTMLDetailsElement>('#advanced')!,
    status: root.querySelector<HTMLElement>('#status')!,
    list: root.querySelector<HTMLElement>('#results')!,
    moreSection: root.querySelector<HTMLElement>('#more-results')!,
    moreList: root.querySelector<HTMLElement>('#results-more')!,
    apart: root.querySelector<HTMLButtonElement>('#apart')!,
    more: root.querySelector<HTMLButtonElement>('#more')!,
    headerInput: document.querySelector<HTMLInputElement>('#header-q'),
    panel: root.querySelector<HTMLElement>('#filter-panel')!,
    panelToggle: root.querySelector<HTMLButtonElement>('#filter-toggle')!,
    chips: root.querySelector<HTMLElement>('#active-filters')!,
  };
  const state = stateFromParams(new URLSearchParams(location.search));
  showState(page, state);
  foldPanel(page);
  const pagefind = await loadPagefind(
    root.dataset['base'] ?? '/',
    Number(root.dataset['searchParts'] ?? 1),
  );
  if (!pagefind) {
    page.status.textContent =
      'Không tải được chỉ mục tìm kiếm. Hãy mở kho qua máy chủ web (không mở trực tiếp tệp).';
    return;
  }
  const issuers = [...page.groups.querySelectorAll<HTMLInputElement>('input[name=issuer]')].map(
    (box) => box.value,
  );
  const searcher = new Searcher(page, {
    pagefind,
    dataOf: dataLoader(),
    ownNumberDepth: PAGE,
    issuers,
  });
  const apply = (next: SearchState) => {
    history.replaceState(null, '', urlOf(next));
    showActive(page, next, (changed) => {
      showState(page, changed);
      apply(changed);
    });
    void searcher.search(next);
  };
  showActive(page, state, (changed) => {
    showState(page, changed);
    apply(changed);
  });
  listen(page, pagefind, state, apply);
  page.more.addEventListener('click', () => void searcher.showMore());
  page.apart.addEventListener('click', () => void searcher.showMore(true));
  await searcher.search(state);
}

/** The form as the state says: the query in both boxes, sort, ticked filters, advanced fields. */
function showState(page: SearchPage, state: SearchState): void {
  page.input.value = state.q;
  if (page.headerInput) page.headerInput.value = state.q;
  page.sort.value = state.sort;
  // The checkboxes are written at build time; tick those the URL names.
  for (const box of page.groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
  for (const key of Object.keys(FIELD_KEYS) as FieldKey[]) {
    const input = page.advanced.querySelector<HTMLInputElement>(`[name="${key}"]`);
    if (input) input.value = state.fields[key] ?? '';
  }
  page.advanced.querySelector<HTMLInputElement>('[name=tu]')!.value = state.from;
  page.advanced.querySelector<HTMLInputElement>('[name=den]')!.value = state.to;
  page.advanced.open = isAdvanced(state);
}

/** The filter panel's button unfolds and folds it (it is folded on a phone only, by the style sheet). */
function foldPanel(page: SearchPage): void {
  page.panelToggle.hidden = false;
  page.panelToggle.addEventListener('click', () => {
    const open = page.panel.classList.toggle('open');
    page.panelToggle.setAttribute('aria-expanded', String(open));
  });
}

/** The active filters as chips, and their count on the panel's button. */
function showActive(
  page: SearchPage,
  state: SearchState,
  change: (state: SearchState) => void,
): void {
  showChips(page.chips, state, change);
  const count = chipsOf(state).length;
  page.panelToggle.textContent = count > 0 ? `Bộ lọc, sắp xếp (${count})` : 'Bộ lọc, sắp xếp';
}

/** The state the form shows now. */
function stateOfForm(page: SearchPage): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(page.form)) params.append(key, String(value));
  // Filters and sort sit outside the form element (`form=` attribute); FormData includes them.
  return stateFromParams(params);
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
  const update = () => {
    state = stateOfForm(page);
    if (page.headerInput) page.headerInput.value = state.q;
    change(state);
  };
  // While the clerk types, Pagefind loads what the query will need, so the search itself is quick.
  let typing: ReturnType<typeof setTimeout> | undefined;
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  page.sort.addEventListener('change', update);
  page.groups.addEventListener('change', update);
  page.input.addEventListener('input', () => {
    clearTimeout(typing);
    const value = page.input.value.normalize('NFC').trim();
    if (value.length >= PRELOAD_FROM && value !== state.q)
      typing = setTimeout(() => void pagefind.preload(indexQuery(value)), 150);
  });
}

/** A result waiting to be shown, and the list it goes to. */
interface Pending {
  result: PagefindResult;
  main: boolean;
}

/** Runs searches and pages through their results; a newer search cancels an older one. */
class Searcher {
  private run = 0;
  private pending: Pending[] = [];
  private plan: Plan | null = null;
  private state: SearchState | null = null;
  /** Main-list results whose text, once loaded, did not hold the phrase (they hold the words apart). */
  private demoted = 0;
  /** Results of the second list, once searched. */
  private moreCount: number | null = null;

  private readonly page: SearchPage;
  private readonly context: SearchContext;

  constructor(page: SearchPage, context: SearchContext) {
    this.page = page;
    this.context = context;
  }

  /** Searches for a state and shows the first page of results and the count. */
  async search(state: SearchState): Promise<void> {
    const current = ++this.run;
    performance.mark('kvb:query-start');
    this.page.list.replaceChildren();
    this.page.moreList.replaceChildren();
    this.page.moreSection.hidden = true;
    this.page.apart.hidden = true;
    this.page.more.hidden = true;
    if (isEmpty(state)) {
      this.page.status.textContent = 'Nhập từ khóa, số hiệu văn bản, hoặc chọn bộ lọc.';
      return;
    }
    this.page.status.textContent = 'Đang tìm…';
    const plan = await searchFor(state, this.context);
    if (current !== this.run) return;
    performance.mark('kvb:searched');
    this.plan = plan;
    this.state = state;
    this.demoted = 0;
    this.moreCount = plan.loadMore ? null : plan.more.length;
    this.pending = [
      ...plan.main.map((result) => ({ result, main: true })),
      ...plan.more.map((result) => ({ result, main: false })),
    ];
    await this.showMore();
    if (current !== this.run) return;
    performance.mark('kvb:results');
  }

  /**
   * Loads and shows the next page of results that pass the check. The words apart are searched
   * when asked (`apart`), or at once when no document holds the phrase: that search loads every
   * syllable's entries, hundreds of KB in a large archive, for what is mostly noise.
   */
  async showMore(apart = false): Promise<void> {
    const current = this.run;
    const plan = this.plan;
    if (!plan || !this.state) return;
    let shown = 0;
    while (shown < PAGE) {
      const wanted = apart || this.page.list.childElementCount === 0;
      if (this.pending.length === 0 && plan.loadMore && this.moreCount === null && wanted) {
        // The phrase's documents are all shown: now the documents with the words apart.
        const more = await plan.loadMore();
        if (current !== this.run) return;
        this.moreCount = more.length + this.demoted;
        this.pending.push(...more.map((result) => ({ result, main: false })));
      }
      if (this.pending.length === 0) break;
      const batch = this.pending.splice(0, PAGE - shown);
      const datas = await Promise.all(batch.map(({ result }) => this.context.dataOf(result)));
      if (current !== this.run) return;
      const before = shown;
      shown += this.showBatch(
        plan,
        datas.filter((_, k) => batch[k]!.main),
        datas.filter((_, k) => !batch[k]!.main),
      );
      // Results that fail the check: one more batch only if nothing could be shown yet.
      if (shown === before && this.page.list.childElementCount > 0) break;
    }
    const askable = this.pending.length === 0 && this.moreCount === null && !!plan.loadMore;
    this.page.apart.hidden = !askable;
    this.page.moreSection.hidden = this.page.moreList.childElementCount === 0 && !askable;
    this.page.more.hidden = this.pending.length === 0;
    this.showStatus(plan, this.state);
  }

  /** Shows a batch in its lists; a main result whose text lacks the phrase goes to the second. */
  private showBatch(plan: Plan, main: PagefindResultData[], others: PagefindResultData[]): number {
    const q = this.state?.q ?? '';
    const terms = [...q.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
    // The document page marks a main result's phrase as one, and the words of the others apart.
    const phrase = [q.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim()].filter(Boolean);
    let shown = 0;
    for (const data of exactMarksFirst(main, q).filter(plan.accepts)) {
      const segments = plan.phrase ? phraseExcerpt(data.content, plan.phraseWords, q) : undefined;
      if (segments === null) {
        this.demoted++;
        if (this.moreCount !== null) this.moreCount++;
        this.page.moreList.append(
          renderResult(data, terms, wordsExcerpt(data.content, plan.phraseWords)),
        );
      } else this.page.list.append(renderResult(data, plan.phrase ? phrase : terms, segments));
      shown++;
    }
    for (const data of others.filter(plan.accepts)) {
      this.page.moreList.append(renderResult(data, terms));
      shown++;
    }
    return shown;
  }

  /** The status line: how many hold the phrase, how many the words apart. */
  private showStatus(plan: Plan, state: SearchState): void {
    const shown = this.page.list.childElementCount + this.page.moreList.childElementCount;
    const done = this.pending.length === 0 && this.moreCount !== null;
    this.page.status.textContent = statusText({
      q: state.q,
      shown,
      total: plan.phrase ? plan.main.length - this.demoted : done ? shown : plan.main.length,
      exact: done || plan.exact,
      phrase: plan.phrase,
      more: this.moreCount,
    });
  }
}
