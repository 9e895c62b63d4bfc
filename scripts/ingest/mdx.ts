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
import type { CiteLinkTarget } from '../../src/utils/document-html.ts';

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

/**
 * Wraps each placed citation in a `<Cite>` element whose target is left as a slot:
 * `slot="<marker>k"` for the k-th citation of `placed`, where the marker is a character the text
 * never holds (`slotMarker`). `fillCiteSlots` writes the targets in once the corpus is resolved,
 * so that the body is serialised when its file is read.
 */
export function wrapCitations(placed: PlacedCitation[], marker: string): void {
  const byNode = new Map<Text, { entry: PlacedCitation; slot: number }[]>();
  placed.forEach((entry, slot) =>
    byNode.set(entry.node, [...(byNode.get(entry.node) ?? []), { entry, slot }]),
  );
  // Replace from the last node so that the indexes of earlier nodes stay valid.
  for (const entries of [...byNode.values()].reverse()) {
    const { node, parent, index } = entries[0]!.entry;
    const nodes: PhrasingContent[] = [];
    let cursor = 0;
    for (const { entry, slot } of entries) {
      const { citation } = entry;
      if (citation.index > cursor) {
        nodes.push({ type: 'text', value: node.value.slice(cursor, citation.index) });
      }
      nodes.push(citeElement(citation, `${marker}${slot}`));
      cursor = citation.index + citation.length;
    }
    if (cursor < node.value.length) nodes.push({ type: 'text', value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...(nodes as Parent['children']));
  }
}

/** One `<Cite>` element with string attributes only, its target a slot. */
function citeElement(citation: Citation, slot: string): MdxJsxTextElement {
  const attributes: MdxJsxTextElement['attributes'] = [
    { type: 'mdxJsxAttribute', name: 'number', value: citation.number.display },
    { type: 'mdxJsxAttribute', name: 'kind', value: citation.kind },
    { type: 'mdxJsxAttribute', name: 'slot', value: slot },
  ];
  const child: Text = { type: 'text', value: citation.text.replace(/\s*\n\s*/g, ' ') };
  return { type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [child] };
}

/**
 * A private-use character that `text` does not hold, to mark the slots of a body written from it:
 * the serialiser only adds ASCII escapes, so the marker in the MDX is always a slot's.
 */
export function slotMarker(text: string): string {
  for (let code = 0xe000; code <= 0x10fffd; code++) {
    if (code === 0xf900) code = 0xf0000;
    const marker = String.fromCodePoint(code);
    if (!text.includes(marker)) return marker;
  }
  throw new Error('no private-use character is free in this text');
}

/** An attribute value as the serialiser writes it between double quotes. */
const attributeValue = (value: string) => value.replace(/"/g, '&#x22;');

/** A serialised body with each slot marked by `marker` replaced by its target: `to="id"` or `missing="anchor"`. */
export function fillCiteSlots(
  body: string,
  marker: string,
  targets: readonly CiteLinkTarget[],
): string {
  return body.replace(new RegExp(` slot="${marker}(\\d+)"`, 'gu'), (_, slot: string) => {
    const { target, missingAnchor } = targets[Number(slot)]!;
    return target
      ? ` to="${attributeValue(target)}"`
      : ` missing="${attributeValue(missingAnchor)}"`;
  });
}

/**
 * MDX reads `import`/`export` at the start of a line as JavaScript. The serialiser does not know
 * that, so the first letter of such a line is written as a character reference (`&#x65;xport`).
 */
const ESM_UNSAFE = [
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: 'i', atBreak: true, after: 'mport\\b' },
];

/** A body tree as MDX: serialised by the MDX and GFM serialisers, which escape what MDX would read as code. */
export function bodyMdx(tree: Root): string {
  keepLineBreaks(tree);
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    rule: '-',
    unsafe: ESM_UNSAFE,
  });
}

/** The whole MDX file: JSON frontmatter (valid YAML, one line) and the serialised body. */
export function pageMdx(frontmatter: object, body: string): string {
  return `---\n${JSON.stringify(frontmatter)}\n---\n\n${body}`;
}
