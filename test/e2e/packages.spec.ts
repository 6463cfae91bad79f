import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { ALICE, DEMO_CLIENT, expectErrorDialog, packageButton, signIn } from './helpers.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { MESSAGES } from '../sandbox/errors.js';
import { addFault, clearLog, requestLog } from '../support/sandbox-control.js';

/** The package table (a virtualized ARIA table). */
const table = (page: Page): Locator => page.getByRole('table', { name: 'Packages' });
/** The rows of packages now in the DOM, header excluded. */
const bodyRows = (page: Page): Locator => table(page).locator('[role="row"]:not([aria-rowindex="1"])');
/** The "first–last of total" text. */
const range = (page: Page): Locator => page.locator('.pager-range');
/** The Name button of the row at a 1-based aria-rowindex. */
const rowButton = (page: Page, rowIndex: number): Locator => table(page).locator(`[role="row"][aria-rowindex="${rowIndex}"] button`);

/** Parses the range text into numbers. */
async function readRange(page: Page): Promise<{ first: number; last: number; total: number }> {
  const text = (await range(page).textContent()) ?? '';
  const match = /^(\d+)–(\d+) of (\d+)$/.exec(text);
  if (!match) throw new Error(`unexpected range text "${text}"`);
  return { first: Number(match[1]), last: Number(match[2]), total: Number(match[3]) };
}

/** The aria-rowindex of the row holding the focused element, or null. */
const focusedRowIndex = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const value = document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex');
    return value == null ? null : Number(value);
  });

/** x-total-records as the sandbox sends it to alice, read with a request of our own. */
async function serverTotal(base: string, status: string, search?: string): Promise<number> {
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: DEMO.clientId,
    client_secret: DEMO.clientSecret,
    username: ALICE.email,
    password: ALICE.password,
  });
  const auth = await fetch(`${base}/authenticate`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (search) headers['x-search-text'] = Buffer.from(search).toString('base64');
  const list = await fetch(`${base}/v3/packages/${status}/1/1`, { headers });
  return Number(list.headers.get('x-total-records'));
}

/** List requests the app sent, as "STATUS/page/size". */
async function listRequests(app: LaunchedApp): Promise<string[]> {
  return (await requestLog(app.serverUrl)).flatMap((e) => {
    const match = /^\/v3\/packages\/([A-Z]+)\/(\d+)\/(\d+)$/.exec(e.path);
    return match && match[3] !== '1' ? [`${match[1]}/${match[2]}/${match[3]}`] : [];
  });
}

/** Focuses the first row's Name button, the list's one Tab stop. */
async function focusFirstRow(page: Page): Promise<void> {
  await rowButton(page, 2).focus();
  await expect.poll(() => focusedRowIndex(page)).toBe(2);
}

