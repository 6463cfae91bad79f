// The package list: status filter, debounced search, a page of packages as a table, and paging.
import { useEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PackageStatusFilter, PackageSummary } from '../../../main/ipc/contract';
import { packagesQuery } from '../api/queries';
import { DateText } from '../components/DateText';
import { Spinner } from '../components/Spinner';
import { StatusBadge } from '../components/StatusBadge';
import { STATUS_FILTER_OPTIONS, isStatusFilter, statusFilterLabel } from '../format';
import { PAGE_SIZE, emptyListHint, hasNextPage, hasPreviousPage, pageRangeText } from '../paging';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

/** What the list shows; a new status or search starts again at page 1. */
export interface PackageListFilter {
  status: PackageStatusFilter;
  /** Trimmed; empty means no search. */
  search: string;
  /** 1-based. */
  page: number;
}

/** Props of the package list. */
export interface PackageListScreenProps {
  filter: PackageListFilter;
  onFilterChange: (filter: PackageListFilter) => void;
  onOpen: (packageId: number) => void;
  /** The package the user came back from, whose button gets focus again. */
  returnFocusTo: number | null;
}

/** Lists the user's packages, one page at a time. */
export function PackageListScreen({ filter, onFilterChange, onOpen, returnFocusTo }: PackageListScreenProps) {
  const [searchText, setSearchText] = useState(filter.search);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusPlaced = useRef(false);
  const packages = useQuery(packagesQuery({ ...filter, pageSize: PAGE_SIZE }));
  const { data } = packages;

  useEffect(() => {
    const term = searchText.trim();
    if (term === filter.search) return;
    const timer = setTimeout(() => onFilterChange({ ...filter, search: term, page: 1 }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, onFilterChange]);

  // On arrival, focus goes back to the package the user left, or else to the heading.
  useEffect(() => {
    if (focusPlaced.current) return;
    const button = returnFocusTo === null ? null : tableRef.current?.querySelector(`[data-package-id="${returnFocusTo}"]`);
    if (button instanceof HTMLElement) button.focus();
    else if (returnFocusTo === null || data !== undefined) headingRef.current?.focus();
    else return;
    focusPlaced.current = true;
  }, [returnFocusTo, data]);

  const goToPage = (page: number): void => onFilterChange({ ...filter, page });

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
              if (isStatusFilter(event.target.value)) {
                onFilterChange({ status: event.target.value, search: searchText.trim(), page: 1 });
              }
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
        {packages.isFetching && data !== undefined && (
          <p role="status" className="fetching">
            <Spinner />
            Loading packages…
          </p>
        )}
      </div>

      {packages.isPending ? (
        <p role="status" className="state state--loading">
          <Spinner />
          Loading packages…
        </p>
      ) : packages.isError ? (
        <div className="state state--error">
          <p className="state-title">Packages could not be loaded</p>
          <p>The details are in the message that was shown.</p>
          <button type="button" className="button button--secondary" onClick={() => void packages.refetch()}>
            Try again
          </button>
        </div>
      ) : packages.data.items.length === 0 ? (
        <div className="state state--empty">
          <p className="state-title">No packages</p>
          <p>{emptyListHint(filter.status, filter.search)}</p>
        </div>
      ) : (
        <PackageTable ref={tableRef} items={packages.data.items} busy={packages.isPlaceholderData} onOpen={onOpen} />
      )}

      {data !== undefined && !packages.isError && (
        <nav className="pager" aria-label="Pages">
          <button type="button" className="button button--secondary button--small" disabled={!hasPreviousPage(filter)} onClick={() => goToPage(filter.page - 1)}>
            Previous
          </button>
          <p role="status" aria-live="polite" className="pager-range">
            {pageRangeText({ page: data.page, pageSize: data.pageSize, count: data.items.length, total: data.total })}
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!hasNextPage({ page: filter.page, pageSize: PAGE_SIZE, total: data.total })}
            onClick={() => goToPage(filter.page + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

/** Props of the package table. */
interface PackageTableProps {
  ref: Ref<HTMLTableElement>;
  items: PackageSummary[];
  /** True while these rows are the previous page, kept on screen as the next one loads. */
  busy: boolean;
  onOpen: (packageId: number) => void;
}

/** The packages as a semantic table; the Name button's text is exactly the package name. */
function PackageTable({ ref, items, busy, onOpen }: PackageTableProps) {
  return (
    <div className="table-wrap">
      <table ref={ref} className="table package-table" aria-labelledby="packages-heading" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col">Modified</th>
          </tr>
        </thead>
        <tbody>
          {items.map((pkg) => (
            <tr key={pkg.id} className={pkg.unread ? 'is-unread' : undefined}>
              <td className="package-name">
                {pkg.unread && <span className="unread-dot" aria-hidden="true" />}
                <button type="button" className="link-button" data-package-id={pkg.id} onClick={() => onOpen(pkg.id)}>
                  {pkg.name}
                </button>
                {/* Outside the button, so the button's name stays exactly the package name. */}
                {pkg.unread && <span className="visually-hidden"> Unread</span>}
              </td>
              <td>
                <span className="owner-name">{pkg.ownerName === '' ? pkg.ownerEmail : pkg.ownerName}</span>
                {pkg.ownerName !== '' && pkg.ownerEmail !== '' && <span className="owner-email">{pkg.ownerEmail}</span>}
              </td>
              <td>
                <StatusBadge status={pkg.status} />
              </td>
              <td>
                <DateText iso={pkg.modifiedOn} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
