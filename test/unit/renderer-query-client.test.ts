import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../renderer/src/api/query-client';

describe('createQueryClient', () => {
  it('never retries a read: main already retries GETs', () => {
    expect(createQueryClient().client.getDefaultOptions().queries?.retry).toBe(false);
  });

  it('reports each failed read once, with its title', async () => {
    const { client, setReporter } = createQueryClient();
    const reported: [string, string][] = [];
    setReporter((title, error) => reported.push([title, error.message]));
    await client
      .fetchQuery({ queryKey: ['probe'], queryFn: () => Promise.reject(new Error('boom')), meta: { errorTitle: 'Could not load packages' } })
      .catch(() => undefined);
    expect(reported).toEqual([['Could not load packages', 'The app could not complete the request: boom']]);
  });

  it('hands the reporter a Try again that reads the same query once more', async () => {
    const { client, setReporter } = createQueryClient();
    const retries: (() => void)[] = [];
    setReporter((_title, _error, _note, extras) => {
      if (extras?.retry !== undefined) retries.push(extras.retry);
    });
    let calls = 0;
    const queryFn = async (): Promise<number> => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return calls;
    };
    await client.fetchQuery({ queryKey: ['probe'], queryFn }).catch(() => undefined);
    expect(retries).toHaveLength(1);
    retries[0]?.();
    await expect.poll(() => client.getQueryData(['probe'])).toBe(2);
  });
});
