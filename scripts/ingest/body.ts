/**
 * The body of a document as a syntax tree: the OCR text parsed as markdown (remark-parse +
 * remark-gfm), with everything that could run or load (HTML, links, images) turned into plain
 * text, paragraphs cut by page breaks joined again, and bold-only lines made headings.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { List, ListItem, Root, RootContent, Paragraph, Text, Parent } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { SIGNING_AUTHORITIES } from './vocabulary.ts';
import { parseWithPlainBlocks, shift } from './plain-blocks.ts';

/**
 * Backslashes and character references are the source's own characters, not Markdown escapes:
 * `\{` and `&lt;` show as written. An indented line is the page's layout (a PDF export indents
 * every paragraph and point), not code: `       - Chủ trì, phối hợp …` opens a point, as it does
 * at the margin.
 */
function literalEscapes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['characterEscape', 'characterReference', 'hardBreakEscape', 'codeIndented'] },
  });
}

const parser = unified().use(remarkParse).use(remarkGfm).use(literalEscapes);

/** The source text as micromark reads it (remark-parse with GFM, escapes and references literal). */
export const parseMarkdown = (text: string): Root => parser.parse(text);

/** Node types kept as they are: structure and emphasis, nothing that links, loads or runs. */
const SAFE_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'inlineCode',
  'code',
]);

/** Parses a document's text into a safe mdast tree. */
export function parseBody(text: string): Root {
  const tree = parseWithPlainBlocks(text, parseMarkdown);
  separateTables(tree, text);
  neutralise(tree, text);
  sectionsOutOfLists(tree, text);
  underlinesAsRules(tree, text);
  joinPageBreaks(tree);
  headingsFromBoldLines(tree);
  return tree;
}

/**
 * Tables and the text around them, as a Word file's export writes them with no blank line between
 * (`| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA … |` over the letter's text; a plan's last point over `| Nơi
 * nhận: … |` and its appendix table). GFM takes every line after a table for a row of one cell,
 * and every table line after a paragraph or a list item for more of its text. A table ends at its
 * first line without a `|`, and one starts wherever a `|` line stands over a delimiter row; each
 * part is parsed as what it is, with the lines and offsets of the whole text.
 */
function separateTables(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((child): RootContent[] => {
    const cut = tableCut(child, source);
    if (cut === null || !child.position) return [child];
    const start = lineStart(source, child.position.start.offset!);
    return [
      ...parsedPart(source, start, cut),
      ...parsedPart(source, cut, child.position.end.offset!),
    ];
  });
}

/** A table's header line over its delimiter row (`| TT | Nhiệm vụ |` / `| --- | --- |`). */
const TABLE_OPENING = /^[ \t]*\|.*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/mu;

/**
 * Where a block read wrong must be cut, as an offset in the source: a table's first row without a
 * `|`, or a table's opening inside a paragraph or a list; null when it is read right.
 */
function tableCut(node: RootContent, source: string): number | null {
  const at = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (at === undefined || end === undefined) return null;
  if (node.type === 'table') {
    const row = node.children.find((row, k) => {
      const from = row.position?.start.offset;
      return (
        k > 0 &&
        from !== undefined &&
        !source.slice(lineStart(source, from), row.position!.end.offset).includes('|')
      );
    });
    return row ? lineStart(source, row.position!.start.offset!) : null;
  }
  if (node.type !== 'paragraph' && node.type !== 'list') return null;
  // Most blocks hold no `|` at all.
  const bar = source.indexOf('|', at);
  if (bar === -1 || bar >= end) return null;
  const from = lineStart(source, at);
  const opening = TABLE_OPENING.exec(source.slice(from, end));
  return opening && opening.index > 0 ? from + opening.index : null;
}

/** The nodes of the source from `from` to `to`, parsed apart, separated again, put back in place. */
function parsedPart(source: string, from: number, to: number): RootContent[] {
  const text = source.slice(from, to);
  const part = parseMarkdown(text);
  separateTables(part, text);
  for (const node of part.children) shift(node, pointAt(source, from).line - 1, from);
  return part.children;
}

