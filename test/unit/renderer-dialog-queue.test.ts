import { describe, expect, it, vi } from 'vitest';
import { enqueueDialog } from '../../renderer/src/dialogs/dialog-queue';
import type { QueuedDialog } from '../../renderer/src/dialogs/dialog-queue';

const base: Omit<QueuedDialog, 'id'> = { tone: 'error', title: 'Could not load packages', message: 'Invalid or expired access token', status: 401 };

describe('enqueueDialog', () => {
  it('queues different dialogs in order', () => {
    const queue = enqueueDialog(enqueueDialog([], { ...base, id: 1 }), { ...base, id: 2, message: 'Other' });
    expect(queue.map((item) => item.id)).toEqual([1, 2]);
  });

  it('says the same thing once, running both follow-ups on close', () => {
    const first = vi.fn();
    const second = vi.fn();
    const queue = enqueueDialog(enqueueDialog([], { ...base, id: 1, onClose: first }), { ...base, id: 2, onClose: second });
    expect(queue).toHaveLength(1);
    queue[0]?.onClose?.();
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });

  it('keeps a twin with a different status apart', () => {
    const queue = enqueueDialog([{ ...base, id: 1 }], { ...base, id: 2, status: 500 });
    expect(queue).toHaveLength(2);
  });
});

describe('enqueueDialog with advice', () => {
  const advice = { headline: 'SigningHub had a problem on its side.', action: 'retry', label: 'Try again' } as const;

  it('says the same failure once, and Try again repeats both calls', () => {
    const first = vi.fn();
    const second = vi.fn();
    const queue = enqueueDialog(enqueueDialog([], { ...base, id: 1, advice, onRetry: first }), { ...base, id: 2, advice, onRetry: second });
    expect(queue).toHaveLength(1);
    queue[0]?.onRetry?.();
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });

  it('keeps apart a twin whose next step differs', () => {
    const queue = enqueueDialog([{ ...base, id: 1, advice }], { ...base, id: 2, advice: { ...advice, action: 'close', label: 'Close' } });
    expect(queue).toHaveLength(2);
  });
});
