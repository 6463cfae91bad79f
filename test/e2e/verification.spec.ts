// The verification panel and the package history, before and after alice signs, with an INVALID signature.
import { expect, test } from '@playwright/test';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage, signDialog } from './document-helpers.js';
import { launchApp } from './launch-app.js';
import { FIXTURES } from '../sandbox/seed.js';

const lease = FIXTURES.signedLease;

test('lists each signature with its verification, the INVALID one with its error, refreshed after signing; the history follows', async () => {
  // v4 sends error_message.
  const app = await launchApp({ ...DEMO_CLIENT, apiVersion: 'v4' });
  try {
    const { page } = app;
    await signIn(page);
    await openPackage(page, lease.name, { search: true });
    const region = documentRegion(page, lease.documentName);
    const panel = region.getByRole('region', { name: 'Signatures' });
    await expect(panel).toContainText('1 signature, 1 invalid.');
    const priya = panel.getByRole('listitem', { name: /Invalid signature by Priya Shah/ });
    await expect(priya).toContainText(lease.invalidMessage);
    await expect(priya).toContainText('Landlord');
    await expect(fieldItem(region, lease.priyaFieldName)).toContainText('Signature invalid');
    await expect(region.getByRole('button', { name: new RegExp(`^${lease.priyaFieldName}, .*signature invalid$`) })).toBeVisible();

    await fieldItem(region, lease.fieldName).getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = signDialog(page);
    await dialog.getByRole('radio', { name: 'Type' }).check();
    await dialog.getByRole('textbox', { name: 'Type your name' }).fill('Alice Example');
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(dialog).toBeHidden();
    // The guided flow moves on to the next document; once it has, come back to the signed one.
    await expect(page.getByRole('heading', { level: 3, name: lease.rulesDocumentName })).toBeVisible();
    await page.getByRole('combobox', { name: 'Document' }).selectOption(String(lease.documentId));
    await expect(panel).toContainText('2 signatures, 1 invalid.');
    const alice = panel.getByRole('listitem', { name: /Valid signature by Alice Example/ });
    await expect(alice).toContainText('Certificate subject');
    await expect(alice).toContainText('CN=Alice Example');
    await expect(alice).toContainText('SigningHub Sandbox TSA');
    await expect(fieldItem(region, lease.fieldName)).toContainText('Signature valid');

    await page.getByText('History', { exact: true }).click();
    const history = page.getByRole('table', { name: 'Package history' });
    await expect(history.getByRole('row')).toHaveCount(5);
    await expect(history.getByRole('row').nth(1)).toContainText('Document uploaded');
    await expect(history.getByRole('row').nth(4)).toContainText('Alice Example');
    await expect(history.getByRole('row').nth(4)).toContainText(`Document signed (${lease.fieldName} on ${lease.documentName})`);
  } finally {
    await app.close();
  }
});
