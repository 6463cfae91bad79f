import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { addFault, clearLog, expireTokens, refuseRenewal, requestLog } from '../support/sandbox-control.js';

test('an expired access token is refreshed without the user noticing', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await signIn(page);
    await expireTokens(app.serverUrl);
    await clearLog(app.serverUrl);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const listStatuses = async () => (await requestLog(app.serverUrl)).filter((e) => e.path.startsWith('/v3/packages/ALL/1/')).map((e) => e.status);
    await expect.poll(listStatuses).toEqual([401, 200]);
    // The list scrolls instead of paging: the range names the rows in view, and the ALL rows replaced the pending ones.
    await expect(page.getByText(/^1–\d+ of \d+$/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Packages' })).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    const log = await requestLog(app.serverUrl);
    expect(log.filter((e) => e.path === '/authenticate').map((e) => (e.body as { grant_type: string }).grant_type)).toEqual(['refresh_token']);
  } finally {
    await app.close();
  }
});

test('a refused refresh ends the session with a clear message and returns to sign-in', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await signIn(page);
    await refuseRenewal(app.serverUrl);
    await packageButton(page, 'Welcome pack').click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Your session has expired. Please sign in again.');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a lost refresh answer never says "expired"; when the spent token is then refused, it says why and keeps the email', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await signIn(page, ALICE, { remember: true });
    await expireTokens(app.serverUrl);
    // The server rotates the refresh token, then the connection drops before its answer arrives.
    await addFault(app.serverUrl, { method: 'POST', path: '^/authenticate$', dropAfter: true, times: 1 });
    const status = page.getByRole('combobox', { name: 'Status' });
    await status.selectOption('ALL');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toContainText(/expired/i);
    await expect(dialog).not.toContainText('Your session has ended');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    // The next call refreshes with the spent token, which the server refuses.
    await status.selectOption('SIGNED');
    await expect(dialog).toContainText('The connection was lost while your session was being renewed');
    await expect(dialog).toContainText('Remember me');
    await expect(dialog).not.toContainText(/expired/i);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(ALICE.email);
    await expect(page.getByRole('checkbox', { name: 'Remember me' })).toHaveAccessibleDescription(/Remember me/);
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    const refreshes = (await requestLog(app.serverUrl)).filter(
      (e) => e.path === '/authenticate' && (e.body as { grant_type: string }).grant_type === 'refresh_token',
    );
    expect(refreshes).toHaveLength(2);
  } finally {
    await app.close();
  }
});
