// Draws a typed signature onto a canvas and returns it as a PNG, laid out by typed-signature.ts.
import { SIGNATURE_FONT_FAMILY, layoutTypedSignature } from './typed-signature';

/** Canvas size of a typed signature image, in pixels (wide enough to stay sharp when stamped). */
export const TYPED_IMAGE_SIZE = { width: 600, height: 180 } as const;

/** Renders `text` in a handwriting font as a PNG data URL with a transparent background; null for blank text. */
export function renderTypedSignature(text: string, size: { width: number; height: number } = TYPED_IMAGE_SIZE): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  const line = text.trim();
  const fontAt = (fontSize: number): string => `${fontSize}px ${SIGNATURE_FONT_FAMILY}`;
  const layout = layoutTypedSignature(line, size.width, size.height, (fontSize) => {
    context.font = fontAt(fontSize);
    return context.measureText(line).width;
  });
  if (layout === null) return null;
  context.font = fontAt(layout.fontSize);
  context.fillStyle = '#111827';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(line, layout.x, layout.y);
  return canvas.toDataURL('image/png');
}
