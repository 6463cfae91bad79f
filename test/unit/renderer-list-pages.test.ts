import { describe, expect, it } from 'vitest';
import type { PackageSummary } from '../../shared/contract';
import { BULK_PAGE_SIZE, LIST_PAGE_SIZE, firstPageRequest, joinPages, loadedCount, nextPageRequest, toListPage } from '../../renderer/src/list/page-requests';
import type { ListPage, PageRequest } from '../../renderer/src/list/page-requests';

const pkg = (id: number): PackageSummary => ({
  id,
  name: `Package ${id}`,
  ownerEmail: '',
  ownerName: '',
  status: 'PENDING',
  folder: 'INBOX',
  unread: false,
  nextSigner: '',
  modifiedOn: null,
  uploadedOn: null,
});

/** A server of `total` packages with ids 0..total-1, answering like SigningHub's page/rpp. */
const serve = (total: number, request: PageRequest): ListPage => {
  const start = (request.page - 1) * request.pageSize;
  const items = Array.from({ length: Math.max(0, Math.min(request.pageSize, total - start)) }, (_, i) => pkg(start + i));
  return toListPage(request, items, total);
};

/** Loads until nextPageRequest says done, switching page size after `switchAfter` pages. */
const loadAll = (total: number, sizes: (pageIndex: number) => number) => {
  const pages: ListPage[] = [];
  const requests: PageRequest[] = [];
  let request: PageRequest | undefined = firstPageRequest(sizes(0));
  while (request !== undefined) {
    requests.push(request);
    pages.push(serve(total, request));
    request = nextPageRequest(pages, request, sizes(pages.length));
  }
  return { pages, requests };
};

describe('page sizes', () => {
  it('loads 50 at a time while scrolling and 200 at a time for a sort', () => {
    expect(LIST_PAGE_SIZE).toBe(50);
    expect(BULK_PAGE_SIZE).toBe(200);
    expect(firstPageRequest()).toEqual({ page: 1, pageSize: 50, skip: 0 });
  });
});

describe('nextPageRequest', () => {
  it('walks pages of 50 until the total is reached', () => {
    const { pages, requests } = loadAll(120, () => 50);
    expect(requests.map((r) => r.page)).toEqual([1, 2, 3]);
    expect(loadedCount(pages)).toBe(120);
    expect(joinPages(pages).rows.map((row) => row.id)).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('switches to pages of 200 mid-way, skipping what is already loaded', () => {
    const { pages, requests } = loadAll(1000, (index) => (index < 3 ? 50 : 200));
    // 150 loaded: page 1 of 200 brings rows 0-199, the first 150 are skipped.
    expect(requests.slice(0, 5)).toEqual([
      { page: 1, pageSize: 50, skip: 0 },
      { page: 2, pageSize: 50, skip: 0 },
      { page: 3, pageSize: 50, skip: 0 },
      { page: 1, pageSize: 200, skip: 150 },
      { page: 2, pageSize: 200, skip: 0 },
    ]);
    expect(requests).toHaveLength(8);
    expect(joinPages(pages).rows.map((row) => row.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('stops when the total is reached exactly on a page boundary', () => {
    const { requests } = loadAll(100, () => 50);
    expect(requests).toHaveLength(2);
  });

  it('stops on a short page even if the total promised more (the list shrank)', () => {
    const pages = [toListPage(firstPageRequest(), [pkg(1), pkg(2)], 500)];
    expect(nextPageRequest(pages, firstPageRequest(), 50)).toBeUndefined();
  });

  it('stops on an empty list', () => {
    const pages = [toListPage(firstPageRequest(), [], 0)];
    expect(nextPageRequest(pages, firstPageRequest(), 50)).toBeUndefined();
    expect(nextPageRequest([], firstPageRequest(), 50)).toBeUndefined();
  });
});

describe('joinPages', () => {
  it('keeps each package once, at its first place, and the latest total', () => {
    const first = toListPage(firstPageRequest(2), [pkg(1), pkg(2)], 4);
    // A new package pushed the list down by one between requests.
    const second = toListPage({ page: 2, pageSize: 2, skip: 0 }, [pkg(2), pkg(3)], 5);
    expect(joinPages([first, second])).toEqual({ rows: [pkg(1), pkg(2), pkg(3)], total: 5 });
  });

  it('is empty without pages', () => {
    expect(joinPages([])).toEqual({ rows: [], total: 0 });
  });
});
