import { describe, expect, it } from 'vitest';
import { emptyListHint } from '../../renderer/src/list/empty-list-hint';

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
