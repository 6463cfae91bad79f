// The resend countdown as state: ticks twice a second until it reaches zero, then stops re-rendering.
import { useEffect, useState } from 'react';
import { secondsLeft } from './countdown';

/** Whole seconds until a resend is allowed, counting down live; 0 when `enabled` is false. */
export function useSecondsLeft(sentAt: number, retry: number, enabled: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    // Half-second ticks keep a whole-seconds display on time.
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (secondsLeft(sentAt, retry, at) === 0) clearInterval(timer);
    }, 500);
    return () => clearInterval(timer);
  }, [enabled, sentAt, retry]);
  return enabled ? secondsLeft(sentAt, retry, now) : 0;
}
