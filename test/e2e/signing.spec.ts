// Signing from the document view: with and without an SMS code, wrong codes, resend, remote approval,
// in-person signing, and finishing the package after the last field.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { openDialog, packageButton } from './helpers.js';
import { documentRegion, drawOn, fieldItem, headerOf, openPackage, setApprovalDelay, signDialog, signatures, writes } from './document-helpers.js';
import { backFromFinish, expectFinishScreen } from './finish-screen.js';
import { expectClosed, handOverPage, startInPerson } from './hand-over.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, latestCode, outbox, refuseRenewal, requestLog } from '../support/sandbox-control.js';

/** Reads the newest code texted for a field. */
async function codeFor(serverUrl: string, fieldName: string | null): Promise<string> {
  let code: string | undefined;
  await expect.poll(async () => (code = (await latestCode(serverUrl, fieldName))?.code)).toBeTruthy();
  return code as string;
}

test('signs with the SMS code, sends exactly otp → sign (x-otp) → finish, then returns to the list', async ({ app, page }) => {
  const { packageId, documentId, documentName, fieldName } = FIXTURES.welcomePack;
  await openPackage(page, FIXTURES.welcomePack.name);
  await clearLog(app.serverUrl);
  const region = documentRegion(page, documentName);
  await region.getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  await expect(dialog).toContainText('We sent a code to +44 •••• ••0001.');
  const code = await codeFor(app.serverUrl, fieldName);
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(input).toHaveAttribute('maxlength', String(code.length));
  await input.fill(code);
  await drawOn(page, dialog);
  await dialog.getByText('Reason, location and contact details (optional)').click();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('I agree');
  await dialog.getByRole('textbox', { name: 'Location' }).fill('London');
  // Two presses in one frame sign once.
  await dialog.getByRole('button', { name: 'Sign', exact: true }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });

  await expectFinishScreen(page, `You have signed “${FIXTURES.welcomePack.name}”`);
  await backFromFinish(page);
  // The package left the list: focus starts from the list's heading, not <body>.
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeFocused();
  // The list was refreshed: the package is no longer waiting for alice.
  await expect(packageButton(page, FIXTURES.welcomePack.name)).toHaveCount(0);

  const log = await requestLog(app.serverUrl);
  const base = `/v3/packages/${packageId}`;
  expect(writes(log)).toEqual([`POST ${base}/documents/${documentId}/otp`, `POST ${base}/documents/${documentId}/sign`, `POST ${base}/finish`]);
  const sign = log.find((entry) => entry.path.endsWith('/sign'));
  expect(headerOf(sign, 'x-otp')).toBe(code);
  const body = sign?.body as Record<string, unknown>;
  expect(body).toMatchObject({ field_name: fieldName, signing_reason: 'I agree', signing_location: 'London' });
  expect(typeof body['hand_signature_image']).toBe('string');
  expect(String(body['hand_signature_image'])).not.toMatch(/^data:/);
  expect(body).not.toHaveProperty('otp');
  expect(body).not.toHaveProperty('contact_information');
  expect(await signatures(app.serverUrl)).toMatchObject([{ field_name: fieldName, has_image: true, otp_checked: true, status: 'SIGNED' }]);
  // Each SMS went out once, to alice.
  expect((await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName)).toHaveLength(1);
});

