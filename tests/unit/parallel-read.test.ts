/**
 * Files read on two threads (this one and a worker, through the read cache) give the same archive
 * as files read one by one on this thread, and a second build takes them all from the cache.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus.ts';
import { buildArchive, type ArchiveBuild } from '../../scripts/ingest/pipeline.ts';
import { cachedReader } from '../../scripts/ingest/cache.ts';
import { ROOT, readSources } from './helpers.ts';

/** An archive's pages as written: their MDX and the HTML of their bodies. */
const pagesOf = (archive: ArchiveBuild) =>
  archive.pages.map((page) => ({ id: page.id, mdx: page.mdx, html: page.html() }));

describe('reading on several threads', () => {
  it('builds the same archive as reading on one thread', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kvb-threads-'));
    const source = join(work, 'nguon');
    generateCorpus(source, join(ROOT, 'seeds'), 300, 0.1);
    const sources = readSources(source);
    const alone = buildArchive(sources, '/');

    const cache = join(work, 'cache');
    const shared = await cachedReader(cache, 'v1', sources, 2);
    const together = buildArchive(sources, '/', { readFile: shared.read });
    expect(shared.count.read).toBe(sources.length);
    // The worker read its share (it starts while this thread reads the first files).
    expect(shared.count.byWorkers).toBeGreaterThan(0);
    expect(together.documents).toEqual(alone.documents);
    expect(pagesOf(together)).toEqual(pagesOf(alone));
    expect(together.report).toEqual(alone.report);
    expect(together.assignments).toEqual(alone.assignments);

    const again = await cachedReader(cache, 'v1', sources, 2);
    const fromCache = buildArchive(sources, '/', { readFile: again.read });
    expect([again.count.read, again.count.reused]).toEqual([0, sources.length]);
    expect(pagesOf(fromCache)).toEqual(pagesOf(alone));
  }, 120_000);
});
