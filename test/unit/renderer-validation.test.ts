import { describe, expect, it } from 'vitest';
import { normalizeServerUrl } from '../../main/config/server-url';
import { isLoopbackHost, validateEmail, validateMobileNumber, validatePassword, validateServerUrl } from '../../renderer/src/text/validation';

describe('validateServerUrl', () => {
  it('accepts https anywhere', () => {
    expect(validateServerUrl('https://api.signinghub.com')).toBeNull();
    expect(validateServerUrl('  https://sign.example.org:8443/base ')).toBeNull();
  });

  it('accepts http only for this computer: localhost, any 127.x.x.x and [::1]', () => {
    expect(validateServerUrl('http://localhost:4010')).toBeNull();
    expect(validateServerUrl('http://127.0.0.1:4010')).toBeNull();
    expect(validateServerUrl('http://127.0.0.2')).toBeNull();
    expect(validateServerUrl('http://127.10.20.30:8080/api')).toBeNull();
    expect(validateServerUrl('http://[::1]:4010')).toBeNull();
    expect(validateServerUrl('http://api.signinghub.com')).toMatch(/https:\/\//);
    expect(validateServerUrl('http://128.0.0.1')).not.toBeNull();
    expect(validateServerUrl('http://localhost.example.com')).not.toBeNull();
  });

  it('rejects empty, relative, other schemes, embedded credentials, a query and a fragment', () => {
    expect(validateServerUrl('')).toBe('Enter the server URL.');
    expect(validateServerUrl('api.signinghub.com')).not.toBeNull();
    expect(validateServerUrl('ftp://api.signinghub.com')).not.toBeNull();
    expect(validateServerUrl('javascript:alert(1)')).not.toBeNull();
    expect(validateServerUrl('https://user:pw@api.signinghub.com')).not.toBeNull();
    expect(validateServerUrl('https://api.signinghub.com/?tenant=1')).toMatch(/query/);
    expect(validateServerUrl('https://api.signinghub.com/#top')).toMatch(/fragment/);
  });

  it('agrees with main’s rule (main/config/server-url.ts) on every case', () => {
    const cases = [
      'https://api.signinghub.com',
      'https://api.signinghub.com/base/',
      'HTTPS://API.SIGNINGHUB.COM',
      'http://localhost:4010',
      'http://LOCALHOST',
      'http://127.0.0.1',
      'http://127.0.0.2:9000',
      'http://127.1',
      'http://[::1]:4010',
      'http://[::2]',
      'http://128.0.0.1',
      'http://10.0.0.1',
      'http://api.signinghub.com',
      'http://localhost.example.com',
      'ftp://api.signinghub.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'api.signinghub.com',
      'https://user@api.signinghub.com',
      'https://user:pw@api.signinghub.com',
      'https://api.signinghub.com/?x=1',
      'https://api.signinghub.com/?',
      'https://api.signinghub.com/#frag',
      'http://127.0.0.1/#',
      `https://api.signinghub.com/${'a'.repeat(10_000)}`,
      'https://api.signinghub.com:0',
      'https://xn--a.example.com',
      'https://xn--zz-.example.com',
      'https://аpi.signinghub.com',
      'https://пример.рф',
    ];
    for (const url of cases) {
      let mainAccepts = true;
      try {
        normalizeServerUrl(url);
      } catch {
        mainAccepts = false;
      }
      expect({ url, accepted: validateServerUrl(url) === null }).toEqual({ url, accepted: mainAccepts });
    }
  });

  it('gives main’s own message, so both sides say the same', () => {
    for (const url of ['https://api.signinghub.com:0', 'https://аpi.signinghub.com', `https://x.example/${'a'.repeat(10_000)}`]) {
      let mainMessage = '';
      try {
        normalizeServerUrl(url);
      } catch (error) {
        mainMessage = (error as Error).message;
      }
      expect(mainMessage).not.toBe('');
      expect(validateServerUrl(url)).toBe(mainMessage);
    }
  });

  it('knows the loopback hosts', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.4.5.6')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
  });
});

describe('validateEmail', () => {
  it('accepts addresses that look like email', () => {
    expect(validateEmail('alice@example.com')).toBeNull();
    expect(validateEmail(' first.last+tag@mail.example.co.uk ')).toBeNull();
  });

  it('rejects the rest with a message', () => {
    expect(validateEmail(`${'a'.repeat(400)}@example.com`)).toBe('An email address can be at most 320 characters.');
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

describe('validateMobileNumber', () => {
  it('accepts common phone formats', () => {
    expect(validateMobileNumber('+44 7700 900123')).toBeNull();
    expect(validateMobileNumber('(555) 010-9999')).toBeNull();
  });

  it('rejects empty, letters and too-short numbers', () => {
    expect(validateMobileNumber('')).not.toBeNull();
    expect(validateMobileNumber('call me')).not.toBeNull();
    expect(validateMobileNumber('123')).not.toBeNull();
  });
});
