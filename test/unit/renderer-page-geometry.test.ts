import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_WIDTH, pageImageSize, pageRatio, percentRect, scaleBox } from '../../renderer/src/document/page-geometry';

const box = { x: 80, y: 160, width: 220, height: 70, pageWidth: 794, pageHeight: 1123 };

describe('scaleBox', () => {
  it('scales from the page’s pixel space to the displayed size', () => {
    const rect = scaleBox(box, 397, 561.5);
    expect(rect).toEqual({ left: 40, top: 80, width: 110, height: 35 });
  });
  it('gives percentages for a 100 × 100 target', () => {
    const rect = percentRect({ x: 200, y: 550, width: 400, height: 110, pageWidth: 800, pageHeight: 1100 });
    expect(rect).toEqual({ left: 25, top: 50, width: 50, height: 10 });
  });
  it('is null without usable page dimensions', () => {
    expect(scaleBox({ ...box, pageWidth: 0 }, 100, 100)).toBeNull();
    expect(scaleBox({ ...box, pageHeight: -1 }, 100, 100)).toBeNull();
  });
});

describe('pageImageSize', () => {
  it('asks for the displayed width × DPR, rounded up to a 100 px step, height in proportion', () => {
    expect(pageImageSize(612, 1, 794, 1123)).toEqual({ width: 700, height: Math.round(700 * (1123 / 794)) });
    expect(pageImageSize(612, 2, 794, 1123)).toEqual({ width: 1300, height: Math.round(1300 * (1123 / 794)) });
  });
  it('caps the width and treats a missing DPR as 1', () => {
    expect(pageImageSize(2000, 3, 800, 1000)?.width).toBe(MAX_IMAGE_WIDTH);
    expect(pageImageSize(250, 0, 800, 1000)).toEqual({ width: 300, height: 375 });
  });
  it('waits for a width, and falls back to A4 for documents without a size', () => {
    expect(pageImageSize(0, 1, 794, 1123)).toBeNull();
    expect(pageRatio(0, 0)).toBeCloseTo(1123 / 794);
  });
});
