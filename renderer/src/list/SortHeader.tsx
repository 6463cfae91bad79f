// A sortable column header: a button inside a columnheader that carries aria-sort.
import { memo } from 'react';
import { ariaSortFor } from './sort';
import type { ListSort, SortKey } from './sort';

/** Props of a column header. */
export interface SortHeaderProps {
  column: SortKey;
  label: string;
  /** The order the rows are in now. */
  sort: ListSort;
  onSort: (key: SortKey) => void;
}

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column header whose button sorts by that column; the arrow is decoration, aria-sort says it. */
export const SortHeader = memo(function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const state = ariaSortFor(sort, column);
  return (
    <div role="columnheader" aria-sort={state} className={`list-cell list-cell--head list-cell--${column}`}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className={state === 'none' ? 'sort-arrow sort-arrow--idle' : 'sort-arrow'}>
          {ARROWS[state]}
        </span>
      </button>
    </div>
  );
});
