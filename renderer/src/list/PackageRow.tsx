// One row of the virtualized package list, memoized so scrolling re-renders only rows that change.
import { memo } from 'react';
import type { PackageSummary } from '../../../shared/contract';
import { DateText } from '../components/DateText';
import { Spinner } from '../components/Spinner';
import { StatusBadge } from '../components/StatusBadge';
import { ROW_HEIGHT } from './row-metrics';

/** Props of a package row. */
export interface PackageRowProps {
  pkg: PackageSummary;
  /** 0-based position in the list; the row sits at index × ROW_HEIGHT. */
  index: number;
  /** True for the one row whose button is the list's Tab stop. */
  tabbable: boolean;
  onOpen: (packageId: number) => void;
}

/** A package as a row of four cells; the Name button's text is exactly the package name. */
export const PackageRow = memo(function PackageRow({ pkg, index, tabbable, onOpen }: PackageRowProps) {
  const owner = pkg.ownerName === '' ? pkg.ownerEmail : pkg.ownerName;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={pkg.unread ? 'list-row list-row--body is-unread' : 'list-row list-row--body'}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
    >
      <div role="cell" className="list-cell list-cell--name">
        {pkg.unread && <span className="unread-dot" aria-hidden="true" />}
        <button
          type="button"
          className="link-button list-open"
          tabIndex={tabbable ? 0 : -1}
          data-package-id={pkg.id}
          data-row-index={index}
          title={pkg.name}
          onClick={() => onOpen(pkg.id)}
        >
          {pkg.name}
        </button>
        {/* Outside the button, so the button's name stays exactly the package name. */}
        {pkg.unread && <span className="visually-hidden"> Unread</span>}
      </div>
      <div role="cell" className="list-cell list-cell--owner">
        {/* A very long name or address is cut; the title shows it whole on hover. */}
        <span className="owner-name" title={owner}>
          {owner}
        </span>
        {pkg.ownerName !== '' && pkg.ownerEmail !== '' && (
          <span className="owner-email" title={pkg.ownerEmail}>
            {pkg.ownerEmail}
          </span>
        )}
      </div>
      <div role="cell" className="list-cell">
        <StatusBadge status={pkg.status} />
      </div>
      <div role="cell" className="list-cell list-cell--date">
        <DateText iso={pkg.modifiedOn} />
      </div>
    </div>
  );
});

/** The row after the last loaded one while more pages exist; the footer's status says the same to assistive tech. */
export const LoaderRow = memo(function LoaderRow({ index, loading }: { index: number; loading: boolean }) {
  return (
    <div aria-hidden="true" className="list-row list-row--loader" style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}>
      {loading && (
        <>
          <Spinner />
          Loading more packages…
        </>
      )}
    </div>
  );
});
