// Text from the server, in dialogs and on the connect screen: control and bidi characters are gone, a dialog shows
// about 500 characters with the rest behind Copy details, and the words are marked as the server's.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, packageButton } from './helpers.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { documentRegion, openPackage } from './document-helpers.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault } from '../support/sandbox-control.js';

/** Records what the page puts on the clipboard through copy events. */
async function recordCopies(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    // On window, so it runs after the app's own copy handler on document has set the data.
    window.addEventListener('copy', (event) => copied.push(event.clipboardData?.getData('text/plain') ?? ''));
  });
  return () => page.evaluate(() => (window as unknown as { copied: string[] }).copied);
}

test('an error dialog shows the server’s Message without control or bidi characters, capped, marked, with Copy details', async ({ app, page }) => {
  const detail = 'More detail. '.repeat(80);
  await addFault(app.serverUrl, {
    method: 'POST',
    path: '/documents/\\d+/otp$',
    status: 403,
    message: `Code refused \u202eEDOC\u202c by the gateway.\u0007\r\n${detail}`,
    times: 1,
  });
  await openPackage(page, FIXTURES.welcomePack.name);
  await documentRegion(page, FIXTURES.welcomePack.documentName).getByRole('button', { name: 'Send OTP' }).click();

  const dialog = page.getByRole('alertdialog', { name: 'Could not send OTP' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('From the server:', { exact: true })).toBeVisible();
  await expect(dialog).toContainText('Status 403');
  const shown = (await dialog.locator('.dialog-message bdi').textContent()) ?? '';
  expect(shown.startsWith('Code refused EDOC by the gateway. More detail.')).toBe(true);
  expect(shown).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
  expect(shown.endsWith('…')).toBe(true);
  expect(shown.length).toBeLessThanOrEqual(501);
  // The dialog is described by its headline, then the marked message, so a screen reader says whose words they are.
  await expect(dialog).toHaveAccessibleDescription(/^You are not allowed to do this\. From the server: Code refused EDOC/);

  const copies = await recordCopies(page);
  await dialog.getByRole('button', { name: 'Copy details' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await copies()).toEqual([`Code refused EDOC by the gateway. ${detail}`.trim()]);
  await expectNoSeriousA11yViolations(page, 'dialog[open]');
  // Its one action, Close, closes it.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('an error inside a dialog is marked as the server’s words', async ({ page }) => {
  await packageButton(page, FIXTURES.passwordProtected.name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await dialog.getByLabel('Document password').fill('not-it');
  await dialog.getByRole('button', { name: 'Open' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert.getByText('From the server:', { exact: true })).toBeVisible();
  await expect(alert.getByText('You have entered incorrect authentication credentials - try again', { exact: true })).toBeVisible();
  // A short message has nothing more to copy.
  await expect(alert.getByRole('button', { name: 'Copy details' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'dialog[open]');
});

test('the connect screen shows the server’s name cleaned and marked as what the server reports', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const about = { installation_name: 'Bank \u202eevil\u202c of Trust\u0007', version: '7.7.9', build: '7.7.9.0\u2066x' };
    await addFault(app.serverUrl, { method: 'GET', path: '^/v3/about$', status: 200, body: JSON.stringify(about), contentType: 'application/json' });
    await page.getByRole('button', { name: 'Check server' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Connected.' });
    await expect(status).toBeVisible();
    await expect(status.getByText('The server reports:', { exact: true })).toBeVisible();
    await expect(status.locator('bdi')).toHaveText('Bank evil of Trust, version 7.7.9 (build 7.7.9.0x)');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});
