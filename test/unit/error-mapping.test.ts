import { describe, expect, it } from 'vitest';
import { kindForStatus, serverMessage, toApiError } from '../../main/signinghub/error-mapping.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';

describe('error mapping', () => {
  it('maps statuses to envelope kinds', () => {
    expect([400, 401, 403, 404, 500, 503, 418].map(kindForStatus)).toEqual([
      'invalid_input', 'unauthorized', 'forbidden', 'not_found', 'server', 'server', 'invalid_input',
    ]);
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
