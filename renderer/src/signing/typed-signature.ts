// Where a typed signature goes on its canvas: the largest font that fits, centred. Pure; the drawing is elsewhere.

/** The bundled handwriting face (Dancing Script, OFL) of typed signatures and initials, in the page and on canvas. */
export const SIGNATURE_FONT_NAME = 'Dancing Script';

/** The font family of typed signatures: the bundled face; cursive only for characters it lacks. */
export const SIGNATURE_FONT_FAMILY = `'${SIGNATURE_FONT_NAME}', cursive`;

/** Where and how big to draw the text (x, y is the centre, for textAlign center and textBaseline middle). */
export interface TypedLayout {
  fontSize: number;
  x: number;
  y: number;
}

/** Options for the layout. */
export interface TypedLayoutOptions {
  /** Space kept clear on each side, in canvas pixels. */
  padding: number;
  /** The smallest font size used; longer text is allowed to overflow rather than shrink further. */
  minFontSize: number;
}

/**
 * Lays out `text` on a width × height canvas. `widthAt` measures the text at a font size;
 * text width grows linearly with the size, so one measurement finds the size that fills the width.
 * Returns null for blank text.
 */
export function layoutTypedSignature(
  text: string,
  width: number,
  height: number,
  widthAt: (fontSize: number) => number,
  options: TypedLayoutOptions = { padding: 12, minFontSize: 10 },
): TypedLayout | null {
  if (text.trim() === '') return null;
  const maxSize = Math.max(options.minFontSize, (height - 2 * options.padding) * 0.75);
  const measured = widthAt(maxSize);
  const room = Math.max(1, width - 2 * options.padding);
  const fitted = measured > room ? (maxSize * room) / measured : maxSize;
  return { fontSize: Math.max(options.minFontSize, Math.floor(fitted)), x: width / 2, y: height / 2 };
}
