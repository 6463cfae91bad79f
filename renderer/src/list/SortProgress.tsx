// The bar shown while every package loads for a client-side sort, with Cancel and, after a failure, Try again.
import { Spinner } from '../components/Spinner';

/** Props of the sort progress bar. */
export interface SortProgressProps {
  /** The column being sorted by, e.g. "Name". */
  columnLabel: string;
  loaded: number;
  total: number;
  /** True when the last page failed; its dialog has been shown. */
  failed: boolean;
  onRetry: () => void;
  /** Stops loading and goes back to the server's order. */
  onCancel: () => void;
}

/** A labelled progressbar of packages loaded so far out of the total. */
export function SortProgress({ columnLabel, loaded, total, failed, onRetry, onCancel }: SortProgressProps) {
  const shown = Math.min(loaded, total);
  const percent = total > 0 ? Math.round((shown / total) * 100) : 0;
  return (
    <div className="sort-progress">
      <p className="sort-progress-text">
        {!failed && <Spinner />}
        {failed ? `Loading stopped at ${shown} of ${total} packages.` : `Loading all packages to sort by ${columnLabel.toLowerCase()}: ${shown} of ${total}`}
      </p>
      <div
        role="progressbar"
        aria-label="Loading all packages to sort"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={shown}
        aria-valuetext={`${shown} of ${total}`}
        className="progress"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      {failed && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try again
        </button>
      )}
      <button type="button" className="button button--ghost button--small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
