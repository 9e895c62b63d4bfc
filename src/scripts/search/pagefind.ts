/** Pagefind in the browser: its JS API as this site uses it, loaded from the site's own files. */
import { searchPartFolder, shownForm, withoutPairTail } from '../../lib/search-text';

/** What Pagefind returns for one page. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** One search hit, its data loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}

/** The Pagefind module. */
export interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: object) => Promise<void>;
  search: (query: string | null, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}

/** Search on the main thread: no worker to start, one copy of the index in memory. */
const NO_WORKER = true;

/** One part of the index, loaded and started. */
async function loadPart(base: string, k: number): Promise<Pagefind> {
  const pagefind = (await import(
    /* @vite-ignore */ `${base}${searchPartFolder(k)}/pagefind.js`
  )) as Pagefind;
  await pagefind.options({
    baseUrl: base,
    excerptLength: 30,
    highlightParam: 'highlight',
    noWorker: NO_WORKER,
  });
  await pagefind.init();
  return pagefind;
}

/**
 * Loads Pagefind from `<base>pagefind/`, and the index's other parts (`pagefind-2/`…) when the
 * archive was indexed in `parts`; null when it cannot be loaded (a page opened from disk).
 */
export async function loadPagefind(base: string, parts = 1): Promise<Pagefind | null> {
  try {
    const loaded = await Promise.all(
      Array.from({ length: Math.max(1, parts) }, (_, k) => loadPart(base, k + 1)),
    );
    performance.mark('kvb:pagefind-ready');
    return loaded.length === 1 ? loaded[0]! : together(loaded);
  } catch {
    return null;
  }
}

/**
 * The parts of an index searched as one. Part 1 holds the newest documents: sorted by date, the
 * parts' lists follow one another (newest first, or oldest first); otherwise the results of all
 * parts are ordered by score.
 */
export function together(parts: Pagefind[]): Pagefind {
  return {
    options: async (options) => void (await Promise.all(parts.map((p) => p.options(options)))),
    init: async () => void (await Promise.all(parts.map((p) => p.init()))),
    preload: async (term, options) =>
      void (await Promise.all(parts.map((p) => p.preload(term, options)))),
    search: async (query, options) => {
      const found = await Promise.all(parts.map((p) => p.search(query, options)));
      const lists = found.map((answer) => answer?.results ?? []);
      const date = (options as { sort?: { date?: string } } | undefined)?.sort?.date;
      if (date === 'desc') return { results: lists.flat() };
      if (date === 'asc') return { results: lists.reverse().flat() };
      return { results: lists.flat().sort((a, b) => b.score - a.score) };
    },
  };
}

/**
 * One fragment load per result, shared by ranking and display; the text comes back as the
 * document prints it (the index's marked `d` as `đ`, without the record's pair tail).
 */
export function dataLoader(): (result: PagefindResult) => Promise<PagefindResultData> {
  const loaded = new Map<PagefindResult, Promise<PagefindResultData>>();
  return (result) => {
    let data = loaded.get(result);
    if (!data) {
      data = result.data().then((raw) => ({
        ...raw,
        content: shownForm(withoutPairTail(raw.content)),
        excerpt: shownForm(raw.excerpt),
      }));
      loaded.set(result, data);
    }
    return data;
  };
}
