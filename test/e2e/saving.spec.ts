// Saving what was signed: a document, the package as a ZIP, a cancelled save, a connection lost halfway
// and a protected package; the bytes on disk are the sandbox's.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.js';
import { packageButton } from './helpers.js';
import { documentRegion, headerOf, openPackage } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { addFault, outbox, requestLog, sandboxDownloads } from '../support/sandbox-control.js';

const lease = FIXTURES.signedLease;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('saves the shown document and the whole package as a ZIP, with the bytes the server sent, and opens the saved file', async ({ app, page }) => {
  await openPackage(page, lease.name, { search: true });
  const save = page.getByRole('region', { name: 'Save' });
  await save.getByRole('button', { name: 'Save document' }).click();
  await expect(save.getByRole('status')).toHaveText(`Saved ${lease.documentName}.`);
  const pdf = await readFile(join(app.saveDir, lease.documentName));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await save.getByRole('button', { name: 'Save all documents (ZIP)' }).click();
  const zipName = `${lease.name}.zip`;
  await expect(save.getByRole('status')).toHaveText(`Saved ${zipName}.`);
  const zip = await readFile(join(app.saveDir, zipName));
  const [served, servedZip] = await sandboxDownloads(app.serverUrl);
  expect(sha256(pdf)).toBe(served?.sha256);
  expect(sha256(zip)).toBe(servedZip?.sha256);
  const files = unzipSync(new Uint8Array(zip));
  expect(Object.keys(files)).toEqual([lease.documentName, lease.rulesDocumentName]);
  expect(sha256(files[lease.documentName] ?? new Uint8Array())).toBe(sha256(pdf));
  expect((await readdir(app.saveDir)).sort()).toEqual([lease.documentName, zipName].sort());

  await save.getByRole('button', { name: `Open ${zipName}` }).click();
  await expect.poll(() => app.openedPaths()).toEqual([join(app.saveDir, zipName)]);
});

test('a save cancelled in the dialog or while it runs leaves nothing on disk', async ({ app, page }) => {
  await openPackage(page, lease.name, { search: true });
  const save = page.getByRole('region', { name: 'Save' });
  app.cancelNextSave();
  await save.getByRole('button', { name: 'Save evidence report' }).click();
  await expect(save.getByRole('button', { name: 'Save evidence report' })).toBeEnabled();
  await expect(save.getByRole('status')).toHaveText('');

  await addFault(app.serverUrl, { path: `/documents/${lease.documentId}$`, stallMidBodyMs: 20_000, times: 1 });
  await save.getByRole('button', { name: 'Save document' }).click();
  await expect(save.getByRole('status')).toContainText(`Saving ${lease.documentName}…`);
  await save.getByRole('button', { name: 'Cancel saving' }).click();
  await expect(save.getByRole('status')).toHaveText(`Saving ${lease.documentName} was cancelled. Nothing was saved.`);
  expect(await readdir(app.saveDir)).toEqual([]);
});

test('a connection dropped halfway through a download leaves no file and says so', async ({ app, page }) => {
  await openPackage(page, lease.name, { search: true });
  await addFault(app.serverUrl, { path: `/documents/${lease.documentId}$`, dropMidBody: true, times: 1 });
  const save = page.getByRole('region', { name: 'Save' });
  await save.getByRole('button', { name: 'Save document' }).click();
  const alert = save.getByRole('alert');
  await expect(alert).toContainText(`${lease.documentName} was not saved`);
  await expect(alert).toContainText(`The connection to the server was lost while saving "${lease.documentName}". Nothing was saved; please try again.`);
  expect(await readdir(app.saveDir)).toEqual([]);
  // Never asked twice once bytes had arrived.
  expect((await requestLog(app.serverUrl)).filter((e) => e.path.endsWith(`/documents/${lease.documentId}`))).toHaveLength(1);
});

test('saves a document of an OTP-protected package with the code that opened it', async ({ app, page }) => {
  const { packageId, documentId, documentName, name } = FIXTURES.otpProtected;
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the code to open this package' });
  await dialog.getByRole('button', { name: 'Send code' }).click();
  let sms: { code: string } | undefined;
  await expect.poll(async () => (sms = (await outbox(app.serverUrl)).filter((entry) => entry.package_id === packageId).at(-1))).toBeTruthy();
  await dialog.getByRole('textbox', { name: 'One-time password' }).fill(sms?.code ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const save = page.getByRole('region', { name: 'Save' });
  await save.getByRole('button', { name: 'Save document' }).click();
  await expect(save.getByRole('status')).toHaveText(`Saved ${documentName}.`);
  expect(await readdir(app.saveDir)).toEqual([documentName]);
  const download = (await requestLog(app.serverUrl)).find((e) => e.path === `/v3/packages/${packageId}/documents/${documentId}`);
  expect(headerOf(download, 'x-otp')).toBe(sms?.code);
  await expect(documentRegion(page, documentName)).toBeVisible();
  expect(DEMO.users.alice.mobile).not.toBe('');
});
