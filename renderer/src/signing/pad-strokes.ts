// Pure changes to a signature pad's strokes: its ink colour and its scale. Kept apart from the canvas so they are testable.
import type { PointGroup } from 'signature_pad';

/** The same strokes drawn in another ink. */
export function recolourStrokes(strokes: readonly PointGroup[], penColor: string): PointGroup[] {
  return strokes.map((stroke) => ({ ...stroke, penColor }));
}

/** The same strokes scaled by `factor` from the top-left corner, so a drawing grows and shrinks with its pad. */
export function scaleStrokes(strokes: readonly PointGroup[], factor: number): PointGroup[] {
  if (!Number.isFinite(factor) || factor <= 0 || factor === 1) return strokes.map((stroke) => ({ ...stroke }));
  return strokes.map((stroke) => ({ ...stroke, points: stroke.points.map((point) => ({ ...point, x: point.x * factor, y: point.y * factor })) }));
}
