// Codes the server asks for: a signing code demanded by the server rather than the field, an
// authenticator (TOTP) field, 4- and 9-digit codes, and a Sign answer with no body.
import { expect, test } from './fixtures.js';
import { documentRegion, drawOn, fieldItem, headerOf, openPackage, signDialog, signatures, writes } from './document-helpers.js';
import { expectFinishScreen } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { clearLog, outbox, requestLog } from '../support/sandbox-control.js';

/** Waits for the newest code texted for a field of a package. */
async function textedCode(serverUrl: string, packageId: number, fieldName: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => (code = (await outbox(serverUrl)).filter((sms) => sms.package_id === packageId && sms.field_name === fieldName).at(-1)?.code))
    .toBeTruthy();
  return code as string;
}

test('when Sign answers otp_required, the dialog texts the code once, keeps the drawing, and signs with it', async ({ app, page }) => {
  const { packageId, documentId, documentName, fieldName, name } = FIXTURES.serverDemandsOtp;
  await openPackage(page, name, { search: true });
  await clearLog(app.serverUrl);
  const region = documentRegion(page, documentName);
  // The field announces no code, so it offers Sign and no Send OTP.
  await expect(fieldItem(region, fieldName).getByRole('button', { name: 'Send OTP' })).toHaveCount(0);
  await fieldItem(region, fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await drawOn(page, dialog);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();

  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await expect(input).toBeVisible();
  await expect(dialog).toContainText('SMS');
  const code = await textedCode(app.serverUrl, packageId, fieldName);
  await expect(input).toHaveAttribute('maxlength', String(code.length));
  // The drawing is still there: the signature pad was not cleared.
  await expect(dialog.getByRole('button', { name: /^Clear/ })).toBeEnabled();
  await input.fill(code);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${name}”`);

  const base = `/v3/packages/${packageId}/documents/${documentId}`;
  const log = await requestLog(app.serverUrl);
  expect(writes(log)).toEqual([`POST ${base}/sign`, `POST ${base}/otp`, `POST ${base}/sign`, `POST /v3/packages/${packageId}/finish`]);
  const signs = log.filter((entry) => entry.path === `${base}/sign`);
  expect(headerOf(signs[0], 'x-otp')).toBeUndefined();
  expect(headerOf(signs[1], 'x-otp')).toBe(code);
  expect(signs.map((entry) => entry.status)).toEqual([403, 200]);
  expect(await signatures(app.serverUrl)).toMatchObject([{ field_name: fieldName, has_image: true, status: 'SIGNED' }]);
  expect((await outbox(app.serverUrl)).filter((sms) => sms.package_id === packageId)).toHaveLength(1);
});

test('an authenticator field asks for the app’s code: no SMS, no resend', async ({ app, page }) => {
  const { packageId, documentId, documentName, fieldName, name } = FIXTURES.totp;
  await openPackage(page, name, { search: true });
  const region = documentRegion(page, documentName);
  await expect(fieldItem(region, fieldName).getByRole('button', { name: 'Send OTP' })).toHaveCount(0);
  await fieldItem(region, fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  const input = dialog.getByRole('textbox', { name: 'Authenticator code' });
  await expect(input).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Resend/ })).toHaveCount(0);
  const response = await fetch(`${app.serverUrl}/_sandbox/totp`);
  const codes = (await response.json()) as { package_id: number; document_id: number; field_name: string; code: string }[];
  const code = codes.find((entry) => entry.package_id === packageId && entry.document_id === documentId && entry.field_name === fieldName)?.code ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await input.fill(code);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${name}”`);
  expect(await signatures(app.serverUrl)).toMatchObject([{ field_name: fieldName, status: 'SIGNED' }]);
  expect((await outbox(app.serverUrl)).filter((sms) => sms.package_id === packageId)).toHaveLength(0);
});

test('4- and 9-digit codes are asked for and accepted at their length', async ({ app, page }) => {
  const { packageId, documentName, name, fields } = FIXTURES.codeLengths;
  await openPackage(page, name, { search: true });
  const region = documentRegion(page, documentName);
  for (const { fieldName, length } of fields) {
    await fieldItem(region, fieldName).getByRole('button', { name: 'Send OTP' }).click();
    const dialog = signDialog(page);
    const code = await textedCode(app.serverUrl, packageId, fieldName);
    expect(code).toMatch(new RegExp(`^\\d{${length}}$`));
    const input = dialog.getByRole('textbox', { name: 'One-time password' });
    await expect(input).toHaveAttribute('maxlength', String(length));
    await input.fill(code);
    await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await expectFinishScreen(page, `You have signed “${name}”`);
  const signed = await signatures(app.serverUrl);
  expect(signed.map((record) => record.field_name)).toEqual(fields.map((field) => field.fieldName));
});

test('a Sign answer with no body is a completed signature, shown as signed after re-reading the fields', async ({ app, page }) => {
  const { packageId, documentId, documentName, fieldName, name } = FIXTURES.emptySignAnswer;
  await openPackage(page, name, { search: true });
  await clearLog(app.serverUrl);
  await fieldItem(documentRegion(page, documentName), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${name}”`);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const log = await requestLog(app.serverUrl);
  const sign = log.find((entry) => entry.path === `/v3/packages/${packageId}/documents/${documentId}/sign`);
  expect(sign?.status).toBe(200);
  expect(await signatures(app.serverUrl)).toMatchObject([{ field_name: fieldName, status: 'SIGNED' }]);
});

test('a hand signature field is signed like an electronic one', async ({ app, page }) => {
  const { documentName, fieldName, name } = FIXTURES.handSignature;
  await openPackage(page, name, { search: true });
  const region = documentRegion(page, documentName);
  // The list is in reading order; each item says its kind.
  await expect(fieldItem(region, fieldName)).toContainText('Hand signature');
  await fieldItem(region, fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await drawOn(page, dialog);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${name}”`);
  expect(await signatures(app.serverUrl)).toMatchObject([{ field_name: fieldName, has_image: true, status: 'SIGNED' }]);
});
