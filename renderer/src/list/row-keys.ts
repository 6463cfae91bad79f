// Keyboard movement among the list's rows (one Tab stop, arrows and paging keys move focus). Pure.

/** What a move needs to know. */
export interface RowKeyContext {
  /** The row that has (or last had) focus, 0-based. */
  current: number;
  /** Loaded rows. */
  count: number;
  /** Rows a PageUp/PageDown moves by. */
  pageRows: number;
}

/** The keys the list handles; anything else is left to the browser. */
export const ROW_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

/** The row a key moves focus to, clamped to the loaded rows; null when the key is not the list's. */
export function targetRow(key: string, { current, count, pageRows }: RowKeyContext): number | null {
  if (count <= 0 || !ROW_KEYS.includes(key)) return null;
  const last = count - 1;
  const clamp = (row: number): number => Math.min(last, Math.max(0, row));
  switch (key) {
    case 'ArrowUp':
      return clamp(current - 1);
    case 'ArrowDown':
      return clamp(current + 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageUp':
      return clamp(current - pageRows);
    case 'PageDown':
      return clamp(current + pageRows);
    default:
      return null;
  }
}

/** Adds a row to a sorted list of rendered rows (the focused row stays in the DOM off-screen). */
export function withRow(indexes: readonly number[], row: number | null): number[] {
  if (row === null || row < 0 || indexes.includes(row)) return [...indexes];
  return [...indexes, row].sort((a, b) => a - b);
}
