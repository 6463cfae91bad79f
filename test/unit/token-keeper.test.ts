import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../main/signinghub/api-failure.js';
import { SESSION_EXPIRED_MESSAGE, TokenKeeper } from '../../main/session/token-keeper.js';
import { kindForStatus } from '../../main/signinghub/error-mapping.js';
import type { TokenResponse } from '../../main/signinghub/schemas.js';

function keeper(refresh: (t: string) => Promise<TokenResponse>) {
  const rotated: string[] = [];
  let ended = 0;
  const k = new TokenKeeper({ access_token: 'a1', refresh_token: 'r1' }, {
    refresh,
    onRotated: async (t) => void rotated.push(t),
    onEnded: async () => void (ended += 1),
  });
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
