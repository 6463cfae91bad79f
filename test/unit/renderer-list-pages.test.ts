import { describe, expect, it } from 'vitest';
import type { PackageSummary } from '../../shared/contract';
import {
  BULK_PAGE_SIZE,
  BULK_PARALLEL_PAGES,
  LIST_PAGE_SIZE,
  firstPageRequest,
  joinPages,
  loadedCount,
  nextPageRequest,
  toListPage,
} from '../../renderer/src/list/page-requests';
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

/** A server of `total` packages with ids 0..total-1, answering like SigningHub's page/rpp, each page of a request joined. */
const serve = (total: number, request: PageRequest): ListPage => {
  const start = (request.page - 1) * request.pageSize;
  const rows = request.pageSize * (request.count ?? 1);
  const items = Array.from({ length: Math.max(0, Math.min(rows, total - start)) }, (_, i) => pkg(start + i));
  return toListPage(request, items, total);
};

/** Loads until nextPageRequest says done, switching page size after `switchAfter` pages, `parallel` pages at once. */
const loadAll = (total: number, sizes: (pageIndex: number) => number, parallel = 1) => {
  const pages: ListPage[] = [];
  const requests: PageRequest[] = [];
  let request: PageRequest | undefined = firstPageRequest(sizes(0));
  while (request !== undefined) {
    requests.push(request);
    pages.push(serve(total, request));
    request = nextPageRequest(pages, request, sizes(pages.length), parallel);
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

  it('asks for up to BULK_PARALLEL_PAGES pages at once, never past the total: 10,000 after 50 in 9 steps', () => {
    const { pages, requests } = loadAll(10_000, (index) => (index < 1 ? 50 : 200), BULK_PARALLEL_PAGES);
    expect(requests.slice(1, 3)).toEqual([
      { page: 1, pageSize: 200, skip: 50, count: 6 },
      { page: 7, pageSize: 200, skip: 0, count: 6 },
    ]);
    // 50 pages of 200 after the first 50 rows: eight steps of six, then the last two.
    expect(requests).toHaveLength(10);
    expect(requests.at(-1)).toEqual({ page: 49, pageSize: 200, skip: 0, count: 2 });
    expect(joinPages(pages).rows.map((row) => row.id)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });

  it('stops after a short step of several pages (the list shrank meanwhile)', () => {
    const request: PageRequest = { page: 1, pageSize: 200, skip: 0, count: 3 };
    const pages = [
      toListPage(
        request,
        Array.from({ length: 500 }, (_, i) => pkg(i)),
        1000,
      ),
    ];
    expect(nextPageRequest(pages, request, 200, 3)).toBeUndefined();
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
