import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, expectErrorDialog, packageButton, signIn } from './helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, outbox, requestLog } from '../support/sandbox-control.js';

let app: LaunchedApp;
let page: Page;
test.afterEach(() => app.close());

async function openDocument(packageName: string, documentName: string) {
  await packageButton(page, packageName).click();
  const region = page.getByRole('region', { name: documentName });
  await expect(region.getByRole('button', { name: 'Send OTP' }).first()).toBeVisible();
  return region;
}

test.describe('as alice', () => {
  test.beforeEach(async () => {
    app = await launchApp(DEMO_CLIENT);
    page = app.page;
    await signIn(page);
  });

  test('Send OTP sends an SMS for that field and opens the sign dialog', async () => {
    const { packageId, documentId, documentName, fieldName } = FIXTURES.welcomePack;
    const region = await openDocument(FIXTURES.welcomePack.name, documentName);
    await clearLog(app.serverUrl);
    await region.getByRole('button', { name: 'Send OTP' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('We sent a code to +44 •••• ••0001.');
    // Focus moved into the dialog (its code input) and Tab cannot leave it; Escape closes it and focus goes back.
    await expect(dialog.getByRole('textbox', { name: 'One-time password' })).toBeFocused();
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Tab']) {
      await page.keyboard.press(key);
      await expect(dialog.locator(':focus')).toHaveCount(1);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(region.getByRole('button', { name: 'Send OTP' }).first()).toBeFocused();

    const sent = await outbox(app.serverUrl);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: DEMO.users.alice.mobile, package_id: packageId, document_id: documentId, field_name: fieldName });
    const posts = (await requestLog(app.serverUrl)).filter((e) => e.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ path: `/v3/packages/${packageId}/documents/${documentId}/otp`, body: { field_name: fieldName } });
  });

  test('each documented OTP error shows its exact Message and status', async () => {
    await packageButton(page, FIXTURES.errorLab.name).click();
    for (const doc of FIXTURES.errorLab.documents) {
      // One document is shown at a time: the switcher brings each up.
      await page.getByRole('combobox', { name: 'Document' }).selectOption(String(doc.documentId));
      const region = page.getByRole('region', { name: doc.documentName });
      await region.getByRole('button', { name: 'Send OTP' }).first().click();
      await expectErrorDialog(page, doc.status, doc.message);
    }
    // Nothing was sent, and each POST went out once (a 401 gets one refresh-and-replay, no more).
    expect(await outbox(app.serverUrl)).toHaveLength(0);
  });

  test('a 500 on the OTP call is shown and the POST is sent exactly once', async () => {
    const { packageId, documentId, documentName } = FIXTURES.welcomePack;
    const region = await openDocument(FIXTURES.welcomePack.name, documentName);
    await addFault(app.serverUrl, { method: 'POST', path: '/otp$', status: 500, message: 'An internal server error occurred while processing the request' });
    await clearLog(app.serverUrl);
    await region.getByRole('button', { name: 'Send OTP' }).first().click();
    await expectErrorDialog(page, 500, 'An internal server error occurred while processing the request');
    const posts = (await requestLog(app.serverUrl)).filter((e) => e.method === 'POST');
    expect(posts.map((e) => e.path)).toEqual([`/v3/packages/${packageId}/documents/${documentId}/otp`]);
  });
});

test('a signer with no mobile number sees “Mobile number is not set”', async () => {
  app = await launchApp(DEMO_CLIENT);
  page = app.page;
  await signIn(page, DEMO.users.carol);
  await packageButton(page, FIXTURES.carolConsent.name).click();
  await page.getByRole('button', { name: 'Send OTP' }).first().click();
  await expectErrorDialog(page, 400, 'Mobile number is not set');
});
