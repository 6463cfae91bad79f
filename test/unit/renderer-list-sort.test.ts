import { describe, expect, it } from 'vitest';
import type { PackageSummary } from '../../shared/contract';
import { DEFAULT_SORT, ariaSortFor, isDefaultSort, listCollator, nextSort, sameSort, sortPackages, sortValue } from '../../renderer/src/list/sort';

const pkg = (id: number, name: string, extra: Partial<PackageSummary> = {}): PackageSummary => ({
  id,
  name,
  ownerEmail: `owner${id}@example.com`,
  ownerName: '',
  status: 'PENDING',
  folder: 'INBOX',
  unread: false,
  nextSigner: '',
  modifiedOn: null,
  uploadedOn: null,
  ...extra,
});

const collator = listCollator('en');
const names = (rows: PackageSummary[]) => rows.map((row) => row.name);

describe('sortPackages', () => {
  it('sorts names with numbers by value, ignoring case and accents', () => {
    const rows = [pkg(1, 'Pack 10'), pkg(2, 'pack 2'), pkg(3, 'Éclair'), pkg(4, 'apple'), pkg(5, 'Pack 1')];
    expect(names(sortPackages(rows, { key: 'name', direction: 'ascending' }, collator))).toEqual(['apple', 'Éclair', 'Pack 1', 'pack 2', 'Pack 10']);
  });

  it('reverses for descending', () => {
    const rows = [pkg(1, 'b'), pkg(2, 'c'), pkg(3, 'a')];
    expect(names(sortPackages(rows, { key: 'name', direction: 'descending' }, collator))).toEqual(['c', 'b', 'a']);
  });

  it('is stable: equal names keep their server order in both directions', () => {
    const rows = [pkg(1, 'Same'), pkg(2, 'other'), pkg(3, 'same'), pkg(4, 'SAME')];
    expect(sortPackages(rows, { key: 'name', direction: 'ascending' }, collator).map((row) => row.id)).toEqual([2, 1, 3, 4]);
    expect(sortPackages(rows, { key: 'name', direction: 'descending' }, collator).map((row) => row.id)).toEqual([1, 3, 4, 2]);
  });

  it('does not change its input', () => {
    const rows = [pkg(1, 'b'), pkg(2, 'a')];
    sortPackages(rows, { key: 'name', direction: 'ascending' }, collator);
    expect(names(rows)).toEqual(['b', 'a']);
  });

  it('sorts owners by the name shown, falling back to the email', () => {
    const rows = [pkg(1, 'x', { ownerName: 'Zoe' }), pkg(2, 'y', { ownerName: '', ownerEmail: 'adam@example.com' }), pkg(3, 'z', { ownerName: 'Mia' })];
    expect(sortPackages(rows, { key: 'owner', direction: 'ascending' }, collator).map((row) => row.id)).toEqual([2, 3, 1]);
  });

  it('sorts statuses by their label', () => {
    const rows = [pkg(1, 'a', { status: 'SIGNED' }), pkg(2, 'b', { status: 'INPROGRESS' }), pkg(3, 'c', { status: 'DECLINED' })];
    expect(sortPackages(rows, { key: 'status', direction: 'ascending' }, collator).map((row) => row.id)).toEqual([3, 2, 1]);
  });

  it('sorts dates by time, with missing dates as the oldest', () => {
    const rows = [
      pkg(1, 'a', { modifiedOn: '2024-06-02T10:00:00Z' }),
      pkg(2, 'b', { modifiedOn: null }),
      pkg(3, 'c', { modifiedOn: '2024-06-01T10:00:00+02:00' }),
      pkg(4, 'd', { modifiedOn: 'not a date' }),
    ];
    expect(sortPackages(rows, { key: 'modified', direction: 'ascending' }, collator).map((row) => row.id)).toEqual([2, 4, 3, 1]);
    expect(sortPackages(rows, { key: 'modified', direction: 'descending' }, collator).map((row) => row.id)).toEqual([1, 3, 2, 4]);
  });

  it('sorts 10,000 packages quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => pkg(i, `Package ${(i * 7919) % 10_000}`));
    const started = performance.now();
    const sorted = sortPackages(rows, { key: 'name', direction: 'ascending' }, collator);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(sorted[0]?.name).toBe('Package 0');
    expect(sorted.at(-1)?.name).toBe('Package 9999');
  });
});

describe('sort state', () => {
  it('defaults to modified, newest first: the server order', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'modified', direction: 'descending' });
    expect(isDefaultSort(DEFAULT_SORT)).toBe(true);
    expect(isDefaultSort({ key: 'modified', direction: 'ascending' })).toBe(false);
    expect(isDefaultSort({ key: 'name', direction: 'descending' })).toBe(false);
  });

  it('flips the same column and starts a new one at its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'modified')).toEqual({ key: 'modified', direction: 'ascending' });
    expect(nextSort({ key: 'modified', direction: 'ascending' }, 'modified')).toEqual(DEFAULT_SORT);
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'modified')).toEqual(DEFAULT_SORT);
  });

  it('gives aria-sort for each header', () => {
    expect(ariaSortFor(DEFAULT_SORT, 'modified')).toBe('descending');
    expect(ariaSortFor(DEFAULT_SORT, 'name')).toBe('none');
    expect(ariaSortFor({ key: 'name', direction: 'ascending' }, 'name')).toBe('ascending');
  });

  it('compares sorts by value', () => {
    expect(sameSort({ key: 'name', direction: 'ascending' }, { key: 'name', direction: 'ascending' })).toBe(true);
    expect(sameSort({ key: 'name', direction: 'ascending' }, { key: 'name', direction: 'descending' })).toBe(false);
  });

  it('reads the value a column shows', () => {
    expect(sortValue(pkg(1, 'n', { ownerName: 'Ann' }), 'owner')).toBe('Ann');
    expect(sortValue(pkg(1, 'n', { status: 'INPROGRESS' }), 'status')).toBe('In progress');
    expect(sortValue(pkg(1, 'n', { modifiedOn: '1970-01-01T00:00:01Z' }), 'modified')).toBe(1000);
  });
});
