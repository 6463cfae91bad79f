import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { DEMO_CLIENT, packageButton, signIn, submitSignIn } from './helpers.js';
import { FIXTURES } from '../sandbox/seed.js';

test('sign-in screen, its error dialog, the package list and the package view have no serious axe violations', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await submitSignIn(page, { email: 'alice@example.com', password: 'wrong-password' }, { remember: false });
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    await signIn(page);
    await expectNoSeriousA11yViolations(page);

    await packageButton(page, FIXTURES.fieldGallery.name).click();
    await expect(page.getByRole('heading', { name: FIXTURES.fieldGallery.name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  } finally {
    await app.close();
  }
});
