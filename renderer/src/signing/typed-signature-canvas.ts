// Draws a typed signature onto a canvas and returns it as a PNG, laid out by typed-signature.ts, in the bundled
// handwriting face: the face is loaded first, so the image never falls back to another font.
import '@fontsource/dancing-script/400.css';
import { SIGNATURE_FONT_FAMILY, layoutTypedSignature } from './typed-signature';

/** Canvas size of a typed signature image, in pixels (wide enough to stay sharp when stamped). */
export const TYPED_IMAGE_SIZE = { width: 600, height: 180 } as const;

/**
 * Loads the handwriting face for `text` (a canvas draws with whatever is loaded, and an unused face is not).
 * True when a face of the family is ready; a packaged file, so this never goes to the network.
 */
export async function loadSignatureFont(text: string): Promise<boolean> {
  try {
    const faces = await document.fonts.load(`48px ${SIGNATURE_FONT_FAMILY}`, text);
    return faces.length > 0;
  } catch {
    return false;
  }
}

/** Renders `text` in the handwriting face as a PNG data URL with a transparent background; null for blank text. */
export async function renderTypedSignature(text: string, size: { width: number; height: number } = TYPED_IMAGE_SIZE): Promise<string | null> {
  const line = text.trim();
  if (line === '') return null;
  await loadSignatureFont(line);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) return null;
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