/** Where the line holding `offset` starts in the source. */
const lineStart = (source: string, offset: number): number =>
  source.lastIndexOf('\n', offset - 1) + 1;

/** Replaces every node outside the safe set by a text node holding its source, so it shows literally. */
function neutralise(node: Parent, source: string): void {
  node.children = node.children.map((child) => {
    if (!SAFE_TYPES.has(child.type)) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      const value = start !== undefined && end !== undefined ? source.slice(start, end) : '';
      const text: Text = { type: 'text', value };
      if (isBlockPosition(node)) return { type: 'paragraph', children: [text] } as RootContent;
      return text as RootContent;
    }
    if ('children' in child) neutralise(child as Parent, source);
    return child;
  }) as typeof node.children;
}

/** A section's heading line (`II. NHIỆM VỤ`) after a line break. */
const SECTION_LINE = /\n(?=[IVX]{1,4}\.\s+\S)/u;

/** The line, column and offset of `offset` in `source`. */
function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/**
 * `- Giảm số ca tử vong …` / `II. NHIỆM VỤ` with no blank line between: Markdown takes the heading
 * into the list item. It is the next section's heading: it stands after the list, and the list's
 * later items go on after it.
 */
function sectionsOutOfLists(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((child): RootContent[] => {
    if (child.type === 'paragraph') return sectionsOf(child, source);
    if (child.type !== 'list') return [child];
    const out: RootContent[] = [];
    let items: ListItem[] = [];
    const flush = (first: number) => {
      if (items.length === 0) return;
      const start = items[0]!.position?.start;
      const end = items[items.length - 1]!.position?.end;
      const list: List = { ...child, children: items };
      if (child.ordered) list.start = (child.start ?? 1) + first;
      if (start && end) list.position = { start, end };
      out.push(list);
    };
    let first = 0;
    child.children.forEach((item, k) => {
      items.push(item);
      const heading = sectionTakenIn(item, source);
      if (!heading) return;
      flush(first);
      out.push(heading);
      items = [];
      first = k + 1;
    });
    flush(first);
    return out;
  });
}

/** A plain paragraph cut before each section heading line it holds (`… như sau:` / `I. MỤC ĐÍCH`). */
function sectionsOf(paragraph: Paragraph, source: string): Paragraph[] {
  const parts: Paragraph[] = [];
  let rest: Paragraph | null = paragraph;
  while (rest) {
    const heading = sectionCutFrom(rest, source);
    parts.push(rest);
    rest = heading;
  }
  return parts;
}

/** The section heading a list item's last paragraph took in, cut out of it; null if none. */
function sectionTakenIn(item: ListItem, source: string): Paragraph | null {
  const last = item.children[item.children.length - 1];
  if (last?.type !== 'paragraph') return null;
  const heading = sectionCutFrom(last, source);
  if (heading) item.position = { start: item.position!.start, end: last.position!.end };
  return heading;
}

/**
 * The first section heading line of a plain paragraph (one text node, as written), cut out of it
 * with what follows it; the paragraph ends before it. Null when it holds none.
 */
function sectionCutFrom(paragraph: Paragraph, source: string): Paragraph | null {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  // Most paragraphs hold no heading line: ruled out before their source is looked at.
  const at = only?.type === 'text' ? SECTION_LINE.exec(only.value)?.index : undefined;
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (only?.type !== 'text' || at === undefined || start === undefined || end === undefined)
    return null;
  const written = source.slice(start, end);
  if (only.value !== written) return null;
  only.value = written.slice(0, at);
  const cut = pointAt(source, start + at);
  paragraph.position = { start: paragraph.position!.start, end: cut };
  const from = pointAt(source, start + at + 1);
  const heading: Text = { type: 'text', value: written.slice(at + 1) };
  return {
    type: 'paragraph',
    children: [heading],
    position: { start: from, end: pointAt(source, end) },
  };
}

/** True for parents whose children are blocks (a text node cannot stand there alone). */
function isBlockPosition(node: Parent): boolean {
  return node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
}

