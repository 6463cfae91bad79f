// The polling schedule for a remote approval: 1 s, then ×1.5 each time, never more than 8 s.

/** The first wait, the growth factor and the longest wait between status polls. */
export const POLL_BACKOFF = { firstMs: 1000, factor: 1.5, maxMs: 8000 } as const;

/** How long to wait before status poll number `attempt` (0-based). */
export function pollDelay(attempt: number): number {
  const delay = POLL_BACKOFF.firstMs * POLL_BACKOFF.factor ** Math.max(0, attempt);
  return Math.min(POLL_BACKOFF.maxMs, Math.round(delay));
}
