import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, SERVER_URL_RULE } from '../../main/config/server-url.js';
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

  it('refuses plain http to another host, other schemes and junk with a clear message', () => {
    expect(failure('http://api.signinghub.com').error).toEqual({ kind: 'invalid_input', message: SERVER_URL_RULE });
    expect(failure('ftp://127.0.0.1').error.kind).toBe('invalid_input');
    expect(failure('not a url').error.message).toContain('is not a valid URL');
    expect(failure('https://user:pw@api.signinghub.com').error.message).toContain('must not contain');
  });
});
