import { describe, expect, it } from 'vitest';
import type { FieldOtp } from '../../shared/contract';
import { codeEntryText, demandsCode, openingCodeEntry } from '../../renderer/src/signing/code-entry';
import { makeField } from './renderer-field-fixture';

const sms: FieldOtp = { enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '+447700900001' };
const totp: FieldOtp = { ...sms, enabled: false, totp: true };
const none: FieldOtp = { ...sms, enabled: false };

describe('openingCodeEntry', () => {
  it('asks for the texted code once an SMS went out', () => {
    expect(openingCodeEntry(makeField('s', 'digital_signature', { otp: sms }), true)).toBe('sms');
    // A code the server demanded earlier was texted too, though the field announces none.
    expect(openingCodeEntry(makeField('s', 'digital_signature', { otp: none }), true)).toBe('sms');
  });
  it('asks for an authenticator code on a TOTP-only field, with no SMS', () => {
    expect(openingCodeEntry(makeField('s', 'digital_signature', { otp: totp }), false)).toBe('totp');
  });
  it('asks for no code when the field announces none', () => {
    expect(openingCodeEntry(makeField('s', 'digital_signature', { otp: none }), false)).toBe('none');
    expect(openingCodeEntry(makeField('s', 'hand_signature'), false)).toBe('none');
  });
});

describe('demandsCode', () => {
  it('is true when Sign answered otp_required and the dialog asked for no code', () => {
    expect(demandsCode('none', { code: 'otp_required' })).toBe(true);
  });
  it('is false once a code was asked for, and for any other failure', () => {
    expect(demandsCode('demanded', { code: 'otp_required' })).toBe(false);
    expect(demandsCode('sms', { code: 'otp_required' })).toBe(false);
    expect(demandsCode('totp', { code: 'otp_required' })).toBe(false);
    expect(demandsCode('none', { code: 'invalid_credentials' })).toBe(false);
    expect(demandsCode('none', {})).toBe(false);
  });
});

describe('codeEntryText', () => {
  it('labels texted codes "One-time password", with resend', () => {
    for (const entry of ['sms', 'demanded'] as const) {
      expect(codeEntryText(entry)).toEqual({ label: 'One-time password', missing: 'Enter the code from the SMS.', resend: true });
    }
  });
  it('labels an authenticator code for the app, without resend', () => {
    expect(codeEntryText('totp')).toEqual({
      label: 'Authenticator code',
      hint: 'The code from your authenticator app.',
      missing: 'Enter the code from your authenticator app.',
      resend: false,
    });
  });
  it('has no entry when no code is asked for', () => {
    expect(codeEntryText('none')).toBeNull();
  });
});
