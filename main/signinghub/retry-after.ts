import type { RetryObject } from 'got';
import { TEMPORARY_STATUSES } from './error-mapping.js';

/** The longest a token refresh waits on `Retry-After` before its one retry. */
export const MAX_RETRY_AFTER_MS = 5_000;
/** The wait when a 429 or 408 names none. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/** `Retry-After` (delay-seconds or an HTTP date) in ms from `now`, clamped to 0..MAX; the default when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now: number): number {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return DEFAULT_RETRY_AFTER_MS;
  // An HTTP date names its day and month in letters; Date.parse alone would take "-3" for a year.
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : /[a-z]/i.test(value) ? Date.parse(value) - now : NaN;
  if (Number.isNaN(ms)) return DEFAULT_RETRY_AFTER_MS;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

/**
 * got's `calculateDelay` for a call that may be repeated once after a 429 or 408 (the server did not
 * act on it), and never after anything else: 0 means no retry.
 */
export function temporaryRetryDelay({ attemptCount, error }: Pick<RetryObject, 'attemptCount' | 'error'>, now = Date.now()): number {
  const status = error.response?.statusCode;
  if (attemptCount > 1 || status === undefined || !TEMPORARY_STATUSES.includes(status)) return 0;
  // got reads 0 as "do not retry"; "retry now" is 1 ms.
  return Math.max(1, retryAfterMs(error.response?.headers['retry-after'], now));
}
