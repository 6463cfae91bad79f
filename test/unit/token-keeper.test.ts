import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../main/signinghub/api-failure.js';
import { RENEWAL_LOST_MESSAGE, REMEMBER_ME_LAPSED, SESSION_EXPIRED_MESSAGE, TokenKeeper } from '../../main/session/token-keeper.js';
import { kindForStatus } from '../../main/signinghub/error-mapping.js';
import type { TokenResponse } from '../../main/signinghub/schemas.js';

function keeper(refresh: (t: string) => Promise<TokenResponse>, remembered = false) {
  const rotated: string[] = [];
  let ended = 0;
  const k = new TokenKeeper(
    { access_token: 'a1', refresh_token: 'r1' },
    {
      refresh,
      remembered,
      onRotated: async (t) => void rotated.push(t),
      onEnded: async () => void (ended += 1),
    },
  );
  return { k, rotated, ended: () => ended };
}

describe('TokenKeeper', () => {
  it('shares one refresh between the calls in flight and stores the rotated refresh token', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { k, rotated } = keeper(async (t) => {
      calls += 1;
      expect(t).toBe('r1');
      await gate;
      return { access_token: 'a2', refresh_token: 'r2' };
    });
    const all = Promise.all([k.refreshAfter('a1'), k.refreshAfter('a1'), k.refreshAfter('a1')]);
    release();
    expect(await all).toEqual(['a2', 'a2', 'a2']);
    expect(calls).toBe(1);
    expect(rotated).toEqual(['r2']);
    // A caller that still holds the old token gets the new one without another refresh.
    expect(await k.refreshAfter('a1')).toBe('a2');
    expect(calls).toBe(1);
  });

  it('ends the session once, with a clear message, when the refresh is refused', async () => {
    const { k, ended } = keeper(async () => {
      throw new ApiFailure({ kind: 'invalid_input', status: 400, message: 'Invalid or expired refresh token' });
    });
    const results = await Promise.allSettled([k.refreshAfter('a1'), k.refreshAfter('a1')]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const error = (r as PromiseRejectedResult).reason as ApiFailure;
      expect(error.error).toEqual({ kind: 'unauthorized', status: 401, message: SESSION_EXPIRED_MESSAGE, sessionEnded: true });
    }
    expect(ended()).toBe(1);
  });

  it('keeps the session when the refresh fails for a network fault', async () => {
    const { k, ended } = keeper(async () => {
      throw new ApiFailure({ kind: 'network', message: 'offline' });
    });
    await expect(k.refreshAfter('a1')).rejects.toMatchObject({ error: { kind: 'network' } });
    expect(ended()).toBe(0);
  });

  it('keeps the session when the refresh is answered 429 or 408, and refreshes again next time', async () => {
    for (const status of [429, 408]) {
      let calls = 0;
      const { k, ended, rotated } = keeper(async () => {
        calls += 1;
        if (calls === 1) throw new ApiFailure({ kind: kindForStatus(status), status, message: 'Too Many Requests' });
        return { access_token: 'a2', refresh_token: 'r2' };
      });
      await expect(k.refreshAfter('a1')).rejects.toMatchObject({ error: { status } });
      expect(ended()).toBe(0);
      expect(await k.refreshAfter('a1')).toBe('a2');
      expect(rotated).toEqual(['r2']);
    }
  });

  it('after a lost refresh answer, a refused refresh says the renewal was lost, not that the session expired', async () => {
    const lost = [
      new ApiFailure({ kind: 'network', message: 'Could not reach the SigningHub server.' }),
      new ApiFailure({ kind: 'timeout', message: 'The SigningHub server did not answer in time.' }),
      new ApiFailure({ kind: 'invalid_response', status: 200, message: 'The server sent a response that is not valid JSON.' }),
    ];
    for (const [index, failure] of lost.entries()) {
      const remembered = index === 0;
      let calls = 0;
      const { k, ended } = keeper(async () => {
        calls += 1;
        if (calls === 1) throw failure;
        // The server had rotated the token before the answer was lost, so the old one is spent.
        throw new ApiFailure({ kind: 'invalid_input', status: 400, message: 'Invalid or expired refresh token' });
      }, remembered);
      await expect(k.refreshAfter('a1')).rejects.toBe(failure);
      expect(ended()).toBe(0);
      const error = ((await k.refreshAfter('a1').catch((e: unknown) => e)) as ApiFailure).error;
      expect(error).toEqual({
        kind: 'unauthorized',
        message: remembered ? `${RENEWAL_LOST_MESSAGE} ${REMEMBER_ME_LAPSED}` : RENEWAL_LOST_MESSAGE,
        sessionEnded: true,
      });
      expect(error.message).not.toMatch(/expired/i);
      expect(ended()).toBe(1);
      // Later calls hear the same reason.
      await expect(k.refreshAfter('a1')).rejects.toMatchObject({ error });
    }
  });

  it('forgets a lost answer once a refresh succeeds, and a 429 is not a lost answer', async () => {
    const answers: (TokenResponse | ApiFailure)[] = [
      new ApiFailure({ kind: 'network', message: 'offline' }),
      { access_token: 'a2', refresh_token: 'r2' },
      new ApiFailure({ kind: 'server', status: 429, message: 'Too Many Requests' }),
      new ApiFailure({ kind: 'invalid_input', status: 400, message: 'Invalid or expired refresh token' }),
    ];
    const { k } = keeper(async () => {
      const next = answers.shift();
      if (next === undefined || next instanceof ApiFailure) throw next;
      return next;
    });
    await expect(k.refreshAfter('a1')).rejects.toMatchObject({ error: { kind: 'network' } });
    expect(await k.refreshAfter('a1')).toBe('a2');
    await expect(k.refreshAfter('a2')).rejects.toMatchObject({ error: { status: 429 } });
    await expect(k.refreshAfter('a2')).rejects.toMatchObject({ error: { message: SESSION_EXPIRED_MESSAGE, sessionEnded: true } });
  });

  it('persists nothing from a refresh that lands after sign-out, and refreshes no more', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { k, rotated, ended } = keeper(async () => {
      await gate;
      return { access_token: 'a2', refresh_token: 'r2' };
    });
    const inFlight = k.refreshAfter('a1');
    k.dispose();
    release();
    await inFlight;
    expect(rotated).toEqual([]);
    await expect(k.refreshAfter(k.accessToken)).rejects.toMatchObject({ error: { sessionEnded: true } });
    expect(ended()).toBe(0);
  });
});
