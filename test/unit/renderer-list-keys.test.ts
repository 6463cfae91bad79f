import { describe, expect, it } from 'vitest';
import { targetRow, withRow } from '../../renderer/src/list/row-keys';

const context = { current: 5, count: 50, pageRows: 10 };

describe('targetRow', () => {
  it('moves one row with the arrows, clamped to the loaded rows', () => {
    expect(targetRow('ArrowDown', context)).toBe(6);
    expect(targetRow('ArrowUp', context)).toBe(4);
    expect(targetRow('ArrowUp', { ...context, current: 0 })).toBe(0);
    expect(targetRow('ArrowDown', { ...context, current: 49 })).toBe(49);
  });

  it('goes to the first and last loaded rows with Home and End', () => {
    expect(targetRow('Home', context)).toBe(0);
    expect(targetRow('End', context)).toBe(49);
  });

  it('moves a viewport of rows with PageUp and PageDown', () => {
    expect(targetRow('PageDown', context)).toBe(15);
    expect(targetRow('PageUp', context)).toBe(0);
    expect(targetRow('PageDown', { ...context, current: 45 })).toBe(49);
    expect(targetRow('PageUp', { ...context, current: 30 })).toBe(20);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(targetRow('Enter', context)).toBeNull();
    expect(targetRow(' ', context)).toBeNull();
    expect(targetRow('Tab', context)).toBeNull();
    expect(targetRow('ArrowDown', { ...context, count: 0 })).toBeNull();
  });
});

describe('withRow', () => {
  it('keeps an off-screen focused row rendered, in order', () => {
    expect(withRow([10, 11, 12], 3)).toEqual([3, 10, 11, 12]);
    expect(withRow([10, 11, 12], 40)).toEqual([10, 11, 12, 40]);
  });

  it('adds nothing already there or absent', () => {
    expect(withRow([10, 11, 12], 11)).toEqual([10, 11, 12]);
    expect(withRow([10, 11], null)).toEqual([10, 11]);
  });
});
