// The package list's columns, in order, with the header each shows.
import type { SortKey } from './sort';

/** One column of the package list. */
export interface ListColumn {
  key: SortKey;
  label: string;
}

/** Name, Owner, Status, Modified: the same order in the header and in every row. */
export const LIST_COLUMNS: readonly ListColumn[] = [
  { key: 'name', label: 'Name' },
  { key: 'owner', label: 'Owner' },
  { key: 'status', label: 'Status' },
  { key: 'modified', label: 'Modified' },
];

/** The header label of a sortable column, e.g. "Name". */
export function columnLabel(key: SortKey): string {
  return LIST_COLUMNS.find((column) => column.key === key)?.label ?? key;
}
