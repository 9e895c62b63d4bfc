/**
 * What the scanned paper carries besides the document: incoming stamps (`ĐẾN Số: … Ngày: …`,
 * `Chuyển: …`, `Lưu hồ sơ số: …`). Their blocks of the text are set apart on the page, in a
 * `<Residue>` element, as what they are; they stay in the text, so nothing is lost.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/**
 * The top-level blocks of a body tree that lie wholly within a stamp. `lineNumbers[k]` is the
 * source line of the text's line k + 1; `stamps` are [first, last] source lines.
 */
export function residueBlocks(
  tree: Root,
  lineNumbers: number[],
  stamps: [number, number][],
): Set<RootContent> {
  const blocks = new Set<RootContent>();
  if (stamps.length === 0) return blocks;
  for (const child of tree.children) {
    const start = child.position?.start.line;
    const end = child.position?.end.line;
    if (start === undefined || end === undefined) continue;
    const from = lineNumbers[start - 1];
    const to = lineNumbers[end - 1];
    if (from === undefined || to === undefined) continue;
    if (stamps.some(([first, last]) => from >= first && to <= last)) blocks.add(child);
  }
  return blocks;
}

/** Wraps each run of residue blocks of the tree in one `<Residue>` element. */
export function setResidueApart(tree: Root, residue: Set<RootContent>): void {
  if (residue.size === 0) return;
  const children: RootContent[] = [];
  let open: MdxJsxFlowElement | null = null;
  for (const child of tree.children) {
    if (!residue.has(child)) {
      open = null;
      children.push(child);
      continue;
    }
    if (!open) {
      open = { type: 'mdxJsxFlowElement', name: 'Residue', attributes: [], children: [] };
      children.push(open);
    }
    open.children.push(child as MdxJsxFlowElement['children'][number]);
  }
  tree.children = children;
}
