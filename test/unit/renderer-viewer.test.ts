import { describe, expect, it } from 'vitest';
import type { FieldBox } from '../../shared/contract';
import { MAX_FIT_WIDTH, MIN_PAGE_WIDTH, pageCssWidth, zoomFromKey, zoomInStep, zoomOutStep, zoomPercent, ZOOM_STEPS } from '../../renderer/src/document/zoom';
import { listSections } from '../../renderer/src/document/reading-order';
import { nextFrom, workCount, workCountLabel } from '../../renderer/src/document/guided';
import { nextField } from '../../renderer/src/document/next-field';
import type { PlacedField } from '../../renderer/src/document/next-field';
import { markValue } from '../../renderer/src/document/mark-value';
import { makeField } from './renderer-field-fixture';

const box = (x: number, y: number): FieldBox => ({ x, y, width: 10, height: 10, pageWidth: 800, pageHeight: 1100 });
const press = (key: string, ctrlKey = true) => ({ key, ctrlKey, metaKey: false, altKey: false });

describe('zoom steps', () => {
  it('steps through 50 to 200 and stops at the ends', () => {
    expect(ZOOM_STEPS[0]).toBe(50);
    expect(ZOOM_STEPS[ZOOM_STEPS.length - 1]).toBe(200);
    expect(zoomInStep(100)).toBe(125);
    expect(zoomInStep(88)).toBe(100);
    expect(zoomInStep(200)).toBe(200);
    expect(zoomOutStep(100)).toBe(75);
    expect(zoomOutStep(88)).toBe(75);
    expect(zoomOutStep(50)).toBe(50);
  });

  it('gives page widths for fits and percentages, capped and floored', () => {
    const frame = { width: 900, height: 600 };
    expect(pageCssWidth({ mode: 'percent', percent: 150 }, frame, 800, 1.4)).toBe(1200);
    expect(pageCssWidth({ mode: 'fit-width' }, frame, 800, 1.4)).toBe(900);
    expect(pageCssWidth({ mode: 'fit-width' }, { width: 3000, height: 600 }, 800, 1.4)).toBe(MAX_FIT_WIDTH);
    expect(pageCssWidth({ mode: 'fit-page' }, frame, 800, 1.5)).toBe(400);
    expect(pageCssWidth({ mode: 'fit-page' }, { width: 300, height: 5000 }, 800, 1.5)).toBe(300);
    expect(pageCssWidth({ mode: 'percent', percent: 5 }, frame, 800, 1.4)).toBe(MIN_PAGE_WIDTH);
    expect(zoomPercent(1000, 800)).toBe(125);
  });

  it('reads Ctrl (or Cmd) with =, +, - and 0, and nothing else', () => {
    expect(zoomFromKey(press('='), 100)).toEqual({ mode: 'percent', percent: 125 });
    expect(zoomFromKey(press('+'), 100)).toEqual({ mode: 'percent', percent: 125 });
    expect(zoomFromKey(press('-'), 100)).toEqual({ mode: 'percent', percent: 75 });
    expect(zoomFromKey(press('0'), 100)).toEqual({ mode: 'fit-width' });
    expect(zoomFromKey({ key: '=', ctrlKey: false, metaKey: true, altKey: false }, 100)).toEqual({ mode: 'percent', percent: 125 });
    expect(zoomFromKey(press('=', false), 100)).toBeNull();
    expect(zoomFromKey(press('a'), 100)).toBeNull();
  });
});

describe('list reading order', () => {
  it('puts my open required fields first, then the rest, each by page, top and left; shown-only kinds apart', () => {
    const mine = new Set([1]);
    const { blocking, other, info } = listSections(
      [
        makeField('p2-sign', 'digital_signature', { page: 2, box: box(0, 0) }),
        makeField('theirs', 'digital_signature', { order: 2, page: 1, box: box(0, 0) }),
        makeField('right', 'initials', { page: 1, box: box(400, 100) }),
        makeField('left', 'text', { page: 1, box: box(80, 100), required: true }),
        makeField('optional', 'text', { page: 1, box: box(0, 50) }),
        makeField('done', 'digital_signature', { page: 1, box: box(0, 10), processed: true }),
        makeField('qr', 'qrcode', { page: 1, box: box(0, 0) }),
      ],
      mine,
    );
    expect(blocking.map((f) => f.name)).toEqual(['left', 'right', 'p2-sign']);
    expect(other.map((f) => f.name)).toEqual(['theirs', 'done', 'optional']);
    expect(info.map((f) => f.name)).toEqual(['qr']);
  });
});

describe('guided signing', () => {
  const placed = (documentId: number, documentOrder: number, name: string, page: number, processed = false): PlacedField => ({
    documentId,
    documentOrder,
    field: makeField(name, 'digital_signature', { page, box: box(0, 0), processed }),
  });
  const fields = [placed(1, 1, 'a', 1), placed(1, 1, 'b', 2, true), placed(2, 2, 'c', 1), placed(2, 2, 'd', 2)];
  const open = (p: PlacedField) => !p.field.processed;

  it('starts on the shown document, goes on from a field, crosses documents and wraps', () => {
    expect(nextField(fields, null, open, 1)?.field.name).toBe('a');
    expect(nextField(fields, null, open, 2)?.field.name).toBe('c');
    expect(nextField(fields, '1:a', open, 1)?.field.name).toBe('c');
    expect(nextField(fields, '2:d', open, 2)?.field.name).toBe('a');
    expect(nextField(fields, null, () => false, 1)).toBeNull();
  });

  it('goes on from the focused field, else the current one unless another document is shown', () => {
    expect(nextFrom('2:c', '1:a', 1)).toBe('2:c');
    expect(nextFrom(null, '1:a', 1)).toBe('1:a');
    expect(nextFrom(null, '1:a', 2)).toBeNull();
    expect(nextFrom(null, null, 1)).toBeNull();
  });

  it('counts what is left of my required fields', () => {
    const count = workCount(fields, new Set([1]), open);
    expect(count).toEqual({ left: 3, total: 4 });
    expect(workCountLabel(count)).toBe('3 of 4 left');
    expect(workCountLabel({ left: 0, total: 4 })).toBe('All done');
  });

  it('says what a form field mark holds', () => {
    expect(markValue({ kind: 'checkbox' }, true)).toEqual({ shown: '✓', spoken: 'ticked' });
    expect(markValue({ kind: 'checkbox' }, false)).toEqual({ shown: '', spoken: 'not ticked' });
    expect(markValue({ kind: 'radio' }, 'Monthly')).toEqual({ shown: '● Monthly', spoken: 'Monthly chosen' });
    expect(markValue({ kind: 'radio' }, '')).toEqual({ shown: '', spoken: 'nothing chosen' });
    expect(markValue({ kind: 'text' }, ' Alice ')).toEqual({ shown: 'Alice', spoken: 'Alice' });
  });
});
