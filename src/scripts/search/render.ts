/** Search results as DOM: a result's title, metadata and excerpt, and the status line. */
import { shortDate } from '../../lib/vietnamese';
import { compactNumber, dropFoldedCopies, type ExcerptWord } from '../query';
import type { PagefindResultData } from './pagefind';

/** One result as a list item: title link, metadata, excerpt. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
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
  excerpt.append(excerptNodes(data.excerpt));
  item.append(link, meta, excerpt);
  item.dataset['number'] = compactNumber(data.meta['number'] ?? '');
  return item;
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

/** The status line after a search: how many, or that nothing was found, in words. */
export function statusText(q: string, shown: number, total: number, exact: boolean): string {
  if (shown === 0) {
    return q
      ? `Không tìm thấy văn bản nào cho «${q}».`
      : 'Không tìm thấy văn bản nào với bộ lọc này.';
  }
  return `${exact ? '' : 'Khoảng '}${total} văn bản${q ? ` cho «${q}»` : ''}.`;
}
