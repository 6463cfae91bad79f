// Geometry of the page view: field boxes scaled onto the displayed page, and the pixel size to ask images at.
import type { FieldBox } from '../../../shared/contract';

/** A rectangle in the displayed page's units. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Scales a box from its page's pixel space to a page shown at width × height; null without usable page dimensions. */
export function scaleBox(box: FieldBox, width: number, height: number): Rect | null {
  if (!(box.pageWidth > 0 && box.pageHeight > 0)) return null;
  const sx = width / box.pageWidth;
  const sy = height / box.pageHeight;
  return { left: box.x * sx, top: box.y * sy, width: box.width * sx, height: box.height * sy };
}

/** The box as percentages of its page, so it stays in place at any displayed size. */
export function percentRect(box: FieldBox): Rect | null {
  return scaleBox(box, 100, 100);
}

/** Image widths are rounded up to this step, so small resizes reuse the cached image. */
export const IMAGE_WIDTH_STEP = 100;
/** The widest image asked for (the sandbox, like SigningHub, caps sizes). */
export const MAX_IMAGE_WIDTH = 2400;
// A4 portrait, for documents that report no size.
const FALLBACK_RATIO = 1123 / 794;

/** The page height as a fraction of its width. */
export function pageRatio(documentWidth: number, documentHeight: number): number {
  return documentWidth > 0 && documentHeight > 0 ? documentHeight / documentWidth : FALLBACK_RATIO;
}

/** The image size for a page shown `cssWidth` CSS pixels wide on a `dpr` screen; null before the width is known. */
export function pageImageSize(cssWidth: number, dpr: number, documentWidth: number, documentHeight: number): { width: number; height: number } | null {
  if (!(cssWidth > 0)) return null;
  const device = cssWidth * (dpr > 0 ? dpr : 1);
  const width = Math.min(MAX_IMAGE_WIDTH, Math.max(IMAGE_WIDTH_STEP, Math.ceil(device / IMAGE_WIDTH_STEP) * IMAGE_WIDTH_STEP));
  return { width, height: Math.round(width * pageRatio(documentWidth, documentHeight)) };
}
