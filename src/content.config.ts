/** The documents collection: one MDX file per document, written by the ingest, metadata in frontmatter. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const nullableString = z.string().nullable();

const citation = z.object({
  text: z.string(),
  number: z.string(),
  date: nullableString,
  target: nullableString,
  kind: z.enum(['implements', 'attached', 'mentions']),
  type: nullableString,
  targetTitle: nullableString,
  targetDate: nullableString,
  missingAnchor: nullableString,
});

const documents = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/documents', retainBody: false }),
  schema: z.object({
    id: z.string(),
    url: z.string(),
    number: nullableString,
    type: nullableString,
    issuer: nullableString,
    // `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the original left the day or the month blank.
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable(),
    title: nullableString,
    signer: nullableString,
    sources: z.array(
      z.object({ file: z.string(), fromLine: z.number().int(), toLine: z.number().int() }),
    ),
    cites: z.array(citation),
    citedBy: z.array(z.string()),
    warnings: z.array(z.string()),
    numberAlternatives: z.array(z.string()),
    signerTitle: nullableString,
    authority: nullableString,
    onBehalfOf: nullableString,
    signature: z.array(z.string()),
    level: nullableString,
    party: z.boolean().nullable(),
    place: nullableString,
    addressees: z.array(z.string()),
    recipients: z.array(z.string()),
    copy: z
      .object({
        kind: z.string(),
        number: nullableString,
        date: nullableString,
        issuer: nullableString,
        recipients: z.array(z.string()),
      })
      .nullable(),
    incomingStamps: z.array(
      z.object({
        agency: nullableString,
        arrivalNumber: nullableString,
        date: nullableString,
        forwardedTo: nullableString,
      }),
    ),
    digitalSignature: z.object({ signedAt: z.string() }).nullable(),
    laws: z.array(z.object({ text: z.string(), article: z.string(), law: z.string() })),
    inferred: z.array(z.string()),
    citers: z.array(
      z.object({
        id: z.string(),
        number: nullableString,
        type: nullableString,
        date: nullableString,
        title: nullableString,
        kinds: z.array(z.enum(['implements', 'attached', 'mentions'])),
      }),
    ),
    copyOf: nullableString,
    copies: z.array(z.string()),
  }),
});

export const collections = { documents };
