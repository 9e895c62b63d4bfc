/** Search results as DOM: a result's title, metadata and excerpt, and the status line. */
import { shortDate } from '../../lib/vietnamese';
import { compactNumber } from '../query';
import type { PagefindResultData } from './pagefind';

/** One result as a list item: title link, metadata, excerpt (a phrase's as one mark). */
export function renderResult(data: PagefindResultData, phrase = false): HTMLLIElement {
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
  excerpt.append(excerptNodes(data.excerpt, phrase));
  item.append(link, meta, excerpt);
  item.dataset['number'] = compactNumber(data.meta['number'] ?? '');
  return item;
}

/**
 * An excerpt as safe DOM: Pagefind's text with `<mark>` kept and nothing else. In a phrase's
 * excerpt the marked words that stand together are one mark, the phrase.
 */
function excerptNodes(html: string, phrase: boolean): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  let mark: HTMLElement | null = null;
  let gap = '';
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeName === 'MARK') {
      if (mark && phrase) mark.append(gap, text);
      else {
        if (gap) fragment.append(gap);
        mark = document.createElement('mark');
        if (phrase) mark.className = 'phrase';
        mark.textContent = text;
        fragment.append(mark);
      }
      gap = '';
    } else if (mark && /^\s+$/.test(text)) gap += text;
    else {
      fragment.append(gap + text);
      gap = '';
      mark = null;
    }
  }
  if (gap) fragment.append(gap);
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
  /** Documents holding every word, apart (the second list). */
  more: number;
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
  return more > 0 ? `${main}; ${more} văn bản có đủ các từ, không liền nhau.` : `${main}.`;
}