test('a wrong code keeps the dialog open with the server’s Message verbatim; the right one then signs', async ({ app, page }) => {
  const { documentName, fieldName } = FIXTURES.welcomePack;
  await openPackage(page, FIXTURES.welcomePack.name);
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  const code = await codeFor(app.serverUrl, fieldName);
  const wrong = code.replace(/^./, (digit) => String((Number(digit) + 1) % 10));
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await input.fill(wrong);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert.getByText('The One Time Password (OTP) does not match', { exact: true })).toBeVisible();
  await expect(alert).toContainText('Status 403');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();

  await input.fill(code);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${FIXTURES.welcomePack.name}”`);
  const stored = await signatures(app.serverUrl);
  expect(stored).toMatchObject([{ field_name: fieldName, has_image: false }]);
});

test('Resend waits out the retry time with a visible countdown, then sends a new code on request only', async ({ app, page }) => {
  const { documentName, fieldName } = FIXTURES.welcomePack;
  await page.clock.install();
  await openPackage(page, FIXTURES.welcomePack.name);
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  const resend = dialog.getByRole('button', { name: /^Resend/ });
  await expect(resend).toBeDisabled();
  await expect(resend).toHaveText(/^Resend in (60|59) s$/);
  await page.clock.fastForward(20_000);
  await expect(resend).toHaveText(/^Resend in (40|39) s$/);
  await expect(resend).toBeDisabled();
  await page.clock.fastForward(41_000);
  await expect(resend).toBeEnabled();
  await expect(resend).toHaveText('Resend code');
  // Nothing is sent by itself.
  expect((await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName)).toHaveLength(1);

  await resend.click();
  await expect(dialog.getByRole('status')).toContainText('A new code was sent by SMS');
  await expect(resend).toBeDisabled();
  await expect(dialog.getByRole('textbox', { name: 'One-time password' })).toBeFocused();
  const sent = (await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName);
  expect(sent).toHaveLength(2);

  // Closing and reopening within the retry time sends no third SMS: the newest code still works.
  await page.keyboard.press('Escape');
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  await expect(signDialog(page)).toBeVisible();
  expect((await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName)).toHaveLength(2);
  await signDialog(page)
    .getByRole('textbox', { name: 'One-time password' })
    .fill(sent[1]?.code ?? '');
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${FIXTURES.welcomePack.name}”`);
});

