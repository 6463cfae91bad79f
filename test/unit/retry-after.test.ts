import { describe, expect, it } from 'vitest';
import type { RetryObject } from 'got';
import { DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, retryAfterMs, temporaryRetryDelay } from '../../main/signinghub/retry-after.js';

const now = Date.parse('2026-03-04T09:00:00Z');

/** The slice of got's retry error that the delay reads. */
const retryOf = (attemptCount: number, statusCode: number | undefined, retryAfter?: string) =>
  ({
    attemptCount,
    error: { response: statusCode === undefined ? undefined : { statusCode, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } } },
  }) as unknown as Pick<RetryObject, 'attemptCount' | 'error'>;

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, capped at five seconds', () => {
    expect(retryAfterMs('2', now)).toBe(2_000);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('120', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('Wed, 04 Mar 2026 09:00:03 GMT', now)).toBe(3_000);
    expect(retryAfterMs('Wed, 04 Mar 2026 10:00:00 GMT', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('Wed, 04 Mar 2026 08:00:00 GMT', now)).toBe(0);
  });

  it('waits one second when the header is missing or unreadable', () => {
    for (const header of [undefined, '', 'soon', '-3', '1.5']) expect(retryAfterMs(header, now)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(retryAfterMs(['3', '9'], now)).toBe(3_000);
  });

  it('retries once, only after a 429 or 408', () => {
    expect(temporaryRetryDelay(retryOf(1, 429, '2'), now)).toBe(2_000);
    expect(temporaryRetryDelay(retryOf(1, 408), now)).toBe(DEFAULT_RETRY_AFTER_MS);
    // "Now" still retries: got reads a delay of 0 as "give up".
    expect(temporaryRetryDelay(retryOf(1, 429, '0'), now)).toBe(1);
    expect(temporaryRetryDelay(retryOf(2, 429, '1'), now)).toBe(0);
    for (const status of [400, 401, 500, 503, undefined]) expect(temporaryRetryDelay(retryOf(1, status), now)).toBe(0);
  });
});
