// Transport truths: a redirect is an error naming where it pointed, a gateway's HTML page is shown as
// plain text, a 429 on the token refresh keeps the user signed in, unknown workflow values are text,
// and zone-less times are read in the server's time zone.
import { TZDate } from '@date-fns/tz';
import { expect, test as plain } from '@playwright/test';
import keytar from 'keytar';
import { test } from './fixtures.js';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { openPackage } from './document-helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { KEYCHAIN_SERVICE, keychainAccount } from '../../main/session/credential-store.js';
import { keyringAvailable } from '../support/keyring.js';
import { addFault, clearFaults, clearLog, expireTokens, requestLog } from '../support/sandbox-control.js';

test('a 302 from the API is an error naming the status and the Location host; nothing follows it', async ({ app, page }) => {
  const { packageId, name } = FIXTURES.noOtp;
  await addFault(app.serverUrl, {
    method: 'GET',
    path: `/packages/${packageId}/workflow$`,
    status: 302,
    headers: { location: 'https://login.example.com/sso?return=1' },
    body: '',
  });
  await clearLog(app.serverUrl);
  await packageButton(page, name).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('302');
  await expect(dialog).toContainText('login.example.com');
  const paths = (await requestLog(app.serverUrl)).map((entry) => entry.path);
  expect(paths.filter((path) => path.includes('sso'))).toEqual([]);
});

test('an HTML 502 from a gateway shows the status and a short plain-text excerpt, never markup', async ({ app, page }) => {
  const html =
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head><body><h1>Bad Gateway</h1><p>The proxy could not reach SigningHub.</p><script>alert(1)</script></body></html>';
  await addFault(app.serverUrl, { method: 'GET', path: `/packages/${FIXTURES.noOtp.packageId}/workflow$`, status: 502, contentType: 'text/html', body: html });
  await packageButton(page, FIXTURES.noOtp.name).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('502');
  await expect(dialog).toContainText('The proxy could not reach SigningHub.');
  const text = (await dialog.textContent()) ?? '';
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toContain('alert(1)');
  expect(text).not.toContain('color:red');
});

plain('a 429 on the token refresh keeps the session and the remembered sign-in; the next try works', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const { page } = app;
    await signIn(page);
    await expireTokens(app.serverUrl);
    // Both the refresh and its one retry (after Retry-After) are refused as busy.
    await addFault(app.serverUrl, {
      method: 'POST',
      path: '^/authenticate$',
      status: 429,
      headers: { 'retry-after': '1' },
      body: '{"Message":"Too many requests"}',
      times: 2,
    });
    await clearLog(app.serverUrl);
    await packageButton(page, FIXTURES.noOtp.name).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('429');
    await page.keyboard.press('Escape');
    // Still signed in: no sign-in form, and the package offers Try again.
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${DEMO.users.alice.email}`);
    // The remembered sign-in is still in the keychain.
    if (keyringAvailable()) expect(await keytar.getPassword(KEYCHAIN_SERVICE.dev, keychainAccount(app.serverUrl, DEMO.users.alice.email))).toBeTruthy();
    const refreshes = (await requestLog(app.serverUrl)).filter((entry) => entry.path === '/authenticate').map((entry) => entry.status);
    expect(refreshes).toEqual([429, 429]);

    await clearFaults(app.serverUrl);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: FIXTURES.noOtp.name })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('unknown workflow, role and recipient statuses are shown as text', async ({ page }) => {
  const { name } = FIXTURES.realWorkflowValues;
  // It is in progress, so it is listed under All rather than Pending.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
  await openPackage(page, name, { search: true });
  const recipients = page.getByRole('region', { name: /Recipients/ });
  await expect(recipients).toContainText('Electronic seal');
  await expect(recipients).toContainText('Invalid');
});

plain('zone-less times are read in the server time zone set by policy', async () => {
  const { name, zoneLessModifiedOn } = FIXTURES.dateFormats;
  const zone = 'America/New_York';
  const app = await launchApp({ ...DEMO_CLIENT, serverTimeZone: zone });
  try {
    const { page } = app;
    await signIn(page);
    const [y, mo, d, h, mi, s] = zoneLessModifiedOn.split(/[-T:.]/).map(Number) as [number, number, number, number, number, number];
    const instant = new TZDate(y, mo - 1, d, h, mi, s, zone);
    // Formatted by the page itself, so the browser's own locale and zone apply.
    const short = (iso: string) => page.evaluate((value) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(value)), iso);
    const shown = await short(instant.toISOString());
    expect(shown).not.toBe(await short(new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString()));
    await page.getByRole('searchbox', { name: 'Search packages' }).fill(name);
    const row = page.getByRole('row').filter({ has: packageButton(page, name) });
    await expect(row).toContainText(shown);
  } finally {
    await app.close();
  }
});
