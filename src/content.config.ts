/**
 * The documents collection: one MDX page per document, written by the ingest; its frontmatter is
 * the document contract, its body is rendered to HTML by the loader (src/loaders/documents.ts).
 */
import { defineCollection } from 'astro:content';
import { documentSchema } from './lib/contract';
import { documentPages } from './loaders/documents';

const documents = defineCollection({
  loader: documentPages('content/documents'),
  schema: documentSchema,
});

export const collections = { documents };
