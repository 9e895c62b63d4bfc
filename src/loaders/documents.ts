/**
 * The documents collection's loader: one entry per MDX page the ingest wrote, its frontmatter as
 * the entry's data. The bodies are not in the content store: each document page reads its body's
 * HTML when it is rendered (`pageHtml`, src/utils/rendered-cache.ts). An entry whose page, base
 * path and renderer are unchanged since the last build is kept as the store holds it, so a rebuild
 * loads only the pages that changed. The pages are never compiled or run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitPage } from '../utils/document-html.ts';
import { rendererVersion } from '../utils/rendered-cache.ts';

/** The JSON frontmatter of a page the ingest wrote (one line between `---` lines). */
function frontmatter(mdx: string, file: string): Record<string, unknown> {
  const { frontmatter: json } = splitPage(mdx);
  if (json === null) throw new Error(`${file}: trang không có phần đầu.`);
  return JSON.parse(json) as Record<string, unknown>;
}

/** Loads the MDX pages of a folder (relative to the project root) as the documents collection. */
export function documentPages(folder: string): Loader {
  return {
    name: 'kho-van-ban-documents',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, folder);
      const version = rendererVersion(root, context.config.base);
      const count = { kept: 0, loaded: 0 };
      const load = (path: string) => loadPage(context, { root, version, count }, path);
      const unused = new Set(context.store.keys());
      const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')) : [];
      for (const name of names.sort()) unused.delete(await load(join(dir, name)));
      for (const id of unused) context.store.delete(id);
      context.logger.info(
        `${names.length} trang: ${count.kept} không đổi, ${count.loaded} đọc lại.`,
      );
      // `astro dev`: a page the ingest rewrites, adds or removes is loaded again.
      context.watcher?.add(dir);
      context.watcher?.on('change', (path) => path.endsWith('.mdx') && void load(path));
      context.watcher?.on('add', (path) => path.endsWith('.mdx') && void load(path));
      context.watcher?.on('unlink', (path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) context.store.delete(pageId(path));
      });
    },
  };
}

/** An entry's id: its page's file name without `.mdx`, which the ingest made a slug. */
const pageId = (path: string) => basename(path, '.mdx');

/** What loading a page needs besides the loader's context, and what it counts. */
interface PageLoad {
  root: string;
  version: string;
  count: { kept: number; loaded: number };
}

/**
 * Loads one page's data into the store unless the store holds it unchanged; returns its id. The
 * digest covers the whole page and the renderer, so a page whose body changed gets a new digest
 * (and its document page a new cache key) even though the store does not hold the body.
 */
async function loadPage(
  { store, parseData, generateDigest }: LoaderContext,
  { root, version, count }: PageLoad,
  path: string,
): Promise<string> {
  const id = pageId(path);
  const contents = readFileSync(path, 'utf8');
  const digest = generateDigest(`${version}\0${contents}`);
  if (store.get(id)?.digest === digest) {
    count.kept++;
    return id;
  }
  const filePath = relative(root, path);
  const data = await parseData({ id, data: frontmatter(contents, filePath), filePath });
  count.loaded++;
  store.set({ id, data, digest, filePath });
  return id;
}
