import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, signIn } from './helpers.js';

/** The settings screen's row for a label: its term and value. */
const row = (page: Page, label: string): Locator => page.locator('.settings-row').filter({ has: page.getByRole('term').getByText(label, { exact: true }) });

test('a policy-locked server URL is fixed on sign-in and marked “Set by your administrator” in Settings', async () => {
  const app = await launchApp({
    ...DEMO_CLIENT,
    policy: { lockServerUrl: true, updateUrl: 'https://updates.example.org/desk-signer', updateChannel: 'beta' },
  });
  try {
    const { page } = app;
    const server = page.getByRole('textbox', { name: 'Server URL' });
    await expect(server).toHaveValue(app.serverUrl);
    await expect(server).toHaveAttribute('readonly', '');
    await expect(server).toHaveAccessibleDescription(/Set by your administrator./);

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    await expect(row(page, 'Server')).toContainText(app.serverUrl);
    await expect(row(page, 'Server')).toContainText('Set by your administrator');
    await expect(row(page, 'Automatic updates')).toContainText('On, channel “beta”Set by your administrator');
    // What the policy leaves alone is shown without the note.
    await expect(row(page, 'Proxy')).toHaveText('ProxySystem settings');
    await expect(row(page, 'Kiosk mode')).toHaveText('Kiosk modeOff');

    await page.getByRole('button', { name: 'Back' }).click();
    await signIn(page, ALICE, { remember: false });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await app.close();
  }
});
