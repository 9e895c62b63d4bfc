/**
 * The `cacheKey` of a page for Astro's incremental build: a hash of everything the page is drawn
 * from (its props, its content entry's digest, data it reads besides). A page whose key and code
 * are unchanged since the last build is copied from it instead of rendered again.
 */
import { createHash } from 'node:crypto';

/** A content entry as a key holds it: its digest stands for its file (and its data). */
export function entryKey(entry: { id: string; digest?: string | number }): object {
  return { id: entry.id, digest: entry.digest };
}

/**
 * A short hash of the given values, in order (plain data: a content entry is given as its
 * `entryKey`; serialised without a replacer, which would be called for every value).
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
