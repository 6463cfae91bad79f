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
  /** Pages asked for at once: 1 while scrolling, BULK_PARALLEL_PAGES while loading everything. */
  nextPageCount: number;
}

/** Fetches a request's pages through the bridge, all at once, and drops the rows an earlier page already brought. */
async function fetchListPage(status: PackageStatusFilter, search: string, request: PageRequest) {
  const { page: first, pageSize, count = 1 } = request;
  const answers = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const page = first + index;
      return unwrap(() => signer().listPackages(search === '' ? { status, page, pageSize } : { status, page, pageSize, search }));
    }),
  );
  // The furthest page's total is the latest word on the list's length.
  return toListPage(
    request,
    answers.flatMap((answer) => answer.items),
    answers.at(-1)?.total ?? 0,
  );
}

/** The packages of one status and search, newest first, loaded page by page; the last list stays on screen while the next loads. */
export function packageListQuery({ status, search, nextPageSize, nextPageCount }: PackageListQueryParams) {
  return infiniteQueryOptions({
    queryKey: [...PACKAGES_KEY, 'list', { status, search }],
    queryFn: ({ pageParam }) => fetchListPage(status, search, pageParam),
    initialPageParam: firstPageRequest(LIST_PAGE_SIZE),
    getNextPageParam: (_lastPage, pages, lastRequest) => nextPageRequest(pages, lastRequest, nextPageSize, nextPageCount),
    placeholderData: keepPreviousData,
    meta: { errorTitle: 'Could not load packages' },
  });
}
