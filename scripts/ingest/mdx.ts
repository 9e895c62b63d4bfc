/**
 * MDX output: the body tree with citations as `<Cite>` elements, serialised by the MDX and GFM
 * markdown serialisers (which escape `{`, `<` and friends), under a JSON frontmatter.
 */
import type { Root, Text, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { eachText, keepLineBreaks } from './body.ts';
import { findCitations, type Citation } from './cite.ts';

/** What a `<Cite>` element points to once the corpus is resolved. */
export interface CiteTarget {
  /** Id of the cited document, or null when it is not in the archive. */
  target: string | null;
  /** Canonical display number. */
  number: string;
  /** Slug of the missing-document entry, for citations that do not resolve. */
  missingAnchor: string;
}

/** Finds the citations in a body tree, skipping numbers the document owns. */
export function citationsInTree(tree: Root, ownKeys: Set<string>): Citation[] {
  const found: Citation[] = [];
  eachText(tree, (text) => {
    for (const citation of findCitations(text.value))
      if (!ownKeys.has(citation.number.key)) found.push(citation);
  });
  return found;
}

/** Wraps each citation in the tree in a `<Cite>` element, in the order `citationsInTree` found them. */
export function wrapCitations(
  tree: Root,
  ownKeys: Set<string>,
  targetOf: (citation: Citation) => CiteTarget,
): void {
  const replacements: {
    parent: { children: unknown[] };
    index: number;
    nodes: PhrasingContent[];
  }[] = [];
  eachText(tree, (text, parent, index) => {
    const citations = findCitations(text.value).filter((c) => !ownKeys.has(c.number.key));
    if (citations.length === 0) return;
    const nodes: PhrasingContent[] = [];
    let cursor = 0;
    for (const citation of citations) {
      if (citation.index > cursor)
        nodes.push({ type: 'text', value: text.value.slice(cursor, citation.index) });
      nodes.push(citeElement(citation, targetOf(citation)));
      cursor = citation.index + citation.length;
    }
    if (cursor < text.value.length) nodes.push({ type: 'text', value: text.value.slice(cursor) });
    replacements.push({ parent: parent as { children: unknown[] }, index, nodes });
  });
  // Replace from the end so earlier indexes stay valid.
  for (const { parent, index, nodes } of replacements.reverse())
    parent.children.splice(index, 1, ...nodes);
}

/** One `<Cite>` element with string attributes only. */
function citeElement(citation: Citation, target: CiteTarget): MdxJsxTextElement {
  const attributes: MdxJsxTextElement['attributes'] = [
    { type: 'mdxJsxAttribute', name: 'number', value: target.number },
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
