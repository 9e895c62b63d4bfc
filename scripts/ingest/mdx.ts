/**
 * MDX output: the body tree with citations as `<Cite>` elements, serialised by the MDX and GFM
 * markdown serialisers (which escape `{`, `<` and friends), under a JSON frontmatter.
 */
import type { Root, Text, Parent, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { keepLineBreaks } from './body.ts';
import { findCitations, type Citation } from './cite.ts';

/** What a `<Cite>` element points to once the corpus is resolved. */
export interface CiteTarget {
  /** Id of the cited document, or null when it is not in the archive. */
  target: string | null;
  /** Slug of the missing-document entry, for citations that do not resolve. */
  missingAnchor: string;
}

/** A citation found in a text node of the body tree, with where it stands. */
export interface PlacedCitation {
  citation: Citation;
  node: Text;
  parent: Parent;
  /** The node's index in its parent when it was found. */
  index: number;
}

/** Finds the citations in a body tree, once, skipping numbers the document owns. */
export function citationsInTree(tree: Root, ownKeys: Set<string>): PlacedCitation[] {
  const found: PlacedCitation[] = [];
  visit(tree, 'text', (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    for (const citation of findCitations(node.value)) {
      if (!ownKeys.has(citation.number.key)) found.push({ citation, node, parent, index });
    }
  });
  return found;
}

/** Wraps each placed citation in a `<Cite>` element pointing to its resolved target. */
export function wrapCitations(
  placed: PlacedCitation[],
  targetOf: (citation: Citation) => CiteTarget,
): void {
  const byNode = new Map<Text, PlacedCitation[]>();
  for (const entry of placed) byNode.set(entry.node, [...(byNode.get(entry.node) ?? []), entry]);
  // Replace from the last node so that the indexes of earlier nodes stay valid.
  for (const entries of [...byNode.values()].reverse()) {
    const { node, parent, index } = entries[0]!;
    const nodes: PhrasingContent[] = [];
    let cursor = 0;
    for (const { citation } of entries) {
      if (citation.index > cursor) {
        nodes.push({ type: 'text', value: node.value.slice(cursor, citation.index) });
      }
      nodes.push(citeElement(citation, targetOf(citation)));
      cursor = citation.index + citation.length;
    }
    if (cursor < node.value.length) nodes.push({ type: 'text', value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...(nodes as Parent['children']));
  }
}

/** One `<Cite>` element with string attributes only. */
function citeElement(citation: Citation, target: CiteTarget): MdxJsxTextElement {
  const attributes: MdxJsxTextElement['attributes'] = [
    { type: 'mdxJsxAttribute', name: 'number', value: citation.number.display },
    { type: 'mdxJsxAttribute', name: 'kind', value: citation.kind },
  ];
  if (target.target) attributes.push({ type: 'mdxJsxAttribute', name: 'to', value: target.target });
  else attributes.push({ type: 'mdxJsxAttribute', name: 'missing', value: target.missingAnchor });
  const child: Text = { type: 'text', value: citation.text.replace(/\s*\n\s*/g, ' ') };
  return { type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [child] };
}

/**
 * MDX reads `import`/`export` at the start of a line as JavaScript. The serialiser does not know
 * that, so the first letter of such a line is written as a character reference (`&#x65;xport`).
 */
const ESM_UNSAFE = [
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: 'i', atBreak: true, after: 'mport\\b' },
];

/** The whole MDX file: JSON frontmatter (valid YAML, one line) and the serialised body. */
export function toMdx(frontmatter: object, tree: Root): string {
  keepLineBreaks(tree);
  const body = toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    rule: '-',
    unsafe: ESM_UNSAFE,
  });
  return `---\n${JSON.stringify(frontmatter)}\n---\n\n${body}`;
}
