import { describe, expect, it } from 'vitest';
import { checkFreeText } from '../../shared/free-text';
import { WALK_UP_NAME, codeLabel, codeLine, handOverCodeLength, handOverTitle } from '../../renderer/src/handover/hand-over-text';

describe('the hand-over window’s words', () => {
  it('names the signer by the field’s role', () => {
    expect(handOverTitle('Customer')).toBe('Sign as Customer');
    expect(handOverTitle(' ')).toBe('Sign as Signer');
  });

  it('shows where the SMS goes only masked, before and after it is sent', () => {
    expect(codeLine('sms', '+44 7700 900123', false)).toBe('This signature needs a code sent by SMS to +44 •••• ••0123.');
    expect(codeLine('sms', '+44 7700 900123', true)).toBe('We sent a code to +44 •••• ••0123. Enter it below.');
    expect(codeLine('sms', '', true)).toBe('We sent a code by SMS. Enter it below.');
    expect(codeLine('totp', '+44 7700 900123', false)).toBe('Enter the code from your authenticator app.');
    expect(codeLine('none', '+44 7700 900123', false)).toBe('');
  });

  it('labels the code box, and takes the field’s SMS code length when known', () => {
    expect(codeLabel('sms')).toBe('One-time password');
    expect(codeLabel('totp')).toBe('Authenticator code');
    expect(handOverCodeLength('sms', 6)).toEqual({ min: 6, max: 6 });
    expect(handOverCodeLength('sms', 0)).toEqual({ min: 4, max: 9 });
    expect(handOverCodeLength('totp', 6)).toEqual({ min: 4, max: 9 });
  });

  it('asks the walk-up signer for their own name', () => {
    expect(checkFreeText('  ', WALK_UP_NAME)).toEqual({ ok: false, message: 'Enter your full name.' });
    expect(checkFreeText(' Walk-up Customer ', WALK_UP_NAME)).toEqual({ ok: true, value: 'Walk-up Customer' });
  });
});
