// In-person signing outside kiosk mode: the hand-over window, hand-back with the PIN or the password,
// decline, a second walk-up signer who finds nothing of the first, and the audit record.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { ALICE } from './helpers.js';
import { documentRegion, drawOn, fieldItem, headerOf, openPackage } from './document-helpers.js';
import { expectClosed, expectHandBack, handOverPage, HOST_PIN, showDocument, startInPerson, unlockWithPin } from './hand-over.js';
import { FIXTURES } from '../sandbox/seed.js';
import { clearLog, latestCode, requestLog } from '../support/sandbox-control.js';

// Two windows, a hand-over each way and an axe scan per test: more than the default budget on a busy machine.
test.describe.configure({ timeout: 120_000 });

const kiosk = FIXTURES.kiosk;
const joint = FIXTURES.jointAccount;

test('an in-person signature with an SMS code: name, picture and code from the hand-over window, hand-back with the PIN', async ({ app, page }) => {
  await openPackage(page, kiosk.name);
  await documentRegion(page, 'Account opening form.pdf').getByRole('textbox', { name: 'Customer name' }).fill('Walk-up Customer');
  await startInPerson(page, 'Account opening form.pdf', kiosk.inPersonFieldName);
  // The host's window shows nothing of the host's work while the customer has the screen.
  await expect(page.getByRole('table', { name: 'Packages' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  const hand = await handOverPage(app, 'Customer');
  expect(await hand.evaluate(() => typeof (window as unknown as { signer?: unknown }).signer)).toBe('undefined');
  await expect(hand.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(hand.getByRole('img', { name: /^Page 2 of 2/ })).toBeVisible();
  await expectNoSeriousA11yViolations(hand);
  await clearLog(app.serverUrl);
  await hand.getByRole('textbox', { name: 'Your full name' }).fill('Walk-up Customer');
  await hand.getByRole('button', { name: 'Send OTP' }).click();
  await expect.poll(async () => (await latestCode(app.serverUrl, kiosk.inPersonFieldName))?.to).toBe(kiosk.inPersonMobile);
  const sms = await latestCode(app.serverUrl, kiosk.inPersonFieldName);
  await hand.getByRole('textbox', { name: 'One-time password' }).fill(sms?.code ?? '');
  await drawOn(hand, hand.locator('body'));
  await hand.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(hand);

  const sign = (await requestLog(app.serverUrl)).find((entry) => entry.method === 'POST' && entry.path.endsWith('/sign'));
  expect(sign?.body).toMatchObject({ field_name: kiosk.inPersonFieldName, user_name: 'Walk-up Customer' });
  expect(String((sign?.body as Record<string, unknown> | undefined)?.['hand_signature_image'])).toMatch(/^iVBORw0KGgo/);
  expect(headerOf(sign, 'x-otp')).toBe(sms?.code);

  await expectHandBack(page, 'Customer signed.');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Host PIN', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right. 4 tries left.' })).toBeVisible();
  await unlockWithPin(page);
  // Back on the same package, with the field read again.
  await expect(fieldItem(documentRegion(page, 'Account opening form.pdf'), kiosk.inPersonFieldName)).toContainText(/signed/i);
});

test('decline to sign goes back to the host, who unlocks with the SigningHub password', async ({ app, page }) => {
  await openPackage(page, kiosk.name);
  await showDocument(page, kiosk.noOtpDocumentId);
  await startInPerson(page, 'Privacy notice.pdf', kiosk.inPersonFieldName, 'password');
  const hand = await handOverPage(app, 'Customer');
  await expect(hand.getByRole('button', { name: 'Send OTP' })).toHaveCount(0);
  await clearLog(app.serverUrl);
  await hand.getByRole('button', { name: 'Decline to sign' }).click();
  const confirm = hand.getByRole('alertdialog', { name: 'Decline to sign?' });
  await confirm.getByRole('button', { name: 'Keep signing' }).click();
  await expect(confirm).toBeHidden();
  await hand.getByRole('button', { name: 'Decline to sign' }).click();
  await confirm.getByRole('button', { name: 'Decline' }).click();
  await expectClosed(hand);
  // Declining the hand-over declines nothing on the server: the package stays the host's to finish.
  expect((await requestLog(app.serverUrl)).filter((entry) => entry.method !== 'GET')).toEqual([]);

  await expectHandBack(page, 'Customer declined to sign.');
  await expect(page.getByLabel('Host PIN', { exact: true })).toHaveCount(0);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // The server's own words, as the token endpoint sent them.
  await expect(page.getByRole('alert')).toContainText('Invalid username or password');
  await page.getByLabel('Password', { exact: true }).fill(ALICE.password);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: kiosk.name })).toBeVisible();
});

