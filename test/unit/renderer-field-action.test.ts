import { describe, expect, it } from 'vitest';
import { fieldStep } from '../../renderer/src/signing/field-action';
import { makeField } from './renderer-field-fixture';

const mine = new Set([1]);
const withSms = { enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '' };

describe('fieldStep', () => {
  it('signs my open signature field, with an SMS first from Send OTP', () => {
    const field = makeField('Signature-1', 'digital_signature', { otp: withSms });
    expect(fieldStep(field, 'sendOtp', mine, false)).toEqual({ do: 'sign', withOtp: true });
    expect(fieldStep(makeField('Signature-2', 'electronic_signature'), 'sign', mine, false)).toEqual({ do: 'sign', withOtp: false });
  });

  it('acts on a mark as the field’s main button: Send OTP when it announces a code, else Sign or Initials', () => {
    expect(fieldStep(makeField('S', 'digital_signature', { otp: withSms }), 'mark', mine, false)).toEqual({ do: 'sign', withOtp: true });
    expect(fieldStep(makeField('S', 'hand_signature'), 'mark', mine, false)).toEqual({ do: 'sign', withOtp: false });
    expect(fieldStep(makeField('I', 'initials'), 'mark', mine, false)).toEqual({ do: 'initials' });
  });

  it('sends a form field’s mark to its input, and a mark with nothing to do to the field’s details', () => {
    expect(fieldStep(makeField('Name', 'text'), 'mark', mine, false)).toEqual({ do: 'focusInput' });
    expect(fieldStep(makeField('S', 'digital_signature', { processed: true }), 'mark', mine, false)).toEqual({ do: 'focusItem' });
    expect(fieldStep(makeField('S', 'digital_signature', { order: 2 }), 'mark', mine, false)).toEqual({ do: 'focusItem' });
  });

  it('waits again for a phone approval that may be pending, never a second Sign', () => {
    expect(fieldStep(makeField('S', 'digital_signature'), 'sign', mine, true)).toEqual({ do: 'resumeApproval' });
  });

  it('does nothing with someone else’s field, a done one, or a read-only one', () => {
    expect(fieldStep(makeField('S', 'digital_signature', { order: 2 }), 'sign', mine, false)).toEqual({ do: 'nothing' });
    expect(fieldStep(makeField('S', 'digital_signature', { processed: true }), 'sendOtp', mine, true)).toEqual({ do: 'nothing' });
    expect(fieldStep(makeField('S', 'digital_signature', { readOnly: true }), 'sign', mine, false)).toEqual({ do: 'nothing' });
  });

  it('hands an open in-person field to the walk-up signer’s window, from its button or its mark', () => {
    const hosted = makeField('Customer', 'in_person_signature', { otp: withSms });
    for (const intent of ['handOver', 'mark', 'sign', 'sendOtp'] as const) expect(fieldStep(hosted, intent, mine, false)).toEqual({ do: 'handOver' });
    expect(fieldStep(makeField('Customer', 'in_person_signature', { processed: true }), 'handOver', mine, false)).toEqual({ do: 'nothing' });
  });
});
