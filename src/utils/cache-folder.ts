/**
 * The build's cache folder (`ARCHIVE_CACHE`, default `.cache`): the ingest's read cache, the
 * rendered bodies and Astro's caches live under it, so that deleting it forces a full build.
 */
import { resolve } from 'node:path';

/** The cache folder of the project at `root`. */
export const cacheRootOf = (root: string) =>
  resolve(root, process.env['ARCHIVE_CACHE'] || '.cache');
