/** Every internal URL goes through here so the site works under any sub-path (`ARCHIVE_BASE`). */
import { documentPath } from '../lib/contract';

/** `van-ban/x/` → `/kho-van-ban/van-ban/x/` (or `/van-ban/x/` at the root). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

/** The permanent URL of a document page. */
export function documentUrl(id: string): string {
  return withBase(documentPath(id));
}
