import { describe, expect, it } from 'vitest';
import { POLL_BACKOFF, pollDelay } from '../../renderer/src/signing/backoff';
import { DEFAULT_RETRY_SECONDS, resendLabel, retrySeconds, secondsLeft } from '../../renderer/src/codes/countdown';

describe('pollDelay', () => {
  it('waits 1 s, then ×1.5 each time, capped at 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(pollDelay)).toEqual([1000, 1500, 2250, 3375, 5063, 7594, 8000, 8000]);
    expect(pollDelay(-3)).toBe(POLL_BACKOFF.firstMs);
  });
});

describe('resend countdown', () => {
  it('uses the field’s retry duration as main gives it (main fills in the default), SigningHub’s 60 s without settings', () => {
    expect(retrySeconds({ retryDuration: 30 })).toBe(30);
    expect(retrySeconds({ retryDuration: 0 })).toBe(0);
    expect(DEFAULT_RETRY_SECONDS).toBe(60);
    expect(retrySeconds(null)).toBe(DEFAULT_RETRY_SECONDS);
    expect(secondsLeft(1_000_000, retrySeconds({ retryDuration: 0 }), 1_000_000)).toBe(0);
  });
  it('counts whole seconds down to zero, rounding up', () => {
    const sent = 1_000_000;
    expect(secondsLeft(sent, 60, sent)).toBe(60);
    expect(secondsLeft(sent, 60, sent + 18_200)).toBe(42);
    expect(secondsLeft(sent, 60, sent + 59_001)).toBe(1);
    expect(secondsLeft(sent, 60, sent + 60_000)).toBe(0);
    expect(secondsLeft(sent, 60, sent + 90_000)).toBe(0);
  });
  it('never shows more than the retry time, even with a clock read before the send', () => {
    expect(secondsLeft(1_000_000, 60, 990_000)).toBe(60);
  });
  it('labels the button', () => {
    expect(resendLabel(42)).toBe('Resend in 42 s');
    expect(resendLabel(0)).toBe('Resend code');
  });
});