test('signs a field that needs no OTP with a typed signature; the package finishes after the last field', async ({ app, page }) => {
  const { packageId, documentId, fieldName } = FIXTURES.noOtp;
  await openPackage(page, FIXTURES.noOtp.name);
  await clearLog(app.serverUrl);
  const region = documentRegion(page, 'Supplier agreement.pdf');
  await fieldItem(region, fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await expect(dialog).toContainText('Add your hand signature.');
  await expect(dialog.getByRole('textbox', { name: 'One-time password' })).toHaveCount(0);
  // Signing without a drawing says what is missing.
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toContainText('Draw your signature first, or choose Type.');
  await dialog.getByRole('radio', { name: 'Type' }).check();
  await dialog.getByRole('textbox', { name: 'Type your name' }).fill('Alice Example');
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(fieldItem(region, fieldName)).toContainText('Signed');
  // The initials field is still open, so nothing was finished yet.
  expect(writes(await requestLog(app.serverUrl))).toEqual([`POST /v3/packages/${packageId}/documents/${documentId}/sign`]);

  await fieldItem(region, 'Initials-1').getByRole('button', { name: 'Add initials' }).click();
  const initials = page.getByRole('dialog', { name: 'Initial Initials-1' });
  await initials.getByRole('radio', { name: 'Type' }).check();
  await initials.getByRole('textbox', { name: 'Type your initials' }).fill('AE');
  await initials.getByRole('button', { name: 'Add initials' }).click();
  await expectFinishScreen(page, `You have signed “${FIXTURES.noOtp.name}”`);
  await backFromFinish(page);
  const log = await requestLog(app.serverUrl);
  expect(writes(log)).toEqual([
    `POST /v3/packages/${packageId}/documents/${documentId}/sign`,
    `POST /v3/packages/${packageId}/documents/${documentId}/initial`,
    `POST /v3/packages/${packageId}/finish`,
  ]);
  const sign = log.find((entry) => entry.path.endsWith('/sign'));
  expect(headerOf(sign, 'x-otp')).toBeUndefined();
  expect(String((sign?.body as Record<string, unknown>)['hand_signature_image'])).toMatch(/^iVBORw0KGgo/);
});

test('PENDING → SIGNED: a progress dialog polls with backoff until the phone approves, riding out poll errors', async ({ app, page }) => {
  const { fieldName, documentId, packageId } = FIXTURES.remoteApproval;
  await setApprovalDelay(app.serverUrl, 2000);
  await openPackage(page, FIXTURES.remoteApproval.name);
  await clearLog(app.serverUrl);
  // Two failed polls in a row are transient: the wait goes on.
  await addFault(app.serverUrl, { method: 'POST', path: '/field/status$', status: 500, times: 2 });
  await fieldItem(documentRegion(page, 'Board resolution.pdf'), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  const waiting = page.getByRole('dialog', { name: 'Waiting for approval on your phone' });
  await expect(waiting).toBeVisible();
  await expect(waiting.getByRole('progressbar')).toBeVisible();
  await expect(waiting.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(openDialog(page).filter({ hasText: 'Signature approved' })).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  // The finish screen was under the dialog: once it closes, its heading has focus.
  await expectFinishScreen(page, `You have signed “${FIXTURES.remoteApproval.name}”`);

  const log = await requestLog(app.serverUrl);
  const polls = log.filter((entry) => entry.path === `/v3/packages/${packageId}/documents/${documentId}/field/status`);
  // Polls at about 1 s, 2.5 s (…): at least two, each a second or more apart, and one sign only.
  expect(polls.length).toBeGreaterThanOrEqual(2);
  const times = polls.map((entry) => Date.parse(entry.at));
  for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(900);
  expect(log.filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(1);
});

for (const fixture of [FIXTURES.remoteApprovalDeclined, FIXTURES.remoteApprovalFails]) {
  test(`PENDING → ${fixture.outcome}: the outcome is shown and the field stays to do`, async ({ app, page }) => {
    await setApprovalDelay(app.serverUrl, 500);
    await openPackage(page, fixture.name);
    const region = page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .first();
    await fieldItem(region, fixture.fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = signDialog(page);
    await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    const alert = page.getByRole('alertdialog');
    await expect(alert).toContainText('The signature was not completed');
    await expect(alert).toContainText(`(${fixture.outcome})`);
    await page.keyboard.press('Escape');
    await expect(fieldItem(region, fixture.fieldName)).toContainText('To do');
    expect(writes(await requestLog(app.serverUrl)).filter((line) => line.endsWith('/finish'))).toEqual([]);
  });
}

test('a session that ends while waiting for the phone says so, and Sign in again leads to sign-in', async ({ app, page }) => {
  const { fieldName, documentId, packageId } = FIXTURES.remoteApproval;
  await setApprovalDelay(app.serverUrl, 120_000);
  await openPackage(page, FIXTURES.remoteApproval.name);
  await fieldItem(documentRegion(page, 'Board resolution.pdf'), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  const statusPath = `/v3/packages/${packageId}/documents/${documentId}/field/status`;
  await expect.poll(async () => (await requestLog(app.serverUrl)).filter((entry) => entry.path === statusPath).length).toBeGreaterThanOrEqual(1);
  // The next poll finds the access token expired and its refresh refused.
  await refuseRenewal(app.serverUrl);
  const alert = page.getByRole('alertdialog');
  await expect(alert).toContainText('Your session has ended.', { timeout: 15_000 });
  await expect(alert).toContainText('Could not check the signature');
  await alert.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('Cancel on the approval dialog stops polling', async ({ app, page }) => {
  const { fieldName, documentId, packageId } = FIXTURES.remoteApproval;
  await setApprovalDelay(app.serverUrl, 120_000);
  await openPackage(page, FIXTURES.remoteApproval.name);
  const item = fieldItem(documentRegion(page, 'Board resolution.pdf'), fieldName);
  await item.getByRole('button', { name: 'Sign', exact: true }).click();
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  const waiting = page.getByRole('dialog', { name: 'Waiting for approval on your phone' });
  const statusPath = `/v3/packages/${packageId}/documents/${documentId}/field/status`;
  await expect.poll(async () => (await requestLog(app.serverUrl)).filter((entry) => entry.path === statusPath).length).toBeGreaterThanOrEqual(1);
  await clearLog(app.serverUrl);
  await waiting.getByRole('button', { name: 'Cancel' }).click();
  await expect(waiting).toBeHidden();
  await expect(item.getByRole('button', { name: 'Sign', exact: true })).toBeFocused();
  // The field is read again, so the page shows what the server has.
  const fieldsPath = `/v3/packages/${packageId}/documents/${documentId}/fields`;
  await expect.poll(async () => (await requestLog(app.serverUrl)).some((entry) => entry.method === 'GET' && entry.path === fieldsPath)).toBe(true);
  const count = (await requestLog(app.serverUrl)).filter((entry) => entry.path === statusPath).length;
  await page.waitForTimeout(3000);
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.path === statusPath)).toHaveLength(count);
});

test('in-person signing: blocked until the form is valid, then the walk-up signer’s code, name and drawing in the hand-over window', async ({ app, page }) => {
  const { packageId, documentId, inPersonFieldName, inPersonMobile } = FIXTURES.kiosk;
  await openPackage(page, FIXTURES.kiosk.name);
  const region = documentRegion(page, 'Account opening form.pdf');
  await clearLog(app.serverUrl);
  const start = fieldItem(region, inPersonFieldName).getByRole('button', { name: 'Start in-person signing' });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await expect(region).toContainText('Complete the required form fields first.');
  // aria-disabled keeps it focusable and pressable: pressing it says why and goes to the field to fix.
  await start.dispatchEvent('click');
  const name = region.getByRole('textbox', { name: 'Customer name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);

  await name.fill('Walk-up Customer');
  await expect(start).not.toHaveAttribute('aria-disabled', 'true');
  await startInPerson(page, 'Account opening form.pdf', inPersonFieldName);
  const hand = await handOverPage(app, 'Customer');
  await hand.getByRole('button', { name: 'Send OTP' }).click();
  await expect(hand.getByText('We sent a code to +44 •••• ••0123.')).toBeVisible();
  const sms = await latestCode(app.serverUrl, inPersonFieldName);
  expect(sms?.to).toBe(inPersonMobile);
  await hand.getByRole('textbox', { name: 'One-time password' }).fill(sms?.code ?? '');
  await expect(hand.getByRole('radio', { name: 'Use my stored signature' })).toHaveCount(0);
  await drawOn(hand, hand.locator('body'));
  await hand.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(hand.getByText('Enter your full name.')).toBeVisible();
  await hand.getByRole('textbox', { name: 'Your full name' }).fill('Walk-up Customer');
  await hand.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(hand);

  const log = await requestLog(app.serverUrl);
  const base = `/v3/packages/${packageId}/documents/${documentId}`;
  // The typed form value was saved before the hand-over, and the signature came after the code.
  expect(writes(log)).toEqual([`PUT ${base}/fields`, `POST ${base}/otp`, `POST ${base}/sign`]);
  expect(log.find((entry) => entry.method === 'PUT')?.body).toEqual({ auto_save: false, text: [{ field_name: 'Customer name', value: 'Walk-up Customer' }] });
  expect(log.find((entry) => entry.path.endsWith('/sign'))?.body).toMatchObject({ field_name: inPersonFieldName, user_name: 'Walk-up Customer' });
  expect(DEMO.users.alice.mobile).not.toBe(inPersonMobile);
});

test('a Finish that answers after the user opened another package leaves that package open', async ({ app, page }) => {
  const { packageId, fieldName } = FIXTURES.serialHandOff;
  await openPackage(page, FIXTURES.serialHandOff.name);
  await addFault(app.serverUrl, { method: 'POST', path: '/finish$', latencyMs: 2500 });
  const dialog = signDialog(page);
  await fieldItem(documentRegion(page, 'Consultancy agreement.pdf'), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The automatic Finish is on its way; meanwhile the user goes back and opens another package.
  const finishPath = `/v3/packages/${packageId}/finish`;
  await expect.poll(async () => (await requestLog(app.serverUrl)).some((entry) => entry.path === finishPath)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Finishing…' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await openPackage(page, FIXTURES.noOtp.name);
  await expect.poll(async () => (await requestLog(app.serverUrl)).find((entry) => entry.path === finishPath)?.status, { timeout: 10_000 }).toBe(200);
  // Give the late answer time to reach the page: it must neither close this package nor show a finish screen.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('heading', { level: 1, name: FIXTURES.noOtp.name })).toBeVisible();
  await expect(openDialog(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /^You have signed/ })).toHaveCount(0);
});

/** Opens the no-OTP package's signature field and picks the stored signature in its sign dialog. */
async function openStoredSignatureDialog(page: Page) {
  await openPackage(page, FIXTURES.noOtp.name);
  const item = fieldItem(documentRegion(page, 'Supplier agreement.pdf'), FIXTURES.noOtp.fieldName);
  await item.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  return { item, dialog };
}

test('a sign whose connection drops stays open, says it may not have gone through, and is not sent again by itself', async ({ app, page }) => {
  const { packageId, documentId } = FIXTURES.noOtp;
  const { item, dialog } = await openStoredSignatureDialog(page);
  await clearLog(app.serverUrl);
  // The sandbox drops the connection without signing: the outcome is unknown to the app.
  await addFault(app.serverUrl, { method: 'POST', path: '/sign$', drop: true, times: 1 });
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Could not reach the SigningHub server');
  await expect(alert).toContainText('The signature may not have gone through. The field is still to do, so it is safe to sign again.');
  await expect(dialog).toBeVisible();
  const fieldsPath = `/v3/packages/${packageId}/documents/${documentId}/fields`;
  const log = await requestLog(app.serverUrl);
  // The app looked at the field again, and sent the sign once only.
  expect(log.filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(1);
  expect(log.some((entry) => entry.method === 'GET' && entry.path === fieldsPath)).toBe(true);
  await page.waitForTimeout(1500);
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(1);
  expect(await signatures(app.serverUrl)).toEqual([]);

  // Signing again on request works.
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toContainText('Signed');
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(2);
});

test('a gateway 502 on Sign re-reads the field before it says anything, and never resends by itself', async ({ app, page }) => {
  const { packageId, documentId } = FIXTURES.noOtp;
  const { dialog } = await openStoredSignatureDialog(page);
  await clearLog(app.serverUrl);
  await addFault(app.serverUrl, {
    method: 'POST',
    path: '/sign$',
    status: 502,
    contentType: 'text/html',
    body: '<html><body><h1>Bad Gateway</h1></body></html>',
    times: 1,
  });
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The signature may not have gone through. The field is still to do, so it is safe to sign again.');
  const log = await requestLog(app.serverUrl);
  expect(log.filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(1);
  expect(log.some((entry) => entry.method === 'GET' && entry.path.startsWith(`/v3/packages/${packageId}/documents/${documentId}/fields`))).toBe(true);
});

test('a sign that went through but whose answer was lost is shown as signed, never sent twice', async ({ app, page }) => {
  const { item, dialog } = await openStoredSignatureDialog(page);
  await clearLog(app.serverUrl);
  // The sandbox signs, then drops the connection: the app only learns of it by reading the field again.
  await addFault(app.serverUrl, { method: 'POST', path: '/sign$', dropAfter: true, times: 1 });
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toContainText('Signed');
  expect(await signatures(app.serverUrl)).toHaveLength(1);
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.path.endsWith('/sign'))).toHaveLength(1);
});
