// Time for the kiosk services, behind an interface so tests can drive the idle clock and long-polls.

/** What the kiosk services need of time: now, a repeating tick, and a one-off timeout; each returns its cancel. */
export interface KioskClock {
  now(): number;
  every(ms: number, run: () => void): () => void;
  after(ms: number, run: () => void): () => void;
}

/** The real clock; its timers never keep the process alive on their own. */
export const SYSTEM_CLOCK: KioskClock = {
  now: () => Date.now(),
  every: (ms, run) => {
    const handle = setInterval(run, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
  after: (ms, run) => {
    const handle = setTimeout(run, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
};
