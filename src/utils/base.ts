/** Every internal URL goes through here so the site works under any sub-path (`ARCHIVE_BASE`). */
import { documentPath } from '../lib/contract.ts';

/** `van-ban/x/` under the base path `base` (`/` or `/kho-van-ban/`). */
export function underBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** `van-ban/x/` → `/kho-van-ban/van-ban/x/` (or `/van-ban/x/` at the root). */
export function withBase(path: string): string {
  return underBase(import.meta.env.BASE_URL, path);
}

/** The permanent URL of a document page. */
export function documentUrl(id: string): string {
  return withBase(documentPath(id));
}
