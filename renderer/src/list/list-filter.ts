// What the package list shows (status, search, sort) and how the sort follows filter changes. Pure.
import type { PackageStatusFilter } from '../../../shared/contract';
import { DEFAULT_SORT, isDefaultSort } from './sort';
import type { ListSort } from './sort';

/** The list's view; it lives above the list so it survives opening a package and coming back. */
export interface PackageListFilter {
  status: PackageStatusFilter;
  /** Trimmed; empty means no search. */
  search: string;
  /** The sort the user chose; absent means the server's order (modified, newest first). */
  sort?: ListSort;
  /** Set by a filter or search change: the earlier sort, kept only if the new results arrive complete. */
  carriedSort?: ListSort;
}

/** The sort the user asked for. */
export function requestedSort(filter: PackageListFilter): ListSort {
  return filter.sort ?? DEFAULT_SORT;
}

/** True when the requested sort needs every package loaded first. */
export function needsEveryPackage(filter: PackageListFilter): boolean {
  return !isDefaultSort(requestedSort(filter));
}

/** The sort the rows are in: a client-side sort applies only once every package is loaded. */
export function appliedSort(filter: PackageListFilter, complete: boolean): ListSort {
  const wanted = filter.sort ?? filter.carriedSort;
  return wanted !== undefined && complete ? wanted : DEFAULT_SORT;
}

/** The filter with a new sort; the server's order is stored as no sort. */
export function withSort(filter: PackageListFilter, sort: ListSort): PackageListFilter {
  const { status, search } = filter;
  return isDefaultSort(sort) ? { status, search } : { status, search, sort };
}

/** The filter for a new status or search: back to the server's order, carrying any other sort for a moment. */
export function withQuery(filter: PackageListFilter, status: PackageStatusFilter, search: string): PackageListFilter {
  const carried = filter.sort ?? filter.carriedSort;
  return carried === undefined || isDefaultSort(carried) ? { status, search } : { status, search, carriedSort: carried };
}

/** Once the new results are in: the carried sort stays if they are complete (no loading needed), else it is dropped. */
export function settleCarriedSort(filter: PackageListFilter, complete: boolean): PackageListFilter {
  const { status, search, carriedSort } = filter;
  return carriedSort !== undefined && complete ? { status, search, sort: carriedSort } : { status, search };
}

/** A key for the rows' identity and order; a new one scrolls the list back to the top. */
export function viewKey(filter: PackageListFilter, sort: ListSort): string {
  return JSON.stringify([filter.status, filter.search, sort.key, sort.direction]);
}