/**
 * `VĂN PHÒNG CHÍNH PHỦ` / `-------` is a setext heading to markdown, but on paper it is the short
 * rule under a header block: a paragraph and a rule. Headings written with `#` stay headings.
 */
function underlinesAsRules(tree: Root, source: string): void {
  tree.children = tree.children.flatMap((child): RootContent[] => {
    if (child.type !== 'heading') return [child];
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined || source.charAt(start) === '#') return [child];
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: child.children,
      ...(child.position ? { position: child.position } : {}),
    };
    return [paragraph, { type: 'thematicBreak' }];
  });
}

const SENTENCE_END = /[.!?:;)"”»]\s*$|\.\/\.\s*$/u;

/** The last paragraph inside a block (its own, or its last list item's). */
function lastParagraph(node: RootContent): Paragraph | null {
  if (node.type === 'paragraph') return node;
  if (node.type === 'list') {
    const item = node.children[node.children.length - 1];
    const last = item?.children[item.children.length - 1];
    return last ? lastParagraph(last) : null;
  }
  return null;
}

/** Joins a paragraph cut by a page break (`(công` / `tác …`, `Covid-` / `19`) to its first half. */
function joinPageBreaks(tree: Root): void {
  const children: RootContent[] = [];
  for (const child of tree.children) {
    const previous = children[children.length - 1];
    const head = previous ? lastParagraph(previous) : null;
    if (head && child.type === 'paragraph') {
      const before = toString(head);
      const after = toString(child);
      if (
        before &&
        !SENTENCE_END.test(before) &&
        /^[\p{Ll}\d]/u.test(after) &&
        !/^(?:\d+|[a-zđ])[.)]\s/u.test(after)
      ) {
        const glue: Text = { type: 'text', value: /[-–]$/.test(before) ? '' : ' ' };
        head.children.push(glue, ...child.children);
        continue;
      }
    }
    children.push(child);
  }
  tree.children = children;
}

const AUTHORITY_START = new RegExp(
  `^(${SIGNING_AUTHORITIES.flatMap((a) => a.forms)
    .map((f) => f.replace(/[./]/g, '\\$&'))
    .join('|')})\\s`,
  'u',
);

/** A one-line paragraph that is only bold text (`**THÔNG BÁO**`, `**1. Về …**`) becomes a heading. */
function headingsFromBoldLines(tree: Root): void {
  tree.children = tree.children.map((child) => {
    if (child.type !== 'paragraph' || child.children.length !== 1) return child;
    const only = child.children[0]!;
    if (only.type !== 'strong') return child;
    const text = toString(only).trim();
    if (text.length > 300 || text.includes('\n') || AUTHORITY_START.test(text)) return child;
    return {
      type: 'heading',
      depth: 3,
      children: only.children,
      ...(child.position ? { position: child.position } : {}),
    };
  });
}

/**
 * Line breaks inside a paragraph (header blocks, `V/v` lines) stay line breaks on the page. A
 * heading or a table cell holds one line: there a line break is a space, as MDX writes it.
 */
export function keepLineBreaks(node: Parent, inLine = false): void {
  const children: RootContent[] = [];
  const oneLine = inLine || node.type === 'heading' || node.type === 'tableCell';
  for (const child of node.children as RootContent[]) {
    if (oneLine && (child.type === 'text' || child.type === 'break')) {
      const value = child.type === 'break' ? '\n' : child.value;
      children.push({ type: 'text', value: value.replace(/[ \t]*\n/g, ' ') });
      continue;
    }
    if (child.type === 'text' && child.value.includes('\n')) {
      const parts = child.value.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) children.push({ type: 'break' });
        const value = index < parts.length - 1 ? part.replace(/[ \t]+$/, '') : part;
        if (value) children.push({ type: 'text', value });
      });
      continue;
    }
    if ('children' in child) keepLineBreaks(child as Parent, oneLine);
    children.push(child);
  }
  node.children = children as typeof node.children;
}
