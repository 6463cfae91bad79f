// Restoring a remembered session against the sandbox: the saved server URL is checked, a session that an
// admin policy now rules out is forgotten with a message, a policy may fix the client id alone, and a
// keychain that failed during the run is still cleared at sign-out.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeApp } from '../../main/compose.js';
import { resolveConfig, type Policy } from '../../main/config/app-config.js';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { keychainAccount, type CredentialStore } from '../../main/session/credential-store.js';
import { MemoryStore } from '../../main/session/memory-store.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { DEMO } from '../sandbox/seed.js';
import { expireTokens, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { failureOf } from '../support/main-harness.js';
import { SwitchableKeychain } from '../support/switchable-keychain.js';

const alice = DEMO.users.alice;
const DEMO_POLICY: Policy = { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret };
let sandbox: Sandbox;
let profile: string;
let account: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  account = keychainAccount(sandbox.url, alice.email);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  profile = await mkdtemp(join(tmpdir(), 'desk-signer-restore-'));
});
afterEach(() => rm(profile, { recursive: true, force: true }));

/** Main composed on the shared profile: a new call is a restart. The sandbox is the prefilled (unlocked) server. */
function startMain(policy: Policy, keychain: CredentialStore): Promise<HandlerTable> {
  const config = resolveConfig(policy, { serverUrl: sandbox.url }, { settingsPath: join(profile, 'settings.json') });
  return composeApp(config, { keychain });
}

/** Signs Alice in with Remember me ticked. */
async function rememberAlice(table: HandlerTable, client: { clientId?: string; clientSecret?: string } = {}): Promise<void> {
  const outcome = await table.signIn({ serverUrl: sandbox.url, email: alice.email, password: alice.password, remember: true, ...client });
  expect(outcome).toMatchObject({ status: 'signed_in', session: { persisted: true } });
}

/** Rewrites the saved server URL of the remembered session, as an older version or another hand might have. */
async function saveLastSessionServer(serverUrl: string): Promise<void> {
  const path = join(profile, 'settings.json');
  const settings = JSON.parse(await readFile(path, 'utf8')) as { lastSession: { serverUrl: string } };
  settings.lastSession.serverUrl = serverUrl;
  await writeFile(path, JSON.stringify(settings));
}

