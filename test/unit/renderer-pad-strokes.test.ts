import { describe, expect, it } from 'vitest';
import type { PointGroup } from 'signature_pad';
import { recolourStrokes, scaleStrokes } from '../../renderer/src/signing/pad-strokes.js';

const stroke = (penColor: string, points: [number, number][]): PointGroup => ({
  penColor,
  dotSize: 0,
  minWidth: 0.8,
  maxWidth: 2.8,
  velocityFilterWeight: 0.7,
  compositeOperation: 'source-over',
  points: points.map(([x, y], time) => ({ x, y, pressure: 0.5, time })),
});

describe('signature pad strokes', () => {
  it('recolours every stroke and leaves the input as it was', () => {
    const strokes = [stroke('#111827', [[1, 2]]), stroke('#111827', [[3, 4]])];
    const recoloured = recolourStrokes(strokes, 'rgb(255, 255, 255)');
    expect(recoloured.map((s) => s.penColor)).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
    expect(recoloured[0]?.points).toEqual(strokes[0]?.points);
    expect(strokes[0]?.penColor).toBe('#111827');
  });

  it('scales points from the top-left corner, keeping pressure and time', () => {
    const [scaled] = scaleStrokes(
      [
        stroke('#111827', [
          [10, 20],
          [30, 5],
        ]),
      ],
      1.5,
    );
    expect(scaled?.points).toEqual([
      { x: 15, y: 30, pressure: 0.5, time: 0 },
      { x: 45, y: 7.5, pressure: 0.5, time: 1 },
    ]);
  });

  it('leaves points alone for a factor of 1 or one that is not a size', () => {
    const strokes = [stroke('#111827', [[10, 20]])];
    for (const factor of [1, 0, -2, Number.NaN, Number.POSITIVE_INFINITY]) expect(scaleStrokes(strokes, factor)).toEqual(strokes);
  });
});
