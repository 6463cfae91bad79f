// Which page to ask the server for next, and how loaded pages become one list of rows. Pure.
import type { PackageSummary } from '../../../shared/contract';

/** Packages per page while the user scrolls. */
export const LIST_PAGE_SIZE = 50;

/** Packages per page while every package is loaded for a client-side sort. */
export const BULK_PAGE_SIZE = 200;

/** One request to the bridge; `skip` drops rows an earlier, smaller page already brought. */
export interface PageRequest {
  /** 1-based, in units of `pageSize`. */
  page: number;
  pageSize: number;
  /** Leading rows of this page that are already loaded. */
  skip: number;
}

/** One loaded page, after `skip`. */
export interface ListPage {
  /** The new rows this page brought. */
  items: PackageSummary[];
  /** Rows the server sent, before `skip`; fewer than the page size means the list ended. */
  received: number;
  /** From `x-total-records`. */
  total: number;
}

/** The first request of a list. */
export function firstPageRequest(pageSize: number = LIST_PAGE_SIZE): PageRequest {
  return { page: 1, pageSize, skip: 0 };
}

/** Rows loaded across pages (duplicates included: this is the server offset reached). */
export function loadedCount(pages: readonly ListPage[]): number {
  let count = 0;
  for (const page of pages) count += page.items.length;
  return count;
}

/**
 * The request after the pages loaded so far, in pages of `pageSize`, or undefined when the list is
 * complete: the total is reached, or the last page came back short (the list shrank meanwhile).
 */
export function nextPageRequest(pages: readonly ListPage[], lastRequest: PageRequest, pageSize: number): PageRequest | undefined {
  const last = pages.at(-1);
  if (last === undefined) return undefined;
  if (last.received < lastRequest.pageSize) return undefined;
  const loaded = loadedCount(pages);
  if (loaded >= last.total) return undefined;
  const page = Math.floor(loaded / pageSize) + 1;
  return { page, pageSize, skip: loaded - (page - 1) * pageSize };
}

/** A loaded page from the bridge's answer to a request. */
export function toListPage(request: PageRequest, items: PackageSummary[], total: number): ListPage {
  return { items: request.skip > 0 ? items.slice(request.skip) : items, received: items.length, total };
}

/** The loaded pages as one list in server order, each package once, and the server's latest total. */
export interface LoadedList {
  rows: PackageSummary[];
  total: number;
}

/** Joins pages into rows; a package seen twice (the list moved between requests) keeps its first place. */
export function joinPages(pages: readonly ListPage[]): LoadedList {
  const rows: PackageSummary[] = [];
  const seen = new Set<number>();
  for (const page of pages) {
    for (const pkg of page.items) {
      if (seen.has(pkg.id)) continue;
      seen.add(pkg.id);
      rows.push(pkg);
    }
  }
  return { rows, total: pages.at(-1)?.total ?? 0 };
}
