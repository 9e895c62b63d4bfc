/**
 * The `cacheKey` of a page for Astro's incremental build: a hash of everything the page is drawn
 * from (its props, its content entry's digest, data it reads besides). A page whose key and code
 * are unchanged since the last build is copied from it instead of rendered again.
 */
import { createHash } from 'node:crypto';

/** A content entry as it counts in a key: its digest stands for its file. */
interface Keyed {
  id: string;
  digest?: string;
}

/** Replaces a content entry (it has `collection` and `digest`) by its id and digest. */
function keyed(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && 'collection' in value && 'digest' in value) {
    const { id, digest } = value as unknown as Keyed;
    return { id, digest };
  }
  return value;
}

/** A short hash of the given values, in order. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, keyed)).digest('base64url');
}
