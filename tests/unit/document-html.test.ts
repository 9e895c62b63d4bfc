/**
 * A document's text as the site shows it (src/utils/document-html.ts): the ingest's elements as
 * links, anchors and the stamps' aside; the same HTML whether rendered from the ingest's tree or
 * from parsing the page it wrote; hostile text shown literally; the rendered bodies kept by key.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/ingest/pipeline.ts';
import { generateCorpus } from '../../scripts/corpus.ts';
import { bodyHtml, pageBody, parseBody } from '../../src/utils/document-html.ts';
import { RenderedCache } from '../../src/utils/rendered-cache.ts';
import { ROOT } from './helpers.ts';

/** The archive built from a folder's texts, under `/kho/`. */
function archiveOfFolder(dir: string) {
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  return buildArchive(
    names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
    '/kho/',
  );
}

/** The site's HTML of a page, from its MDX alone. */
const fromPage = (mdx: string, base = '/kho/') => bodyHtml(parseBody(pageBody(mdx)), base);

describe('the elements the ingest writes', () => {
  it('renders a citation, a missing citation, a part anchor and stamps as the page shows them', () => {
    const body = [
      '1. <Part id="khoan-1" />Thực hiện <Cite number="495-TB/TU" kind="implements" to="495-tb-tu-2021">Thông báo số 495-TB/TU</Cite> và <Cite number="12/KH-UBND" kind="mentions" missing="12-kh-ubnd">Kế hoạch số 12/KH-UBND</Cite>.',
      '',
      '<Residue>',
      '',
      'ĐẾN Số: 1698',
      '',
      '</Residue>',
      '',
    ].join('\n');
    expect(bodyHtml(parseBody(body), '/kho/')).toBe(
      [
        '<ol>',
        '<li><span class="part-anchor" id="khoan-1"></span>Thực hiện ' +
          '<a class="cite cite--implements" href="/kho/van-ban/495-tb-tu-2021/" data-number="495-TB/TU" title="495-TB/TU (thực hiện / căn cứ)">Thông báo số 495-TB/TU</a> và ' +
          '<a class="cite cite--missing" href="/kho/van-ban-chua-co/#12-kh-ubnd" data-number="12/KH-UBND" title="12/KH-UBND: chưa có trong kho">Kế hoạch số 12/KH-UBND</a>.</li>',
        '</ol>',
        '<aside class="residue" aria-label="Dấu trên bản giấy"><p class="residue-label">Dấu, bút phê trên bản giấy (không thuộc nội dung văn bản)</p>',
        '<p>ĐẾN Số: 1698</p>',
        '</aside>',
      ].join('\n'),
    );
  });

  it('writes links under the root when the site is published there', () => {
    const html = bodyHtml(parseBody('<Cite number="1/KH" kind="mentions" to="1-kh">x</Cite>'), '/');
    expect(html).toContain('href="/van-ban/1-kh/"');
  });

  it('gives headings the ids Astro gives them, unique on the page', () => {
    expect(bodyHtml(parseBody('### Thông báo\n\n### Thông báo\n'), '/')).toBe(
      '<h3 id="thông-báo">Thông báo</h3>\n<h3 id="thông-báo-1">Thông báo</h3>',
    );
  });
});

