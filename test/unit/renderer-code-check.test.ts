import { describe, expect, it } from 'vitest';
import type { FieldOtp } from '../../shared/contract';
import { ANY_CODE_LENGTH, checkCode } from '../../renderer/src/codes/code-check';
import { codeLength } from '../../renderer/src/signing/code-entry';
import { makeField } from './renderer-field-fixture';

const sms: FieldOtp = { enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '' };
const MISSING = 'Enter the code from the SMS.';

describe('codeLength', () => {
  it('is exactly the field’s code length for a texted code, announced or demanded: 4, 6 or 9 digits', () => {
    for (const length of [4, 6, 9]) {
      expect(codeLength(makeField('s', 'digital_signature', { otp: { ...sms, length } }), 'sms')).toEqual({ min: length, max: length });
      expect(codeLength(makeField('s', 'digital_signature', { otp: { ...sms, enabled: false, length } }), 'demanded')).toEqual({ min: length, max: length });
    }
  });
  it('is 4 to 9 digits when the field gives no length', () => {
    expect(codeLength(makeField('s', 'digital_signature'), 'sms')).toEqual(ANY_CODE_LENGTH);
    expect(codeLength(makeField('s', 'digital_signature', { otp: { ...sms, length: 0 } }), 'sms')).toEqual(ANY_CODE_LENGTH);
    expect(ANY_CODE_LENGTH).toEqual({ min: 4, max: 9 });
  });
  it('is 4 to 9 digits for an authenticator code, which the field’s SMS length does not describe', () => {
    expect(codeLength(makeField('s', 'digital_signature', { otp: { ...sms, enabled: false, totp: true, length: 4 } }), 'totp')).toEqual(ANY_CODE_LENGTH);
    expect(codeLength(makeField('s', 'digital_signature'), 'demanded')).toEqual(ANY_CODE_LENGTH);
  });
});

describe('checkCode', () => {
  const six = { min: 6, max: 6 };
  it('accepts digits of the right length, spaces around them trimmed', () => {
    expect(checkCode('123456', six, MISSING)).toBeNull();
    expect(checkCode(' 123456 ', six, MISSING)).toBeNull();
    for (const code of ['1234', '123456789']) expect(checkCode(code, ANY_CODE_LENGTH, MISSING)).toBeNull();
  });
  it('asks for the code when the box is empty', () => {
    expect(checkCode('', six, MISSING)).toBe(MISSING);
    expect(checkCode('   ', six, MISSING)).toBe(MISSING);
  });
  it('refuses anything but digits, in plain words', () => {
    for (const code of ['12ab56', '12 456', '１２３４５６', '12345-', '١٢٣٤٥٦'])
      expect(checkCode(code, six, MISSING)).toBe('Use digits only: the code is 6 digits long.');
    expect(checkCode('abcd', ANY_CODE_LENGTH, MISSING)).toBe('Use digits only: the code is 4 to 9 digits long.');
  });
  it('refuses a code of the wrong length, saying the right one', () => {
    expect(checkCode('12345', six, MISSING)).toBe('The code is 6 digits long.');
    expect(checkCode('1234567', six, MISSING)).toBe('The code is 6 digits long.');
    expect(checkCode('123', ANY_CODE_LENGTH, MISSING)).toBe('The code is 4 to 9 digits long.');
    expect(checkCode('1234567890', ANY_CODE_LENGTH, MISSING)).toBe('The code is 4 to 9 digits long.');
  });
});
