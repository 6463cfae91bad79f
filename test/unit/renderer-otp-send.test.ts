import { describe, expect, it } from 'vitest';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../../renderer/src/codes/otp-send';

describe('otpSendOutcome', () => {
  it('is sent when the server said so', () => {
    expect(otpSendOutcome({ ok: true, value: null })).toEqual({ status: 'sent' });
  });
  it('is "maybe" when the answer was lost: no answer, a timeout, or an answer that could not be read', () => {
    for (const kind of ['network', 'timeout', 'invalid_response'] as const) {
      expect(otpSendOutcome({ ok: false, error: { kind, message: 'lost' } })).toEqual({ status: 'maybe' });
    }
    expect(MAYBE_SENT_NOTE).toMatch(/may already have been sent/);
  });
  it('is refused, with the server’s error, when the server answered no', () => {
    const error = { kind: 'forbidden', status: 403, message: 'Document does not belong to user' } as const;
    expect(otpSendOutcome({ ok: false, error })).toEqual({ status: 'refused', error });
  });
});
