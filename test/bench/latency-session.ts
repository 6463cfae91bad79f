// The pieces of a latency benchmark: an app in the browser shell whose sandbox answers every request a fixed
// delay late, in-page timing of one press until a DOM condition holds, and figures counted in round trips.
import type { Locator, Page } from 'playwright-core';
import { launchApp, type LaunchedApp, type LaunchOptions } from '../e2e/launch-app.js';
import { DEMO } from '../sandbox/seed.js';
import { addFault, requestLog } from '../support/sandbox-control.js';
import { median, report } from './stats.js';

/** The injected round trip: every SigningHub request waits this long before the sandbox handles it. */
export const RTT_MS = 100;

/** How long one timed press may wait for its result before the run fails, in ms. */
const PRESS_TIMEOUT_MS = 60_000;

/**
 * Slows every SigningHub request (control calls are never faulted) by `ms`, with no change to the answer:
 * a latency-only fault lets the route run after the wait, and one without `times` never runs out.
 * A sandbox reset clears faults, so call it again after one.
 */
export async function addLatency(serverUrl: string, ms: number = RTT_MS): Promise<void> {
  await addFault(serverUrl, { path: '^/', latencyMs: ms });
}

/** Launches the app in the browser shell against its own sandbox, with the demo client and `RTT_MS` on every request. */
export async function launchSlowApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const app = await launchApp({ clientId: DEMO.clientId, clientSecret: DEMO.clientSecret, ...options, shell: 'browser' });
  await addLatency(app.serverUrl);
  return app;
}

/** Fills the sign-in form for alice without pressing Sign in ("Remember me" off, so signing out leaves nothing). */
export async function fillSignIn(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.users.alice.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.users.alice.password);
  await page.getByRole('checkbox', { name: 'Remember me' }).uncheck();
}

/** In-page condition: the package list shows its first rows and its range. */
export const LIST_SHOWN = `document.querySelectorAll('[role=table] [role=row][aria-rowindex]').length > 1 &&
  /^1–\\d+ of \\d+$/.test(document.querySelector('.pager-range')?.textContent ?? '')`;

/** Signs alice in and waits for the package list; not timed. */
export async function signInUntimed(page: Page): Promise<void> {
  await fillSignIn(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitInPage(page, LIST_SHOWN);
}

/**
 * Waits until the app has sent nothing for `quietMs` and every request it sent was answered, so follow-up
 * reads of one run cannot land after the next run has started (or after a sign-out, as a "not signed in" error).
 */
export async function settle(serverUrl: string, quietMs = 10 * RTT_MS): Promise<void> {
  for (;;) {
    const log = await requestLog(serverUrl);
    const last = log.at(-1);
    if (log.every((entry) => entry.status !== null) && (last === undefined || Date.now() - Date.parse(last.at) > quietMs)) return;
    await new Promise((resolve) => setTimeout(resolve, RTT_MS));
  }
}

/** Signs out and waits for the sign-in form, so the next run starts with an empty cache. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  // A run that ended in an error dialog is no measurement: say what it was.
  const alert = page.getByRole('alertdialog');
  if (await alert.isVisible()) throw new Error(`the app showed an error: ${await alert.innerText()}`);
}

// In-page sources as strings: tsx would wrap named inner functions in a helper the page lacks, and the app's CSP
// forbids the eval that waitForFunction would use for a string condition.
const untilSource = (done: string): string => `new Promise((resolve, reject) => {
  const since = performance.now();
  const tick = () => {
    if (${done}) resolve();
    else if (performance.now() - since > ${PRESS_TIMEOUT_MS}) reject(new Error('timed out waiting for: ' + ${JSON.stringify(done)}));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

const pressSource = (done: string): string => `(async () => {
  const target = window.__benchTarget;
  delete window.__benchTarget;
  const started = performance.now();
  target.click();
  await ${untilSource(done)};
  return performance.now() - started;
})()`;

/** Waits, checking every frame, until the in-page expression `done` holds. */
export async function waitInPage(page: Page, done: string): Promise<void> {
  await page.evaluate(untilSource(done));
}

/**
 * Presses `target` from inside the page and resolves to the milliseconds until the in-page expression `done`
 * holds, checked every frame. Timed with performance.now() in the page, so Playwright's own round trips to the
 * browser do not count.
 */
export async function timePress(page: Page, target: Locator, done: string): Promise<number> {
  await target.evaluate((element) => {
    (window as unknown as { __benchTarget: Element }).__benchTarget = element;
  });
  return (await page.evaluate(pressSource(done))) as number;
}

/**
 * Runs `once` `runs` times after one untimed warm-up, prints each run and the median in round trips
 * (`bench <name>: <n> rtt`), and returns that median.
 */
export async function benchInRtt(name: string, once: () => Promise<number>, runs = 5): Promise<number> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await once());
  const figure = median(times) / RTT_MS;
  console.log(`${name}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms at ${RTT_MS} ms per request, ${runs} runs`);
  report(name, figure, 'rtt');
  return figure;
}
