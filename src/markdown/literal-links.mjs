// @ts-check
/**
 * A Sätteri mdast plugin for the document pages: GFM turns `www.…`, `http://…` and e-mail
 * addresses written in a source text into links to outside hosts. The archive's text never links
 * out (the ingest writes no Markdown links), so every such link goes back to its plain text.
 */
import { defineMdastPlugin } from 'satteri';

/** @param {{ value?: unknown, children?: unknown }} node @returns {string} */
function textOf(node) {
  if (typeof node.value === 'string') return node.value;
  return Array.isArray(node.children) ? node.children.map((child) => textOf(child)).join('') : '';
}

/** Replaces every link by its text. */
export const literalLinks = defineMdastPlugin({
  name: 'kho-van-ban-literal-links',
  link(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: textOf(node) });
  },
});
