/** The search page in the browser: Pagefind's JS API, the query in the URL, filters, sorting, excerpts. */
import {
  compactNumber,
  containsAllWords,
  containsPhrase,
  dropFoldedCopies,
  longestRun,
  looksLikeNumber,
  numberMatch,
  queryWords,
  quotedPhrase,
  type ExcerptWord,
} from './query';
import { latinD } from '../lib/vietnamese';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: object) => Promise<void>;
  search: (query: string | null, options?: object) => Promise<PagefindSearch | null>;
}

/** The metadata filters, as named in the URL and in Pagefind. */
const FILTER_KEYS = ['type', 'issuer', 'level', 'year'];
const SORTS: Record<string, object | undefined> = { moi: { date: 'desc' }, cu: { date: 'asc' } };
const PAGE = 10;
/** Search on the main thread: no worker to start, one copy of the index in memory. */
const NO_WORKER = true;

interface State {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
}

/** Reads the search state from the URL. */
function readState(): State {
  const params = new URLSearchParams(location.search);
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

/** Writes the search state to the URL, so it can be bookmarked and shared. */
function writeState(state: State): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters))
    for (const value of values) params.append(key, value);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

/** An excerpt as safe DOM: Pagefind's text with `<mark>` kept and nothing else. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const words: ExcerptWord[] = [];
  const push = (text: string, marked: boolean) => {
    for (const match of text.matchAll(/(\S+)(\s*)/g))
      words.push({ word: match[1]!, after: match[2]!, marked });
    if (/^\s+$/.test(text) && words.length > 0) words[words.length - 1]!.after += text;
  };
  template.content.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (/^\s/.test(text) && words.length > 0)
        words[words.length - 1]!.after += text.match(/^\s+/)![0];
      push(text, false);
    } else push(node.textContent ?? '', node.nodeName === 'MARK');
  });
  const fragment = document.createDocumentFragment();
  for (const { word, after, marked } of dropFoldedCopies(words)) {
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = word;
      fragment.append(mark, after);
    } else fragment.append(word + after);
  }
  return fragment;
}

/** Starts the search page inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#q')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('#sort')!;
  const groups = root.querySelector<HTMLElement>('#filter-groups')!;
  const status = root.querySelector<HTMLElement>('#status')!;
  const list = root.querySelector<HTMLElement>('#results')!;
  const more = root.querySelector<HTMLButtonElement>('#more')!;
  const headerInput = document.querySelector<HTMLInputElement>('#header-q');

  let state = readState();
  input.value = state.q;
  if (headerInput) headerInput.value = state.q;
  sortSelect.value = state.sort;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      excerptLength: 30,
      highlightParam: 'highlight',
      noWorker: NO_WORKER,
    });
    await pagefind.init();
    performance.mark('kvb:pagefind-ready');
  } catch {
    status.textContent =
      'Không tải được chỉ mục tìm kiếm. Hãy mở kho qua máy chủ web (không mở trực tiếp tệp).';
    return;
  }

  // The checkboxes are written at build time; tick those the URL names.
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }

  /** One fragment load per result, shared by ranking and display. */
  const loaded = new Map<string, Promise<PagefindResultData>>();
  const dataOf = (result: PagefindResult) => {
    let data = loaded.get(result.id);
    if (!data) loaded.set(result.id, (data = result.data()));
    return data;
  };

  let run = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let check: (data: PagefindResultData) => boolean = () => true;

  /** Loads and shows the next page of verified results. */
  async function showMore(current: number): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.splice(0, PAGE);
      const datas = await Promise.all(batch.map(dataOf));
      if (current !== run) return;
      for (const data of datas) {
        if (!check(data)) continue;
        list.append(renderResult(data));
        shown++;
      }
      if (shown >= PAGE || list.childElementCount > 0) break;
    }
    more.hidden = pending.length === 0;
  }

  async function search(): Promise<void> {
    const current = ++run;
    performance.mark('kvb:query-start');
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    const filters = state.filters;
    const hasFilters = Object.keys(filters).length > 0;
    if (!state.q && !hasFilters) {
      status.textContent = 'Nhập từ khóa, số hiệu văn bản, hoặc chọn bộ lọc.';
      return;
    }
    status.textContent = 'Đang tìm…';
    // Several values ticked in one group mean any of them.
    const pagefindFilters = Object.fromEntries(
      Object.entries(filters).map(([key, values]) => [key, { any: values }]),
    );
    const options = { filters: pagefindFilters, sort: SORTS[state.sort] };
    const phrase = quotedPhrase(state.q);
    const words = queryWords(state.q);
    const isNumber = looksLikeNumber(state.q);
    let results: PagefindResult[];
    if (!state.q) {
      results = (await pagefind.search(null, options))?.results ?? [];
      check = () => true;
    } else if (phrase) {
      // A quoted phrase: only documents that hold it.
      results = (await pagefind.search(`"${phrase}"`, options))?.results ?? [];
      const phraseWords = queryWords(phrase);
      check = (data) =>
        containsPhrase(data.content, phraseWords) && containsAllWords(searchable(data), words);
    } else {
      // Numbers are matched without `đ` (`CĐ-TTg` = `CD-TTg`); the index holds both spellings.
      const text = isNumber ? latinD(state.q) : state.q;
      const plain = await pagefind.search(text, options);
      // Documents that hold the words together, as a phrase, come first; Pagefind's order otherwise.
      const phraseLength = words.length > 1 && !isNumber ? words.length : 0;
      results = (plain?.results ?? [])
        .map((result, index) => ({
          result,
          index,
          phrase: phraseLength > 0 && longestRun(result.words) >= phraseLength,
        }))
        .sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.index - b.index)
        .map((entry) => entry.result);
      check = (data) => containsAllWords(searchable(data), words);
    }
    if (current !== run) return;
    if (isNumber && results.length > 0) results = await ownNumberFirst(results, state.q);
    if (current !== run) return;
    pending = results;
    await showMore(current);
    if (current !== run) return;
    performance.mark('kvb:results');
    if (shown === 0) {
      status.textContent = state.q
        ? `Không tìm thấy văn bản nào cho «${state.q}».`
        : 'Không tìm thấy văn bản nào với bộ lọc này.';
    } else {
      const total = pending.length === 0 ? shown : results.length;
      status.textContent = `${pending.length === 0 ? '' : 'Khoảng '}${total} văn bản${state.q ? ` cho «${state.q}»` : ''}.`;
    }
  }

  /** A number query puts the document that carries that number first, before those that cite it. */
  async function ownNumberFirst(
    results: PagefindResult[],
    query: string,
  ): Promise<PagefindResult[]> {
    const head = results.slice(0, PAGE);
    const datas = await Promise.all(head.map(dataOf));
    const ranked = head
      .map((result, index) => ({
        result,
        index,
        match: numberMatch(query, datas[index]!.meta['number']),
      }))
      .sort((a, b) => b.match - a.match || a.index - b.index)
      .map((entry) => entry.result);
    return [...ranked, ...results.slice(PAGE)];
  }

  /** The text a result is checked against: its content and metadata. */
  function searchable(data: PagefindResultData): string {
    return [data.content, ...Object.values(data.meta)].join(' ');
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'doc-item';
    const link = document.createElement('a');
    link.className = 'doc-title';
    link.href = data.url;
    const heading = [data.meta['type'], data.meta['number']].filter(Boolean).join(' ');
    link.textContent = `${heading || 'Văn bản'}${data.meta['title'] ? `: ${data.meta['title']}` : ''}`;
    const meta = document.createElement('div');
    meta.className = 'doc-meta';
    const date = data.meta['date'];
    for (const [text, className] of [
      [data.meta['number'], 'num'],
      [data.meta['type'], ''],
      [data.meta['issuer'], ''],
      [
        date
          ? date
              .split('-')
              .reverse()
              .map((part, i) => (i < 2 ? String(Number(part)) : part))
              .join('/')
          : undefined,
        '',
      ],
    ] as const) {
      if (!text) continue;
      const span = document.createElement('span');
      if (className) span.className = className;
      span.textContent = text;
      meta.append(span);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(excerptNodes(data.excerpt));
    item.append(link, meta, excerpt);
    item.dataset['number'] = compactNumber(data.meta['number'] ?? '');
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.normalize('NFC').trim() };
    if (headerInput) headerInput.value = state.q;
    writeState(state);
    void search();
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value };
    writeState(state);
    void search();
  });
  groups.addEventListener('change', () => {
    const filters: Record<string, string[]> = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    state = { ...state, filters };
    writeState(state);
    void search();
  });
  // While the clerk types, Pagefind loads what the words need, so the search itself is quick.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const value = input.value.trim();
    if (value.length >= 2)
      typing = setTimeout(() => void pagefind.preload(value.replace(/["“”]/g, '')), 150);
  });
  more.addEventListener('click', () => {
    shown = 0;
    void showMore(run);
  });
  if (!state.q && Object.keys(state.filters).length === 0) {
    // Nothing to search yet: load Pagefind's index metadata and wasm now, not at the first query.
    void pagefind.preload('a');
  }
  await search();
}
