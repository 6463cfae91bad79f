// Against the sandbox served over HTTPS (`npm run sandbox -- --tls` runs the same server) with a certificate
// from a CA made here: the connect screen names the certificate problem and the fix, and extraCaFile fixes it.
import { expect, test } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, signIn } from './helpers.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { createPrivateCa } from '../sandbox/tls.js';

let sandbox: Sandbox;
let dir = '';
let caFile = '';

test.beforeAll(async () => {
  const ca = createPrivateCa();
  dir = await mkdtemp(join(tmpdir(), 'desk-signer-ca-'));
  caFile = join(dir, 'corp-ca.pem');
  await writeFile(caFile, ca.certPem);
  sandbox = await startSandbox({ port: 0, tls: ca.issue() });
});
test.afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

test('a server certificate from an untrusted CA gets its own message naming extraCaFile, never “could not reach”', async () => {
  const app = await launchApp({ ...DEMO_CLIENT, serverUrl: sandbox.url });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Check server' }).click();
    const alert = page.getByRole('alertdialog');
    await expect(alert.getByText('The server’s certificate was not accepted.', { exact: true })).toBeVisible();
    await expect(alert).toContainText('issued by a certificate authority this computer does not trust');
    await expect(alert).toContainText('extraCaFile policy');
    await expect(alert).not.toContainText(/could not reach/i);
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('with the CA in extraCaFile the same server connects and signs in', async () => {
  const app = await launchApp({ ...DEMO_CLIENT, serverUrl: sandbox.url, policy: { extraCaFile: caFile } });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Check server' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connected.' })).toBeVisible();
    await signIn(page, ALICE, { remember: false });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await app.close();
  }
});
