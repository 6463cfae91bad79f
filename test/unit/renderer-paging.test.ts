import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, emptyListHint, hasNextPage, hasPreviousPage, pageRangeText } from '../../renderer/src/paging';

describe('pageRangeText', () => {
  it('shows the first page of many', () => {
    expect(pageRangeText({ page: 1, pageSize: 20, count: 20, total: 57 })).toBe('1–20 of 57');
  });

  it('shows a short last page', () => {
    expect(pageRangeText({ page: 3, pageSize: 20, count: 17, total: 57 })).toBe('41–57 of 57');
  });

  it('shows 0 of 0 with no results', () => {
    expect(pageRangeText({ page: 1, pageSize: 20, count: 0, total: 0 })).toBe('0 of 0');
  });
});

describe('page navigation', () => {
  it('uses a page size of 20', () => {
    expect(PAGE_SIZE).toBe(20);
  });

  it('has a previous page after the first', () => {
    expect(hasPreviousPage({ page: 1 })).toBe(false);
    expect(hasPreviousPage({ page: 2 })).toBe(true);
  });

  it('has a next page while the total runs past this page', () => {
    expect(hasNextPage({ page: 1, pageSize: 20, total: 57 })).toBe(true);
    expect(hasNextPage({ page: 3, pageSize: 20, total: 57 })).toBe(false);
    expect(hasNextPage({ page: 1, pageSize: 20, total: 20 })).toBe(false);
    expect(hasNextPage({ page: 1, pageSize: 20, total: 0 })).toBe(false);
  });
});

describe('emptyListHint', () => {
  it('quotes the search when there is one', () => {
    expect(emptyListHint('PENDING', '  invoice ')).toBe('No packages match “invoice”.');
  });

  it('names the filter otherwise', () => {
    expect(emptyListHint('PENDING', '')).toBe('No pending packages.');
    expect(emptyListHint('INPROGRESS', '')).toBe('No in progress packages.');
    expect(emptyListHint('ALL', '')).toBe('There are no packages in this account yet.');
  });
});
