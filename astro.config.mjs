// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The URL sub-path (`ARCHIVE_BASE`), always with leading and trailing `/`. */
const trimmed = (process.env.ARCHIVE_BASE ?? '').trim().replace(/^\/+|\/+$/g, '');
const base = trimmed ? `/${trimmed}/` : '/';

export default defineConfig({
  base,
  // ARCHIVE_OUT builds elsewhere than dist/ (the browser tests use it).
  outDir: process.env.ARCHIVE_OUT || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
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
