// Round trips at 100 ms of latency, in the browser shell: each figure is the time from a press to its result over
// the injected round trip, so it counts the requests that stand one after another (lower is better).
import type { Page } from 'playwright-core';
import { FIXTURES } from '../sandbox/seed.js';
import { resetSandbox } from '../support/sandbox-control.js';
import { addLatency, benchInRtt, fillSignIn, launchSlowApp, LIST_SHOWN, settle, signInUntimed, signOut, timePress, waitInPage } from './latency-session.js';

/** A package with two documents: the first has two pages and alice's fields, the second one page. */
const TWO_DOCUMENTS = FIXTURES.kiosk.name;

/** In-page condition: the first document's first page image is drawn and the fields of both documents are in. */
// The work count ("n of m left") shows only once every document's fields have loaded.
const PACKAGE_SHOWN = `document.querySelector('.document img.page-image')?.complete === true &&
  document.querySelector('.document .field-list') !== null &&
  (document.querySelector('.work-count')?.textContent ?? '').trim() !== ''`;

/** In-page condition: the no-code package's signature field is listed as done. */
const FIELD_SIGNED = `[...document.querySelectorAll('.field-item--done')].some((item) => item.textContent.includes(${JSON.stringify(FIXTURES.noOtp.fieldName)}))`;

/** In-page condition: the list is sorted by a column (aria-sort follows the rows) and nothing is loading. */
const LIST_SORTED = `document.querySelector('[role=columnheader][aria-sort=ascending]') !== null &&
  document.querySelector('[role=progressbar]') === null && ${LIST_SHOWN}`;

/** `rtt-sign-in`: from pressing Sign in to the first package rows (floor 2: authenticate, then the first page). */
export async function benchRttSignIn(): Promise<number> {
  const app = await launchSlowApp();
  try {
    return await benchInRtt('rtt-sign-in', async () => {
      await fillSignIn(app.page);
      const ms = await timePress(app.page, app.page.getByRole('button', { name: 'Sign in' }), LIST_SHOWN);
      await signOut(app.page);
      return ms;
    });
  } finally {
    await app.close();
  }
}

/** `rtt-open-package`: from opening a 2-document package to its first page image and both documents' fields (floor 2). */
export async function benchRttOpenPackage(): Promise<number> {
  const app = await launchSlowApp();
  try {
    return await benchInRtt('rtt-open-package', async () => {
      // Signed in afresh each run, so nothing of the package is cached.
      await signInUntimed(app.page);
      const ms = await timePress(app.page, app.page.getByRole('button', { name: TWO_DOCUMENTS, exact: true }), PACKAGE_SHOWN);
      await settle(app.serverUrl);
      await signOut(app.page);
      return ms;
    });
  } finally {
    await app.close();
  }
}

/** Opens the no-code package's sign dialog with the stored signature chosen, ready for Sign. */
async function openNoCodeSignDialog(page: Page) {
  await page.getByRole('button', { name: FIXTURES.noOtp.name, exact: true }).click();
  const item = page.locator('.field-item').filter({ has: page.getByText(FIXTURES.noOtp.fieldName, { exact: true }) });
  await item.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Sign / });
  await dialog.getByRole('radio', { name: 'Use my stored signature' }).check();
  return dialog;
}

/** `rtt-sign`: from pressing Sign in the sign dialog of a no-code field to the field listed as signed (floor 2). */
export async function benchRttSign(): Promise<number> {
  const app = await launchSlowApp();
  try {
    return await benchInRtt('rtt-sign', async () => {
      // The field must be unsigned again: reset the sandbox (which also drops the latency fault), and sign in afresh.
      await resetSandbox(app.serverUrl);
      await addLatency(app.serverUrl);
      await signInUntimed(app.page);
      const dialog = await openNoCodeSignDialog(app.page);
      const ms = await timePress(app.page, dialog.getByRole('button', { name: 'Sign', exact: true }), FIELD_SIGNED);
      // The refresh that follows a signature finishes before the sign-out.
      await settle(app.serverUrl);
      await signOut(app.page);
      return ms;
    });
  } finally {
    await app.close();
  }
}

/** `rtt-sort-10k`: from choosing the Name sort on every one of 10,000 packages to the sorted rows. */
export async function benchRttSort10k(): Promise<number> {
  const app = await launchSlowApp({ packages: 10_000 });
  try {
    return await benchInRtt('rtt-sort-10k', async () => {
      await signInUntimed(app.page);
      // "All" lists every generated package (PENDING alone is about a third of them).
      await app.page.getByLabel('Status').selectOption('ALL');
      await waitInPage(app.page, `${LIST_SHOWN} && /of 100\\d\\d$/.test(document.querySelector('.pager-range').textContent)`);
      const ms = await timePress(app.page, app.page.getByRole('button', { name: 'Name', exact: true }), LIST_SORTED);
      await signOut(app.page);
      return ms;
    });
  } finally {
    await app.close();
  }
}
