import { describe, expect, it } from 'vitest';
import { isNearEnd, rangeText, rowsPerPage, visibleRows } from '../../renderer/src/list/visible-range';

describe('visibleRows', () => {
  it('shows the rows that fit at the top', () => {
    expect(visibleRows({ offset: 0, height: 560, rowHeight: 56, count: 10_000 })).toEqual({ first: 0, last: 9 });
  });

  it('counts partly visible rows at both edges', () => {
    expect(visibleRows({ offset: 28, height: 560, rowHeight: 56, count: 10_000 })).toEqual({ first: 0, last: 10 });
  });

  it('stops at the last loaded row', () => {
    expect(visibleRows({ offset: 0, height: 560, rowHeight: 56, count: 3 })).toEqual({ first: 0, last: 2 });
    expect(visibleRows({ offset: 56 * 45, height: 560, rowHeight: 56, count: 50 })).toEqual({ first: 45, last: 49 });
  });

  it('has no rows when nothing is loaded', () => {
    expect(visibleRows({ offset: 0, height: 560, rowHeight: 56, count: 0 })).toBeNull();
  });

  it('copes with overscroll and an unmeasured viewport', () => {
    expect(visibleRows({ offset: -40, height: 0, rowHeight: 56, count: 5 })).toEqual({ first: 0, last: 0 });
  });
});

describe('rangeText', () => {
  it('reads first–last of total in plain digits', () => {
    expect(rangeText({ first: 0, last: 13 }, 10_000)).toBe('1–14 of 10000');
    expect(rangeText({ first: 9985, last: 9999 }, 10_000)).toBe('9986–10000 of 10000');
  });

  it('reads 0 of 0 when empty', () => {
    expect(rangeText(null, 0)).toBe('0 of 0');
  });
});

describe('paging and loading ahead', () => {
  it('pages by the rows that fit, at least one', () => {
    expect(rowsPerPage(560, 56)).toBe(10);
    expect(rowsPerPage(590, 56)).toBe(10);
    expect(rowsPerPage(20, 56)).toBe(1);
  });

  it('is near the end within the threshold of the last loaded row', () => {
    expect(isNearEnd(38, 50, 10)).toBe(false);
    expect(isNearEnd(39, 50, 10)).toBe(true);
    expect(isNearEnd(49, 50, 10)).toBe(true);
    expect(isNearEnd(0, 0, 10)).toBe(true);
  });
});
