/**
 * A document's text as HTML, from the body of its MDX page. The MDX is parsed, never compiled or
 * run: its `<Cite>`, `<Part>` and `<Residue>` elements become a link, an anchor and the stamps'
 * aside, and hast-util-to-html escapes every text and attribute it writes.
 */
import type { Root, Nodes, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Element, ElementContent, Nodes as HastNodes, Properties } from 'hast';
import Slugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { CITATION_KINDS, documentPath, type CitationKind } from '../lib/contract.ts';
import { KIND_LABELS } from './format.ts';
import { underBase } from './base.ts';

/** An MDX page cut at its frontmatter (between `---` lines): null when it has none. */
export function splitPage(mdx: string): { frontmatter: string | null; body: string } {
  const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---\n', 3) : -1;
  return end < 0
    ? { frontmatter: null, body: mdx }
    : { frontmatter: mdx.slice(4, end), body: mdx.slice(end + 5) };
}

/** The body of an MDX page: what follows its frontmatter. */
export function pageBody(mdx: string): string {
  return splitPage(mdx).body;
}

/** Parses an MDX body into its syntax tree, as MDX with GFM reads it (tables, escapes, JSX). */
export function parseBody(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/** The string value of an element's attribute; an expression value counts as absent. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  for (const item of node.attributes) {
    if (item.type === 'mdxJsxAttribute' && item.name === name && typeof item.value === 'string')
      return item.value;
  }
  return null;
}

/** An element of the page with its children. */
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Where a citation leads once the corpus is resolved (the ingest fills its slots with it). */
export interface CiteLinkTarget {
  /** Id of the cited document, or null when it is not in the archive. */
  target: string | null;
  /** Slug of the missing-document entry, for citations that do not resolve. */
  missingAnchor: string;
}

/** The properties of a citation's link: to the cited document, or to its missing entry. */
function citeProperties(
  base: string,
  number: string,
  kind: string,
  { target, missingAnchor }: CiteLinkTarget,
): Properties {
  if (target) {
    const label = CITATION_KINDS.includes(kind as CitationKind)
      ? KIND_LABELS[kind as CitationKind]
      : 'dẫn chiếu';
    return {
      className: ['cite', `cite--${kind}`],
      href: underBase(base, documentPath(target)),
      dataNumber: number,
      title: `${number} (${label})`,
    };
  }
  return {
    className: ['cite', 'cite--missing'],
    href: underBase(base, `van-ban-chua-co/#${missingAnchor}`),
    dataNumber: number,
    title: `${number}: chưa có trong kho`,
  };
}

/**
 * `<Cite number kind to|missing>`: a link to the cited document, or to its missing entry. A
 * citation whose target is still a slot (`slot`, the k-th after a marker: scripts/ingest/mdx.ts)
 * is written `<a data-slot="k">`, for `fillHtmlSlots`.
 */
function citeLink(
  base: string,
  node: MdxJsxTextElement | MdxJsxFlowElement,
  state: State,
): Element {
  const children = state.all(node);
  const slot = attribute(node, 'slot');
  if (slot !== null) return element('a', { dataSlot: slot.replace(/\D/gu, '') }, children);
  const number = attribute(node, 'number') ?? '';
  const kind = attribute(node, 'kind') ?? '';
  const target = { target: attribute(node, 'to'), missingAnchor: attribute(node, 'missing') ?? '' };
  return element('a', citeProperties(base, number, kind, target), children);
}

/**
 * A citation's slot as `bodyHtml` writes it. Only an element can open with `<a `: the text's `<`
 * are written as references, and so are the `"` of attribute values.
 */
const HTML_SLOT = /<a data-slot="(\d+)">/g;

/**
 * HTML written with citation slots, each replaced by its link's opening tag: the k-th slot is the
 * k-th of `citations` (its number and kind) going to the k-th of `targets`.
 */
export function fillHtmlSlots(
  html: string,
  citations: readonly { number: string; kind: string }[],
  targets: readonly CiteLinkTarget[],
  base: string,
): string {
  return html.replace(HTML_SLOT, (_, slot: string) => {
    const { number, kind } = citations[Number(slot)]!;
    const link = toHtml(
      element('a', citeProperties(base, number, kind, targets[Number(slot)]!), []),
    );
    return link.slice(0, -'</a>'.length);
  });
}

/** The page's element for one of the ingest's JSX elements; any other name keeps only its text. */
function jsxElement(base: string) {
  return (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent[] => {
    if (node.name === 'Cite') return [citeLink(base, node, state)];
    if (node.name === 'Part')
      return [element('span', { className: ['part-anchor'], id: attribute(node, 'id') ?? '' }, [])];
    if (node.name === 'Residue')
      return [
        element('aside', { className: ['residue'], ariaLabel: 'Dấu trên bản giấy' }, [
          element('p', { className: ['residue-label'] }, [
            { type: 'text', value: 'Dấu, bút phê trên bản giấy (không thuộc nội dung văn bản)' },
          ]),
          ...state.wrap(state.all(node), true),
        ]),
      ];
    return state.all(node);
  };
}

/** Code written as MDX expressions or imports is shown as the text it is, never run. */
const asText = (_state: State, node: MdxFlowExpression | MdxTextExpression | MdxjsEsm) => ({
  type: 'text' as const,
  value: node.type === 'mdxjsEsm' ? node.value : `{${node.value}}`,
});

/** The text never links out: an address GFM would make a link stays its text. */
const linkText = (_state: State, node: Link) => ({ type: 'text' as const, value: toString(node) });

/** A body tree as HTML, with links under the site's base path. */
export function bodyHtml(tree: Root | Nodes, base: string): string {
  const jsx = jsxElement(base);
  const handlers: Record<string, Handler> = {
    mdxJsxFlowElement: jsx as Handler,
    mdxJsxTextElement: jsx as Handler,
    mdxFlowExpression: asText as Handler,
    mdxTextExpression: asText as Handler,
    mdxjsEsm: asText as Handler,
    link: linkText as Handler,
  };
  const hast = toHast(tree, { handlers });
  headingIds(hast, new Slugger());
  return toHtml(hast);
}

/** The text of a hast node, as a heading's id is made from it. */
function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => hastText(child)).join('') : '';
}

/** Each heading gets the id Astro's Markdown gives it: its text as a GitHub slug, unique per page. */
function headingIds(node: HastNodes, slugger: Slugger): void {
  if (
    node.type === 'element' &&
    /^h[1-6]$/.test(node.tagName) &&
    node.properties['id'] === undefined
  )
    node.properties['id'] = slugger.slug(hastText(node));
  if ('children' in node) for (const child of node.children) headingIds(child, slugger);
}
