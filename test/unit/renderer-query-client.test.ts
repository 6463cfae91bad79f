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
});
