/** Pagefind in the browser: its JS API as this site uses it, loaded from the site's own files. */
import { shownForm, withoutPairTail } from '../../lib/search-text';

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

/** Loads Pagefind from `<base>pagefind/`; null when it cannot be loaded (a page opened from disk). */
export async function loadPagefind(base: string): Promise<Pagefind | null> {
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      excerptLength: 30,
      highlightParam: 'highlight',
      noWorker: NO_WORKER,
    });
    await pagefind.init();
    performance.mark('kvb:pagefind-ready');
    return pagefind;
  } catch {
    return null;
  }
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
