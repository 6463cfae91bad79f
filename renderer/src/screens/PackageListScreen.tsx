// The package list: status filter, debounced search, sort, and a virtualized table that loads as it scrolls.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PackageStatusFilter } from '../../../shared/contract';
import { Spinner } from '../components/Spinner';
import { STATUS_FILTER_OPTIONS, isStatusFilter, statusFilterLabel } from '../text/format';
import { columnLabel } from '../list/columns';
import { requestedSort, settleCarriedSort, viewKey, withQuery, withSort } from '../list/list-filter';
import type { PackageListFilter } from '../list/list-filter';
import { PackageTable } from '../list/PackageTable';
import type { PackageTableHandle } from '../list/PackageTable';
import { nextSort } from '../list/sort';
import type { SortKey } from '../list/sort';
import { SortProgress } from '../list/SortProgress';
import { usePackageList } from '../list/use-package-list';
import { rangeText } from '../list/visible-range';
import { emptyListHint } from '../list/empty-list-hint';
import '../list/list.css';

/** The list's view (status, search, sort), kept by the signed-in shell. */
export type { PackageListFilter } from '../list/list-filter';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Props of the package list. */
export interface PackageListScreenProps {
  filter: PackageListFilter;
  onFilterChange: (filter: PackageListFilter) => void;
  onOpen: (packageId: number) => void;
  /** The package the user came back from, whose button gets focus again. */
  returnFocusTo: number | null;
}

/** Lists the user's packages, loading more as the user scrolls. */
export function PackageListScreen({ filter, onFilterChange, onOpen, returnFocusTo }: PackageListScreenProps) {
  const [searchText, setSearchText] = useState(filter.search);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tableRef = useRef<PackageTableHandle>(null);
  const focusPlaced = useRef(false);
  const list = usePackageList(filter);
  const { query, rows, total, sort, settled, complete } = list;

  useEffect(() => {
    const term = searchText.trim();
    if (term === filter.search) return;
    const timer = setTimeout(() => onFilterChange(withQuery(filter, filter.status, term)), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, onFilterChange]);

  // After a filter change, the earlier sort stays only if the new results came complete.
  useEffect(() => {
    if (filter.carriedSort !== undefined && settled) onFilterChange(settleCarriedSort(filter, complete));
  }, [filter, settled, complete, onFilterChange]);

  // On arrival, focus goes back to the package the user left, or else to the heading.
  useEffect(() => {
    if (focusPlaced.current) return;
    if (returnFocusTo !== null && !settled && !query.isError) return;
    if (returnFocusTo === null || tableRef.current?.focusPackage(returnFocusTo) !== true) headingRef.current?.focus();
    focusPlaced.current = true;
  }, [returnFocusTo, settled, query.isError]);

  // Rows are memoized, so the open handler must keep its identity across renders.
  const onOpenRef = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });
  const open = useCallback((packageId: number) => onOpenRef.current(packageId), []);

  const onSort = useCallback((key: SortKey) => onFilterChange(withSort(filter, nextSort(sort, key))), [filter, sort, onFilterChange]);
  const changeStatus = (status: PackageStatusFilter): void => onFilterChange(withQuery(filter, status, searchText.trim()));

  const { data } = query;
  const failedWithData = data !== undefined && query.isError;
  const footer = (
    <>
      <p role="status" className="fetching">
        {query.isFetchingNextPage && (
          <>
            <Spinner />
            Loading more packages…
          </>
        )}
      </p>
      {failedWithData && !list.loadingEverything && (
        <p className="list-error">
          {query.isFetchNextPageError ? 'More packages could not be loaded.' : 'The list could not be refreshed.'}
          <button type="button" className="button button--secondary button--small" onClick={list.retry}>
            Try again
          </button>
        </p>
      )}
    </>
  );

  return (
    <section className="package-list" aria-labelledby="packages-heading">
      <h1 id="packages-heading" ref={headingRef} tabIndex={-1}>
        Packages
      </h1>
      <div className="toolbar">
        <div className="field field--inline">
          <label className="field-label" htmlFor="package-status">
            Status
          </label>
          <select
            id="package-status"
            className="input select"
            value={filter.status}
            onChange={(event) => {
              if (isStatusFilter(event.target.value)) changeStatus(event.target.value);
            }}
          >
            {STATUS_FILTER_OPTIONS.map((status) => (
              <option key={status} value={status}>
                {statusFilterLabel(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline field--grow">
          <label className="visually-hidden" htmlFor="package-search">
            Search packages
          </label>
          <input
            id="package-search"
            className="input search"
            type="search"
            placeholder="Search by name"
            autoComplete="off"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        {query.isFetching && !query.isFetchingNextPage && data !== undefined && (
          <p role="status" className="fetching">
            <Spinner />
            Loading packages…
          </p>
        )}
      </div>

      {list.loadingEverything && (
        <SortProgress
          columnLabel={columnLabel(requestedSort(filter).key)}
          loaded={rows.length}
          total={total}
          failed={query.isError}
          onRetry={list.retry}
          onCancel={() => onFilterChange({ status: filter.status, search: filter.search })}
        />
      )}

      {query.isPending ? (
        <p role="status" className="state state--loading">
          <Spinner />
          Loading packages…
        </p>
      ) : data === undefined ? (
        <div className="state state--error">
          <p className="state-title">Packages could not be loaded</p>
          <p>The details are in the message that was shown.</p>
          <button type="button" className="button button--secondary" onClick={list.retry}>
            Try again
          </button>
        </div>
      ) : rows.length === 0 ? (
        <>
          <div className="state state--empty">
            <p className="state-title">No packages</p>
            <p>{emptyListHint(filter.status, filter.search)}</p>
          </div>
          <div className="list-footer">
            <p className="pager-range">{rangeText(null, total)}</p>
            {footer}
          </div>
        </>
      ) : (
        <PackageTable
          ref={tableRef}
          rows={rows}
          total={total}
          viewKey={viewKey(filter, sort)}
          sort={sort}
          onSort={onSort}
          onOpen={open}
          hasMore={settled && query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onNearEnd={list.loadMore}
          busy={query.isPlaceholderData}
          footer={footer}
        />
      )}
    </section>
  );
}
