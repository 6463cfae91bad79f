// Which page to ask the server for next, and how loaded pages become one list of rows. Pure.
import type { PackageSummary } from '../../../shared/contract';

/** Packages per page while the user scrolls. */
export const LIST_PAGE_SIZE = 50;

/** Packages per page while every package is loaded for a client-side sort. */
export const BULK_PAGE_SIZE = 200;

/**
 * Pages asked for at once while every package loads for a sort. Each page costs a round trip, so loading
 * 10,000 packages one page after another stands 50 round trips in a row; six at a time makes it 9. Six is
 * what a browser opens to one host, so the server sees no more than a web client gives it, few enough
 * not to meet SigningHub's rate limit (429), and 1,200 rows a step still moves the progress bar.
 */
export const BULK_PARALLEL_PAGES = 6;

/** One request to the bridge; `skip` drops rows an earlier, smaller page already brought. */
export interface PageRequest {
  /** 1-based, in units of `pageSize`. */
  page: number;
  pageSize: number;
  /** Leading rows of this page that are already loaded. */
  skip: number;
  /** Consecutive pages asked for at once, from `page` on, joined into one; 1 when absent. */
  count?: number;
}

/** One loaded page (or several asked for at once, joined), after `skip`. */
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

/** The rows a request asks for: its page size times its page count. */
export function requestedRows(request: PageRequest): number {
  return request.pageSize * (request.count ?? 1);
}

/**
 * The request after the pages loaded so far, in pages of `pageSize`, up to `parallel` pages at once (never past
 * the total), or undefined when the list is complete: the total is reached, or the last request came back short
 * (the list shrank meanwhile).
 */
export function nextPageRequest(pages: readonly ListPage[], lastRequest: PageRequest, pageSize: number, parallel = 1): PageRequest | undefined {
  const last = pages.at(-1);
  if (last === undefined) return undefined;
  if (last.received < requestedRows(lastRequest)) return undefined;
  const loaded = loadedCount(pages);
  if (loaded >= last.total) return undefined;
  const page = Math.floor(loaded / pageSize) + 1;
  const count = Math.min(parallel, Math.ceil((last.total - (page - 1) * pageSize) / pageSize));
  const request = { page, pageSize, skip: loaded - (page - 1) * pageSize };
  return count > 1 ? { ...request, count } : request;
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
