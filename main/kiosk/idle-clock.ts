// The idle clock: ticks every second while something on screen may be wiped, warns IDLE_WARNING_SECONDS
// before the wipe (WCAG 2.2.1), and wipes when the warning runs out. A touch ("I need more time", an unlock,
// a hand-over start) restarts the count: effective idle is the OS's idle time less what it was at the touch,
// until the OS sees input again. For a real idle clock that is min(OS idle, seconds since the touch); unlike
// a wall-clock timer it also follows an idle source that jumps (the browser shell's test clock).
import { IDLE_WARNING_SECONDS, type IdleState } from '../../shared/hand-over-contract.js';
import type { KioskClock } from './kiosk-clock.js';

/** What the idle clock is built from. */
export interface IdleClockOptions {
  clock: KioskClock;
  /** Seconds since the last keyboard, mouse or touch input. */
  idleSeconds: () => number;
  timeoutSeconds: number;
  /** True while there is something to wipe (a hand-over, or an unlocked kiosk host). */
  watching: () => boolean;
  /** The warning started or ended (not called for each countdown second). */
  onWarningChange: () => void;
  /** The warning ran out. */
  onWipe: () => void;
}

/** Counts idle seconds, raises the warning and calls for the wipe. */
export class IdleClock {
  /** OS idle seconds at the last touch, not yet cancelled by new input. */
  private baseline: number;
  private warning: IdleState = { warning: false };
  private readonly stop: () => void;

  constructor(private readonly options: IdleClockOptions) {
    this.baseline = this.osIdle();
    this.stop = options.clock.every(1000, () => this.tick());
  }

  /** The warning as the windows show it. */
  get state(): IdleState {
    return this.warning;
  }

  /** Someone is here: restart the count and end any warning. */
  touch(): void {
    this.baseline = this.osIdle();
    this.setWarning({ warning: false });
  }

  /** One second passed: update the warning, or wipe. */
  tick(): void {
    const { options } = this;
    if (!options.watching()) {
      this.setWarning({ warning: false });
      return;
    }
    const os = this.osIdle();
    // Input since the touch: the OS's own count has started again.
    if (os < this.baseline) this.baseline = 0;
    const idle = os - this.baseline;
    if (idle < options.timeoutSeconds) {
      this.setWarning({ warning: false });
      return;
    }
    const secondsLeft = IDLE_WARNING_SECONDS - Math.floor(idle - options.timeoutSeconds);
    if (secondsLeft > 0) {
      this.setWarning({ warning: true, secondsLeft });
      return;
    }
    this.baseline = os;
    this.setWarning({ warning: false }, false);
    options.onWipe();
  }

  /** Stops ticking. */
  dispose(): void {
    this.stop();
  }

  private osIdle(): number {
    const seconds = this.options.idleSeconds();
    return Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
  }

  private setWarning(next: IdleState, announce = true): void {
    const changed = next.warning !== this.warning.warning;
    this.warning = next;
    if (changed && announce) this.options.onWarningChange();
  }
}
