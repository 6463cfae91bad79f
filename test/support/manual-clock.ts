// A clock that moves only when a test says so, for the idle clock and the long-polls.
import type { KioskClock } from '../../main/kiosk/kiosk-clock.js';

interface Timer {
  at: number;
  every: number | null;
  run: () => void;
}

/** A KioskClock driven by `advance`; it runs due timers in time order. */
export class ManualClock implements KioskClock {
  private time = Date.UTC(2026, 0, 15, 9, 0, 0);
  private readonly timers = new Set<Timer>();

  now(): number {
    return this.time;
  }

  every(ms: number, run: () => void): () => void {
    return this.add({ at: this.time + ms, every: ms, run });
  }

  after(ms: number, run: () => void): () => void {
    return this.add({ at: this.time + ms, every: null, run });
  }

  /** Timers still pending. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, running each timer as it falls due, then lets promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.time = next.at;
      if (next.every === null) this.timers.delete(next);
      else next.at += next.every;
      next.run();
      await flush();
    }
    this.time = end;
    await flush();
  }

  /** Advances one second at a time, `seconds` times. */
  async seconds(seconds: number): Promise<void> {
    for (let i = 0; i < seconds; i += 1) await this.advance(1000);
  }

  private add(timer: Timer): () => void {
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }
}

/** Lets pending promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
