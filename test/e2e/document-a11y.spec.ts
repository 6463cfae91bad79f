// axe-core on the document view and each of its dialogs: no serious or critical violations.
import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage, setApprovalDelay, signDialog } from './document-helpers.js';
import { FIXTURES } from '../sandbox/seed.js';

test('the document view and its sign, initials, approval, decline and action dialogs pass axe', async () => {
  test.setTimeout(90_000);
  const app = await launchApp(DEMO_CLIENT);
  const { page } = app;
  try {
    await signIn(page);
    await openPackage(page, FIXTURES.fieldGallery.name);
    const region = documentRegion(page, 'All field kinds.pdf');
    await expect(region.getByRole('img', { name: 'Page 1 of 3' })).toBeVisible();
    // Invalid inputs with their messages are part of the view too.
    await region.getByRole('button', { name: 'Save fields' }).click();
    await expect(region.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page);

    await region.getByRole('textbox', { name: 'Full name' }).fill('Alice Example');
    await region.getByRole('radio', { name: 'Monthly' }).check();
    await region.getByRole('checkbox', { name: 'Agree terms' }).check();
    await fieldItem(region, 'Signature-1').getByRole('button', { name: 'Send OTP' }).click();
    await expect(signDialog(page)).toBeVisible();
    await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(signDialog(page).getByText('Enter the code from the SMS.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    await fieldItem(region, 'Initials-1').getByRole('button', { name: 'Add initials' }).click();
    await expect(page.getByRole('dialog', { name: 'Initial Initials-1' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    await fieldItem(region, 'Customer-Signature').getByRole('button', { name: 'Start in-person signing' }).click();
    await expect(page.getByRole('dialog', { name: 'Choose a host PIN' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    const toolbar = page.getByRole('group', { name: 'Package actions' });
    await toolbar.getByRole('button', { name: 'Decline' }).click();
    await expect(page.getByRole('dialog', { name: 'Decline package' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('textbox', { name: 'Reason for declining' }).fill('Not today');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Decline this package?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back to packages' }).click();
    await setApprovalDelay(app.serverUrl, 60_000);
    await openPackage(page, FIXTURES.remoteApproval.name);
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await signDialog(page).getByRole('radio', { name: 'Use my stored signature' }).check();
    await signDialog(page).getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Waiting for approval on your phone' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Back to packages' }).click();
    await openPackage(page, FIXTURES.reviewer.name);
    await page.getByRole('group', { name: 'Package actions' }).getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('dialog', { name: 'Approve package' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back to packages' }).click();
    await packageButton(page, FIXTURES.passwordProtected.name).click();
    await expect(page.getByRole('dialog', { name: 'Enter the password to open this package' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});
