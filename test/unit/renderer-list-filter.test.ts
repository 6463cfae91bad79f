import { describe, expect, it } from 'vitest';
import { appliedSort, needsEveryPackage, requestedSort, settleCarriedSort, viewKey, withQuery, withSort } from '../../renderer/src/list/list-filter';
import type { PackageListFilter } from '../../renderer/src/list/list-filter';
import { DEFAULT_SORT } from '../../renderer/src/list/sort';

const byName = { key: 'name', direction: 'ascending' } as const;
const base: PackageListFilter = { status: 'PENDING', search: '' };

describe('the requested and applied sort', () => {
  it('is the server order by default and needs no loading', () => {
    expect(requestedSort(base)).toEqual(DEFAULT_SORT);
    expect(needsEveryPackage(base)).toBe(false);
    expect(appliedSort(base, false)).toEqual(DEFAULT_SORT);
  });

  it('applies another sort only once every package is loaded', () => {
    const sorted = withSort(base, byName);
    expect(needsEveryPackage(sorted)).toBe(true);
    expect(appliedSort(sorted, false)).toEqual(DEFAULT_SORT);
    expect(appliedSort(sorted, true)).toEqual(byName);
  });

  it('stores the server order as no sort', () => {
    expect(withSort({ ...base, sort: byName }, DEFAULT_SORT)).toEqual(base);
  });
});

describe('filter changes', () => {
  it('go back to the server order, carrying the sort until the new results are in', () => {
    const next = withQuery({ ...base, sort: byName }, 'ALL', 'lease');
    expect(next).toEqual({ status: 'ALL', search: 'lease', carriedSort: byName });
    expect(needsEveryPackage(next)).toBe(false);
    expect(appliedSort(next, false)).toEqual(DEFAULT_SORT);
    expect(appliedSort(next, true)).toEqual(byName);
  });

  it('keep the sort when the new results are complete anyway', () => {
    const next = withQuery({ ...base, sort: byName }, 'ALL', 'lease');
    expect(settleCarriedSort(next, true)).toEqual({ status: 'ALL', search: 'lease', sort: byName });
  });

  it('drop the sort when the new results need more pages', () => {
    const next = withQuery({ ...base, sort: byName }, 'ALL', 'lease');
    expect(settleCarriedSort(next, false)).toEqual({ status: 'ALL', search: 'lease' });
  });

  it('carry nothing from the server order', () => {
    expect(withQuery(base, 'SIGNED', '')).toEqual({ status: 'SIGNED', search: '' });
  });

  it('carry a still-carried sort through a second quick change', () => {
    const twice = withQuery(withQuery({ ...base, sort: byName }, 'ALL', 'l'), 'ALL', 'le');
    expect(twice.carriedSort).toEqual(byName);
  });
});

describe('viewKey', () => {
  it('changes with the filter, search and sort', () => {
    const key = viewKey(base, DEFAULT_SORT);
    expect(viewKey(base, DEFAULT_SORT)).toBe(key);
    expect(viewKey({ ...base, status: 'ALL' }, DEFAULT_SORT)).not.toBe(key);
    expect(viewKey({ ...base, search: 'x' }, DEFAULT_SORT)).not.toBe(key);
    expect(viewKey(base, byName)).not.toBe(key);
  });
});
