import { describe, expect, it } from 'vitest';
import { IdleClock } from '../../main/kiosk/idle-clock.js';
import { IDLE_WARNING_SECONDS } from '../../shared/hand-over-contract.js';
import { ManualClock } from '../support/manual-clock.js';

/** An idle clock on a manual clock with a fake OS idle source, recording warnings and wipes. */
function setup(timeoutSeconds = 60) {
  const clock = new ManualClock();
  const source = { idle: 0, watching: true };
  const events: string[] = [];
  const idle = new IdleClock({
    clock,
    idleSeconds: () => source.idle,
    timeoutSeconds,
    watching: () => source.watching,
    onWarningChange: () => events.push(idle.state.warning ? 'warning' : 'warning ended'),
    onWipe: () => events.push('wipe'),
  });
  /** Passes `seconds` with no input: the OS idle time grows with the clock. */
  const quiet = async (seconds: number) => {
    for (let i = 0; i < seconds; i += 1) {
      source.idle += 1;
      await clock.advance(1000);
    }
  };
  return { clock, source, events, idle, quiet };
}

describe('IdleClock', () => {
  it('warns at the timeout, counts down IDLE_WARNING_SECONDS (at least 20) and then wipes once', async () => {
    const { events, idle, quiet } = setup(60);
    expect(IDLE_WARNING_SECONDS).toBeGreaterThanOrEqual(20);
    await quiet(59);
    expect(idle.state).toEqual({ warning: false });
    await quiet(1);
    expect(idle.state).toEqual({ warning: true, secondsLeft: IDLE_WARNING_SECONDS });
    await quiet(5);
    expect(idle.state).toEqual({ warning: true, secondsLeft: IDLE_WARNING_SECONDS - 5 });
    // The countdown's seconds are not changes of their own.
    expect(events).toEqual(['warning']);
    await quiet(IDLE_WARNING_SECONDS - 5);
    expect(events).toEqual(['warning', 'wipe']);
    expect(idle.state).toEqual({ warning: false });
  });

  it('"I need more time" ends the warning and restarts the count, even while the OS sees no input', async () => {
    const { events, idle, quiet } = setup(30);
    await quiet(35);
    expect(idle.state.warning).toBe(true);
    idle.touch();
    expect(events).toEqual(['warning', 'warning ended']);
    await quiet(29);
    expect(idle.state.warning).toBe(false);
    await quiet(1);
    expect(idle.state.warning).toBe(true);
  });

  it('any input the OS sees ends the warning', async () => {
    const { source, events, quiet } = setup(30);
    await quiet(31);
    source.idle = 0;
    await quiet(1);
    expect(events).toEqual(['warning', 'warning ended']);
  });

  it('follows an idle source that jumps (the browser shell clock): a touch after input does not hold the count back', async () => {
    const { clock, source, events, idle } = setup(15);
    // Input, then "I need more time": the OS count starts from zero at the touch.
    source.idle = 0;
    idle.touch();
    source.idle = 16;
    await clock.advance(1000);
    expect(idle.state).toEqual({ warning: true, secondsLeft: IDLE_WARNING_SECONDS - 1 });
    source.idle = 0;
    idle.touch();
    source.idle = 15 + IDLE_WARNING_SECONDS + 1;
    await clock.advance(1000);
    expect(events).toEqual(['warning', 'warning ended', 'wipe']);
  });

  it('does nothing while there is nothing to wipe', async () => {
    const { source, events, idle, quiet } = setup(15);
    source.watching = false;
    await quiet(200);
    expect(events).toEqual([]);
    expect(idle.state).toEqual({ warning: false });
  });

  it('stops ticking when disposed', async () => {
    const { clock, idle } = setup();
    expect(clock.pending).toBe(1);
    idle.dispose();
    expect(clock.pending).toBe(0);
  });
});
