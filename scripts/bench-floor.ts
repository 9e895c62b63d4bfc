/**
 * The floor of the build, for `npm run bench`: what Astro and Pagefind alone cost on a corpus.
 * From the MDX the ingest wrote, a throwaway Astro project of the simplest MDX pages (a title and
 * the text, no components, no layout, no other page), built, then indexed by Pagefind from its
 * HTML. Our build is measured against it (the ratio the README reports).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { watchPeakMemory } from './peak-memory.ts';
import { runNode } from './run-node.ts';
import { splitPage } from '../src/utils/document-html.ts';

/** The floor's figures, in seconds. */
export interface FloorFigures {
  pages: number;
  astroSeconds: number;
  pagefindSeconds: number;
  /** The largest peak resident size of the floor's processes. */
  peakBytes: number;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
`;
const COLLECTION = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content', retainBody: false }),
    schema: z.object({ title: z.string() }),
  }),
};
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('documents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`;

/** One of our MDX files as the simplest page: its title, and its text without components. */
function simplest(mdx: string): string {
  const page = splitPage(mdx);
  const front = JSON.parse(page.frontmatter ?? '{}') as { title?: string | null; id: string };
  const body = page.body.replace(/<\/?(Cite|Part|Residue)\b[^>]*>/g, '').replace(/[{}<>]/g, ' ');
  return `---\ntitle: ${JSON.stringify(front.title ?? front.id)}\n---\n${body}`;
}

/** Seconds since `started`. */
const since = (started: number) => (performance.now() - started) / 1000;

/** Builds the floor site of the MDX in `documentsDir` inside `workDir`; returns its figures. */
export async function buildFloor(
  projectRoot: string,
  documentsDir: string,
  workDir: string,
): Promise<FloorFigures> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, 'content'), { recursive: true });
  mkdirSync(join(workDir, 'src/pages'), { recursive: true });
  writeFileSync(join(workDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(workDir, 'src/content.config.ts'), COLLECTION);
  writeFileSync(join(workDir, 'src/pages/[id].astro'), PAGE);
  const files = readdirSync(documentsDir).filter((f) => f.endsWith('.mdx'));
  for (const file of files)
    writeFileSync(
      join(workDir, 'content', file),
      simplest(readFileSync(join(documentsDir, file), 'utf8')),
    );
  const memory = watchPeakMemory();
  let started = performance.now();
  const code = await runNode(
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--root', workDir],
    workDir,
  );
  if (code !== 0) throw new Error(`Astro dừng với mã ${code} khi dựng nền so sánh`);
  const astroSeconds = since(started);
  started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error('Pagefind không khởi động được');
  await index.addDirectory({ path: join(workDir, 'dist') });
  await index.writeFiles({ outputPath: join(workDir, 'dist/pagefind') });
  await pagefind.close();
  const pagefindSeconds = since(started);
  // The bench's own process is not the floor's: only Astro's and Pagefind's are counted.
  const peaks = memory.stop();
  const peakBytes = Math.max(peaks.get('Astro') ?? 0, peaks.get('Pagefind') ?? 0);
  return { pages: files.length, astroSeconds, pagefindSeconds, peakBytes };
}

if (import.meta.main) {
  const [root, documents, work] = process.argv.slice(2);
  console.log(await buildFloor(root!, documents!, work!));
}
