import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keytar from 'keytar';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { readFolder, secretsOnDisk } from '../support/disk-scan.js';
import { expireTokens, requestLog, type LogEntry } from '../support/sandbox-control.js';
import { KEYCHAIN_SERVICE, keychainAccount } from '../../main/session/credential-store.js';
import { KEYRING_SKIP_REASON, NO_BUS_ADDRESS, keyringAvailable } from '../support/keyring.js';

let sandbox: Sandbox;
let profile: string;
test.beforeEach(async () => {
  sandbox = await startSandbox({ port: 0 });
  profile = await mkdtemp(join(tmpdir(), 'desk-signer-e2e-'));
});
test.afterEach(async () => {
  await sandbox.close();
  await rm(profile, { recursive: true, force: true });
});

test('a restart restores the session from the keychain; sign out revokes and forgets it', async () => {
  test.skip(!keyringAvailable(), KEYRING_SKIP_REASON);
  const account = keychainAccount(sandbox.url, ALICE.email);
  const options = { ...DEMO_CLIENT, serverUrl: sandbox.url, userDataDir: profile };

  const first = await launchApp(options);
  try {
    await signIn(first.page, ALICE, { remember: true });
  } finally {
    await first.close();
  }
  const stored = JSON.parse((await keytar.getPassword(KEYCHAIN_SERVICE.dev, account)) ?? '{}') as Record<string, string>;
  expect(Object.keys(stored).sort()).toEqual(['clientId', 'clientSecret', 'refreshToken']);

  const second = await launchApp(options);
  try {
    const { page } = second;
    // No sign-in form: the refresh token from the keychain opened the session.
    await expect(packageButton(page, 'Welcome pack')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
    const refresh = (await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate').at(-1);
    expect(refresh?.body).toMatchObject({ grant_type: 'refresh_token', refresh_token: stored.refreshToken });
    // The spent refresh token was replaced in the keychain by the rotated one.
    const rotated = JSON.parse((await keytar.getPassword(KEYCHAIN_SERVICE.dev, account)) ?? '{}') as Record<string, string>;
    expect(rotated.refreshToken).toBeTruthy();
    expect(rotated.refreshToken).not.toBe(stored.refreshToken);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const revoke = (await requestLog(sandbox.url)).find((e) => e.method === 'DELETE' && e.path === '/tokens');
    expect(revoke?.body).toMatchObject({ refresh_token: rotated.refreshToken, token_type_hint: 'refresh_token' });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE.dev, account)).toBeNull();
  } finally {
    await second.close();
  }

  const third = await launchApp(options);
  try {
    await expect(third.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await third.close();
  }
});

test('a remembered session that a new policy rules out is forgotten, and the sign-in screen says why', async () => {
  test.skip(!keyringAvailable(), KEYRING_SKIP_REASON);
  const account = keychainAccount(sandbox.url, ALICE.email);
  const first = await launchApp({ ...DEMO_CLIENT, serverUrl: sandbox.url, userDataDir: profile });
  try {
    await signIn(first.page, ALICE, { remember: true });
  } finally {
    await first.close();
  }
  expect(await keytar.getPassword(KEYCHAIN_SERVICE.dev, account)).not.toBeNull();

  // An administrator now fixes another API client for this computer.
  const second = await launchApp({ clientId: 'fleet-client', clientSecret: 'fleet-secret', serverUrl: sandbox.url, userDataDir: profile });
  try {
    const { page } = second;
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Your administrator has set the API client for this computer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
    // Nothing was sent with the old client's refresh token, and the entry is gone.
    expect((await requestLog(sandbox.url)).filter((e) => (e.body as { grant_type?: string } | null)?.grant_type === 'refresh_token')).toHaveLength(0);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE.dev, account)).toBeNull();
  } finally {
    await second.close();
  }
});

test('a policy that fixes the client id alone leaves the client secret for the user to type', async () => {
  const app = await launchApp({ clientId: DEMO_CLIENT.clientId, serverUrl: sandbox.url, userDataDir: profile });
  try {
    const { page } = app;
    await page.getByText('Advanced').click();
    await expect(page.getByRole('textbox', { name: 'Client ID' })).toHaveValue(DEMO_CLIENT.clientId);
    await expect(page.getByRole('textbox', { name: 'Client ID' })).not.toBeEditable();
    const secret = page.getByLabel('Client secret');
    await expect(secret).toBeEditable();
    await secret.fill(DEMO_CLIENT.clientSecret);
    await signIn(page, ALICE, { remember: false });
    const grant = (await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate').at(-1);
    expect(grant?.body).toMatchObject({ client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
  } finally {
    await app.close();
  }
});

/** Every refresh token the log names: redeemed at a refresh, or revoked at sign-out. */
const refreshTokensIn = (log: LogEntry[]): string[] =>
  log.map((e) => (e.body as { refresh_token?: unknown } | null)?.refresh_token).filter((t): t is string => typeof t === 'string');

test('with the keychain unavailable, sign-in works, the UI says it will not be remembered, nothing secret reaches the disk, and a restart asks again', async () => {
  // The policy fixes the client id alone, so the secret is typed and kept only where "Remember me" keeps it.
  const options = {
    clientId: DEMO_CLIENT.clientId,
    serverUrl: sandbox.url,
    userDataDir: profile,
    env: { DBUS_SESSION_BUS_ADDRESS: NO_BUS_ADDRESS, DISPLAY: '' },
  };
  const snapshots: Map<string, Buffer>[] = [];
  const first = await launchApp(options);
  try {
    const { page } = first;
    await expect(page.getByText(/keychain is unavailable/i).first()).toBeVisible();
    await page.getByText('Advanced').click();
    await page.getByLabel('Client secret').fill(DEMO_CLIENT.clientSecret);
    await signIn(page, ALICE, { remember: true });
    await expect(page.getByText(/sign in again next time/i).first()).toBeVisible();
    snapshots.push(await readFolder(profile));
    // A rotation: the sign-in's refresh token is redeemed (so the log names it) and a new one is kept.
    await expireTokens(sandbox.url);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    await expect.poll(async () => refreshTokensIn(await requestLog(sandbox.url))).toHaveLength(1);
    await expect(page.getByRole('table', { name: 'Packages' })).toHaveAttribute('aria-busy', 'false');
    snapshots.push(await readFolder(profile));
    // Sign-out revokes the newest refresh token, which names that one too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await first.close();
  }
  snapshots.push(await readFolder(profile));
  const log = await requestLog(sandbox.url);
  const secrets = {
    'a refresh token': refreshTokensIn(log),
    'an access token': log
      .map((e) => e.headers.authorization)
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.replace(/^Bearer /, '')),
    'the client secret': [DEMO_CLIENT.clientSecret],
    'the password': [ALICE.password],
  };
  expect(secrets['a refresh token']).toHaveLength(2);
  expect(secrets['an access token'].length).toBeGreaterThan(0);
  for (const files of snapshots) {
    // The folder looked at is the one the app writes to.
    expect([...files.keys()]).toContain('settings.json');
    expect(secretsOnDisk(files, secrets)).toEqual([]);
  }

  const second = await launchApp(options);
  try {
    await expect(second.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await second.close();
  }
});
