// The sign dialog a signer can trust: who signs and where, where the code went (masked), the sender's message,
// the consent statement describing Sign, the typed name prefilled and drawn in the bundled handwriting face,
// and a refused code said beside the code field.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { documentRegion, openPackage } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { clearLog, latestCode, requestLog } from '../support/sandbox-control.js';
import { CONSENT_STATEMENT } from '../../renderer/src/text/consent.js';
import { expectNoSeriousA11yViolations } from './axe.js';

const alice = DEMO.users.alice;

/** Opens the welcome pack's sign dialog with a texted code; returns the dialog and the code. */
async function openWelcomeDialog(page: Page, serverUrl: string): Promise<{ dialog: Locator; code: string }> {
  const { name, documentName, fieldName } = FIXTURES.welcomePack;
  await openPackage(page, name);
  await documentRegion(page, documentName).getByRole('button', { name: 'Send OTP' }).click();
  const dialog = page.getByRole('dialog', { name: `Sign as ${alice.name}` });
  await expect(dialog).toBeVisible();
  let code: string | undefined;
  await expect.poll(async () => (code = (await latestCode(serverUrl, fieldName))?.code)).toBeTruthy();
  return { dialog, code: code as string };
}

/** Draws `text` as the app's typed signature does (same layout), in `family`; the PNG's base64. */
function renderIn(page: Page, text: string, family: string): Promise<string> {
  return page.evaluate(
    async ({ text, family }) => {
      await document.fonts.ready;
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 180;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      const maxSize = (180 - 24) * 0.75;
      context.font = `${maxSize}px ${family}`;
      const measured = context.measureText(text).width;
      const fitted = measured > 576 ? (maxSize * 576) / measured : maxSize;
      context.font = `${Math.max(10, Math.floor(fitted))}px ${family}`;
      context.fillStyle = '#111827';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(text, 300, 90);
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    },
    { text, family },
  );
}

test('says who signs and where, where the code went with the number masked, and the sender’s message', async ({ app, page }) => {
  const { dialog } = await openWelcomeDialog(page, app.serverUrl);
  await expect(dialog).toContainText(`Signature on page 2 of ${FIXTURES.welcomePack.documentName}`);
  await expect(dialog).toContainText('We sent a code to +44 •••• ••0001.');
  await expect(dialog).toHaveAccessibleDescription(/Signature on page 2 of Welcome letter\.pdf We sent a code to \+44 •••• ••0001\./);
  // The full number is nowhere on screen.
  const digits = alice.mobile.replace(/\D/g, '');
  expect((await page.locator('body').innerText()).replace(/\s/g, '')).not.toContain(digits.slice(-6));
  const message = dialog.getByRole('region', { name: 'Message from the sender' });
  await expect(message).toContainText(FIXTURES.welcomePack.message);
  await expectNoSeriousA11yViolations(page);
});

test('the consent statement describes the Sign button', async ({ app, page }) => {
  const { dialog } = await openWelcomeDialog(page, app.serverUrl);
  await expect(dialog.getByText(CONSENT_STATEMENT, { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Sign', exact: true })).toHaveAccessibleDescription(CONSENT_STATEMENT);
});

test('the typed name is prefilled from the workflow and drawn in the bundled handwriting face, never a fallback', async ({ app, page }) => {
  const { dialog, code } = await openWelcomeDialog(page, app.serverUrl);
  await dialog.getByRole('textbox', { name: 'One-time password' }).fill(code);
  await dialog.getByRole('radio', { name: 'Type' }).check();
  const typed = dialog.getByRole('textbox', { name: 'Type your name' });
  await expect(typed).toHaveValue(alice.name);
  await expect(dialog.locator('.typed-preview')).toHaveCSS('font-family', /Dancing Script/);
  await clearLog(app.serverUrl);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The face came from the app's own files and is loaded.
  const faces = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Dancing Script').map((face) => face.status),
  );
  expect(faces).toContain('loaded');
  const sign = (await requestLog(app.serverUrl)).find((entry) => entry.method === 'POST' && entry.path.endsWith('/sign'));
  const sent = (sign?.body as { hand_signature_image?: string } | undefined)?.hand_signature_image ?? '';
  expect(sent).not.toBe('');
  expect(sent).toBe(await renderIn(page, alice.name, "'Dancing Script', cursive"));
  expect(sent).not.toBe(await renderIn(page, alice.name, 'serif'));
});

test('a wrong code is said beside the code field, word for word with its status, and describes it', async ({ app, page }) => {
  const { dialog, code } = await openWelcomeDialog(page, app.serverUrl);
  const input = dialog.getByRole('textbox', { name: 'One-time password' });
  await input.fill(code.replace(/^./, (digit) => String((Number(digit) + 1) % 10)));
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert.getByText('The One Time Password (OTP) does not match', { exact: true })).toBeVisible();
  await expect(alert).toContainText('Status 403');
  await expect(input).toHaveAccessibleDescription(/The One Time Password \(OTP\) does not match.*Status 403/);
  // Beside the field: the alert sits in the code entry, above the signature choices.
  await expect(dialog.locator('.otp-entry').getByRole('alert')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await expect(input).toBeFocused();
  await input.fill(code);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
});
