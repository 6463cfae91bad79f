// Errors with a next step: SigningHub's Message word for word with its status, a plain headline, and one action
// that fits (Try again, Sign in again, Close with whom to ask); sign-in and login code failures beside their field.
import { expect, test as plain } from '@playwright/test';
import { test } from './fixtures.js';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, expectFieldAlert, packageButton, signIn, submitSignIn } from './helpers.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { documentRegion, openPackage } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { MESSAGES } from '../sandbox/errors.js';
import { addFault, clearFaults, latestCode, refuseRenewal } from '../support/sandbox-control.js';

plain('a 500 on the package list shows a headline, the Message verbatim, the status, and a Try again that works once the fault is gone', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await addFault(app.serverUrl, { method: 'GET', path: '^/v3/packages/PENDING/1/', status: 500, message: MESSAGES.internalError });
    await submitSignIn(page, ALICE, { remember: false });
    const dialog = page.getByRole('alertdialog', { name: 'Could not load packages' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('SigningHub had a problem on its side.', { exact: true })).toBeVisible();
    await expect(dialog.getByText(MESSAGES.internalError, { exact: true })).toBeVisible();
    await expect(dialog.getByText('Status 500', { exact: true })).toBeVisible();
    // A screen reader hears the title, then the headline, the server's words and the status.
    await expect(dialog).toHaveAccessibleDescription(`SigningHub had a problem on its side. From the server: ${MESSAGES.internalError} Status 500`);
    const tryAgain = dialog.getByRole('button', { name: 'Try again' });
    await expect(tryAgain).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'dialog[open]');

    await clearFaults(app.serverUrl);
    await tryAgain.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Packages' }).getByRole('button').first()).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

plain('a session SigningHub refuses to renew says so and offers Sign in again', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await signIn(page);
    await refuseRenewal(app.serverUrl);
    await packageButton(page, FIXTURES.welcomePack.name).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByText('Your session has ended.', { exact: true })).toBeVisible();
    await expect(dialog).toContainText('Your session has expired. Please sign in again.');
    const again = dialog.getByRole('button', { name: 'Sign in again' });
    await expect(again).toBeFocused();
    // One way on: no Try again, no second button.
    await expect(dialog.getByRole('button')).toHaveCount(1);
    await again.click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a 403 on an action says it is not allowed and whom to ask, naming the sender', async ({ app, page }) => {
  await addFault(app.serverUrl, { method: 'POST', path: '/documents/\\d+/otp$', status: 403, message: MESSAGES.notAuthorized, times: 1 });
  await openPackage(page, FIXTURES.welcomePack.name);
  await documentRegion(page, FIXTURES.welcomePack.documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Could not send OTP' });
  await expect(dialog.getByText('You are not allowed to do this.', { exact: true })).toBeVisible();
  await expect(dialog.getByText(MESSAGES.notAuthorized, { exact: true })).toBeVisible();
  await expect(dialog).toContainText('Status 403');
  await expect(dialog).toContainText('Ask the sender: SigningHub Sandbox, who sent you this package, can give you access or send the package again.');
  // Sending a code is never repeated from the dialog.
  await expect(dialog.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

plain('a wrong password shows beside the password field, not in a modal; editing the password clears it', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await submitSignIn(page, { email: ALICE.email, password: 'wrong-password' }, { remember: false });
    const password = page.getByLabel('Password', { exact: true });
    const alert = await expectFieldAlert(page, password, 400, 'Invalid username or password');
    await expect(alert).toHaveAccessibleName('The email or password was not accepted.');
    await expect(page.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page);
    // Close goes back to the field; typing a new password answers the error.
    await alert.getByRole('button', { name: 'Close' }).click();
    await expect(alert).toBeHidden();
    await expect(password).toBeFocused();
    await submitSignIn(page, { email: ALICE.email, password: 'still-wrong' }, { remember: false });
    await expect(alert).toBeVisible();
    await password.fill(ALICE.password);
    await expect(alert).toBeHidden();
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await app.close();
  }
});

plain('an unreachable server shows beside the server URL, with a Try again that signs in once it answers', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await addFault(app.serverUrl, { method: 'POST', path: '^/authenticate$', drop: true });
    await submitSignIn(page, ALICE, { remember: false });
    const alert = page.getByRole('alertdialog', { name: 'Desk Signer could not reach SigningHub.' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toBeFocused();
    await clearFaults(app.serverUrl);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await app.close();
  }
});

plain('the login code step shows the number masked, and a wrong code beside the code field', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const bob = DEMO.users.bob;
    await submitSignIn(page, bob, { remember: false });
    await expect(page.getByText('+44 •••• ••0002')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(bob.mobile);
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'We sent a code to +44 •••• ••0002.' })).toBeVisible();
    await expect.poll(async () => (await latestCode(app.serverUrl, null))?.to).toBe(bob.mobile);
    await expect(page.locator('body')).not.toContainText(bob.mobile);

    const code = page.getByRole('textbox', { name: 'One-time code' });
    const sent = (await latestCode(app.serverUrl, null))?.code ?? '';
    await code.fill(sent === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    const alert = await expectFieldAlert(page, code, 403, MESSAGES.invalidCredentials);
    await expect(alert).toHaveAccessibleName('That code was not accepted.');
    await expectNoSeriousA11yViolations(page);
    await code.fill(sent);
    await expect(alert).toBeHidden();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('button', { name: 'Bob onboarding pack', exact: true })).toBeVisible();
  } finally {
    await app.close();
  }
});
