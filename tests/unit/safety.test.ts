/**
 * Source text is data: whatever it holds, the generated MDX, compiled and run the way Astro runs
 * it, executes nothing and shows the text literally.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { archiveOf } from './helpers.ts';

const marker = join(tmpdir(), `kho-van-ban-pwned-${process.pid}`);
const hostile = [
  `export const x = require('fs').writeFileSync('${marker}', 'x')`,
  `import fs from 'node:fs'`,
  '',
  `export const y = await import('node:fs').then((fs) => fs.writeFileSync('${marker}', 'y'))`,
  '',
  `export default function Page() { return null }`,
  '',
  'Giá trị {1+1} và {process.exit(1)} và <script>alert(1)</script> ở đây.',
  '',
  '<img src=x onerror="alert(1)"> <div onclick="alert(1)">bấm</div>',
  '',
  '[bấm vào đây](javascript:alert(1)) ![ảnh](http://example.invalid/x.png) www.example.invalid',
  '',
  '<Cite to="x">giả</Cite> {/* chú thích */} <!-- html --> gạch\\ngược \\{ và &lt;script&gt; và &#123;',
  '',
  'Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 {x} <b>đậm</b>',
  '',
  '    mã thụt lề {x}',
  '',
  '```js',
  `export const y = require('fs').writeFileSync('${marker}', 'y')`,
  '```',
].join('\n');

/** Renders an MDX body with a tiny JSX runtime that collects text and element names. */
async function run(mdx: string): Promise<{ text: string; elements: Set<string> }> {
  const body = mdx.replace(/^---\n.*\n---\n/, '');
  const elements = new Set<string>();
  type Node = { type: unknown; props: Record<string, unknown> };
  const jsx = (type: unknown, props: Record<string, unknown>): Node => {
    if (typeof type === 'string') elements.add(type);
    return { type, props };
  };
  const Fragment = Symbol('Fragment');
  const { default: Content } = await evaluate(body, {
    Fragment,
    jsx,
    jsxs: jsx,
    development: false,
  } as never);
  const Cite = (props: Record<string, unknown>) => ({ type: 'cite', props });
  const tree = (Content as (props: object) => Node)({ components: { Cite } });
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string' || typeof node === 'number') texts.push(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object' && 'props' in node) {
      const n = node as Node;
      if (typeof n.type === 'function') walk((n.type as (p: object) => unknown)(n.props));
      else walk(n.props['children']);
    }
  };
  walk(tree);
  return { text: texts.join(''), elements };
}

describe('hostile source text', () => {
  const archive = archiveOf({ 'hostile.txt': hostile });

  it('produces one page whose frontmatter is one line of JSON', () => {
    expect(archive.pages).toHaveLength(1);
    const frontmatter = /^---\n(.*)\n---\n/.exec(archive.pages[0]!.mdx)?.[1];
    expect(JSON.parse(frontmatter!)).toMatchObject({ id: archive.documents[0]!.id });
  });

  it('runs nothing when the MDX is compiled and rendered, and shows every line literally', async () => {
    rmSync(marker, { force: true });
    const { text, elements } = await run(archive.pages[0]!.mdx);
    expect(existsSync(marker)).toBe(false);
    for (const literal of [
      "export const x = require('fs')",
      "import fs from 'node:fs'",
      "export const y = await import('node:fs')",
      'export default function Page()',
      '{1+1}',
      '{process.exit(1)}',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '(javascript:alert(1))',
      '<Cite to="x">giả</Cite>',
      '{/* chú thích */}',
      '<!-- html -->',
      'gạch\\ngược \\{',
      '&lt;script&gt; và &#123;',
      '<b>đậm</b>',
      'mã thụt lề {x}',
    ]) {
      expect(text).toContain(literal);
    }
    // Only structure: no script, img, link, div or anything the source asked for.
    for (const element of elements)
      expect([
        'p',
        'pre',
        'code',
        'br',
        'h3',
        'strong',
        'em',
        'del',
        'ol',
        'ul',
        'li',
        'hr',
      ]).toContain(element);
  });

  it('keeps the real citation as a Cite element', () => {
    expect(archive.pages[0]!.mdx).toMatch(
      /<Cite number="495-TB\/TU" kind="implements" missing="495-tb-tu">Thông báo số 495-TB\/TU ngày 20\/9\/2021<\/Cite>/,
    );
  });
});
