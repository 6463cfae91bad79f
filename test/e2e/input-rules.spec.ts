// Hostile values typed where users type: each gets a plain inline message where it was typed, and
// nothing is sent. Look-alike hosts, over-long or malformed server URLs, invisible or direction-changing
// characters in free text, and the limits every input carries.
import { expect, test as plain, type Page } from '@playwright/test';
import { test } from './fixtures.js';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, openDialog, submitSignIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage, signDialog, writes } from './document-helpers.js';
import { expectFinishScreen } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { clearLog, requestLog } from '../support/sandbox-control.js';

/** True when main sent any request at all (answered or not) since the log was last read. */
function sentAnything(app: LaunchedApp): boolean {
  return app.logs.length > 0;
}

/** Types a server URL, submits the form, and returns the inline message under the field. */
async function serverUrlMessage(page: Page, url: string): Promise<string> {
  const field = page.getByRole('textbox', { name: 'Server URL' });
  await field.fill(url);
  await submitSignIn(page, ALICE, { remember: false });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  const described = await field.getAttribute('aria-describedby');
  const errorId = described?.split(' ').find((id) => id.endsWith('-error'));
  return (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
}

plain('a hostile server URL gets a plain inline message and sends nothing', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const port = new URL(app.serverUrl).port;
    await clearLog(app.serverUrl);
    app.logs.length = 0;
    const cases: [string, RegExp][] = [
      [`${app.serverUrl}/${'a'.repeat(10_000)}`, /at most 2,048 characters/],
      ['https://api signinghub.com', /space/i],
      ['https://xn--a.signinghub.com', /xn--/],
      ['https://xn--zz-.signinghub.com', /xn--/],
      [`http://127.0.0.1:0`, /port/i],
      ['https://аpi.signinghub.com', /Cyrillic and Latin/],
    ];
    for (const [url, expected] of cases) {
      const message = await serverUrlMessage(page, url);
      expect(message).toMatch(expected);
      expect(message.length).toBeLessThanOrEqual(200);
      expect(message).not.toMatch(/serverUrl|Too big|expected/);
      await expect(openDialog(page)).toHaveCount(0);
    }
    // "Check server" follows the same rule.
    await page.getByRole('textbox', { name: 'Server URL' }).fill(`http://127.0.0.1:0`);
    await page.getByRole('button', { name: 'Check server' }).click();
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveAttribute('aria-invalid', 'true');
    expect(sentAnything(app)).toBe(false);
    expect(await requestLog(app.serverUrl)).toEqual([]);
    // The sandbox's own URL, typed back, still signs in.
    await page.getByRole('textbox', { name: 'Server URL' }).fill(`http://127.0.0.1:${port}`);
    await submitSignIn(page, ALICE, { remember: false });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await app.close();
  }
});

plain('a host that is not plain ASCII is shown in Punycode next to the field', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const field = page.getByRole('textbox', { name: 'Server URL' });
    await field.fill('https://пример.рф');
    await expect(field).toHaveAccessibleDescription(/xn--e1afmkfd\.xn--p1ai/);
    await field.fill('https://api.signinghub.com');
    await expect(field).not.toHaveAccessibleDescription(/xn--/);
    // A look-alike shows its Punycode form too, besides the refusal.
    await field.fill('https://аpi.signinghub.com');
    await expect(field).toHaveAccessibleDescription(/xn--pi-6kc\.signinghub\.com/);
  } finally {
    await app.close();
  }
});

plain('the sign-in inputs carry their limits', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    const email = page.getByRole('textbox', { name: 'Email' });
    await expect(email).toHaveAttribute('maxlength', '320');
    await expect(email).toHaveAttribute('inputmode', 'email');
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('maxlength', '1024');
    await expect(page.getByRole('textbox', { name: 'Server URL' })).toHaveAttribute('inputmode', 'url');
    await page.getByText('Advanced').click();
    await expect(page.getByRole('textbox', { name: 'Client ID' })).toHaveAttribute('maxlength', '256');
    await expect(page.getByLabel('Client secret')).toHaveAttribute('maxlength', '1024');
  } finally {
    await app.close();
  }
});

test('a decline reason of zero-width spaces, or with an RTL override, is refused inline and nothing is sent', async ({ app, page }) => {
  await openPackage(page, FIXTURES.welcomePack.name);
  await clearLog(app.serverUrl);
  await page.getByRole('group', { name: 'Package actions' }).getByRole('button', { name: 'Decline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decline package' });
  const reason = dialog.getByRole('textbox', { name: 'Reason for declining' });
  await reason.fill('\u200b\u200b\u200b');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(reason).toHaveAccessibleDescription(/visible/);
  await expect(page.getByRole('alertdialog', { name: 'Decline this package?' })).toHaveCount(0);
  await reason.fill('Wrong \u202eeulav');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(reason).toHaveAccessibleDescription(/invisible control or text-direction characters/);
  await expect(page.getByRole('alertdialog', { name: 'Decline this package?' })).toHaveCount(0);
  // Normalised and trimmed: the confirmation quotes, and the server receives, what will be sent.
  await reason.fill('  Cafe\u0301 closed  ');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Decline this package?' });
  await expect(confirm.getByText('Café closed', { exact: true })).toBeVisible();
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);
  await confirm.getByRole('button', { name: 'Decline package' }).click();
  await expectFinishScreen(page, `You declined “${FIXTURES.welcomePack.name}”`);
  const log = await requestLog(app.serverUrl);
  expect(log.find((entry) => entry.path.endsWith('/decline'))?.body).toEqual({ reason: 'Café closed' });
});

test('sign-dialog details refuse control and bidi characters inline, and carry their limits', async ({ app, page }) => {
  await openPackage(page, FIXTURES.noOtp.name);
  await clearLog(app.serverUrl);
  await fieldItem(documentRegion(page, 'Supplier agreement.pdf'), FIXTURES.noOtp.fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByText('Reason, location and contact details (optional)').click();
  const location = dialog.getByRole('textbox', { name: 'Location' });
  await expect(location).toHaveAttribute('maxlength', '200');
  await expect(dialog.getByRole('textbox', { name: 'Contact details' })).toHaveAttribute('maxlength', '200');
  await location.fill('London \u202eevil');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(location).toHaveAttribute('aria-invalid', 'true');
  await expect(location).toHaveAccessibleDescription(/invisible control or text-direction characters/);
  await expect(location).toBeFocused();
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);
  await location.fill(' Zu\u0308rich ');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  const sign = (await requestLog(app.serverUrl)).find((entry) => entry.path.endsWith('/sign'));
  expect(sign?.body).toMatchObject({ signing_location: 'Zürich' });
});
