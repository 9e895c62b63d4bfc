/**
 * The Pagefind index of the built site, through Pagefind's Node API. Only document pages are
 * indexed (they carry `data-pagefind-body`). What Pagefind reads gets, after every word with `đ`,
 * a copy with `đ→d` (Pagefind folds tone marks but not `đ`), and after each citation whose
 * written number differs from its canonical form, the canonical form. The pages themselves are
 * not changed, but for the search page's preload link to the index's metadata (`preloadMeta`, which
 * the build calls once the index is written).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { latinD } from '../src/lib/vietnamese.ts';

/** A whitespace-delimited token holding `đ` (a word, or a number such as `3642/QĐ-UBND`). */
const WORD_WITH_D = /[^\s<>&]*[đĐ][^\s<>&]*/gu;

/** Adds the `đ→d` copy after each word with `đ` in the text parts of an HTML fragment. */
export function addFoldedCopies(html: string): string {
  let inScript = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(script|style)\b/i.test(part)) inScript = true;
        if (/^<\/(script|style)\b/i.test(part)) inScript = false;
        return part;
      }
      if (inScript) return part;
      return part.replace(WORD_WITH_D, (word) => `${word} ${latinD(word)}`);
    })
    .join('');
}

/** Adds the canonical number after a citation link whose text writes it otherwise (`1102/CD-TTg`). */
export function addCanonicalNumbers(html: string): string {
  return html.replace(
    /(<a [^>]*data-number="([^"]+)"[^>]*>)([\s\S]*?)(<\/a>)/g,
    (whole, open: string, number: string, inner: string, close: string) => {
      const text = inner.replace(/<[^>]*>/g, '');
      if (text.includes(number)) return whole;
      return `${open}${inner}${close} ${number}`;
    },
  );
}

/**
 * The page's own number with `đ→d` (`788-CV/BCSĐ` → `788-CV/BCSD`) after its meta element, not in
 * it: a number query is matched without `đ`, and results still show the number as written.
 */
export function addFoldedNumber(html: string): string {
  return html.replace(
    /(<span data-pagefind-meta="number">([^<]*)<\/span>)/,
    (whole, span: string, number: string) =>
      /[đĐ]/.test(number) ? `${span} <span>${latinD(number)}</span>` : whole,
  );
}

/**
 * A space after each closing block tag that another tag follows at once: the built HTML has no
 * whitespace between tags, and Pagefind would read `<dt>Loại văn bản</dt><dd>Công văn</dd>` as
 * `bảnCông`, in its index and in excerpts.
 */
export function separateBlocks(html: string): string {
  return html.replace(
    /(<\/(?:p|div|section|article|header|aside|dl|dt|dd|ul|ol|li|h[1-6]|table|tr|td|th|blockquote|pre)>)(?=<)/g,
    '$1 ',
  );
}

/** The HTML Pagefind reads for a document page: blocks kept apart, the own number and the text region get the extra forms. */
export function indexableHtml(html: string): string {
  const page = addFoldedNumber(separateBlocks(html));
  const start = page.indexOf('<section class="doc-text"');
  if (start === -1) return page;
  const end = page.indexOf('</section>', start);
  const region = page.slice(start, end === -1 ? undefined : end);
  return (
    page.slice(0, start) +
    addFoldedCopies(addCanonicalNumbers(region)) +
    (end === -1 ? '' : page.slice(end))
  );
}

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) files.push(path);
  }
  return files;
}

/** Indexes the document pages of `distDir` into `outputPath` (default `distDir/pagefind`); returns counts. */
export async function buildSearchIndex(
  distDir: string,
  {
    outputPath = join(distDir, 'pagefind'),
    foldedCopies = true,
  }: { outputPath?: string; foldedCopies?: boolean } = {},
): Promise<{ pages: number; errors: string[] }> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
  const errors: string[] = [...createErrors];
  let pages = 0;
  for (const file of htmlFiles(distDir).sort()) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({
      url,
      content: foldedCopies ? indexableHtml(html) : html,
    });
    errors.push(...added.errors);
    pages++;
  }
  const written = await index.writeFiles({ outputPath });
  errors.push(...written.errors);
  await pagefind.close();
  return { pages, errors };
}

/**
 * The search page preloads Pagefind's metadata file too, whose name carries a hash known only
 * once the index is written: next to the engine's preload link, the same path with that name.
 */
export function preloadMeta(distDir: string): void {
  const page = join(distDir, 'tim-kiem', 'index.html');
  const entry = join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entry)) return;
  const languages = (
    JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { hash: string }> }
  ).languages;
  const hash = (languages['vi'] ?? Object.values(languages)[0])?.hash;
  if (!hash) return;
  const html = readFileSync(page, 'utf8');
  const engine = /<link rel="preload" href="([^"]*)wasm\.unknown\.pagefind"[^>]*>/.exec(html);
  if (!engine) return;
  const link = `<link rel="preload" href="${engine[1]}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`;
  writeFileSync(page, html.replace(engine[0], `${engine[0]}${link}`));
}
