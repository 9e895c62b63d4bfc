/** Lists cut into pages of 50: `…/` is the first page, `…/trang-2/` the second. */
import type { Group } from './archive';
import { cacheKey } from '../utils/cache-key';

/** Documents on one page of a list. */
export const PAGE_SIZE = 50;

/** One page of a list. */
export interface ListPage<T> {
  /** The rest parameter of the page's route: undefined for the first page, `trang-2` after. */
  trang: string | undefined;
  /** The page's number, from 1. */
  current: number;
  /** The number of pages. */
  last: number;
  /** The number of items in the whole list. */
  total: number;
  /** The items on this page. */
  items: T[];
}

/** Cuts a list into pages; an empty list is one empty page. */
export function pagesOf<T>(items: T[], size = PAGE_SIZE): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, k) => ({
    trang: k === 0 ? undefined : `trang-${k + 1}`,
    current: k + 1,
    last,
    total: items.length,
    items: items.slice(k * size, (k + 1) * size),
  }));
}

/** The path of page `n` of the list at `path` (`loai/thong-bao/`). */
export function pagePath(path: string, n: number): string {
  return n === 1 ? path : `${path}trang-${n}/`;
}

/**
 * The two orders of an index page: by name (`…/`) and most documents first (`…/nhieu-nhat/`).
 * New objects for each route: Astro keeps and changes what `getStaticPaths` returns.
 */
export function orderPaths() {
  return [{ params: { order: undefined } }, { params: { order: 'nhieu-nhat' } }];
}

/** The paths of groups' pages, each group cut into pages: `<slug>/`, `<slug>/trang-2/`… */
export function groupPagePaths(groups: Group[]) {
  return groups.flatMap((group) =>
    pagesOf(group.documents).map((page) => ({
      params: { slug: group.slug, trang: page.trang },
      props: { group, page },
      cacheKey: cacheKey(group.slug, group.name, page),
    })),
  );
}
