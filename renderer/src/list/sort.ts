// Client-side sorting of the package list: which column, which way, and the stable sort itself. Pure.
import type { PackageSummary } from '../../../shared/contract';
import { statusLabel } from '../text/format';

/** The columns a user can sort by. */
export type SortKey = 'name' | 'owner' | 'status' | 'modified';

/** Which way a column is sorted, in ARIA's words. */
export type SortDirection = 'ascending' | 'descending';

/** A sort the user chose. */
export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

/** SigningHub's only order: modified date, newest first. Needs no client-side work. */
export const DEFAULT_SORT: ListSort = { key: 'modified', direction: 'descending' };

/** True for the server's own order, which loads page by page; any other sort needs every package. */
export function isDefaultSort(sort: ListSort): boolean {
  return sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction;
}

/** True when two sorts are the same. */
export function sameSort(a: ListSort, b: ListSort): boolean {
  return a.key === b.key && a.direction === b.direction;
}

/** The sort after a click on a column header: the same column flips, another starts at its natural way. */
export function nextSort(current: ListSort, key: SortKey): ListSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Dates read newest first; text reads A to Z.
  return { key, direction: key === 'modified' ? 'descending' : 'ascending' };
}

/** The `aria-sort` value of a column header under a sort. */
export function ariaSortFor(sort: ListSort, key: SortKey): SortDirection | 'none' {
  return sort.key === key ? sort.direction : 'none';
}

/** The collator the list sorts with: the user's locale, numbers by value ("Pack 2" before "Pack 10"), case and accents ignored. */
export function listCollator(locale?: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
}

/** The value a package sorts by in a column: the text the column shows, or a timestamp for dates. */
export function sortValue(pkg: PackageSummary, key: SortKey): string | number {
  switch (key) {
    case 'name':
      return pkg.name;
    case 'owner':
      return pkg.ownerName === '' ? pkg.ownerEmail : pkg.ownerName;
    case 'status':
      return statusLabel(pkg.status);
    case 'modified': {
      // A missing or unreadable date sorts as the oldest.
      const time = pkg.modifiedOn === null ? Number.NaN : Date.parse(pkg.modifiedOn);
      return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
    }
  }
}

/** Compares two sort values: numbers by value, text with the collator. */
function compareValues(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return collator.compare(String(a), String(b));
}

/** A sorted copy of the packages; ties keep their server order in either direction (a stable sort). */
export function sortPackages(rows: readonly PackageSummary[], sort: ListSort, collator: Intl.Collator = listCollator()): PackageSummary[] {
  const keyed = rows.map((pkg, index) => ({ pkg, index, value: sortValue(pkg, sort.key) }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => sign * compareValues(a.value, b.value, collator) || a.index - b.index);
  return keyed.map((entry) => entry.pkg);
}
