// The host's side of in-person signing, as far as the host's own window goes: the in-person field's one action,
// its form gating, the save before the hand-over, the host PIN dialog, and kiosk mode's touch sizes and header.
import { expect, test } from './fixtures.js';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage, writes } from './document-helpers.js';
import { FIXTURES } from '../sandbox/seed.js';
import { clearLog, requestLog } from '../support/sandbox-control.js';

test('an in-person field offers only Start in-person signing: gated by the form, then the host PIN is asked for first', async ({ app, page }) => {
  const { packageId, documentId, inPersonFieldName } = FIXTURES.kiosk;
  await openPackage(page, FIXTURES.kiosk.name);
  const region = documentRegion(page, 'Account opening form.pdf');
  const item = fieldItem(region, inPersonFieldName);
  await clearLog(app.serverUrl);
  // The walk-up signer's code and signature are theirs, in their own window: no Send OTP or Sign here.
  await expect(item.getByRole('button', { name: 'Send OTP' })).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Sign', exact: true })).toHaveCount(0);
  const start = item.getByRole('button', { name: 'Start in-person signing' });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await start.dispatchEvent('click');
  const name = region.getByRole('textbox', { name: 'Customer name' });
  await expect(name).toBeFocused();
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);

  await name.fill('Walk-up Customer');
  await expect(start).not.toHaveAttribute('aria-disabled', 'true');
  await start.click();
  const dialog = page.getByRole('dialog', { name: 'Choose a host PIN' });
  await expect(dialog.getByLabel('Host PIN')).toBeFocused();
  // The form was saved before anything was handed over; no code went out and nothing was signed.
  expect(writes(await requestLog(app.serverUrl))).toEqual([`PUT /v3/packages/${packageId}/documents/${documentId}/fields`]);

  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await expect(dialog.getByText('Choose a PIN of 4 to 8 digits.')).toBeVisible();
  await dialog.getByLabel('Host PIN').fill('12a4');
  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await expect(dialog.getByText('Use digits only: the PIN is 4 to 8 digits long.')).toBeVisible();
  await dialog.getByLabel('Host PIN').fill('2468');
  await dialog.getByLabel('Repeat the PIN').fill('2486');
  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await expect(dialog.getByLabel('Repeat the PIN')).toBeFocused();
  await expect(dialog.getByText('The two PINs are not the same.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Use my password instead' })).toBeVisible();

  // Escape stops the hand-over before it starts; focus goes back to the field's button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(start).toBeFocused();
  expect(writes(await requestLog(app.serverUrl))).toEqual([`PUT /v3/packages/${packageId}/documents/${documentId}/fields`]);
  // Outside kiosk mode the header has the audit export but no lock or quit.
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Export audit record' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Lock screen' })).toHaveCount(0);
  await expect(header.getByRole('button', { name: 'Quit Desk Signer' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-kiosk'))).toBe(false);
});

test('kiosk mode: touch-sized controls on every screen, and Lock screen and Quit Desk Signer in the header', async () => {
  const app = await launchApp({ ...DEMO_CLIENT, kiosk: true });
  try {
    const { page } = app;
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-kiosk'))).toBe(true);
    const height = await page.getByRole('button', { name: 'Sign in' }).evaluate((button) => button.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    await signIn(page);
    // Found by text, not role: a dialog the kiosk opens after sign-in makes the page behind it inert.
    for (const label of ['Lock screen', 'Quit Desk Signer', 'Export audit record']) {
      await expect(page.locator('header button', { hasText: label })).toHaveCount(1);
    }
  } finally {
    await app.close();
  }
});
