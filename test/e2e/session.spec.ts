import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keytar from 'keytar';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { requestLog } from '../support/sandbox-control.js';
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

test('with the keychain unavailable, sign-in works, the UI says it will not be remembered, and a restart asks again', async () => {
  const options = { ...DEMO_CLIENT, serverUrl: sandbox.url, userDataDir: profile, env: { DBUS_SESSION_BUS_ADDRESS: NO_BUS_ADDRESS, DISPLAY: '' } };
  const first = await launchApp(options);
  try {
    const { page } = first;
    await expect(page.getByText(/keychain is unavailable/i).first()).toBeVisible();
    await signIn(page, ALICE, { remember: true });
    await expect(page.getByText(/sign in again next time/i).first()).toBeVisible();
  } finally {
    await first.close();
  }
  const second = await launchApp(options);
  try {
    await expect(second.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await second.close();
  }
});
