import { describe, expect, it } from 'vitest';
import { normalizeServerUrl } from '../../main/config/server-url.js';
import { checkServerUrl } from '../../shared/server-url-check.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';

function failure(input: string): ApiFailure {
  try {
    normalizeServerUrl(input);
  } catch (error) {
    if (error instanceof ApiFailure) return error;
  }
  throw new Error(`${input} was accepted`);
}

describe('normalizeServerUrl', () => {
  it('accepts https anywhere and http on loopback only, without a trailing slash', () => {
    expect(normalizeServerUrl('https://api.signinghub.com/')).toBe('https://api.signinghub.com');
    expect(normalizeServerUrl(' https://sh.example.org/base/ ')).toBe('https://sh.example.org/base');
    expect(normalizeServerUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(normalizeServerUrl('http://localhost:4010')).toBe('http://localhost:4010');
    expect(normalizeServerUrl('http://[::1]:4010')).toBe('http://[::1]:4010');
  });

  it('refuses what the shared check refuses, with its plain message', () => {
    const cases = [
      'http://api.signinghub.com',
      'ftp://127.0.0.1',
      'not a url',
      'https://user:pw@api.signinghub.com',
      `https://api.signinghub.com/${'a'.repeat(10_000)}`,
      'https://api.signinghub.com:0',
      'https://xn--a.example.com',
      'https://аpi.signinghub.com',
    ];
    for (const input of cases) {
      const check = checkServerUrl(input);
      expect(check.ok).toBe(false);
      expect(failure(input).error).toEqual({ kind: 'invalid_input', message: check.ok ? '' : check.message });
    }
  });

  it('never echoes the typed URL back in its message', () => {
    const long = `https://api.signinghub.com/${'x'.repeat(10_000)}`;
    expect(failure(long).error.message.length).toBeLessThanOrEqual(200);
    expect(failure('not a url').error.message).not.toContain('not a url');
  });
});
