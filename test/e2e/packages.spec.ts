import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { DEMO_CLIENT, packageButton, signIn } from './helpers.js';
import { FIXTURES } from '../sandbox/seed.js';
import { requestLog } from '../support/sandbox-control.js';

let app: LaunchedApp;
let page: Page;
test.beforeEach(async () => {
  app = await launchApp(DEMO_CLIENT);
  page = app.page;
  await signIn(page);
});
test.afterEach(() => app.close());

test('filters by status, searches and pages with "x of y" from x-total-records', async () => {
  await expect(packageButton(page, 'Welcome pack')).toBeVisible();
  const pending = (await requestLog(app.serverUrl)).filter((e) => e.path.startsWith('/v3/packages/PENDING/1/')).at(-1);
  expect(pending?.status).toBe(200);

  const range = page.getByText(/^\d+–\d+ of \d+$/);
  await expect(range).toHaveText(/^1–20 of \d+$/);
  const pendingTotal = Number((await range.textContent())!.split(' of ')[1]);

  await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
  await expect.poll(async () => (await requestLog(app.serverUrl)).some((e) => e.path.startsWith('/v3/packages/ALL/1/') && e.status === 200)).toBe(true);
  // Every package is in ALL, so its total is larger than PENDING's: wait for the new figure.
  await expect.poll(async () => Number((await range.textContent())!.split(' of ')[1])).toBeGreaterThan(pendingTotal);
  await expect(range).toHaveText(/^1–20 of \d+$/);
  const all = Number((await range.textContent())!.split(' of ')[1]);
  expect(all).toBeGreaterThan(20);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(range).toHaveText(`21–40 of ${all}`);
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(range).toHaveText(`1–20 of ${all}`);

  await page.getByRole('searchbox', { name: 'Search packages' }).fill('Error lab');
  await expect(packageButton(page, 'Error lab')).toBeVisible();
  await expect(page.getByRole('table').getByRole('button')).toHaveCount(1);
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  const search = (await requestLog(app.serverUrl)).filter((e) => e.headers['x-search-text']).at(-1);
  expect(search?.headers['x-search-text']).toBe(Buffer.from('Error lab').toString('base64'));

  await page.getByRole('searchbox', { name: 'Search packages' }).fill('no such package anywhere');
  await expect(page.getByText('No packages', { exact: true })).toBeVisible();
  await expect(page.getByText('No packages match “no such package anywhere”.')).toBeVisible();
  await expect(page.getByText('0 of 0')).toBeVisible();
});

test('shows unread packages in bold', async () => {
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const weights = await rows.evaluateAll((els) => els.slice(1).map((el): [string, string] => [el.textContent ?? '', getComputedStyle(el.querySelector('button')!).fontWeight]));
  const unread = weights.filter(([text]) => /unread/i.test(text));
  expect(unread.length).toBeGreaterThan(0);
  for (const [, weight] of unread) expect(Number(weight)).toBeGreaterThanOrEqual(700);
  for (const [, weight] of weights.filter(([text]) => !/unread/i.test(text))) expect(Number(weight)).toBeLessThan(700);
});

test('opens a package: documents, and fields grouped by kind with status and page', async () => {
  await packageButton(page, FIXTURES.fieldGallery.name).click();
  await expect(page.getByRole('heading', { name: FIXTURES.fieldGallery.name })).toBeVisible();
  for (const heading of ['Digital signatures', 'Electronic signatures', 'In-person signatures', 'Initials', 'Text fields', 'Checkboxes']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText(/^Page \d+$/).first()).toBeVisible();
  // Opening marks the package read on the server.
  await expect.poll(async () => (await requestLog(app.serverUrl)).some((e) => e.path === `/v3/packages/${FIXTURES.fieldGallery.packageId}/open`)).toBe(true);
  await page.getByRole('button', { name: 'Back to packages' }).click();
  await expect(packageButton(page, 'Welcome pack')).toBeVisible();
});
