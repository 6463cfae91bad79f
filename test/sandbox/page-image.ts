// Deterministic page images: a white page, a light border and grey "text lines", as a real PNG.
import { PNG } from 'pngjs';
import { randomFor } from './prng';

/** Smallest and largest image side the sandbox renders; requests are clamped into this range. */
export const IMAGE_SIDE = { min: 16, max: 2400 } as const;

/** Parses `WIDTHxHEIGHT` and clamps each side; null when malformed. */
export function parseImageSize(size: string): { width: number; height: number } | null {
  const match = /^(\d{1,6})x(\d{1,6})$/i.exec(size);
  if (!match) return null;
  const clamp = (n: number): number => Math.min(IMAGE_SIDE.max, Math.max(IMAGE_SIDE.min, n));
  return { width: clamp(Number(match[1])), height: clamp(Number(match[2])) };
}

type Rgb = readonly [number, number, number];

const BORDER: Rgb = [214, 214, 214];
const HEADING: Rgb = [150, 150, 150];
const TEXT: Rgb = [200, 200, 200];

/** Fills a rectangle (clipped to the image) with a colour, a row at a time. */
function fillRect(png: PNG, x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(png.width, Math.round(x + w));
  const y1 = Math.min(png.height, Math.round(y + h));
  if (x1 <= x0 || y1 <= y0) return;
  const pixel = Buffer.from([r, g, b, 255]);
  for (let row = y0; row < y1; row++) {
    const start = (row * png.width + x0) * 4;
    png.data.fill(pixel, start, start + (x1 - x0) * 4);
  }
}

/** Renders page `page` of document `documentId` at the given size. The same input gives the same bytes. */
export function renderPageImage(documentId: number, page: number, width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(255);
  const unit = Math.max(1, Math.round(width / 400));
  fillRect(png, 0, 0, width, unit, BORDER);
  fillRect(png, 0, height - unit, width, unit, BORDER);
  fillRect(png, 0, 0, unit, height, BORDER);
  fillRect(png, width - unit, 0, unit, height, BORDER);

  const rng = randomFor(`page-${documentId}-${page}`);
  const left = width * 0.1;
  const textWidth = width * 0.8;
  const lineHeight = Math.max(1, height * 0.007);
  const step = Math.max(lineHeight + 1, height * 0.021);
  let y = height * 0.08;
  if (page === 1) {
    fillRect(png, left, y, textWidth * 0.45, lineHeight * 2.4, HEADING);
    y += step * 2.5;
  }
  while (y < height * 0.88) {
    const lines = rng.int(2, 7);
    for (let i = 0; i < lines && y < height * 0.88; i++) {
      const last = i === lines - 1;
      fillRect(png, left, y, textWidth * (last ? 0.3 + rng.next() * 0.4 : 0.85 + rng.next() * 0.15), lineHeight, TEXT);
      y += step;
    }
    y += step;
  }
  // A short centred footer line, where a page number would be.
  fillRect(png, width / 2 - width * 0.03, height * 0.94, width * 0.06, lineHeight, TEXT);
  return PNG.sync.write(png, { deflateLevel: 6, filterType: 1 });
}

/** Recently rendered images, so page flips and zooms repeat cheaply. */
const cache = new Map<string, Buffer>();
const CACHE_SIZE = 48;

/** renderPageImage with a small least-recently-used cache. */
export function pageImage(documentId: number, page: number, width: number, height: number): Buffer {
  const key = `${documentId}:${page}:${width}x${height}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const image = renderPageImage(documentId, page, width, height);
  cache.set(key, image);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return image;
}
