// Fixed sizes the virtualized list is built on.

/** Height of every row, in px; list.css sets the same height, so no row is ever measured. */
export const ROW_HEIGHT = 56;

/** The next page loads once the rows in view come this close to the last loaded one. */
export const LOAD_AHEAD_ROWS = 10;

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
export const OVERSCAN_ROWS = 6;