test('the second walk-up signer finds no trace of the first: not in the page, storage, bridge answers or image cache', async ({ app, page }) => {
  await openPackage(page, joint.name, { search: true });
  await startInPerson(page, joint.documentName, joint.applicant.fieldName);
  const first = await handOverPage(app, joint.applicant.placeholder);
  await first.evaluate(() => {
    localStorage.setItem('left-behind', 'Ada Applicant');
    sessionStorage.setItem('left-behind', 'Ada Applicant');
  });
  await first.getByRole('textbox', { name: 'Your full name' }).fill('Ada Applicant');
  await first.getByRole('button', { name: 'Send OTP' }).click();
  await expect.poll(async () => (await latestCode(app.serverUrl, joint.applicant.fieldName))?.to).toBe(joint.applicant.mobile);
  const code = (await latestCode(app.serverUrl, joint.applicant.fieldName))?.code ?? '';
  await first.getByRole('textbox', { name: 'One-time password' }).fill(code);
  await drawOn(first, first.locator('body'));
  await first.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(first);
  await expectHandBack(page, `${joint.applicant.placeholder} signed.`);
  await unlockWithPin(page);

  await clearLog(app.serverUrl);
  await startInPerson(page, joint.documentName, joint.coApplicant.fieldName, null);
  const second = await handOverPage(app, joint.coApplicant.placeholder);
  await expect(second.getByRole('textbox', { name: 'Your full name' })).toHaveValue('');
  await expect(second.getByRole('img', { name: /^Page 1 of 1/ })).toBeVisible();
  const traces = await second.evaluate(async () => {
    const bridge = (window as unknown as { handOver: Record<string, (input?: unknown) => Promise<unknown>> }).handOver;
    const answers = JSON.stringify([await bridge['getHandOver']?.({}), await bridge['getHandOverPage']?.({ page: 1, width: 200, height: 283 })]);
    const databases = await indexedDB.databases();
    return { html: document.documentElement.outerHTML, local: localStorage.length, session: sessionStorage.length, databases: databases.length, answers };
  });
  expect(traces.local).toBe(0);
  expect(traces.session).toBe(0);
  expect(traces.databases).toBe(0);
  for (const trace of ['Ada Applicant', code, joint.applicant.placeholder]) {
    expect(traces.html).not.toContain(trace);
    expect(traces.answers).not.toContain(trace);
  }
  // The page image came from the server again, into a window whose cache started empty.
  expect((await requestLog(app.serverUrl)).some((entry) => entry.method === 'GET' && entry.path.includes(`/documents/${joint.documentId}/images/`))).toBe(true);
  await second.getByRole('textbox', { name: 'Your full name' }).fill('Bo Co-applicant');
  await second.getByRole('radio', { name: /Type/ }).check();
  await second.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(second);
  await expectHandBack(page, `${joint.coApplicant.placeholder} signed.`);
});

test('the audit record keeps each hand-over’s outcome, never a name, and exports as CSV for the host', async ({ app, page }) => {
  await openPackage(page, kiosk.name);
  await showDocument(page, kiosk.noOtpDocumentId);
  await startInPerson(page, 'Privacy notice.pdf', kiosk.inPersonFieldName);
  const declined = await handOverPage(app, 'Customer');
  await declined.getByRole('textbox', { name: 'Your full name' }).fill('Nameless Walker');
  await declined.getByRole('button', { name: 'Decline to sign' }).click();
  await declined.getByRole('alertdialog', { name: 'Decline to sign?' }).getByRole('button', { name: 'Decline' }).click();
  await expectClosed(declined);
  await unlockWithPin(page, HOST_PIN);

  await showDocument(page, kiosk.noOtpDocumentId);

  await startInPerson(page, 'Privacy notice.pdf', kiosk.inPersonFieldName, null);
  const signed = await handOverPage(app, 'Customer');
  await signed.getByRole('textbox', { name: 'Your full name' }).fill('Nameless Walker');
  await drawOn(signed, signed.locator('body'));
  await signed.getByRole('button', { name: 'Sign', exact: true }).click();
  await expectClosed(signed);
  await unlockWithPin(page, HOST_PIN);

  const record = await readFile(join(app.userDataDir, 'audit', 'in-person.jsonl'), 'utf8');
  expect(
    record
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { outcome: string }).outcome),
  ).toEqual(['declined', 'signed']);
  expect(record).not.toContain('Nameless Walker');
  expect(record).not.toContain('iVBORw0KGgo');

  await page.getByRole('button', { name: 'Export audit record' }).click();
  await expect(page.getByText(/desk-signer-audit-.*\.csv/)).toBeVisible();
  const saved = await readdir(app.saveDir);
  expect(saved).toEqual([expect.stringMatching(/^desk-signer-audit-.*\.csv$/)]);
  const csv = await readFile(join(app.saveDir, saved[0] ?? ''), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(kiosk.name);
  expect(lines[1]).toContain('declined');
  expect(lines[2]).toContain('signed');
  expect(csv).not.toContain('Nameless Walker');
});
