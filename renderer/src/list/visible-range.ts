// Which rows the viewport shows, and the "first–last of total" text about them. Pure.

/** The scroll state of a list of fixed-height rows. */
export interface Viewport {
  /** scrollTop of the scroll container, in px. */
  offset: number;
  /** Visible height of the scroll container, in px. */
  height: number;
  rowHeight: number;
  /** Rows that exist (loaded). */
  count: number;
}

/** The 0-based first and last rows at least partly in view, or null when none are. */
export function visibleRows({ offset, height, rowHeight, count }: Viewport): { first: number; last: number } | null {
  if (count <= 0 || rowHeight <= 0) return null;
  const top = Math.max(0, offset);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  // The last pixel row of the viewport, not the first pixel past it.
  const bottom = top + Math.max(height, 1) - 1;
  const last = Math.min(count - 1, Math.max(first, Math.floor(bottom / rowHeight)));
  return { first, last };
}

/** "1–14 of 10000" (1-based, plain digits, as tests parse it), or "0 of N" when no row is in view. */
export function rangeText(rows: { first: number; last: number } | null, total: number): string {
  if (rows === null) return `0 of ${total}`;
  return `${rows.first + 1}–${rows.last + 1} of ${total}`;
}

/** Rows a PageUp or PageDown moves by: the rows that fit in the viewport, at least one. */
export function rowsPerPage(height: number, rowHeight: number): number {
  return Math.max(1, Math.floor(height / rowHeight));
}

/** True when the rows in view come within `threshold` rows of the last loaded one. */
export function isNearEnd(lastInView: number, count: number, threshold: number): boolean {
  return count === 0 || lastInView >= count - 1 - threshold;
}
