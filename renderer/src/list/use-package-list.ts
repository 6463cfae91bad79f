// The package list's data: pages from the infinite query, joined and sorted, and the loading rules.
import { useCallback, useEffect, useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { packageListQuery } from './package-list-query';
import { appliedSort, needsEveryPackage } from './list-filter';
import type { PackageListFilter } from './list-filter';
import { BULK_PAGE_SIZE, BULK_PARALLEL_PAGES, LIST_PAGE_SIZE, joinPages } from './page-requests';
import { isDefaultSort, listCollator, sortPackages } from './sort';

/** Loads the list for a filter: page by page in server order, or everything when another sort is asked for. */
export function usePackageList(filter: PackageListFilter) {
  const loadEverything = needsEveryPackage(filter);
  const query = useInfiniteQuery(
    packageListQuery({
      status: filter.status,
      search: filter.search,
      nextPageSize: loadEverything ? BULK_PAGE_SIZE : LIST_PAGE_SIZE,
      nextPageCount: loadEverything ? BULK_PARALLEL_PAGES : 1,
    }),
  );
  const { data, isPlaceholderData, hasNextPage, isFetching, isError, fetchNextPage, refetch } = query;

  const loaded = useMemo(() => joinPages(data?.pages ?? []), [data]);
  // Settled: the data shown belongs to this filter, not the previous one kept on screen.
  const settled = data !== undefined && !isPlaceholderData;
  const complete = settled && !hasNextPage;
  const sort = appliedSort(filter, complete);
  const { key: sortKey, direction: sortDirection } = sort;
  const collator = useMemo(() => listCollator(), []);
  const rows = useMemo(
    () =>
      isDefaultSort({ key: sortKey, direction: sortDirection }) ? loaded.rows : sortPackages(loaded.rows, { key: sortKey, direction: sortDirection }, collator),
    [loaded.rows, sortKey, sortDirection, collator],
  );

  // One request at a time, never after a failure: the user retries from the message's Try again.
  const canLoadMore = settled && hasNextPage && !isFetching && !isError;
  const loadingEverything = loadEverything && settled && hasNextPage;

  // Two calls in one tick (a key press and the scroll effect) share one request instead of restarting it.
  useEffect(() => {
    if (loadingEverything && canLoadMore) void fetchNextPage({ cancelRefetch: false });
  }, [loadingEverything, canLoadMore, fetchNextPage]);

  /** Loads the next page if one exists and nothing is in flight. */
  const loadMore = useCallback(() => {
    if (canLoadMore) void fetchNextPage({ cancelRefetch: false });
  }, [canLoadMore, fetchNextPage]);

  /** Repeats whatever failed: the first page, the next page, or a refresh. */
  const retry = useCallback(() => {
    if (data !== undefined && query.isFetchNextPageError) void fetchNextPage({ cancelRefetch: false });
    else void refetch({ cancelRefetch: false });
  }, [data, query.isFetchNextPageError, fetchNextPage, refetch]);

  return {
    query,
    /** Loaded packages in display order. */
    rows,
    /** Packages on the server for this filter. */
    total: loaded.total,
    /** The order `rows` are in. */
    sort,
    settled,
    complete,
    /** True while every page is being loaded for a sort. */
    loadingEverything,
    loadMore,
    retry,
  };
}
