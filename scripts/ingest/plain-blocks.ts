/**
 * Markdown parsing with a short cut: most of an OCR text is paragraphs of plain sentences, which
 * micromark would turn into a paragraph holding one text node. Such a block (no character that
 * Markdown reads, no line that opens a list, heading, quote or code) is built here directly, with
 * the positions micromark gives; every other run of blocks is parsed by micromark and its
 * positions moved to where it stands. The tree equals micromark's on the whole text
 * (tests/unit/plain-blocks.test.ts).
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';

/** Parses Markdown text into an mdast tree; `parse` is the full parser. */
export type MarkdownParser = (text: string) => Root;

/** Characters that make a text need the full parser anywhere: constructs that span blocks or lines. */
const WHOLE_TEXT_MARKUP = /[<`~\r\0]|\]:/;

/** Characters that Markdown reads inside a line (emphasis, links, tables, autolinks). */
const INLINE_MARKUP = /[*_[\]|@\\&\t]|www\.|:\/\/|mailto:|xmpp:/i;

/** A line's opening that is no plain sentence's: a list, a heading, a quote, a rule, a fence. */
const BLOCK_OPENING = /^(?:[-+*#>=]|\d{1,9}[.)](?:\s|$))/u;

/** A line Markdown counts as blank. */
const BLANK = /^[ \t]*$/;

/** True for a line that micromark reads as the plain text it is, inside a paragraph. */
function isPlainLine(line: string): boolean {
  return (
    line.length > 0 &&
    line === line.trim() &&
    !BLOCK_OPENING.test(line) &&
    !INLINE_MARKUP.test(line)
  );
}

/** A list item's marker with one space, then its text: `1. `, `2) `, `- `, `+ `. */
const ITEM = /^(?:(\d{1,9})([.)])|([-+])) (?=\S)/u;

/** How a block of lines is read: a plain paragraph, a one-paragraph list item, or by micromark. */
type BlockKind = 'plain' | 'item' | 'parsed';

interface Block {
  from: number;
  to: number;
  kind: BlockKind;
  /** Opens with white space or a list marker: may continue or own the list before it. */
  opensList: boolean;
}

/** A line that opens with white space or a list marker (`*` too). */
const LIST_OPENING = /^[ \t]|^(?:\d{1,9}[.)]|[-+*])(?:[ \t]|$)/u;

/** The blocks of a text (runs of lines between blank lines), each with how it is read. */
function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length;) {
    if (BLANK.test(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && !BLANK.test(lines[end + 1]!)) end++;
    const block = lines.slice(i, end + 1);
    const item = ITEM.exec(block[0]!);
    const rest = item ? [block[0]!.slice(item[0].length), ...block.slice(1)] : block;
    const kind: BlockKind = rest.every(isPlainLine) ? (item ? 'item' : 'plain') : 'parsed';
    blocks.push({ from: i, to: end, kind, opensList: LIST_OPENING.test(block[0]!) });
    i = end + 1;
  }
  // An item next to a parsed block may belong to the same list, or own an indented block: parsed too.
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]!;
      const before = blocks[k - 1];
      if (block.kind === 'item' && before?.kind === 'parsed') block.kind = 'parsed';
      else if (block.kind === 'parsed' && before?.kind === 'item' && block.opensList)
        before.kind = 'parsed';
      else continue;
      changed = true;
    }
  }
  return blocks;
}

/** Parses `text` as `parse` does, building plain paragraphs and list items without it. */
export function parseWithPlainBlocks(text: string, parse: MarkdownParser): Root {
  if (WHOLE_TEXT_MARKUP.test(text)) return parse(text);
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const children: RootContent[] = [];
  const blocks = blocksOf(lines);
  for (let k = 0; k < blocks.length;) {
    const block = blocks[k]!;
    let end = k;
    // A run of parsed blocks is parsed at once; a run of items with one marker is one list.
    while (
      end + 1 < blocks.length &&
      blocks[end + 1]!.kind === block.kind &&
      block.kind !== 'plain' &&
      (block.kind === 'parsed' || sameMarker(lines[block.from]!, lines[blocks[end + 1]!.from]!))
    )
      end++;
    const run = blocks.slice(k, end + 1);
    if (block.kind === 'plain') children.push(plainParagraph(lines, block, starts));
    else if (block.kind === 'item') children.push(plainList(lines, run, starts));
    else {
      const from = starts[block.from]!;
      const last = run[run.length - 1]!;
      const part = parse(text.slice(from, starts[last.to]! + lines[last.to]!.length));
      for (const child of part.children) shift(child, block.from, from);
      children.push(...part.children);
    }
    k = end + 1;
  }
  return { type: 'root', children, position: rootPosition(text, lines) };
}

/** True when two item lines have the same kind of marker, so that they are items of one list. */
function sameMarker(a: string, b: string): boolean {
  const x = ITEM.exec(a)!;
  const y = ITEM.exec(b)!;
  return x[2] !== undefined ? x[2] === y[2] : x[3] === y[3];
}

/** A point in the text: line `line` (from 0), column `column` (from 0). */
function point(line: number, column: number, starts: number[]): Point {
  return { line: line + 1, column: column + 1, offset: starts[line]! + column };
}

/** The list micromark makes of items that each hold one plain paragraph. */
function plainList(lines: string[], run: Block[], starts: number[]): List {
  const first = ITEM.exec(lines[run[0]!.from]!)!;
  const spread = run.length > 1;
  const items: ListItem[] = run.map((block) => {
    const marker = ITEM.exec(lines[block.from]!)![0].length;
    const paragraph = plainParagraph(lines, block, starts, marker);
    return {
      type: 'listItem',
      spread: false,
      checked: null,
      children: [paragraph],
      position: { start: point(block.from, 0, starts), end: { ...paragraph.position!.end } },
    };
  });
  const last = run[run.length - 1]!;
  return {
    type: 'list',
    ordered: first[1] !== undefined,
    start: first[1] !== undefined ? Number.parseInt(first[1], 10) : null,
    spread,
    children: items,
    position: {
      start: point(run[0]!.from, 0, starts),
      end: point(last.to, lines[last.to]!.length, starts),
    },
  };
}

/** The paragraph micromark makes of plain lines (after a list marker of `skip` characters). */
function plainParagraph(lines: string[], block: Block, starts: number[], skip = 0): Paragraph {
  const value = [lines[block.from]!.slice(skip), ...lines.slice(block.from + 1, block.to + 1)].join(
    '\n',
  );
  const position = (): Position => ({
    start: point(block.from, skip, starts),
    end: point(block.to, lines[block.to]!.length, starts),
  });
  return {
    type: 'paragraph',
    children: [{ type: 'text', value, position: position() }],
    position: position(),
  };
}

/** Moves a node parsed apart (and its children) to where it stands in the whole text. */
export function shift(node: RootContent, lines: number, offset: number): void {
  const move = (point: Point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  };
  if (node.position) {
    move(node.position.start);
    move(node.position.end);
  }
  if ('children' in node)
    for (const child of node.children) shift(child as RootContent, lines, offset);
}

/** The root's position as micromark gives it: from the text's first point to its last. */
function rootPosition(text: string, lines: string[]): Position {
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: text.length },
  };
}