describe('the rendered body', () => {
  it('is the same from the ingest tree as from the page, on seeds, fixtures and generated texts', () => {
    const generated = mkdtempSync(join(tmpdir(), 'kvb-html-'));
    generateCorpus(generated, join(ROOT, 'seeds'), 300, 0.2);
    const fixtures = readdirSync(join(ROOT, 'tests/fixtures'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(ROOT, 'tests/fixtures', entry.name));
    let pages = 0;
    for (const dir of [join(ROOT, 'seeds'), ...fixtures, generated]) {
      for (const page of archiveOfFolder(dir).pages) {
        expect(page.html(), `${dir}: ${page.id}`).toBe(fromPage(page.mdx));
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(300);
  });

  it('shows hostile text literally and holds only the structure of a text', () => {
    const hostile = [
      'Giá trị {1+1} và <script>alert(1)</script> ở đây.',
      '',
      '<img src=x onerror="alert(1)"> [bấm](javascript:alert(1)) www.example.invalid',
      '',
      `export const x = require('fs')`,
      '',
      '<Cite to="x">giả</Cite> &lt;b&gt; và &#123;',
    ].join('\n');
    const { pages } = buildArchive(
      [{ name: 'a.txt', bytes: new TextEncoder().encode(hostile) }],
      '/',
    );
    const html = pages[0]!.html();
    expect(html).toBe(fromPage(pages[0]!.mdx, '/'));
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags)
      expect(['p', 'br', 'h3', 'strong', 'em', 'ol', 'ul', 'li']).toContain(tag);
    const text = html
      .replace(/<[^>]*>/g, '')
      // One pass: `&amp;lt;` is the text `&lt;`, not `<`.
      .replace(/&(#x[0-9a-f]+|amp|quot|lt|gt);/gi, (_, name: string) =>
        name.startsWith('#')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : { amp: '&', quot: '"', lt: '<', gt: '>' }[name]!,
      );
    for (const literal of [
      '{1+1}',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '(javascript:alert(1))',
      'www.example.invalid',
      "export const x = require('fs')",
      '<Cite to="x">giả</Cite>',
      '&lt;b&gt; và &#123;',
    ])
      expect(text).toContain(literal);
  });
});

describe('citation slots (scripts/ingest/written-body.ts)', () => {
  it('are filled only where the ingest wrote a citation, never in text that looks like one', () => {
    const text = [
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2021.',
      '',
      '<Cite number="x" kind="mentions" slot="0">giả</Cite> slot="0"> <a data-slot="0"> và data-slot="0"',
      '',
      '```',
      '<Cite number="x" kind="mentions" slot="\uE0000"> slot="\uE0000" <a data-slot="0">',
      '```',
    ].join('\n');
    const { pages } = buildArchive([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], '/');
    const { mdx } = pages[0]!;
    const html = pages[0]!.html();
    expect(html).toBe(fromPage(mdx, '/'));
    // The text keeps its look-alikes (escaped, or in a code block); the one citation got its target.
    expect(mdx).toContain('\\<Cite number="x" kind="mentions" slot="0">');
    expect(mdx).toContain('\n<Cite number="x" kind="mentions" slot="\uE0000"> slot="\uE0000" <a');
    expect(mdx).toContain(
      'Thực hiện <Cite number="12/KH-UBND" kind="implements" missing="12-kh-ubnd-2021">',
    );
    expect([...html.matchAll(/<a /g)]).toHaveLength(1);
    expect(html).toContain('href="/van-ban-chua-co/#12-kh-ubnd-2021" data-number="12/KH-UBND"');
    const shown = html
      .replace(/<[^>]*>/g, '')
      .replace(/&#x3C;/g, '<')
      .replace(/&#x22;/g, '"');
    expect(shown).toContain(
      '<Cite number="x" kind="mentions" slot="0">giả</Cite> slot="0"> <a data-slot="0"> và data-slot="0"',
    );
  });
});

describe('the kept rendered bodies', () => {
  it('are found by page and version, and pruned when a build does not keep them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kvb-rendered-'));
    const page = '---\n{"id":"a"}\n---\n\nMột câu.\n';
    const first = new RenderedCache(folder, 'v1');
    let renders = 0;
    first.keep(page, () => `<p>${++renders}</p>`);
    first.keep(page, () => `<p>${++renders}</p>`);
    expect(renders).toBe(1);
    expect(first.get(page)).toBe('<p>1</p>');
    // Another frontmatter, the same body: the same HTML.
    expect(first.get(page.replace('"a"', '"b"'))).toBe('<p>1</p>');
    expect(first.get(`${page}Câu nữa.\n`)).toBeNull();
    expect(new RenderedCache(folder, 'v2').get(page)).toBeNull();
    const next = new RenderedCache(folder, 'v1');
    next.prune();
    expect(readdirSync(folder)).toEqual([]);
  });
});
