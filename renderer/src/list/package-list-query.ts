// The package list as an infinite query. Its key starts with 'packages', so any screen can refresh it
// with `queryClient.invalidateQueries({ queryKey: ['packages'] })`.
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import type { PackageStatusFilter } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { LIST_PAGE_SIZE, firstPageRequest, nextPageRequest, toListPage } from './page-requests';
import type { PageRequest } from './page-requests';
import { unwrap } from '../api/result';

/** The key prefix of every package list; sign-out removes it along with the other user data. */
export const PACKAGES_KEY = ['packages'] as const;

/** Which list to load, and in what page size further pages come. */
export interface PackageListQueryParams {
  status: PackageStatusFilter;
  /** Trimmed; empty means no search. */
  search: string;
  /** LIST_PAGE_SIZE while scrolling, BULK_PAGE_SIZE while loading everything for a sort. */
  nextPageSize: number;
}

/** Fetches one page through the bridge and drops the rows an earlier page already brought. */
async function fetchListPage(status: PackageStatusFilter, search: string, request: PageRequest) {
  const { page, pageSize } = request;
  const answer = await unwrap(() => signer().listPackages(search === '' ? { status, page, pageSize } : { status, page, pageSize, search }));
  return toListPage(request, answer.items, answer.total);
}

/** The packages of one status and search, newest first, loaded page by page; the last list stays on screen while the next loads. */
export function packageListQuery({ status, search, nextPageSize }: PackageListQueryParams) {
  return infiniteQueryOptions({
    queryKey: [...PACKAGES_KEY, 'list', { status, search }],
    queryFn: ({ pageParam }) => fetchListPage(status, search, pageParam),
    initialPageParam: firstPageRequest(LIST_PAGE_SIZE),
    getNextPageParam: (_lastPage, pages, lastRequest) => nextPageRequest(pages, lastRequest, nextPageSize),
    placeholderData: keepPreviousData,
    meta: { errorTitle: 'Could not load packages' },
  });
}
