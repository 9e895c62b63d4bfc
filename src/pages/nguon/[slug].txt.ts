/** The decoded text of each source file, as plain UTF-8 text beside its page (`nguon/<slug>.txt`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFiles, sourceText } from '../../data/sources';

export const getStaticPaths = (() =>
  readFiles().map((f) => ({ params: { slug: f.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(sourceText(params.slug!), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
