import { describe, expect, it } from 'vitest';
import type { ApiError, Result } from '../../shared/contract';
import { settleCommand } from '../../renderer/src/api/command';
import type { CommandOptions } from '../../renderer/src/api/command';

const REFUSED: ApiError = { kind: 'forbidden', status: 403, message: 'Invalid OTP' };
const ENDED: ApiError = { kind: 'unauthorized', status: 401, message: 'Your session has expired. Please sign in again.', sessionEnded: true };

/** Settles one call answering `answer`, and returns what came back and what was reported. */
async function settle(answer: Result<number> | (() => never), options: CommandOptions) {
  const reported: unknown[][] = [];
  const call = typeof answer === 'function' ? answer : async () => answer;
  const result = await settleCommand(call, undefined, options, (...args) => reported.push(args));
  return { result, reported };
}

describe('settleCommand', () => {
  it('hands back the value and reports nothing', async () => {
    expect(await settle({ ok: true, value: 7 }, { errorTitle: 'Could not sign' })).toEqual({ result: { ok: true, value: 7 }, reported: [] });
  });

  it('reports a failure under its title, and hands it back so a caller can tell it from a skipped run', async () => {
    expect(await settle({ ok: false, error: REFUSED }, { errorTitle: 'Could not sign' })).toEqual({
      result: { ok: false, error: REFUSED },
      reported: [['Could not sign', REFUSED, undefined]],
    });
  });

  it('hands an inline failure back without reporting it', async () => {
    expect(await settle({ ok: false, error: REFUSED }, { errorTitle: 'Could not sign', failures: 'inline' })).toEqual({
      result: { ok: false, error: REFUSED },
      reported: [],
    });
  });

  it('always reports an ended session, and leaves an inline caller nothing to show', async () => {
    expect(await settle({ ok: false, error: ENDED }, { errorTitle: 'Could not sign', failures: 'inline' })).toEqual({
      result: null,
      reported: [['Could not sign', ENDED, undefined]],
    });
  });

  it('reports the note a failure carries with it', async () => {
    const reported: unknown[][] = [];
    await settleCommand(
      async () => ({ ok: false, error: REFUSED, note: 'It is safe to try again.' }),
      1,
      { errorTitle: 'Could not finish the package' },
      (...args) => reported.push(args),
    );
    expect(reported).toEqual([['Could not finish the package', REFUSED, 'It is safe to try again.']]);
  });

  it('turns a bridge that throws into a failure instead of a crash', async () => {
    const { result } = await settle(
      () => {
        throw new TypeError('window.signer is undefined');
      },
      { errorTitle: 'Could not sign', failures: 'inline' },
    );
    expect(result).toEqual({ ok: false, error: { kind: 'invalid_response', message: 'The app could not complete the request: window.signer is undefined' } });
  });
});
