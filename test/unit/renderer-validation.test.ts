import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  validateEmail,
  validateMobileNumber,
  validateOtp,
  validatePassword,
  validateServerUrl,
} from '../../renderer/src/validation';

describe('validateServerUrl', () => {
  it('accepts https anywhere', () => {
    expect(validateServerUrl('https://api.signinghub.com')).toBeNull();
    expect(validateServerUrl('  https://sign.example.org:8443/base ')).toBeNull();
  });

  it('accepts http only on loopback', () => {
    expect(validateServerUrl('http://localhost:4010')).toBeNull();
    expect(validateServerUrl('http://127.0.0.1:4010')).toBeNull();
    expect(validateServerUrl('http://[::1]:4010')).toBeNull();
    expect(validateServerUrl('http://api.signinghub.com')).toMatch(/https:\/\//);
    expect(validateServerUrl('http://127.0.0.2')).not.toBeNull();
    expect(validateServerUrl('http://localhost.example.com')).not.toBeNull();
  });

  it('rejects empty, relative, other schemes and embedded credentials', () => {
    expect(validateServerUrl('')).toBe('Enter the server URL.');
    expect(validateServerUrl('api.signinghub.com')).not.toBeNull();
    expect(validateServerUrl('ftp://api.signinghub.com')).not.toBeNull();
    expect(validateServerUrl('javascript:alert(1)')).not.toBeNull();
    expect(validateServerUrl('https://user:pw@api.signinghub.com')).not.toBeNull();
  });

  it('knows the loopback hosts', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});

describe('validateEmail', () => {
  it('accepts addresses that look like email', () => {
    expect(validateEmail('alice@example.com')).toBeNull();
    expect(validateEmail(' first.last+tag@mail.example.co.uk ')).toBeNull();
  });

  it('rejects the rest with a message', () => {
    expect(validateEmail('')).toBe('Enter your email address.');
    expect(validateEmail('alice')).not.toBeNull();
    expect(validateEmail('alice@example')).not.toBeNull();
    expect(validateEmail('al ice@example.com')).not.toBeNull();
    expect(validateEmail('alice@@example.com')).not.toBeNull();
  });
});

describe('validatePassword', () => {
  it('requires a password but keeps spaces significant', () => {
    expect(validatePassword('')).toBe('Enter your password.');
    expect(validatePassword(' ')).toBeNull();
  });
});

describe('validateMobileNumber and validateOtp', () => {
  it('accepts common phone formats', () => {
    expect(validateMobileNumber('+44 7700 900123')).toBeNull();
    expect(validateMobileNumber('(555) 010-9999')).toBeNull();
  });

  it('rejects empty, letters and too-short numbers', () => {
    expect(validateMobileNumber('')).not.toBeNull();
    expect(validateMobileNumber('call me')).not.toBeNull();
    expect(validateMobileNumber('123')).not.toBeNull();
  });

  it('requires an OTP', () => {
    expect(validateOtp('  ')).toBe('Enter the code from the SMS.');
    expect(validateOtp('123456')).toBeNull();
  });
});
