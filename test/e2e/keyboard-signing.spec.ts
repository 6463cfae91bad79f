// The whole flow with the keyboard alone: open a package, fill the form, initial, sign with the SMS code, finish.
import { expect, test } from '@playwright/test';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { expectPackageList, writes } from './document-helpers.js';
import { expectFinishScreen } from './finish-screen.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { clearLog, latestCode, requestLog } from '../support/sandbox-control.js';

test('fill, initial, sign and finish with Tab, Enter, Space, arrows, N and typing only', async () => {
  const flow = FIXTURES.keyboardFlow;
  const app = await launchApp(DEMO_CLIENT);
  const { page } = app;
  try {
    await signIn(page);
    await clearLog(app.serverUrl);
    const focused = page.locator(':focus');
    // Tab into the package list, arrow down to the package, and open it.
    const target = packageButton(page, flow.name);
    const inList = () => page.evaluate(() => document.activeElement?.hasAttribute('data-package-id') === true);
    for (let i = 0; i < 40 && !(await inList()); i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: flow.name })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Send OTP' })).toBeVisible();

    // N goes to my first open field: the required text field, whose mark sends focus to its input.
    await page.keyboard.press('n');
    await expect(focused).toHaveAccessibleName(`${flow.textFieldName}, text field, to do`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: flow.textFieldName })).toBeFocused();
    await page.keyboard.type('Alice Example');
    // The field list is in reading order, so Tab goes on to the first initials field's button (the filled-in
    // name needs nothing more; it is saved before the signature).
    await page.keyboard.press('Tab');
    await expect(focused).toHaveAccessibleName('Add initials');
    await expect(page.getByRole('status').filter({ hasText: / of 4 left$/ })).toHaveText('3 of 4 left');
    await page.keyboard.press('Enter');
    const initials = page.getByRole('dialog', { name: `Initial ${flow.initials[0]}` });
    await expect(initials.getByRole('radio', { name: 'Draw' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(initials.getByRole('radio', { name: 'Type' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('AE');
    await page.keyboard.press('Tab');
    await expect(initials.getByRole('checkbox', { name: 'Apply to all initials fields' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(initials).toBeHidden();

    // Focus moves on by itself to the next open field: the signature, which needs an SMS code.
    await expect(focused).toHaveAccessibleName(`${flow.fieldName}, digital signature, to do`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Sign as ${DEMO.users.alice.name}` });
    const code = dialog.getByRole('textbox', { name: 'One-time password' });
    await expect(code).toBeFocused();
    let sms: string | undefined;
    await expect.poll(async () => (sms = (await latestCode(app.serverUrl, flow.fieldName))?.code)).toBeTruthy();
    await page.keyboard.type(sms ?? '');
    // Resend is disabled, so Tab goes straight to the signature choices.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio', { name: 'Draw' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Type your name' })).toBeFocused();
    await page.keyboard.type('Alice Example');
    await page.keyboard.press('Enter');

    await expectFinishScreen(page, `You have signed “${flow.name}”`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Back to packages' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectPackageList(page);

    const base = `/v3/packages/${flow.packageId}`;
    const doc = `${base}/documents/${flow.documentId}`;
    expect(writes(await requestLog(app.serverUrl))).toEqual([
      `POST ${doc}/initial`,
      `PUT ${doc}/fields`,
      `POST ${doc}/otp`,
      `POST ${doc}/sign`,
      `POST ${base}/finish`,
    ]);
  } finally {
    await app.close();
  }
});
