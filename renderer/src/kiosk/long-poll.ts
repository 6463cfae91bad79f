// A long-poll loop over a versioned call: it asks with the last version seen, and main answers when the version
// changes (or after a while, unchanged). A failure waits and asks again afresh.
import type { ApiError, Result } from '../../../shared/contract';
import { bridgeFailure } from '../api/result';

/** What the loop needs. */
export interface LongPollOptions<T extends { version: number }> {
  call: (after: number | undefined) => Promise<Result<T>>;
  onValue: (value: T) => void;
  onError: (error: ApiError) => void;
  /** Waits before asking again after a failure, or after an unchanged answer that came back too soon. */
  wait: (ms: number) => Promise<void>;
  now: () => number;
  retryMs: number;
}

// An unchanged answer faster than this means the other side did not wait: slow down rather than spin.
const TOO_SOON_MS = 500;

/** Starts the loop; returns the function that stops it (answers after that are dropped). */
export function startLongPoll<T extends { version: number }>(options: LongPollOptions<T>): () => void {
  let stopped = false;
  const loop = async (): Promise<void> => {
    let after: number | undefined;
    while (!stopped) {
      const asked = options.now();
      let result: Result<T>;
      try {
        result = await options.call(after);
      } catch (cause) {
        result = { ok: false, error: bridgeFailure(cause) };
      }
      if (stopped) return;
      if (!result.ok) {
        options.onError(result.error);
        after = undefined;
        await options.wait(options.retryMs);
        continue;
      }
      const unchanged = result.value.version === after;
      after = result.value.version;
      options.onValue(result.value);
      if (unchanged && options.now() - asked < TOO_SOON_MS) await options.wait(options.retryMs);
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
}

/** A timer-based wait, for the real loop. */
export const waitMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
