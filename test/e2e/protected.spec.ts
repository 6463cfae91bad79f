// Protected packages: the document password or the SMS code is asked for, wrong answers are said and asked again.
import { expect, test } from './fixtures.js';
import { packageButton } from './helpers.js';
import { documentRegion, expectPackageList, headerOf } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { clearLog, outbox, requestLog } from '../support/sandbox-control.js';

test('a password-protected package asks for the password, again after a wrong one, then opens', async ({ app, page }) => {
  const { packageId, documentId, documentName, name, password } = FIXTURES.passwordProtected;
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  const input = dialog.getByLabel('Document password');
  await expect(input).toBeFocused();
  await input.fill('not-it');
  await dialog.getByRole('button', { name: 'Open' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert.getByText('You have entered incorrect authentication credentials - try again', { exact: true })).toBeVisible();
  await expect(alert).toContainText('Status 403');
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();

  await input.fill(password);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(documentRegion(page, documentName).getByRole('img', { name: 'Page 1 of 2' })).toBeVisible();
  const log = await requestLog(app.serverUrl);
  const image = log.find((entry) => entry.path.startsWith(`/v3/packages/${packageId}/documents/${documentId}/images/1/`) && entry.status === 200);
  expect(headerOf(image, 'x-password')).toBe(password);
});

test('an OTP-protected package texts its code only when asked, with the generate call, then opens with it', async ({ app, page }) => {
  const { packageId, documentId, documentName, name } = FIXTURES.otpProtected;
  await clearLog(app.serverUrl);
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the code to open this package' });
  const send = dialog.getByRole('button', { name: 'Send code' });
  await expect(send).toBeVisible();
  // Opening texted nothing: the real /open never does.
  expect((await outbox(app.serverUrl)).filter((entry) => entry.package_id === packageId)).toEqual([]);
  await send.click();
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(dialog.getByRole('button', { name: /^Resend/ })).toBeDisabled();
  let sms: { code: string; to: string } | undefined;
  await expect.poll(async () => (sms = (await outbox(app.serverUrl)).filter((entry) => entry.package_id === packageId).at(-1))).toBeTruthy();
  expect(sms?.to).toBe(DEMO.users.alice.mobile);
  const wrong = (sms?.code ?? '').replace(/^./, (digit) => String((Number(digit) + 1) % 10));
  await input.fill(wrong);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Status 403');
  await input.fill(sms?.code ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(documentRegion(page, documentName).getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();

  const log = await requestLog(app.serverUrl);
  const generate = log.filter((entry) => entry.method === 'POST' && /^\/v3\/packages\/\d+\/workflow\/\d+\/authentication\/otp$/.test(entry.path));
  expect(generate.map((entry) => entry.path.split('/')[3])).toEqual([String(packageId)]);
  // One SMS in all: the wrong try and the re-renders sent none.
  expect((await outbox(app.serverUrl)).filter((entry) => entry.package_id === packageId)).toHaveLength(1);
  const image = log.find((entry) => entry.path.startsWith(`/v3/packages/${packageId}/documents/${documentId}/images/1/`) && entry.status === 200);
  expect(headerOf(image, 'x-otp')).toBe(sms?.code);
});

test('a password that a header cannot carry opens the package through the unlock call', async ({ app, page }) => {
  const { packageId, documentName, name, password } = FIXTURES.nonLatinPassword;
  await page.getByRole('searchbox', { name: 'Search packages' }).fill(name);
  await clearLog(app.serverUrl);
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await expect(dialog).toContainText('Password authentication is required');
  await dialog.getByLabel('Document password').fill(password);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(documentRegion(page, documentName).getByRole('img', { name: /^Page 1 of/ })).toBeVisible();
  const log = await requestLog(app.serverUrl);
  const unlock = log.find(
    (entry) => entry.method === 'POST' && entry.path.startsWith(`/v3/packages/${packageId}/workflow/`) && entry.path.endsWith('/authentication/password'),
  );
  expect(unlock?.status).toBe(200);
  expect(unlock?.body).toEqual({ password });
  // The password never went into a header.
  expect(log.some((entry) => headerOf(entry, 'x-password') !== undefined)).toBe(false);
});

test('Cancel on the prompt returns to the list', async ({ page }) => {
  await packageButton(page, FIXTURES.passwordProtected.name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expectPackageList(page);
});
