/** The documents collection: one MDX file per document, written by the ingest; its frontmatter is the document contract. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/contract';

const documents = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/documents', retainBody: false }),
  schema: documentSchema,
});

export const collections = { documents };
