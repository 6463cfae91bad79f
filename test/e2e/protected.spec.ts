// Protected packages: the document password or the SMS code is asked for, wrong answers are said and asked again.
import { expect, test } from './fixtures.js';
import { packageButton } from './helpers.js';
import { documentRegion, expectPackageList, headerOf } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { outbox, requestLog } from '../support/sandbox-control.js';

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

test('an OTP-protected package asks for the texted code, again after a wrong one, then opens', async ({ app, page }) => {
  const { packageId, documentName, name } = FIXTURES.otpProtected;
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the code to open this package' });
  await expect(dialog).toContainText('A one-time password was sent to you by SMS.');
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  let sms: { code: string; to: string } | undefined;
  await expect.poll(async () => (sms = (await outbox(app.serverUrl)).filter((entry) => entry.package_id === packageId && entry.field_name === null).at(-1))).toBeTruthy();
  expect(sms?.to).toBe(DEMO.users.alice.mobile);
  const wrong = (sms?.code ?? '').replace(/^./, (digit) => String((Number(digit) + 1) % 10));
  await input.fill(wrong);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Status 403');
  await input.fill(sms?.code ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(documentRegion(page, documentName).getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();
});

test('Cancel on the prompt returns to the list', async ({ page }) => {
  await packageButton(page, FIXTURES.passwordProtected.name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expectPackageList(page);
});
