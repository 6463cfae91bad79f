// A refresh whose answer is lost: the session is not called expired, the keychain entry survives the
// network error, and once the server refuses the spent token the user is told why and keeps their email.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMainHarness, failureOf, type MainHarness } from '../support/main-harness.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { DEMO } from '../sandbox/seed.js';
import { addFault, expireTokens, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { keychainAccount } from '../../main/session/credential-store.js';
import { RENEWAL_LOST_MESSAGE, REMEMBER_ME_LAPSED } from '../../main/session/token-keeper.js';

let sandbox: Sandbox;
let harness: MainHarness;
const alice = DEMO.users.alice;
const page = { status: 'ALL', page: 1, pageSize: 5 } as const;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  harness = await createMainHarness(sandbox.url);
});
afterEach(() => harness.dispose());

describe('a lost refresh answer', () => {
  it('keeps the session and the keychain entry, then ends honestly when the spent token is refused', async () => {
    await harness.signIn();
    const account = keychainAccount(sandbox.url, alice.email);
    const stored = await harness.keychain.get(account);
    expect(stored).not.toBeNull();
    await expireTokens(sandbox.url);
    // The server rotates the refresh token, then the connection drops before its answer arrives.
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', dropAfter: true, times: 1 });

    const lost = await failureOf(harness.table.listPackages(page));
    expect(lost.kind).toBe('network');
    expect(lost.sessionEnded).toBeUndefined();
    expect(lost.message).not.toMatch(/expired/i);
    expect(await harness.keychain.get(account)).toBe(stored);

    const ended = await failureOf(harness.table.listPackages(page));
    expect(ended).toEqual({ kind: 'unauthorized', message: `${RENEWAL_LOST_MESSAGE} ${REMEMBER_ME_LAPSED}`, sessionEnded: true });
    const refreshes = (await requestLog(sandbox.url)).filter(
      (e) => e.path === '/authenticate' && (e.body as { grant_type?: string }).grant_type === 'refresh_token',
    );
    expect(refreshes).toHaveLength(2);
    // The spent token is of no use any more; the email stays for the sign-in form.
    expect(await harness.keychain.get(account)).toBeNull();
    expect(await harness.table.getAppInfo(undefined)).toMatchObject({ rememberedEmail: alice.email });
  });

  it('at start-up, a refused remembered token still leaves the email to prefill', async () => {
    await harness.signIn();
    const restarted = await createMainHarness(sandbox.url, harness);
    await addFault(sandbox.url, {
      method: 'POST',
      path: '^/authenticate$',
      status: 400,
      body: '{"error":"invalid_grant","error_description":"Invalid or expired refresh token"}',
    });
    expect(await restarted.table.restoreSession(undefined)).toBeNull();
    expect(await restarted.keychain.get(keychainAccount(sandbox.url, alice.email))).toBeNull();
    expect(await restarted.table.getAppInfo(undefined)).toMatchObject({ rememberedEmail: alice.email });
  });

  it('forgets the email at sign-out', async () => {
    await harness.signIn();
    expect(await harness.table.getAppInfo(undefined)).toMatchObject({ rememberedEmail: alice.email });
    await harness.table.signOut(undefined);
    expect((await harness.table.getAppInfo(undefined)).rememberedEmail).toBeUndefined();
  });
});
