/**
 * What the search index holds for a document (`search-records.jsonl`): its text as plain lines,
 * the metadata a result shows and the facets it can be narrowed by. Only the text is searched:
 * metadata never runs into an excerpt.
 */
import type { Nodes, Root } from 'mdast';
import type { AssignedDocument, SearchRecord } from '../../src/lib/contract.ts';
import { documentPath } from '../../src/lib/contract.ts';
import { PAIR_TAIL, compactNumber } from '../../src/lib/search-text.ts';

/** Nodes after which the text breaks: a block, a cell, a line break. */
const BREAKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'tableCell',
  'tableRow',
  'blockquote',
  'code',
  'break',
  'thematicBreak',
]);

/** The text of a body tree, one line per block (table cells apart, so no words run together). */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (BREAKS.has(node.type)) parts.push('\n');
  };
  walk(tree);
  return parts
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

/**
 * The numbers to add after the text: the document's own and those it cites, in their canonical
 * form, when the text never prints them as one word that compacts to it (`34  KH/TWĐTN-TNNT`,
 * split by a space, is found as `34-KH/TWĐTN-TNNT`).
 */
function unprintedNumbers(text: string, numbers: string[]): string[] {
  // A number has digits: the words without any are never one (and need no folding).
  const printed = new Set(
    text
      .split(/\s+/)
      .filter((word) => /\d/.test(word))
      .map(compactNumber),
  );
  const missing = new Set<string>();
  for (const number of numbers) if (!printed.has(compactNumber(number))) missing.add(number);
  return [...missing];
}

/** The search record of a document; null for a second copy, which the index leaves out. */
export function searchRecord(
  document: AssignedDocument,
  body: { plain: string; pairs: string },
  citedNumbers: string[],
): SearchRecord | null {
  if (document.copyOf) return null;
  const text = body.plain;
  const own = document.number ? [document.number] : [];
  const extra = unprintedNumbers(text, [...own, ...citedNumbers]);
  const date = document.date;
  const meta: SearchRecord['meta'] = {};
  if (document.title) meta.title = document.title;
  if (document.number) meta.number = document.number;
  if (document.type) meta.type = document.type;
  if (document.issuer) meta.issuer = document.issuer;
  if (date) meta.date = date;
  if (document.signer) meta.signer = document.signer;
  const filters: SearchRecord['filters'] = {};
  if (document.type) filters.type = [document.type];
  if (document.issuer) filters.issuer = [document.issuer];
  if (document.level) filters.level = [document.level];
  if (date) filters.year = [date.slice(0, 4)];
  if (date && date.length >= 7) filters.thang = [date.slice(0, 7)];
  if (date && date.length === 10) filters.ngay = [date];
  // "Đơn vị được giao": the agencies that lead or join a task of the document.
  const agencies = new Set(
    document.assignments.filter((a) => a.role !== 'receives-report').map((a) => a.agency),
  );
  if (agencies.size > 0) filters.agency = [...agencies];
  return {
    url: `/${documentPath(document.id)}`,
    content: `${[text, ...extra].join('\n')}\n${PAIR_TAIL}\n${body.pairs}`,
    meta,
    filters,
    sort: date ? { date } : {},
  };
}