const refreshes = async () =>
  (await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate' && (e.body as { grant_type?: string }).grant_type === 'refresh_token');

describe('restoring a remembered session', () => {
  it('restores a session whose saved server URL passes the sign-in check', async () => {
    const keychain = new MemoryStore();
    await rememberAlice(await startMain(DEMO_POLICY, keychain));
    const restarted = await startMain(DEMO_POLICY, keychain);
    expect(await restarted.restoreSession(undefined)).toMatchObject({ email: alice.email, serverUrl: sandbox.url, persisted: true });
  });

  it('checks the saved server URL first: one the sign-in form would refuse gets no refresh token, and is forgotten', async () => {
    const keychain = new MemoryStore();
    await rememberAlice(await startMain(DEMO_POLICY, keychain));
    // Same origin, so the keychain entry matches; the user name in the URL is what sign-in refuses.
    await saveLastSessionServer(sandbox.url.replace('http://', 'http://attacker@'));
    const restarted = await startMain(DEMO_POLICY, keychain);
    const failure = await failureOf(restarted.restoreSession(undefined));
    expect(failure).toMatchObject({ kind: 'invalid_input', sessionEnded: true });
    expect(failure.message).toContain('Leave the user name and password out of the URL.');
    expect(await refreshes()).toHaveLength(0);
    expect(await keychain.get(account)).toBeNull();
    expect((await restarted.getAppInfo(undefined)).rememberedEmail).toBeUndefined();
    // Forgotten, not refused again at every start.
    expect(await (await startMain(DEMO_POLICY, keychain)).restoreSession(undefined)).toBeNull();
  });

  it('forgets a session on a server other than the one the policy now fixes, and says why', async () => {
    const keychain = new MemoryStore();
    await rememberAlice(await startMain(DEMO_POLICY, keychain));
    const pinned = 'https://signinghub.example.com';
    const restarted = await startMain({ ...DEMO_POLICY, serverUrl: pinned }, keychain);
    const failure = await failureOf(restarted.restoreSession(undefined));
    expect(failure).toMatchObject({ kind: 'forbidden', sessionEnded: true });
    expect(failure.message).toContain(pinned);
    expect(failure.message).toContain(sandbox.url);
    expect(failure.status).toBeUndefined();
    expect(await refreshes()).toHaveLength(0);
    expect(await keychain.get(account)).toBeNull();
    expect(await restarted.getAppInfo(undefined)).toMatchObject({ serverUrl: pinned, serverUrlLocked: true });
    expect((await restarted.getAppInfo(undefined)).rememberedEmail).toBeUndefined();
  });

  it('forgets a session made with another API client than the one the policy now fixes, and says why', async () => {
    const keychain = new MemoryStore();
    // Alice typed the demo client under Advanced; then an admin fixed another client for this computer.
    await rememberAlice(await startMain({}, keychain), { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret });
    const restarted = await startMain({ clientId: 'fleet-client', clientSecret: 'fleet-secret' }, keychain);
    const failure = await failureOf(restarted.restoreSession(undefined));
    expect(failure).toMatchObject({ kind: 'forbidden', sessionEnded: true });
    expect(failure.message).toMatch(/administrator/i);
    expect(await refreshes()).toHaveLength(0);
    expect(await keychain.get(account)).toBeNull();
    expect((await restarted.getAppInfo(undefined)).rememberedEmail).toBeUndefined();
  });

  it('renews with the policy’s client secret when the policy fixes the same client', async () => {
    const keychain = new MemoryStore();
    await rememberAlice(await startMain({}, keychain), { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret });
    const restarted = await startMain(DEMO_POLICY, keychain);
    expect(await restarted.restoreSession(undefined)).toMatchObject({ email: alice.email });
    expect((await refreshes()).at(-1)?.body).toMatchObject({ client_id: DEMO.clientId, client_secret: DEMO.clientSecret });
  });
});

describe('a policy that fixes the client id alone', () => {
  it('locks the id but leaves the secret to the user, and signs in with the secret they type', async () => {
    const table = await startMain({ clientId: DEMO.clientId }, new MemoryStore());
    expect(await table.getAppInfo(undefined)).toMatchObject({ clientId: DEMO.clientId, clientLocked: true, clientSecretLocked: false, hasClientSecret: false });
    const missing = await failureOf(table.signIn({ serverUrl: sandbox.url, email: alice.email, password: alice.password, remember: false }));
    expect(missing.kind).toBe('invalid_input');
    // A typed id is ignored (the policy's wins); the typed secret is used.
    const outcome = await table.signIn({
      serverUrl: sandbox.url,
      email: alice.email,
      password: alice.password,
      remember: false,
      clientId: 'typed-id',
      clientSecret: DEMO.clientSecret,
    });
    expect(outcome.status).toBe('signed_in');
    const grant = (await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate').at(-1);
    expect(grant?.body).toMatchObject({ grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.clientSecret });
  });

  it('locks both when the policy sets both', async () => {
    const table = await startMain(DEMO_POLICY, new MemoryStore());
    expect(await table.getAppInfo(undefined)).toMatchObject({ clientLocked: true, clientSecretLocked: true, hasClientSecret: true });
  });
});

describe('sign-out after the keychain failed during the run', () => {
  it('still deletes the keychain entry written while the keychain worked', async () => {
    const keychain = new SwitchableKeychain();
    const table = await startMain(DEMO_POLICY, keychain);
    await rememberAlice(table);
    expect(await keychain.get(account)).not.toBeNull();
    // The keychain goes away; the next token rotation cannot be saved there and falls back to memory.
    keychain.down = true;
    await expireTokens(sandbox.url);
    await table.listPackages({ status: 'ALL', page: 1, pageSize: 5 });
    expect((await table.getAppInfo(undefined)).keychainUnavailable).toBe(true);

    keychain.down = false;
    await table.signOut(undefined);
    expect(await keychain.get(account)).toBeNull();
    expect(await (await startMain(DEMO_POLICY, keychain)).restoreSession(undefined)).toBeNull();
  });
});
