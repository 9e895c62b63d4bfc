// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { literalLinks } from './src/markdown/literal-links.mjs';
import { cacheRootOf } from './src/utils/cache-folder.ts';

/** The URL sub-path (`ARCHIVE_BASE`), always with leading and trailing `/`. */
const trimmed = (process.env.ARCHIVE_BASE ?? '').trim().replace(/^\/+|\/+$/g, '');
const base = trimmed ? `/${trimmed}/` : '/';

/**
 * Astro keeps the content store in one file, written as one string: past about 50,000 documents it
 * is longer than Node can make (measured at 100,000: `Invalid string length`). A large archive's
 * store is written in chunks instead; a smaller one keeps the single file it was measured with.
 */
const CHUNKED_FROM = 20_000;
const pages = existsSync('content/documents') ? readdirSync('content/documents').length : 0;

export default defineConfig({
  base,
  // ARCHIVE_OUT builds elsewhere than dist/ (the browser tests use it).
  outDir: process.env.ARCHIVE_OUT || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The documents' MDX pages are loaded by src/loaders/documents.ts, which renders their bodies
  // without compiling them (docs/data-flow.md); MDX and Markdown written for the site itself go
  // through the MDX integration and this processor.
  integrations: [mdx()],
  markdown: {
    // Text shows as written: no smart quotes or dashes (`'` stays `'`, `--` stays `--`), and no
    // links made from addresses in the text.
    processor: satteri({ features: { smartPunctuation: false }, mdastPlugins: [literalLinks] }),
  },
  // Astro's caches (content store, incremental build) beside the ingest's read cache: deleting
  // `.cache/` (or the folder `ARCHIVE_CACHE` names) forces a full build.
  cacheDir: join(cacheRootOf(process.cwd()), 'astro'),
  // A page whose `cacheKey` (src/utils/cache-key.ts) and code are unchanged is copied, not rendered.
  experimental: {
    incrementalBuild: true,
    ...(pages >= CHUNKED_FROM ? { collectionStorage: /** @type {const} */ ('chunked') } : {}),
  },
  // Nothing is fetched from outside: no telemetry, no remote fonts or images.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Each .mdx module warns "use astro:head-inject" (known upstream); it is harmless.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
