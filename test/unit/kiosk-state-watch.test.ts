import { describe, expect, it } from 'vitest';
import { LONG_POLL_MS, StateWatch } from '../../main/kiosk/state-watch.js';
import { flush, ManualClock } from '../support/manual-clock.js';

describe('StateWatch long-polls', () => {
  it('answers at once without `after` or with a stale version', async () => {
    const watch = new StateWatch(new ManualClock());
    expect(watch.version).toBe(1);
    await watch.wait();
    await watch.wait(7);
    expect(watch.waiting).toBe(0);
  });

  it('waits on the current version until the next change, and leaves no waiter or timer behind', async () => {
    const clock = new ManualClock();
    const watch = new StateWatch(clock);
    let answered = 0;
    const polls = [watch.wait(1), watch.wait(1)].map((p) => p.then(() => (answered += 1)));
    await flush();
    expect(answered).toBe(0);
    expect(watch.waiting).toBe(2);
    watch.bump();
    await Promise.all(polls);
    expect(answered).toBe(2);
    expect(watch.version).toBe(2);
    expect(watch.waiting).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('answers after 20 s with nothing changed, and drops the waiter', async () => {
    const clock = new ManualClock();
    const watch = new StateWatch(clock);
    let done = false;
    void watch.wait(1).then(() => (done = true));
    await clock.advance(LONG_POLL_MS - 1);
    expect(done).toBe(false);
    await clock.advance(1);
    expect(done).toBe(true);
    expect(LONG_POLL_MS).toBe(20_000);
    expect(watch.waiting).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('does not grow with many polls over time', async () => {
    const clock = new ManualClock();
    const watch = new StateWatch(clock);
    for (let round = 0; round < 50; round += 1) {
      const poll = watch.wait(watch.version);
      if (round % 2 === 0) watch.bump();
      else await clock.advance(LONG_POLL_MS);
      await poll;
    }
    expect(watch.waiting).toBe(0);
    expect(clock.pending).toBe(0);
  });
});
