import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../main/signinghub/map-limited';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapLimited', () => {
  it('keeps input order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (value) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      for (let i = 0; i < value; i += 1) await tick();
      inFlight -= 1;
      return value * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = mapLimited([1, 2, 3, 4, 5], 2, async (value) => {
      started.push(value);
      await tick();
      if (value === 2) throw new Error('page 2 failed');
      return value;
    });
    await expect(run).rejects.toThrow('page 2 failed');
    expect(started).toEqual([1, 2, 3]);
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapLimited([], 6, async () => 1)).toEqual([]);
  });
});
