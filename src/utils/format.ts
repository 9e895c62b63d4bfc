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

/** Types a head issues in person, signed for by a deputy (`KT. CHỦ TỊCH`): his decisions, directives. */
const HEADS_OWN_TYPES = new Set(['Quyết định', 'Chỉ thị']);

/**
 * How a clerk cites a document in another: `Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường
 * vụ Thành ủy Hà Nội`. The body it signs for (`TM.`, `TL. Ban Thường vụ`) goes before the issuer
 * when the issuer's name does not hold it, and so does the head a deputy signs for on a decision or
 * directive (`KT. Chủ tịch`: `của Chủ tịch Ủy ban nhân dân tỉnh …`); a letter a deputy signs
 * (`KT. Bộ trưởng, Chủ nhiệm`) is the issuer's. What is not known is left out.
 */
export function citationLine(d: {
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  authority?: string | null;
  onBehalfOf: string | null;
}): string {
  // `KT.` signs for the head in person: his name is cited only on what he issues himself.
  const signsFor =
    d.authority === 'KT.' && !HEADS_OWN_TYPES.has(d.type ?? '') ? null : d.onBehalfOf;
  const body =
    d.issuer && signsFor && !d.issuer.toLowerCase().includes(signsFor.toLowerCase())
      ? `${signsFor} ${d.issuer}`
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
