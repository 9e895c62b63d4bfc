/**
 * The numbered parts of a document's text and their anchors: `I.`, `II.` are sections (`#muc-2`),
 * `Điều 3` an article (`#dieu-3`), `1.`, `2.` points, numbered within their section
 * (`#khoan-2-3`, or `#khoan-3` where there are no sections). The outline is the table of contents
 * of a long document; each part gets a `<Part>` anchor at its start on the page.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { isUpperCaseLine } from './text.ts';

/** A numbered part of the text as the table of contents shows it. */
export type OutlineEntry = Pick<OutlinePart, 'id' | 'label' | 'depth'>;

/** A numbered part of the text. */
export interface OutlinePart {
  /** The anchor (`muc-2`, `khoan-2-3`, `dieu-4`). */
  id: string;
  /** The part's opening words, as the table of contents shows them. */
  label: string;
  /** 1 for sections and articles, 2 for points. */
  depth: 1 | 2;
  /** Where the anchor goes: the paragraph or heading the part opens with. */
  node: Paragraph | Heading;
}

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
];
const SECTION = /^(?<roman>[IVX]{1,4})\s*[.:/-]\s+\S/u;
const ARTICLE = /^Điều\s+(?<n>\d{1,3})\s*[.:]/u;
const POINT = /^(?<n>\d{1,2})\s*[.)]\s+\S/u;
/** The label's length in the table of contents. */
const LABEL_LENGTH = 90;

/**
 * `II. Nhiệm vụ trọng tâm …` → its first words, cut at a word. A heading line the text goes on
 * under with no blank line (`I. ĐỐI TƯỢNG, MỨC QUÀ` / `Người có công …`) is the label alone.
 */
function labelOf(text: string): string {
  const first = text.trim().split('\n')[0]!.trim();
  const rest = text.trim().slice(first.length).trim();
  const headingLine = rest.length > 0 && (/:$/u.test(first) || isUpperCaseLine(first));
  const line = (headingLine ? first : text).replace(/\s+/g, ' ').trim();
  if (line.length <= LABEL_LENGTH) return line;
  return `${line.slice(0, LABEL_LENGTH).replace(/\s+\S*$/u, '')}…`;
}

/** The paragraph or heading a block opens with. */
function openingBlock(node: RootContent): Paragraph | Heading | null {
  if (node.type === 'paragraph' || node.type === 'heading') return node;
  return null;
}

/** The numbered parts of a body tree, in text order, each anchor unique. */
export function outlineOf(tree: Root): OutlinePart[] {
  const parts: OutlinePart[] = [];
  const used = new Set<string>();
  let section: number | null = null;
  const add = (id: string, text: string, depth: 1 | 2, node: Paragraph | Heading) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    parts.push({ id: unique, label: labelOf(text), depth, node });
  };
  const point = (n: number) => (section === null ? `khoan-${n}` : `khoan-${section}-${n}`);
  for (const child of tree.children) {
    if (child.type === 'list' && child.ordered) {
      child.children.forEach((item, k) => {
        const first = item.children[0];
        const block = first ? openingBlock(first) : null;
        if (block)
          add(
            point((child.start ?? 1) + k),
            `${(child.start ?? 1) + k}. ${toString(block)}`,
            2,
            block,
          );
      });
      continue;
    }
    const block = openingBlock(child);
    if (!block) continue;
    const text = toString(block).trim();
    const roman = SECTION.exec(text)?.groups?.['roman'];
    const article = ARTICLE.exec(text)?.groups?.['n'];
    const numbered = POINT.exec(text)?.groups?.['n'];
    if (roman && ROMAN.includes(roman)) {
      section = ROMAN.indexOf(roman) + 1;
      add(`muc-${section}`, text, 1, block);
    } else if (article) add(`dieu-${Number(article)}`, text, 1, block);
    else if (numbered) add(point(Number(numbered)), text, 2, block);
  }
  return parts;
}

/** Puts a `<Part id="…" />` anchor at the start of each part's opening block. */
export function placeAnchors(parts: OutlinePart[]): void {
  for (const part of parts) {
    const anchor: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Part',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: part.id }],
      children: [],
    };
    if (
      part.node.children[0]?.type === 'mdxJsxTextElement' &&
      part.node.children[0].name === 'Part'
    )
      continue;
    part.node.children.unshift(anchor);
  }
}
