// Zoom of the document viewer: the fixed percentage steps, the two fit modes, and the page width each gives.

/** The percentages Zoom in and Zoom out step through. */
export const ZOOM_STEPS: readonly number[] = [50, 75, 100, 125, 150, 175, 200];

/** How wide the pages are drawn: as wide as the column, a whole page in view, or a percentage of the page's own size. */
export type Zoom = { mode: 'fit-width' } | { mode: 'fit-page' } | { mode: 'percent'; percent: number };

/** The widest a fitted page is drawn, in CSS pixels: wider pages only make lines too long to read. */
export const MAX_FIT_WIDTH = 1280;
/** The narrowest a page is drawn, so a tiny window still shows something legible. */
export const MIN_PAGE_WIDTH = 160;
/** A page's own width in CSS pixels when the document reports none (A4 at 96 dpi). */
export const FALLBACK_PAGE_WIDTH = 794;

/** The room the pages have: the column's width and the viewport height left under the sticky toolbar. */
export interface ViewerFrame {
  width: number;
  height: number;
}

/** The next step above `percent`, or the largest step. */
export function zoomInStep(percent: number): number {
  return ZOOM_STEPS.find((step) => step > percent + 0.5) ?? (ZOOM_STEPS[ZOOM_STEPS.length - 1] as number);
}

/** The next step below `percent`, or the smallest step. */
export function zoomOutStep(percent: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < percent - 0.5) ?? (ZOOM_STEPS[0] as number);
}

/** The page width in CSS pixels for a zoom; `naturalWidth` is the page's own width, `ratio` its height over width. */
export function pageCssWidth(zoom: Zoom, frame: ViewerFrame, naturalWidth: number, ratio: number): number {
  const natural = naturalWidth > 0 ? naturalWidth : FALLBACK_PAGE_WIDTH;
  const fitWidth = Math.min(MAX_FIT_WIDTH, frame.width);
  let width: number;
  if (zoom.mode === 'percent') width = (natural * zoom.percent) / 100;
  else if (zoom.mode === 'fit-width') width = fitWidth;
  else width = Math.min(fitWidth, ratio > 0 ? frame.height / ratio : fitWidth);
  return Math.max(MIN_PAGE_WIDTH, Math.floor(width));
}

/** The percentage a page drawn `cssWidth` wide stands at, rounded, for the zoom label. */
export function zoomPercent(cssWidth: number, naturalWidth: number): number {
  const natural = naturalWidth > 0 ? naturalWidth : FALLBACK_PAGE_WIDTH;
  return Math.round((cssWidth / natural) * 100);
}

/** The zoom a key press asks for (Ctrl or Cmd with =, + , - or 0), or null when the press is no zoom key. */
export function zoomFromKey(press: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, percent: number): Zoom | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  if (press.key === '=' || press.key === '+') return { mode: 'percent', percent: zoomInStep(percent) };
  if (press.key === '-' || press.key === '_') return { mode: 'percent', percent: zoomOutStep(percent) };
  if (press.key === '0') return { mode: 'fit-width' };
  return null;
}
