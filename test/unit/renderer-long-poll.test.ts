import { describe, expect, it } from 'vitest';
import type { ApiError, Result } from '../../shared/contract';
import { startLongPoll } from '../../renderer/src/kiosk/long-poll';

type State = { version: number; phase: string };

/** Runs the loop over scripted answers; resolves with what it saw once the script is used up. */
async function run(script: (Result<State> | Error)[], clock: number[] = []) {
  const asked: (number | undefined)[] = [];
  const values: State[] = [];
  const errors: ApiError[] = [];
  const waits: number[] = [];
  let time = 0;
  let stop = (): void => {};
  await new Promise<void>((done) => {
    stop = startLongPoll<State>({
      call: (after) => {
        asked.push(after);
        const next = script.shift();
        if (next === undefined) {
          done();
          return new Promise(() => {});
        }
        // Each answer takes as long as the clock script says (long-polls that waited take long).
        time += clock.shift() ?? 20_000;
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
      onValue: (value) => values.push(value),
      onError: (error) => errors.push(error),
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      now: () => time,
      retryMs: 2000,
    });
  });
  stop();
  return { asked, values, errors, waits };
}

const state = (version: number, phase = 'open'): Result<State> => ({ ok: true, value: { version, phase } });

describe('the long-poll loop', () => {
  it('asks first without a version, then with the last version it saw', async () => {
    const seen = await run([state(1), state(2, 'handing_over'), state(3, 'locked')]);
    expect(seen.asked).toEqual([undefined, 1, 2, 3]);
    expect(seen.values.map((value) => value.phase)).toEqual(['open', 'handing_over', 'locked']);
    expect(seen.waits).toEqual([]);
  });

  it('after a failure (an error Result or a thrown call), waits and asks afresh', async () => {
    const refused: Result<State> = { ok: false, error: { kind: 'server', message: 'Kiosk mode is not built yet.' } };
    const seen = await run([state(4), refused, new Error('bridge gone'), state(5)]);
    expect(seen.asked).toEqual([undefined, 4, undefined, undefined, 5]);
    expect(seen.errors.map((error) => error.message)).toEqual(['Kiosk mode is not built yet.', 'The app could not complete the request: bridge gone']);
    expect(seen.waits).toEqual([2000, 2000]);
  });

  it('slows down when an unchanged answer comes back at once, instead of spinning', async () => {
    // The second answer waited (20 s, unchanged: the long-poll's timeout); the third came back at once, unchanged.
    const seen = await run([state(7), state(7), state(7)], [10, 20_000, 10]);
    expect(seen.asked).toEqual([undefined, 7, 7, 7]);
    expect(seen.waits).toEqual([2000]);
  });

  it('drops an answer that arrives after it was stopped, and asks no more', async () => {
    let answer: (result: Result<State>) => void = () => {};
    const values: State[] = [];
    let calls = 0;
    const stop = startLongPoll<State>({
      call: () => {
        calls += 1;
        return new Promise((resolve) => (answer = resolve));
      },
      onValue: (value) => values.push(value),
      onError: () => {},
      wait: () => Promise.resolve(),
      now: () => 0,
      retryMs: 2000,
    });
    stop();
    answer(state(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(values).toEqual([]);
    expect(calls).toBe(1);
  });
});
