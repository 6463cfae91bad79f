// The one-time code boxes take digits of the right length only, and say so inline before anything is sent:
// every wrong try may count against the server's limit.
import { test as base } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { DEMO_CLIENT, packageButton, submitSignIn } from './helpers.js';
import { documentRegion, openPackage, signDialog, writes } from './document-helpers.js';
import { launchApp } from './launch-app.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { clearLog, latestCode, outbox, requestLog } from '../support/sandbox-control.js';

test('the sign dialog’s code box takes the field’s digits only; nothing is signed until it is right', async ({ app, page }) => {
  const { documentName, fieldName, name } = FIXTURES.welcomePack;
  await openPackage(page, name);
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await clearLog(app.serverUrl);
  const sign = dialog.getByRole('button', { name: 'Sign', exact: true });

  await input.fill('12ab56');
  await sign.click();
  await expect(dialog.getByText('Use digits only: the code is 6 digits long.')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await input.fill('12345');
  await sign.click();
  await expect(dialog.getByText('The code is 6 digits long.')).toBeVisible();
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);

  await input.fill((await latestCode(app.serverUrl, fieldName))?.code ?? '');
  await sign.click();
  await expect(dialog).toBeHidden();
});

test('the opening code of a protected package is checked before it is sent', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.otpProtected;
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the code to open this package' });
  await dialog.getByRole('button', { name: 'Send code' }).click();
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(input).toHaveAttribute('maxlength', '9');
  await expect.poll(async () => (await outbox(app.serverUrl)).some((sms) => sms.package_id === packageId)).toBe(true);
  await clearLog(app.serverUrl);
  await input.fill('abc');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Use digits only: the code is 4 to 9 digits long.')).toBeVisible();
  await input.fill('12');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('The code is 4 to 9 digits long.')).toBeVisible();
  expect(await requestLog(app.serverUrl)).toEqual([]);
});

base('the login code is checked before it is sent', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await submitSignIn(page, DEMO.users.bob, { remember: false });
    await page.getByRole('button', { name: 'Send code' }).click();
    const input = page.getByRole('textbox', { name: 'One-time code' });
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('maxlength', '9');
    await expect.poll(async () => (await latestCode(app.serverUrl, null))?.to).toBe(DEMO.users.bob.mobile);
    await clearLog(app.serverUrl);
    await input.fill('12a4');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('Use digits only: the code is 4 to 9 digits long.')).toBeVisible();
    await input.fill('123');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('The code is 4 to 9 digits long.')).toBeVisible();
    expect(await requestLog(app.serverUrl)).toEqual([]);
    await input.fill((await latestCode(app.serverUrl, null))?.code ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('button', { name: 'Bob onboarding pack', exact: true })).toBeVisible();
  } finally {
    await app.close();
  }
});
