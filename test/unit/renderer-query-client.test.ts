import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../renderer/src/api/query-client';

describe('createQueryClient', () => {
  it('never retries a mutation and keeps none after it is done', () => {
    const mutations = createQueryClient().client.getDefaultOptions().mutations;
    expect(mutations?.retry).toBe(false);
    expect(mutations?.gcTime).toBe(0);
  });

  it('forgets a finished mutation’s variables once nothing observes it (kiosk privacy)', async () => {
    const { client } = createQueryClient();
    const observer = new MutationObserver(client, { mutationFn: (input: { otp: string; inPersonName: string }) => Promise.resolve(input.otp.length) });
    const unsubscribe = observer.subscribe(() => undefined);
    await observer.mutate({ otp: '123456', inPersonName: 'Walk-up Customer' });
    expect(client.getMutationCache().getAll().map((mutation) => mutation.state.variables)).toEqual([{ otp: '123456', inPersonName: 'Walk-up Customer' }]);
    // The dialog closes: its observer goes, and the mutation with it.
    unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.getMutationCache().getAll()).toEqual([]);
  });
});
