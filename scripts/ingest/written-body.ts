/**
 * A document's body written once, when its file is read: its MDX and its HTML with each citation's
 * target left as a numbered slot, and its plain text and pair words for the index. The corpus
 * stages only fill the slots once the citations are resolved, so the read cache keeps the written
 * body and a rebuild writes again only the bodies of the files that changed.
 */
import type { Root, RootContent } from 'mdast';
import {
  bodyMdx,
  fillCiteSlots,
  pageMdx,
  slotMarker,
  wrapCitations,
  type PlacedCitation,
} from './mdx.ts';
import { placeAnchors, type OutlinePart } from './outline.ts';
import { setResidueApart } from './residue.ts';
import { plainText } from './search-record.ts';
import { pairTail } from '../../src/lib/search-text.ts';
import { bodyHtml, fillHtmlSlots, type CiteLinkTarget } from '../../src/utils/document-html.ts';
import type { Citation } from './cite.ts';

/** A body as the page and the index hold it, its citations' targets left as slots. */
export interface WrittenBody {
  /** The body as MDX, each `<Cite>` with `slot="<marker>k"` for the k-th citation. */
  mdx: string;
  /** The character that marks the slots in `mdx`, one the text does not hold. */
  marker: string;
  /** The body as the site shows it, each citation's link opening as `<a data-slot="k">`. */
  html: string;
  /** The text, one line per block, as the index reads it. */
  plain: string;
  /** The text's pair words (docs/search.md). */
  pairs: string;
}

/**
 * Writes the body tree of `text`: its plain text first (the words as read), then, with the citations wrapped
 * in slotted `<Cite>` elements, the parts' anchors placed and the stamps set apart, its MDX and
 * HTML. The tree is changed: it is written once.
 */
export function writeBody(
  text: string,
  tree: Root,
  placed: PlacedCitation[],
  outline: OutlinePart[],
  residue: Set<RootContent>,
): WrittenBody {
  const plain = plainText(tree);
  const marker = slotMarker(text);
  wrapCitations(placed, marker);
  placeAnchors(outline);
  setResidueApart(tree, residue);
  const mdx = bodyMdx(tree);
  // Slots need no base path: the links are written when they are filled.
  return { mdx, marker, html: bodyHtml(tree, '/'), plain, pairs: pairTail(plain) };
}

/** The MDX page of a written body: its frontmatter and the body with every citation's target. */
export function filledPage(
  body: WrittenBody,
  frontmatter: object,
  targets: readonly CiteLinkTarget[],
): string {
  return pageMdx(frontmatter, fillCiteSlots(body.mdx, body.marker, targets));
}

/** The HTML of a written body with every citation's link, under the base path. */
export function filledHtml(
  body: WrittenBody,
  citations: readonly Citation[],
  targets: readonly CiteLinkTarget[],
  base: string,
): string {
  const cited = citations.map((c) => ({ number: c.number.display, kind: c.kind }));
  return fillHtmlSlots(body.html, cited, targets, base);
}
