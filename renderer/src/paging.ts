// Paging arithmetic and the package list's status texts. Pure, so unit tests can pin them.
import type { PackageStatusFilter } from '../../main/ipc/contract';
import { statusFilterLabel } from './format';

/** Packages per page in the list. */
export const PAGE_SIZE = 20;

/** Where the user is in a paged list. */
export interface PagePosition {
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Items on this page. */
  count: number;
  /** Items across all pages. */
  total: number;
}

/** The range shown, e.g. "21–40 of 57", or "0 of 0" when nothing is shown. */
export function pageRangeText({ page, pageSize, count, total }: PagePosition): string {
  if (count <= 0) return `0 of ${total}`;
  const first = (page - 1) * pageSize + 1;
  return `${first}–${first + count - 1} of ${total}`;
}

/** True when a page before this one exists. */
export function hasPreviousPage({ page }: Pick<PagePosition, 'page'>): boolean {
  return page > 1;
}

/** True when the total says more items follow this page. */
export function hasNextPage({ page, pageSize, total }: Omit<PagePosition, 'count'>): boolean {
  return page * pageSize < total;
}

/** The hint under "No packages", naming the search or the filter that found nothing. */
export function emptyListHint(status: PackageStatusFilter, search: string): string {
  const term = search.trim();
  if (term !== '') return `No packages match “${term}”.`;
  if (status === 'ALL') return 'There are no packages in this account yet.';
  return `No ${statusFilterLabel(status).toLowerCase()} packages.`;
}
