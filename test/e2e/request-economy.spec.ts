// A session at injected latency (sign-in, a 2-document package, a signature), read back from the sandbox's request
// log: nothing is asked twice, what is loaded ahead is only ever a read, and the only writes are the user's own.
import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { documentRegion, fieldItem, openPackage, signDialog } from './document-helpers.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, requestLog, type LogEntry } from '../support/sandbox-control.js';

const LATENCY_MS = 50;
const kiosk = FIXTURES.kiosk;
const noOtp = FIXTURES.noOtp;

/** One request as the server told it apart: method, path and query. */
const requestKey = (entry: LogEntry): string => `${entry.method} ${entry.path}${Object.keys(entry.query).length ? ` ${JSON.stringify(entry.query)}` : ''}`;

/**
 * Reads asked again with no write in between: a read may follow a write (the refresh of what the user changed),
 * never itself. There is no polling in this session (that is only for a phone approval, which it does not use).
 */
function repeatedReads(log: readonly LogEntry[]): string[] {
  const repeated: string[] = [];
  let seen = new Set<string>();
  for (const entry of log) {
    if (entry.method !== 'GET') {
      seen = new Set();
      continue;
    }
    const key = requestKey(entry);
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

let app: LaunchedApp;

test.beforeEach(async () => {
  app = await launchApp(DEMO_CLIENT);
  // Every request waits, so calls that overlap in time really overlap, as over a WAN.
  await addFault(app.serverUrl, { path: '^/', latencyMs: LATENCY_MS });
});

test.afterEach(async () => {
  await app.close();
});

test('at injected latency nothing is asked twice, and everything loaded ahead is a read', async () => {
  const { page, serverUrl } = app;
  await signIn(page, undefined, { remember: false });

  await openPackage(page, kiosk.name);
  const first = documentRegion(page, 'Account opening form.pdf');
  await expect(first.getByRole('img', { name: 'Page 1 of 2' })).toBeVisible();
  await expect(page.locator('.work-count')).not.toBeEmpty();
  // The second document's first page is loaded ahead, before anyone asks for it.
  const secondImages = `/v3/packages/${kiosk.packageId}/documents/${kiosk.noOtpDocumentId}/images/`;
  await expect.poll(async () => (await requestLog(serverUrl)).filter((entry) => entry.path.startsWith(secondImages)).length).toBe(1);
  await page.getByLabel('Document', { exact: true }).selectOption(String(kiosk.noOtpDocumentId));
  await expect(documentRegion(page, 'Privacy notice.pdf').getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to packages' }).click();
  await openPackage(page, noOtp.name);
  const item = fieldItem(documentRegion(page, 'Supplier agreement.pdf'), noOtp.fieldName);
  await item.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = signDialog(page);
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(item).toHaveClass(/field-item--done/);
  // The refresh after the signature re-reads the package's workflow: wait for it to be answered.
  const workflow = `/v3/packages/${noOtp.packageId}/workflow`;
  await expect.poll(async () => (await requestLog(serverUrl)).filter((entry) => entry.path === workflow && entry.status !== null).length).toBe(2);
  await page.waitForTimeout(4 * LATENCY_MS);

  const log = await requestLog(serverUrl);
  // The second document's page was asked for once, ahead of time, and showing it asked for nothing more.
  expect(log.filter((entry) => entry.path.startsWith(secondImages))).toHaveLength(1);
  expect(repeatedReads(log)).toEqual([]);
  // Open marks a package read, so each package is opened once per sign-in, even when re-read after a signature.
  expect(log.filter((entry) => entry.path.endsWith('/open')).map((entry) => entry.path)).toEqual([
    `/v3/packages/${kiosk.packageId}/open`,
    `/v3/packages/${noOtp.packageId}/open`,
  ]);
  // The only writes are the user's own: signing in and the one signature. Nothing texted a code.
  expect(log.filter((entry) => entry.method !== 'GET').map(requestKey)).toEqual([
    'POST /authenticate',
    `POST /v3/packages/${noOtp.packageId}/documents/${noOtp.documentId}/sign`,
  ]);
  expect(log.filter((entry) => /otp/i.test(entry.path))).toEqual([]);
  expect(log.every((entry) => entry.status !== null && entry.status < 400)).toBe(true);
});
