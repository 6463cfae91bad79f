import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, expectFieldAlert, signIn, submitSignIn } from './helpers.js';
import { DEMO } from '../sandbox/seed.js';
import { latestCode, outbox } from '../support/sandbox-control.js';

test('signs in and shows the pending packages', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveValue(app.serverUrl);
    await signIn(page, ALICE, { remember: false });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('PENDING');
  } finally {
    await app.close();
  }
});

test('a wrong password shows the server message and keeps what was typed', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await submitSignIn(page, { email: ALICE.email, password: 'wrong-password' }, { remember: false });
    await expectFieldAlert(page, page.getByLabel('Password', { exact: true }), 400, 'Invalid username or password');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue(ALICE.email);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  } finally {
    await app.close();
  }
});

test('refuses a plain-http server that is not this computer, before any request', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Server URL' }).fill('http://signinghub.example.com');
    await submitSignIn(page, ALICE, { remember: false });
    await expect(page.getByText(/https:\/\//).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('completes a login second factor with the code from the SMS outbox', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const bob = DEMO.users.bob;
    await page.clock.install();
    await submitSignIn(page, bob, { remember: false });
    // The number is masked on screen: the country code and its last four digits.
    await expect(page.getByText('+44 •••• ••0002')).toBeVisible();
    await expect(page.getByText(bob.mobile)).toHaveCount(0);
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect.poll(async () => (await latestCode(app.serverUrl, null))?.to).toBe(bob.mobile);
    // One SMS per retry time: the button counts down, and focus waits in the code box.
    const resend = page.getByRole('button', { name: /^Resend/ });
    await expect(resend).toBeDisabled();
    await expect(resend).toHaveText(/^Resend in (60|59) s$/);
    await expect(page.getByRole('textbox', { name: 'One-time code' })).toBeFocused();
    await page.clock.fastForward(61_000);
    await expect(resend).toHaveText('Resend code');
    await expect(resend).toBeEnabled();
    const texted = async () => (await outbox(app.serverUrl)).filter((sms) => sms.to === bob.mobile).length;
    expect(await texted()).toBe(1);
    await resend.click();
    await expect.poll(texted).toBe(2);
    await expect(resend).toBeDisabled();
    const sms = await latestCode(app.serverUrl, null);
    await page.getByRole('textbox', { name: 'One-time code' }).fill(sms!.code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('button', { name: 'Bob onboarding pack', exact: true })).toBeVisible();
  } finally {
    await app.close();
  }
});
