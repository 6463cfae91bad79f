// Recovery under faults: lost answers are looked up before anything is said, nothing that texts or signs is
// sent twice, a failed page image is tried again, and someone else's field offers nothing to press.
import { expect, test } from './fixtures.js';
import { openDialog, packageButton } from './helpers.js';
import { documentRegion, expectPackageList, fieldItem, openPackage, setApprovalDelay, signDialog, writes } from './document-helpers.js';
import { backFromFinish, expectFinishScreen } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, clearFaults, clearLog, outbox, requestLog } from '../support/sandbox-control.js';

test('someone else’s field offers no action and says whose it is', async ({ app, page }) => {
  const { name, nextSigner } = FIXTURES.reviewer;
  await openPackage(page, name);
  await clearLog(app.serverUrl);
  const item = fieldItem(documentRegion(page, 'Policy update.pdf'), 'Signature-2');
  await expect(item).toContainText(`For ${nextSigner}`);
  await expect(item.getByRole('button')).toHaveCount(0);
  // Its mark on the page only points at the list entry: nothing is sent.
  await page.getByRole('button', { name: /^Signature-2, digital signature/ }).click();
  await page.waitForTimeout(500);
  expect(writes(await requestLog(app.serverUrl))).toEqual([]);
});

test('after Cancel on a phone approval, Sign reads the field status and waits again; it never signs twice', async ({ app, page }) => {
  const { fieldName, packageId, documentId, name } = FIXTURES.remoteApproval;
  await setApprovalDelay(app.serverUrl, 8000);
  await openPackage(page, name);
  const item = fieldItem(documentRegion(page, 'Board resolution.pdf'), fieldName);
  const sign = item.getByRole('button', { name: 'Sign', exact: true });
  await sign.click();
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  const waiting = page.getByRole('dialog', { name: 'Waiting for approval on your phone' });
  await expect(waiting).toBeVisible();
  await waiting.getByRole('button', { name: 'Cancel' }).click();
  await expect(waiting).toBeHidden();
  await expect(item).toContainText('Waiting for approval on your phone');

  await clearLog(app.serverUrl);
  await sign.click();
  await expect(waiting).toBeVisible();
  await expect(signDialog(page)).toHaveCount(0);
  await expect(openDialog(page).filter({ hasText: 'Signature approved' })).toBeVisible({ timeout: 20_000 });
  const log = await requestLog(app.serverUrl);
  expect(log.filter((entry) => entry.path.endsWith('/sign'))).toEqual([]);
  expect(log.some((entry) => entry.path === `/v3/packages/${packageId}/documents/${documentId}/field/status`)).toBe(true);
});

test('a malformed answer to a remote-approval poll is ridden out like a network blip', async ({ app, page }) => {
  const { fieldName, name } = FIXTURES.remoteApproval;
  await setApprovalDelay(app.serverUrl, 2500);
  await openPackage(page, name);
  await addFault(app.serverUrl, { method: 'POST', path: '/field/status$', malformedJson: true, times: 1 });
  await fieldItem(documentRegion(page, 'Board resolution.pdf'), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(openDialog(page).filter({ hasText: 'Signature approved' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Could not check the signature')).toHaveCount(0);
});

test('a Finish whose answer is lost is looked up: the finished package says so and leaves the list', async ({ app, page }) => {
  const { packageId, fieldName, name } = FIXTURES.serialHandOff;
  await openPackage(page, name);
  await addFault(app.serverUrl, { method: 'POST', path: '/finish$', dropAfter: true });
  await clearLog(app.serverUrl);
  await fieldItem(documentRegion(page, 'Consultancy agreement.pdf'), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
  await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
  // Found finished on reading the package again: the finish screen says so, with who is next.
  await expectFinishScreen(page, `You have signed “${name}”`);
  await expect(page.getByRole('region', { name: 'What happens next' })).toContainText(`Next: ${FIXTURES.serialHandOff.nextSigner} (Signer).`);
  await backFromFinish(page);
  await expect(packageButton(page, name)).toHaveCount(0);
  expect(writes(await requestLog(app.serverUrl)).filter((line) => line.endsWith('/finish'))).toEqual([`POST /v3/packages/${packageId}/finish`]);
});

test('an Approve whose answer is lost is looked up and reported as done', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.reviewer;
  await openPackage(page, name);
  await addFault(app.serverUrl, { method: 'POST', path: '/approve$', dropAfter: true });
  await page.getByRole('group', { name: 'Package actions' }).getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('dialog', { name: 'Approve package' }).getByRole('button', { name: 'Approve' }).click();
  await expectFinishScreen(page, `You approved “${name}”`);
  await backFromFinish(page);
  await expect(packageButton(page, name)).toHaveCount(0);
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.path === `/v3/packages/${packageId}/approve`)).toHaveLength(1);
});

test('an OTP call whose answer is lost opens code entry, says the code may have been sent, and texts nothing more', async ({ app, page }) => {
  const { documentName, fieldName, name } = FIXTURES.welcomePack;
  await openPackage(page, name);
  await addFault(app.serverUrl, { method: 'POST', path: '/otp$', dropAfter: true, times: 1 });
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = signDialog(page);
  await expect(dialog).toContainText('may already have been sent');
  const resend = dialog.getByRole('button', { name: /^Resend/ });
  await expect(resend).toBeDisabled();
  await expect(resend).toHaveText(/^Resend in \d+ s$/);
  const sent = (await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName);
  expect(sent).toHaveLength(1);
  await dialog.getByRole('textbox', { name: 'One-time password' }).fill(sent[0]?.code ?? '');
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectFinishScreen(page, `You have signed “${name}”`);
  expect((await outbox(app.serverUrl)).filter((sms) => sms.field_name === fieldName)).toHaveLength(1);
});

test('a page image that failed is tried again when the package is opened again', async ({ app, page }) => {
  const { packageId, documentId, documentName, name } = FIXTURES.welcomePack;
  await addFault(app.serverUrl, { method: 'GET', path: '/images/', status: 500 });
  await openPackage(page, name);
  const region = documentRegion(page, documentName);
  await expect(region.getByText('Page 1 of 2 could not be shown')).toBeVisible({ timeout: 20_000 });
  await clearFaults(app.serverUrl);
  await clearLog(app.serverUrl);
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await expectPackageList(page);
  await openPackage(page, name);
  await expect(region.getByRole('img', { name: 'Page 1 of 2' })).toBeVisible();
  const images = (await requestLog(app.serverUrl)).filter((entry) => entry.path.startsWith(`/v3/packages/${packageId}/documents/${documentId}/images/1/`));
  expect(images.map((entry) => entry.status)).toContain(200);
});
