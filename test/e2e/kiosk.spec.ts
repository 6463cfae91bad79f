// Kiosk mode: the host PIN at sign-in, in-person signing on the counter screen, the idle warning with
// "I need more time", the wipe when nobody answers it, and a host session that is never remembered.
import { test as base, expect, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { openPackage } from './document-helpers.js';
import { choosePin, expectClosed, showDocument, expectHandBack, handOverPage, pinDialog, startInPerson, unlockWithPin } from './hand-over.js';
import { FIXTURES } from '../sandbox/seed.js';
import { IDLE_WARNING_SECONDS } from '../../shared/hand-over-contract.js';

const IDLE = 15;
const kiosk = FIXTURES.kiosk;

/** A kiosk-mode app with a short idle timeout, the host signed in with their PIN chosen. */
const test = base.extend<{ app: LaunchedApp; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  app: async ({}, use) => {
    const app = await launchApp({ ...DEMO_CLIENT, kiosk: true, policy: { idleTimeoutSeconds: IDLE } });
    try {
      await signIn(app.page);
      await choosePin(app.page);
      await use(app);
    } finally {
      await app.close();
    }
  },
  page: async ({ app }, use) => {
    await use(app.page);
  },
});

// Each test signs in, chooses a PIN and hands over or waits out the idle clock: more than the default budget.
test.describe.configure({ timeout: 120_000 });

const stillThere = (page: Page) => page.getByRole('alertdialog', { name: 'Are you still there?' });

test('the host signs in, chooses a PIN and starts in-person signing on the counter screen', async ({ app, page }) => {
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', /.*/);
  await expect(page.getByRole('button', { name: 'Lock screen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quit Desk Signer' })).toBeVisible();
  await openPackage(page, kiosk.name);
  // The PIN was chosen at sign-in, so the hand-over starts at once.
  await showDocument(page, kiosk.noOtpDocumentId);
  await startInPerson(page, 'Privacy notice.pdf', kiosk.inPersonFieldName, null);
  const hand = await handOverPage(app, 'Customer');
  await expect(hand.locator('html')).toHaveAttribute('data-kiosk', /.*/);
  await hand.getByRole('textbox', { name: 'Your full name' }).fill('Counter Customer');
  await hand.getByRole('radio', { name: /Type/ }).check();
  await hand.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(hand);
  await expectHandBack(page, 'Customer signed.');
  await unlockWithPin(page);
});

test('an idle hand-over warns with a countdown; "I need more time" keeps it, silence wipes it', async ({ app, page }) => {
  await openPackage(page, kiosk.name);
  await showDocument(page, kiosk.noOtpDocumentId);
  await startInPerson(page, 'Privacy notice.pdf', kiosk.inPersonFieldName, null);
  const hand = await handOverPage(app, 'Customer');
  await hand.getByRole('textbox', { name: 'Your full name' }).fill('Slow Customer');
  app.setIdleSeconds(IDLE + 1);
  const warning = stillThere(hand);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/The screen will be cleared in \d+ seconds\./);
  await warning.getByRole('button', { name: 'I need more time' }).click();
  await expect(warning).toBeHidden();
  await expect(hand.getByRole('textbox', { name: 'Your full name' })).toHaveValue('Slow Customer');

  app.setIdleSeconds(IDLE + IDLE_WARNING_SECONDS + 1);
  await expectClosed(hand);
  await expectHandBack(page, 'The signing timed out.');
  await unlockWithPin(page);
});

test('an idle host screen in kiosk mode warns, then wipes to the lock screen and unlocks to a fresh list', async ({ app, page }) => {
  await openPackage(page, kiosk.name);
  app.setIdleSeconds(IDLE + 1);
  await expect(stillThere(page)).toBeVisible();
  await stillThere(page).getByRole('button', { name: 'I need more time' }).click();
  await expect(stillThere(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: kiosk.name })).toBeVisible();

  app.setIdleSeconds(IDLE + IDLE_WARNING_SECONDS + 1);
  await expectHandBack(page, 'The screen was locked.');
  await expect(page.getByRole('heading', { level: 1, name: kiosk.name })).toHaveCount(0);
  await unlockWithPin(page);
  await expect(page.getByRole('table', { name: 'Packages' })).toBeVisible();
});

test('the host can lock the screen at any time, and the host session is never kept in the keychain', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Lock screen' }).click();
  await expectHandBack(page, 'The screen was locked.');
  await unlockWithPin(page);
  const again = await launchApp({ ...DEMO_CLIENT, kiosk: true, serverUrl: app.serverUrl, userDataDir: app.userDataDir });
  try {
    await expect(again.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(pinDialog(again.page)).toHaveCount(0);
  } finally {
    await again.close();
  }
});
