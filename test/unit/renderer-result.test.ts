import { describe, expect, it } from 'vitest';
import type { ApiError, Result } from '../../shared/contract';
import { BridgeError, errorMessage, toApiError, unwrap } from '../../renderer/src/api/result';

describe('unwrap', () => {
  it('returns the value of an ok result', async () => {
    await expect(unwrap(async (): Promise<Result<number>> => ({ ok: true, value: 7 }))).resolves.toBe(7);
  });

  it('throws the error of a failed result, unchanged', async () => {
    const error: ApiError = { kind: 'forbidden', status: 403, message: 'Document does not belong to user', sessionEnded: false };
    const caught = await unwrap(async (): Promise<Result<number>> => ({ ok: false, error })).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(BridgeError);
    expect(toApiError(caught)).toBe(error);
  });

  it('turns a bridge that throws into an ApiError instead of a crash', async () => {
    const caught = await unwrap((): Promise<Result<number>> => {
      throw new TypeError('window.signer is undefined');
    }).catch((e: unknown) => e);
    expect(toApiError(caught)).toEqual({
      kind: 'invalid_response',
      message: 'The app could not complete the request: window.signer is undefined',
    });
  });
});

describe('toApiError', () => {
  it('describes values that are not BridgeErrors', () => {
    expect(toApiError(new Error('boom')).message).toContain('boom');
    expect(toApiError('odd').message).toContain('odd');
  });
});

describe('errorMessage', () => {
  it('shows the server’s Message verbatim, or says that none was given', () => {
    expect(errorMessage({ kind: 'forbidden', status: 403, message: 'Document does not belong to user' })).toBe('Document does not belong to user');
    expect(errorMessage({ kind: 'server', status: 500, message: '' })).toBe('The request failed and no details were given.');
  });
});