test.describe('with the default seed', () => {
  let app: LaunchedApp;
  let page: Page;
  test.beforeEach(async () => {
    app = await launchApp(DEMO_CLIENT);
    page = app.page;
    await signIn(page);
  });
  test.afterEach(() => app.close());

  test('filters by status and searches; the range reads "first–last of total" from x-total-records', async () => {
    await expect(packageButton(page, 'Welcome pack')).toBeVisible();
    expect((await listRequests(app)).filter((r) => r.startsWith('PENDING/'))).toEqual(['PENDING/1/50']);

    const pendingTotal = await serverTotal(app.serverUrl, 'PENDING');
    await expect(range(page)).toHaveText(new RegExp(`^1–\\d+ of ${pendingTotal}$`));
    await expect(table(page)).toHaveAttribute('aria-rowcount', String(pendingTotal + 1));
    const shown = await readRange(page);
    // The range names the rows in view: every one of them is rendered.
    for (const index of [shown.first, shown.last]) await expect(rowButton(page, index + 1)).toBeVisible();

    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const allTotal = await serverTotal(app.serverUrl, 'ALL');
    expect(allTotal).toBeGreaterThan(pendingTotal);
    await expect(range(page)).toHaveText(new RegExp(`^1–\\d+ of ${allTotal}$`));
    await expect(table(page)).toHaveAttribute('aria-rowcount', String(allTotal + 1));
    expect(await listRequests(app)).toContain('ALL/1/50');

    await page.getByRole('searchbox', { name: 'Search packages' }).fill('Error lab');
    await expect(range(page)).toHaveText('1–1 of 1');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(packageButton(page, 'Error lab')).toBeVisible();
    const search = (await requestLog(app.serverUrl)).filter((e) => e.headers['x-search-text']).at(-1);
    expect(search?.headers['x-search-text']).toBe(Buffer.from('Error lab').toString('base64'));

    await page.getByRole('searchbox', { name: 'Search packages' }).fill('no such package anywhere');
    await expect(page.getByText('No packages', { exact: true })).toBeVisible();
    await expect(page.getByText('No packages match “no such package anywhere”.')).toBeVisible();
    await expect(range(page)).toHaveText('0 of 0');
    await expect(page.getByRole('button', { name: 'Previous' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
  });

  test('loads the next page as the list scrolls near the end', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const total = await serverTotal(app.serverUrl, 'ALL');
    expect(total).toBeGreaterThan(50);
    await expect(range(page)).toHaveText(new RegExp(`^1–\\d+ of ${total}$`));
    expect(await listRequests(app)).not.toContain('ALL/2/50');

    // Only the rows in view (and a few either side) are in the DOM.
    expect(await bodyRows(page).count()).toBeLessThan(30);
    await table(page).getByRole('rowgroup').nth(1).hover();
    await page.mouse.wheel(0, 50 * 56);
    await expect.poll(() => listRequests(app)).toContain('ALL/2/50');
    await expect(rowButton(page, 52)).toBeAttached();
    await page.mouse.wheel(0, 100 * 56);
    await expect(range(page)).toHaveText(new RegExp(`^\\d+–${total} of ${total}$`));
    expect((await listRequests(app)).filter((r) => r.startsWith('ALL/'))).toEqual(['ALL/1/50', 'ALL/2/50']);
  });

  test('a failed page shows the message and loads on Try again', async () => {
    await addFault(app.serverUrl, { path: '^/v3/packages/ALL/2/50$', status: 500, times: 3 });
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    await expect(range(page)).toHaveText(new RegExp(`of ${await serverTotal(app.serverUrl, 'ALL')}$`));
    await focusFirstRow(page);
    await page.keyboard.press('End');
    await expectErrorDialog(page, 500, MESSAGES.internalError);
    await expect(page.getByText('More packages could not be loaded.')).toBeVisible();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(rowButton(page, 52)).toBeAttached();
    await expect(page.getByText('More packages could not be loaded.')).toBeHidden();
  });

  test('moves focus with the arrow, paging, Home and End keys; the list is one Tab stop', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const total = await serverTotal(app.serverUrl, 'ALL');
    await expect(range(page)).toHaveText(new RegExp(`of ${total}$`));
    // One row button is tabbable; Tab from the search box reaches the header buttons, then that row.
    await expect(table(page).locator('[role="row"] [role="cell"] button[tabindex="0"]')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search packages' }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await focusedRowIndex(page)).toBe(2);

    await page.keyboard.press('ArrowDown');
    expect(await focusedRowIndex(page)).toBe(3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focusedRowIndex(page)).toBe(3);

    const { first, last } = await readRange(page);
    const perPage = last - first; // rows fully in view, give or take a partial one
    await page.keyboard.press('PageDown');
    const afterPageDown = (await focusedRowIndex(page))!;
    expect(afterPageDown - 3).toBeGreaterThanOrEqual(perPage - 1);
    await expect(page.locator(':focus')).toBeInViewport();
    await page.keyboard.press('PageUp');
    expect(await focusedRowIndex(page)).toBe(3);

    // End goes to the last loaded row (50), which loads the next page; End again reaches the true end.
    await page.keyboard.press('End');
    expect(await focusedRowIndex(page)).toBe(51);
    await expect(rowButton(page, 52)).toBeAttached();
    await page.keyboard.press('End');
    await expect.poll(() => focusedRowIndex(page)).toBe(total + 1);
    await expect(page.locator(':focus')).toBeInViewport();
    await expect(range(page)).toHaveText(new RegExp(`–${total} of ${total}$`));

    await page.keyboard.press('Home');
    expect(await focusedRowIndex(page)).toBe(2);
    await expect(range(page)).toHaveText(new RegExp(`^1–\\d+ of ${total}$`));

    // Tab leaves the list from its one stop; Shift+Tab comes back to the same row.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedRowIndex(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRowIndex(page)).toBe(3);
  });

  test('sorts by name after loading every package, with progress and Cancel', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const total = await serverTotal(app.serverUrl, 'ALL');
    await expect(range(page)).toHaveText(new RegExp(`of ${total}$`));
    const header = (name: string) => table(page).getByRole('columnheader', { name });
    await expect(header('Modified')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Name')).toHaveAttribute('aria-sort', 'none');

    // Slow bulk pages down, so the progress can be seen and cancelled, even on a loaded machine.
    await addFault(app.serverUrl, { path: '^/v3/packages/ALL/\\d+/200$', latencyMs: 4000 });
    await header('Name').getByRole('button', { name: 'Name' }).click();
    const progress = page.getByRole('progressbar', { name: 'Loading all packages to sort' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '50');
    await expect(progress).toHaveAttribute('aria-valuemax', String(total));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress).toBeHidden();
    await expect(header('Modified')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Name')).toHaveAttribute('aria-sort', 'none');

    await clearLog(app.serverUrl);
    await header('Name').getByRole('button', { name: 'Name' }).click();
    await expect(progress).toBeVisible();
    await expect(header('Name')).toHaveAttribute('aria-sort', 'ascending', { timeout: 15_000 });
    await expect(progress).toBeHidden();
    await expect(header('Modified')).toHaveAttribute('aria-sort', 'none');
    // The rest came in pages of 200 through the same list call.
    for (const request of (await listRequests(app)).filter((r) => r.startsWith('ALL/'))) expect(request).toMatch(/^ALL\/\d+\/200$/);

    // Walk the whole list with PageDown and check the order of every row.
    const names = new Map<number, string>();
    await focusFirstRow(page);
    const renderedRows = () =>
      bodyRows(page).evaluateAll((rows) =>
        rows.map((row): [number, string] => [Number(row.getAttribute('aria-rowindex')), row.querySelector('button')?.textContent ?? '']),
      );
    for (let guard = 0; guard < 100; guard++) {
      // The focused row renders first, off-screen; the rows around it follow the scroll a frame later. Read once they are one run.
      let rows: [number, string][] = [];
      await expect
        .poll(async () => {
          rows = await renderedRows();
          const focused = await focusedRowIndex(page);
          const contiguous = rows.every(([index], i) => i === 0 || index === (rows[i - 1]?.[0] ?? NaN) + 1);
          return contiguous && rows.some(([index]) => index === focused);
        })
        .toBe(true);
      for (const [index, name] of rows) names.set(index, name);
      if ((await focusedRowIndex(page)) === total + 1) break;
      await page.keyboard.press('PageDown');
    }
    expect(names.size).toBe(total);
    const inOrder = [...names.entries()].sort(([a], [b]) => a - b).map(([, name]) => name);
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    expect(inOrder).toEqual([...inOrder].sort(collator.compare));

    // Again: descending.
    await header('Name').getByRole('button', { name: 'Name' }).click();
    await expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    await expect(bodyRows(page).first().getByRole('button')).toHaveText(inOrder.at(-1)!);
  });

  test('a new filter or search keeps the sort only when its results are complete without more loading', async () => {
    const header = (name: string) => table(page).getByRole('columnheader', { name });
    const pendingTotal = await serverTotal(app.serverUrl, 'PENDING');
    expect(pendingTotal).toBeLessThanOrEqual(50);
    // Pending fits in one page: sorting needs no loading at all.
    await header('Name').getByRole('button').click();
    await expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');

    // All needs a second page that is not loaded: back to the server's order, nothing loads.
    await clearLog(app.serverUrl);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    await expect(range(page)).toHaveText(new RegExp(`of ${await serverTotal(app.serverUrl, 'ALL')}$`));
    await expect(header('Modified')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('Name')).toHaveAttribute('aria-sort', 'none');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    expect(await listRequests(app)).toEqual(['ALL/1/50']);

    // A search whose results fit in one page keeps a chosen sort.
    await header('Owner').getByRole('button').click();
    await expect(header('Owner')).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('searchbox', { name: 'Search packages' }).fill('Lease');
    await expect(range(page)).toHaveText(new RegExp(`of ${await serverTotal(app.serverUrl, 'ALL', 'Lease')}$`));
    await expect(header('Owner')).toHaveAttribute('aria-sort', 'ascending');
  });

  test('shows unread packages in bold, with an Unread marker outside the button', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    await expect(range(page)).toHaveText(/^1–\d+ of \d+$/);
    const rows = await bodyRows(page).evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent ?? '',
        button: el.querySelector('button')!.textContent,
        weight: Number(getComputedStyle(el.querySelector('button')!).fontWeight),
      })),
    );
    const unread = rows.filter((row) => /Unread/.test(row.text));
    expect(unread.length).toBeGreaterThan(0);
    for (const row of unread) {
      expect(row.weight).toBeGreaterThanOrEqual(700);
      expect(row.button).not.toMatch(/Unread/);
    }
    for (const row of rows.filter((r) => !/Unread/.test(r.text))) expect(row.weight).toBeLessThan(700);
    await expect(packageButton(page, 'Welcome pack')).toBeVisible();
  });

  test('opens a package: documents, and every field listed with its kind, status and page', async () => {
    await packageButton(page, FIXTURES.fieldGallery.name).click();
    await expect(page.getByRole('heading', { name: FIXTURES.fieldGallery.name })).toBeVisible();
    // In reading order, so each item names its kind; form fields are named by their inputs.
    for (const kind of ['Digital signature', 'Electronic signature', 'In-person signature', 'Initials']) {
      await expect(page.getByText(kind, { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expect(page.getByRole('textbox').first()).toBeVisible();
    await expect(page.getByText(/^Page \d+$/).first()).toBeVisible();
    // Opening marks the package read on the server.
    await expect.poll(async () => (await requestLog(app.serverUrl)).some((e) => e.path === `/v3/packages/${FIXTURES.fieldGallery.packageId}/open`)).toBe(true);
    await page.getByRole('button', { name: 'Back to packages' }).click();
    await expect(packageButton(page, FIXTURES.fieldGallery.name)).toBeFocused();
  });

  test('comes back to the opened row, far down a sorted list', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
    const total = await serverTotal(app.serverUrl, 'ALL');
    await table(page).getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await focusFirstRow(page);
    await page.keyboard.press('End');
    expect(await focusedRowIndex(page)).toBe(total + 1);
    await page.keyboard.press('ArrowUp');
    const name = (await page.locator(':focus').textContent())!;
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.getByRole('button', { name: 'Back to packages' }).click();
    await expect(packageButton(page, name)).toBeFocused();
    await expect(packageButton(page, name)).toBeInViewport();
    expect(await focusedRowIndex(page)).toBe(total);
    await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  });
});

test.describe('with 10,000 packages', () => {
  test('renders the first page only, then reaches the end with End and PageDown', async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ ...DEMO_CLIENT, packages: 10_000 });
    try {
      const { page } = app;
      await signIn(page);
      await page.getByRole('combobox', { name: 'Status' }).selectOption('ALL');
      const total = await serverTotal(app.serverUrl, 'ALL');
      expect(total).toBeGreaterThan(10_000);
      await expect(range(page)).toHaveText(new RegExp(`^1–\\d+ of ${total}$`));
      await expect(table(page)).toHaveAttribute('aria-rowcount', String(total + 1));
      expect(await bodyRows(page).count()).toBeLessThan(30);
      expect((await listRequests(app)).filter((r) => r.startsWith('ALL/'))).toEqual(['ALL/1/50']);

      await focusFirstRow(page);
      const started = Date.now();
      // Each End goes to the last loaded row, which loads the next page of 50.
      for (let focused = 2; focused !== total + 1;) {
        await page.keyboard.press('End');
        focused = (await focusedRowIndex(page))!;
        if (focused !== total + 1) await expect(rowButton(page, focused + 1)).toBeAttached();
      }
      const endMs = Date.now() - started;
      await expect(range(page)).toHaveText(new RegExp(`–${total} of ${total}$`));
      await expect(page.locator(':focus')).toBeInViewport();
      // Rows stay virtualized at the far end.
      expect(await bodyRows(page).count()).toBeLessThan(40);

      await page.keyboard.press('Home');
      expect(await focusedRowIndex(page)).toBe(2);
      const pageStarted = Date.now();
      for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
      const afterPaging = (await focusedRowIndex(page))!;
      expect(afterPaging).toBeGreaterThan(100);
      await expect(page.locator(':focus')).toBeInViewport();
      const { first, last } = await readRange(page);
      expect(afterPaging - 1).toBeGreaterThanOrEqual(first);
      expect(afterPaging - 1).toBeLessThanOrEqual(last);
      const pageMs = Date.now() - pageStarted;
      test.info().annotations.push({ type: 'timing', description: `End to row ${total}: ${endMs} ms; 20 × PageDown: ${pageMs} ms` });
    } finally {
      await app.close();
    }
  });
});
