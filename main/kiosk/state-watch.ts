// A version number that long-polls wait on: a call answers at once when the caller's version is stale,
// else on the next change or after a time limit. Waiters are dropped as they resolve, so none leak.
import type { KioskClock } from './kiosk-clock.js';

/** Longest a long-poll waits before it answers with the unchanged state. */
export const LONG_POLL_MS = 20_000;

/** The kiosk state's version and the long-polls waiting for it to change. */
export class StateWatch {
  private current = 1;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly clock: KioskClock,
    private readonly maxWaitMs = LONG_POLL_MS,
  ) {}

  /** The version now; versions start at 1. */
  get version(): number {
    return this.current;
  }

  /** Long-polls waiting now (tests check that none are left behind). */
  get waiting(): number {
    return this.waiters.size;
  }

  /** A change: the version grows and every waiter answers. */
  bump(): void {
    this.current += 1;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves at once unless `after` is the current version; then on the next change or after the limit. */
  wait(after?: number): Promise<void> {
    if (after !== this.current) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        cancel();
        this.waiters.delete(wake);
        resolve();
      };
      const cancel = this.clock.after(this.maxWaitMs, wake);
      this.waiters.add(wake);
    });
  }

  /** Answers every waiter now (on shutdown). */
  release(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
