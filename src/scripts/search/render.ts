/** Search results as DOM: a result's title, metadata and excerpt, and the status line. */
import { shortDate } from '../../lib/vietnamese';
import { compactNumber } from '../../lib/search-text';
import type { Segment } from './excerpt';
import type { PagefindResultData } from './pagefind';

/**
 * One result as a list item: title link (with the words to mark), metadata, excerpt. The excerpt
 * is the one given (built from the text around a phrase), else Pagefind's.
 */
export function renderResult(
  data: PagefindResultData,
  terms: string[],
  segments?: Segment[],
): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'doc-item';
  const link = document.createElement('a');
  link.className = 'doc-title';
  link.href = resultUrl(data.url, terms);
  const heading = [data.meta['type'], data.meta['number']].filter(Boolean).join(' ');
  link.textContent = `${heading || 'Văn bản'}${data.meta['title'] ? `: ${data.meta['title']}` : ''}`;
  const meta = document.createElement('div');
  meta.className = 'doc-meta';
  const date = data.meta['date'];
  for (const [text, className] of [
    [data.meta['number'], 'num'],
    [data.meta['type'], ''],
    [data.meta['issuer'], ''],
    [date ? shortDate(date) : undefined, ''],
  ] as const) {
    if (!text) continue;
    const span = document.createElement('span');
    if (className) span.className = className;
    span.textContent = text;
    meta.append(span);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(segments ? segmentNodes(segments) : excerptNodes(data.excerpt));
  item.append(link, meta, excerpt);
  item.dataset['number'] = compactNumber(data.meta['number'] ?? '');
  return item;
}

/**
 * A result's address, with what to mark on the document page (`?highlight=`, each value a phrase
 * or a word): the query as typed, not the index's pair words.
 */
export function resultUrl(url: string, terms: string[]): string {
  const path = url.replace(/[?#].*$/, '');
  const params = new URLSearchParams();
  for (const term of terms) params.append('highlight', term);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** An excerpt of segments as DOM. */
function segmentNodes(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const { text, mark, phrase } of segments) {
    if (!mark) {
      fragment.append(text);
      continue;
    }
    const element = document.createElement('mark');
    if (phrase) element.className = 'phrase';
    element.textContent = text;
    fragment.append(element);
  }
  return fragment;
}

/** Pagefind's excerpt as safe DOM: its text with `<mark>` kept and nothing else. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') fragment.append(text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = text;
      fragment.append(mark);
    }
  }
  return fragment;
}

/** What the status line counts. */
export interface Counts {
  q: string;
  /** Results shown so far. */
  shown: number;
  /** Results of the main list (the phrase's, for a phrase search). */
  total: number;
  /** False when some results may still fail the check, so the total is an estimate. */
  exact: boolean;
  /** True when the main list holds the documents with the query as a phrase. */
  phrase: boolean;
  /** Documents holding every word, apart (the second list); null before they are searched. */
  more: number | null;
}

/** The status line after a search: how many, or that nothing was found, in words. */
export function statusText({ q, shown, total, exact, phrase, more }: Counts): string {
  if (shown === 0) {
    return q
      ? `Không tìm thấy văn bản nào cho «${q}».`
      : 'Không tìm thấy văn bản nào với các điều kiện đã chọn.';
  }
  const about = exact ? '' : 'Khoảng ';
  if (!phrase) return `${about}${total} văn bản${q ? ` cho «${q}»` : ''}.`;
  const main =
    total > 0
      ? `${about}${total} văn bản có đúng cụm «${q}»`
      : `Không văn bản nào có đúng cụm «${q}»`;
  return more ? `${main}; ${more} văn bản có đủ các từ, không liền nhau.` : `${main}.`;
}
