// The idle warning's countdown, counted locally: main sends the seconds left once, when the warning starts.
import { useEffect, useState } from 'react';
import { countdownLeft } from './kiosk-text';

/** Whole seconds left of a countdown that stood at `start` when `since` (a time in ms) was set. */
export function useCountdown(start: number, since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (countdownLeft(start, since, at) === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [start, since]);
  return countdownLeft(start, since, Math.max(now, since));
}
