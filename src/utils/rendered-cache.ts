/**
 * The rendered bodies kept between the ingest and the site (`<cache>/rendered/`): the HTML of an
 * MDX page's body, by a hash of the body, the base path and the renderer's code. The ingest writes
 * it from the tree it wrote the page from; the documents loader takes it from there instead of
 * parsing the page again, and renders a body itself when the folder does not hold it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRootOf } from './cache-folder.ts';
import { bodyHtml, pageBody, parseBody } from './document-html.ts';

/** The files whose code decides the HTML of a body: a change to any renders every page again. */
export const RENDERER_FILES = [
  'src/utils/document-html.ts',
  'src/utils/base.ts',
  'src/utils/format.ts',
  'src/lib/contract.ts',
  'package-lock.json',
];

/** The folder of rendered bodies under the cache folder. */
export const renderedFolder = (cacheRoot: string) => join(cacheRoot, 'rendered');

/** A hash of the renderer's code and of the base path the links are written under. */
export function rendererVersion(root: string, base: string): string {
  const hash = createHash('sha256').update(base).update('\0');
  for (const file of RENDERER_FILES) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

/** The rendered bodies of one renderer version, in one folder. */
export class RenderedCache {
  readonly #folder: string;
  readonly #version: string;
  readonly #used = new Set<string>();

  /** The cache in `folder` for the renderer `version` (see `rendererVersion`). */
  constructor(folder: string, version: string) {
    this.#folder = folder;
    this.#version = version;
  }

  /** The file name of a page's rendered body. */
  #name(mdx: string): string {
    const key = createHash('sha256').update(this.#version).update('\0').update(pageBody(mdx));
    return `${key.digest('base64url')}.html`;
  }

  /** The rendered body of a page, or null when the folder does not hold it. */
  get(mdx: string): string | null {
    const path = join(this.#folder, this.#name(mdx));
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  /** Keeps a page's rendered body, rendering it (`html()`) only when the folder lacks it. */
  keep(mdx: string, html: () => string): void {
    const name = this.#name(mdx);
    this.#used.add(name);
    const path = join(this.#folder, name);
    if (existsSync(path)) return;
    mkdirSync(this.#folder, { recursive: true });
    writeFileSync(path, html());
  }

  /** Deletes the bodies this build did not keep, so the folder holds one archive. */
  prune(): void {
    if (!existsSync(this.#folder)) return;
    for (const name of readdirSync(this.#folder))
      if (!this.#used.has(name)) rmSync(join(this.#folder, name), { force: true });
  }
}

/** The rendered bodies of the project at a root under a base path, opened once per process. */
const opened = new Map<string, RenderedCache>();

/**
 * The body of the document page `filePath` (relative to `root`) as HTML: the copy the ingest
 * rendered, or rendered here from the page when the cache does not hold it. The site's pages read
 * their bodies through this, so the content store holds only the documents' data.
 */
export function pageHtml(root: string, filePath: string, base: string): string {
  const key = `${root}\0${base}`;
  let cache = opened.get(key);
  if (!cache) {
    cache = new RenderedCache(renderedFolder(cacheRootOf(root)), rendererVersion(root, base));
    opened.set(key, cache);
  }
  const mdx = readFileSync(join(root, filePath), 'utf8');
  return cache.get(mdx) ?? bodyHtml(parseBody(pageBody(mdx)), base);
}
