// The finish screen: Finish runs in sight after the last field, then the screen says what the user did and what
// happens next, and leads back to the list; a failed Finish keeps the user on the package to finish again.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { expectErrorDialog, packageButton } from './helpers.js';
import { documentRegion, expectPackageList, fieldItem, openPackage, signDialog, writes } from './document-helpers.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { expectFinishScreen, signedHeading } from './finish-screen.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, requestLog } from '../support/sandbox-control.js';

/** Signs `fieldName` with the stored signature: the package's last field, so Finish follows by itself. */
async function signLastField(page: Page, documentName: string, fieldName: string): Promise<void> {
  await fieldItem(documentRegion(page, documentName), fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
}

test('the last signature shows Finishing…, then the success screen naming who signs next in a serial package', async ({ app, page }) => {
  const { name, fieldName, nextSigner } = FIXTURES.serialHandOff;
  await openPackage(page, name);
  // A slow Finish, so its progress can be seen.
  await addFault(app.serverUrl, { method: 'POST', path: '/finish$', latencyMs: 1500, times: 1 });
  await signLastField(page, 'Consultancy agreement.pdf', fieldName);

  await expect(page.getByRole('status').filter({ hasText: 'Finishing…' })).toBeVisible();
  // The package view is out of sight meanwhile: nothing of it can be pressed.
  await expect(page.getByRole('region', { name: 'Consultancy agreement.pdf' })).toBeHidden();

  await expectFinishScreen(page, `You have signed “${name}”`);
  await expect(page.getByRole('status').filter({ hasText: 'Finishing…' })).toHaveCount(0);
  const next = page.getByRole('region', { name: 'What happens next' });
  await expect(next).toContainText(`Next: ${nextSigner} (Signer).`);
  await expect(next).not.toContainText('complete');
  // The primary action is next in tab order after the focused heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back to packages' })).toBeFocused();
  // No button for a feature that does not exist yet.
  await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);
});

test('a package where the user signs last says it is complete; Back to packages returns to the list without it', async ({ app, page }) => {
  const { name, fieldName, documentName } = FIXTURES.emptySignAnswer;
  await openPackage(page, name, { search: true });
  await clearLog(app.serverUrl);
  await signLastField(page, documentName, fieldName);

  await expectFinishScreen(page, `You have signed “${name}”`);
  const next = page.getByRole('region', { name: 'What happens next' });
  await expect(next).toContainText('Everyone has acted on it: the package is complete.');
  await expect(next).toContainText('By default, SigningHub e-mails a copy of the completed documents to the recipients.');
  // The workflow was read again after Finish to say so.
  const log = await requestLog(app.serverUrl);
  const finishAt = log.findIndex((entry) => entry.method === 'POST' && entry.path.endsWith('/finish'));
  expect(finishAt).toBeGreaterThanOrEqual(0);
  expect(
    log.slice(finishAt + 1).some((entry) => entry.method === 'GET' && entry.path.endsWith(`/packages/${FIXTURES.emptySignAnswer.packageId}/workflow`)),
  ).toBe(true);

  await page.getByRole('button', { name: 'Back to packages' }).click();
  await expectPackageList(page);
  await expect(packageButton(page, name)).toHaveCount(0);
});

test('a Finish that answers 500 shows the server’s message and keeps the package, whose Finish then goes through', async ({ app, page }) => {
  const { name, fieldName, documentName, packageId } = FIXTURES.emptySignAnswer;
  await openPackage(page, name, { search: true });
  await addFault(app.serverUrl, { method: 'POST', path: '/finish$', status: 500, times: 1 });
  await clearLog(app.serverUrl);
  await signLastField(page, documentName, fieldName);

  await expectErrorDialog(page, 500, 'An internal server error occurred while processing the request');
  // Back on the package, with no finish screen, and its Finish action offered again.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(signedHeading(page, name)).toHaveCount(0);
  const finish = page.getByRole('button', { name: 'Finish package' });
  await expect(finish).toBeEnabled();
  await finish.click();
  await expectFinishScreen(page, `You have signed “${name}”`);
  expect(writes(await requestLog(app.serverUrl)).filter((line) => line.endsWith('/finish'))).toEqual([
    `POST /v3/packages/${packageId}/finish`,
    `POST /v3/packages/${packageId}/finish`,
  ]);
});

test('axe finds nothing on the finish screen', async ({ page }) => {
  const { name, fieldName, documentName } = FIXTURES.emptySignAnswer;
  await openPackage(page, name, { search: true });
  await signLastField(page, documentName, fieldName);
  await expectFinishScreen(page, `You have signed “${name}”`);
  await expect(page.getByRole('region', { name: 'What happens next' })).toContainText('complete');
  await expectNoSeriousA11yViolations(page);
});

test('a password-protected package is not read again after Finish: what happens next is worked out, and says so', async ({ app, page }) => {
  const { packageId, documentName, fieldName, name, password } = FIXTURES.passwordProtected;
  await packageButton(page, name).click();
  const dialog = page.getByRole('dialog', { name: 'Enter the password to open this package' });
  await dialog.getByLabel('Document password').fill(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await clearLog(app.serverUrl);
  await signLastField(page, documentName, fieldName);

  await expectFinishScreen(page, `You have signed “${name}”`);
  const next = page.getByRole('region', { name: 'What happens next' });
  await expect(next).toContainText('Everyone has acted on it: the package is complete.');
  await expect(next).toContainText('Worked out from the package as it was before');
  // Reading it again would ask for the password: nothing after Finish touches the package.
  const log = await requestLog(app.serverUrl);
  const finishAt = log.findIndex((entry) => entry.method === 'POST' && entry.path === `/v3/packages/${packageId}/finish`);
  expect(finishAt).toBeGreaterThanOrEqual(0);
  expect(log.slice(finishAt + 1).filter((entry) => entry.path.startsWith(`/v3/packages/${packageId}/`))).toEqual([]);
});
