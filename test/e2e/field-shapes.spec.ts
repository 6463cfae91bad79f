// Fields in the shapes real SigningHub sends: radio buttons grouped, choices, MANDATORY, read-only and
// hidden text fields, the TIME and ALPHANUMERIC formats, v4-only kinds listed read-only, and the
// per-page fields path when the server has no all-pages form.
import { expect, test as plain, type Locator } from '@playwright/test';
import { test } from './fixtures.js';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage } from './document-helpers.js';
import { FIXTURES } from '../sandbox/seed.js';
import { clearLog, requestLog } from '../support/sandbox-control.js';

/** Types a value the field's format refuses, then one it takes, checking the field's state after each. */
async function expectRejectedThenAccepted(input: Locator, bad: string, good: string): Promise<void> {
  await input.fill(bad);
  await input.blur();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill(good);
  await input.blur();
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
}

test('a form in the documented shapes: radio group, choices, formats, read-only and hidden fields', async ({ page }) => {
  const form = FIXTURES.accountApplication;
  await openPackage(page, form.name);
  const region = documentRegion(page, 'Account application.pdf');

  const group = region.getByRole('group', { name: form.radio });
  for (const button of form.radioOptions) await expect(group.getByRole('radio', { name: button, exact: true })).toBeVisible();
  await expect(region.getByRole('combobox', { name: form.dropdown }).getByRole('option')).toHaveText(['Choose…', ...form.dropdownOptions]);
  const listbox = region.getByRole('listbox', { name: form.listbox });
  await expect(listbox).not.toHaveAttribute('multiple');
  await expect(listbox.getByRole('option')).toHaveText([...form.listboxOptions]);

  // A DATE value sent with a time and zone is shown as the date.
  await expect(region.getByRole('textbox', { name: form.text.date })).toHaveValue('1990-04-01');
  await expectRejectedThenAccepted(region.getByRole('textbox', { name: form.text.time }), '25:61', '09:30');
  await expectRejectedThenAccepted(region.getByRole('textbox', { name: form.text.alphanumeric }), 'AB-12', 'AB12');

  // Read-only: its value shows, with no input. Hidden: not shown at all.
  await expect(fieldItem(region, form.text.readOnly)).toContainText('LDN-01');
  await expect(fieldItem(region, form.text.readOnly)).toContainText('Read only');
  await expect(region.getByRole('textbox', { name: form.text.readOnly })).toHaveCount(0);
  await expect(region.getByText(form.text.hidden, { exact: true })).toHaveCount(0);
});

test('fields are read page by page, once, when the server has no all-pages form', async ({ app, page }) => {
  const response = await fetch(`${app.serverUrl}/_sandbox/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fieldsAllPages: false }),
  });
  expect(response.ok).toBe(true);
  await clearLog(app.serverUrl);
  const { packageId, documentId, documentName, pages, fieldName, name } = FIXTURES.welcomePack;
  await openPackage(page, name);
  await expect(fieldItem(documentRegion(page, documentName), fieldName)).toBeVisible();
  const base = `/v3/packages/${packageId}/documents/${documentId}/fields`;
  const fieldCalls = (await requestLog(app.serverUrl))
    .filter((entry) => entry.path.startsWith(base))
    .map((entry) => `${entry.path.slice(base.length) || '/'} ${entry.status}`);
  expect(fieldCalls).toEqual(['/ 404', ...Array.from({ length: pages }, (_, index) => `/${index + 1} 200`)]);

  // The server's form is remembered: the next document goes straight to the per-page path.
  await page
    .getByRole('button', { name: /Back to packages|Packages/ })
    .first()
    .click();
  await clearLog(app.serverUrl);
  await openPackage(page, FIXTURES.noOtp.name);
  await expect(
    fieldItem(
      documentRegion(page, 'Supplier agreement.pdf').or(page.getByRole('region').filter({ hasText: FIXTURES.noOtp.fieldName }).first()),
      FIXTURES.noOtp.fieldName,
    ).first(),
  ).toBeVisible();
  const later = (await requestLog(app.serverUrl)).filter((entry) => entry.path.includes('/fields'));
  expect(later.some((entry) => entry.status === 404)).toBe(false);
  expect(later.every((entry) => /\/fields\/\d+$/.test(entry.path))).toBe(true);
});

plain('v4 answers: QR code, attachment, comment and unique identifier fields are listed read-only', async () => {
  const app = await launchApp({ ...DEMO_CLIENT, apiVersion: 'v4' });
  try {
    const { page } = app;
    await signIn(page);
    await openPackage(page, FIXTURES.fieldGallery.name);
    const region = page.getByRole('region', { name: FIXTURES.fieldGallery.documentName });
    for (const heading of [/QR code/i, /Attachment/i, /Comment/i, /Unique identifier/i]) {
      await expect(region.getByRole('heading', { name: heading })).toBeVisible();
    }
    const log = await requestLog(app.serverUrl);
    expect(log.some((entry) => entry.path.startsWith('/v4/packages/'))).toBe(true);
  } finally {
    await app.close();
  }
});
