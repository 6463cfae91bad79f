import { describe, expect, it } from 'vitest';
import { kindForStatus, redirectMessage, serverMessage, toApiError } from '../../main/signinghub/error-mapping.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';
import { isRefusedGrant } from '../../main/session/token-keeper.js';

describe('error mapping', () => {
  it('maps statuses to envelope kinds', () => {
    expect([400, 401, 403, 404, 500, 503, 418].map(kindForStatus)).toEqual([
      'invalid_input',
      'unauthorized',
      'forbidden',
      'not_found',
      'server',
      'server',
      'invalid_input',
    ]);
  });

  it('maps 429 and 408 to temporary kinds, so a refresh they answer is not a refused grant', () => {
    expect([429, 408].map(kindForStatus)).toEqual(['server', 'timeout']);
    for (const status of [429, 408]) {
      expect(isRefusedGrant(new ApiFailure({ kind: kindForStatus(status), status, message: 'not now' }))).toBe(false);
    }
    expect(isRefusedGrant(new ApiFailure({ kind: kindForStatus(400), status: 400, message: 'Invalid or expired refresh token' }))).toBe(true);
  });

  it('maps every 3xx to a server error, never success or a refused grant', () => {
    for (const status of [301, 302, 303, 304, 307, 308]) {
      expect(kindForStatus(status)).toBe('server');
      expect(isRefusedGrant(new ApiFailure({ kind: kindForStatus(status), status, message: 'moved' }))).toBe(false);
    }
  });

  it('names the status and only the host a redirect pointed to', () => {
    const url = 'https://sh.example.org/v3/packages/ALL/1/50';
    expect(redirectMessage(302, 'https://login.example.com/sso?next=%2Fv3&token=abc', url)).toBe(
      'The server answered 302 and sent Desk Signer to login.example.com. A proxy or sign-on page may be in front of SigningHub.',
    );
    expect(redirectMessage(307, '/maintenance.html', url)).toBe(
      'The server answered 307 and sent Desk Signer to sh.example.org. A proxy or sign-on page may be in front of SigningHub.',
    );
    expect(redirectMessage(301, undefined, url)).toBe(
      'The server answered 301 and did not say where to. A proxy or sign-on page may be in front of SigningHub.',
    );
    expect(redirectMessage(302, 'http://[bad', url)).toContain('did not say where to');
  });

  it('keeps SigningHub Message verbatim, or the OAuth error_description', () => {
    expect(serverMessage('{"Message":"Document does not belong to user"}')).toBe('Document does not belong to user');
    expect(serverMessage('{"Error":"otp_required","Message":"One time password is required"}')).toBe('One time password is required');
    expect(serverMessage({ error: 'invalid_grant', error_description: 'Invalid or expired refresh token' })).toBe('Invalid or expired refresh token');
    expect(serverMessage('')).toBeUndefined();
    expect(serverMessage('<html>')).toBeUndefined();
  });

  it('passes an ApiFailure through untouched and never throws on odd values', () => {
    const error = { kind: 'forbidden' as const, status: 403, message: 'Account is disabled' };
    expect(toApiError(new ApiFailure(error))).toBe(error);
    expect(toApiError(undefined).kind).toBe('server');
    expect(toApiError(new TypeError('boom')).message).not.toContain('boom');
  });
});
