/** Display helpers for Vietnamese readers. */

import { collator, formatDate } from '../lib/vietnamese.ts';
import type { CitationKind } from '../lib/contract.ts';

/** Newest first; undated last; then by number in dictionary order. */
export function byDateDesc<
  T extends { date: string | null; number: string | null; title: string | null },
>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.number ?? a.title ?? '', b.number ?? b.title ?? '');
}

/** How a citation relates, in words. */
export const KIND_LABELS: Record<CitationKind, string> = {
  implements: 'thực hiện / căn cứ',
  attached: 'gửi kèm',
  mentions: 'dẫn chiếu',
};

/**
 * How a document is named in a list: `Công văn 2771/UBND-KGVX`; without a number, its type and
 * date (`Thông báo ngày 14/6/2021 (không số)`) so that it is not a bare `Thông báo`.
 */
export function documentLabel(d: {
  type: string | null;
  number: string | null;
  date: string | null;
  title?: string | null;
}): string {
  if (d.number) return [d.type, d.number].filter(Boolean).join(' ');
  if (!d.type && !d.date) return d.title ?? 'Văn bản';
  return `${[d.type ?? 'Văn bản', formatDate(d.date)].filter(Boolean).join(' ')} (không số)`;
}

/**
 * How a clerk cites a document in another: `Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường
 * vụ Thành ủy Hà Nội`. The body it signs for (`Ban Thường vụ`) goes before the issuer when the
 * issuer's name does not hold it; what is not known is left out.
 */
export function citationLine(d: {
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  onBehalfOf: string | null;
}): string {
  const body =
    d.issuer && d.onBehalfOf && !d.issuer.toLowerCase().includes(d.onBehalfOf.toLowerCase())
      ? `${d.onBehalfOf} ${d.issuer}`
      : d.issuer;
  const parts = [
    d.type ?? 'Văn bản',
    d.number ? `số ${d.number}` : null,
    formatDate(d.date) || null,
    body ? `của ${body}` : null,
  ];
  return parts.filter(Boolean).join(' ');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows it literally (for markup written as one string). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
