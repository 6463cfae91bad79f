// A kiosk's working day in miniature: in kiosk mode in the browser shell, at 100 ms per request, the host signs in
// and chooses the PIN once, then 50 walk-up signers in a row each sign the no-code in-person field and hand back.
// Heap growth: the JS heap after signer 50 over after signer 5, each after a forced GC, summing the host page's
// renderer heap (CDP Runtime.getHeapUsage usedSize) and the main side's (the host process's heapUsed).
import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedApp } from '../e2e/launch-app.js';
import { EXPOSE_GC_ENV } from '../../scripts/browser-shell/shell-messages.js';
import { FIXTURES } from '../sandbox/seed.js';
import { resetSandbox } from '../support/sandbox-control.js';
import { addLatency, launchSlowApp, RTT_MS, settle, signInUntimed, timePress } from './latency-session.js';
import { median, report } from './stats.js';

const SIGNERS = 50;
/** Heap is compared from here on, so that one-off warm-up (code loaded on first use, caches filled) is not growth. */
const BASELINE_SIGNER = 5;
const HOST_PIN = '2468';
const kiosk = FIXTURES.kiosk;
/** The no-code document of the kiosk package, which holds the in-person field. */
const DOCUMENT = 'Privacy notice.pdf';

/** In-page condition: the host's screen asks for the screen back. */
const HANDED_BACK = `[...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === 'Please hand the screen back')`;

/** The JS heap in use on both sides after a forced GC, in bytes. */
interface Heap {
  renderer: number;
  main: number;
}

/** Collects garbage on both sides, then reads each heap. */
async function heapAfterGc(app: LaunchedApp, cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const main = await app.mainHeapUsed();
  if (main === null) throw new Error(`the host process gave no heap figure: is ${EXPOSE_GC_ENV} set?`);
  return { renderer: usedSize, main };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Chooses the host PIN in the dialog kiosk mode shows right after sign-in. */
async function choosePin(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Choose a host PIN' });
  await dialog.getByLabel('Host PIN', { exact: true }).fill(HOST_PIN);
  await dialog.getByLabel('Repeat the PIN').fill(HOST_PIN);
  await dialog.getByRole('button', { name: 'Set PIN' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The in-person field's "Start in-person signing" button, in the host's window. */
function startButton(page: Page) {
  return page
    .getByRole('region', { name: DOCUMENT })
    .getByRole('listitem')
    .filter({ has: page.getByText(kiosk.inPersonFieldName, { exact: true }) })
    .getByRole('button', { name: 'Start in-person signing' });
}

/**
 * One walk-up signer, from and back to the host's package with the field unsigned; resolves to the hand-over's
 * milliseconds: from pressing "Start in-person signing" in the host's window to its "Please hand the screen
 * back", timed in the host page. The span holds the hand-over window opening and loading its field, the name
 * typed, "Type" chosen and Sign pressed (Playwright drives the signer's window meanwhile), the sign call and
 * the window closing.
 */
async function oneWalkUp(app: LaunchedApp): Promise<number> {
  const { page } = app;
  const handedBack = timePress(page, startButton(page), HANDED_BACK);
  // Awaited below; this only keeps a failure further on from being hidden by this one's rejection at close.
  handedBack.catch(() => undefined);
  const hand = await app.handOver();
  await hand.getByRole('heading', { name: 'Sign as Customer' }).waitFor();
  await hand.getByRole('textbox', { name: 'Your full name' }).fill('Walk-up Customer');
  await hand.getByRole('radio', { name: /Type/ }).check();
  await hand.getByRole('button', { name: 'Sign', exact: true }).click();
  const ms = await handedBack;
  await page.getByText('Customer signed.', { exact: true }).waitFor();
  // The shell forgets a window once it has closed it: wait for that, so the next handOver() is the next window.
  if (!hand.isClosed()) await hand.waitForEvent('close');
  // The field is signed now. While the screen is locked, a sandbox reset makes it unsigned again (and drops the
  // latency fault, so it is added again); the unlock re-reads the package's fields, as after any hand-over, so
  // the host's window comes back exactly as it was before this signer.
  await settle(app.serverUrl);
  await resetSandbox(app.serverUrl);
  await addLatency(app.serverUrl);
  await page.getByLabel('Host PIN', { exact: true }).fill(HOST_PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await startButton(page).waitFor();
  await settle(app.serverUrl);
  return ms;
}

/** `kiosk-heap-growth` and `kiosk-hand-over`: 50 in-person signatures in a row; heap after 50 over after 5, and time per hand-over. */
export async function benchKioskSoak(): Promise<number> {
  const app = await launchSlowApp({ kiosk: true, env: { [EXPOSE_GC_ENV]: '1' } });
  try {
    const cdp = await app.page.context().newCDPSession(app.page);
    await signInUntimed(app.page);
    await choosePin(app.page);
    // Every walk-up starts from the package, its no-code document shown and the field unsigned.
    await app.page.getByRole('button', { name: kiosk.name, exact: true }).click();
    await app.page.getByRole('combobox', { name: 'Document' }).selectOption(String(kiosk.noOtpDocumentId));
    await startButton(app.page).waitFor();
    await settle(app.serverUrl);
    const times: number[] = [];
    let baseline: Heap | null = null;
    for (let signer = 1; signer <= SIGNERS; signer += 1) {
      times.push(await oneWalkUp(app).catch((error: unknown) => Promise.reject(new Error(`signer ${signer}`, { cause: error }))));
      if (signer === BASELINE_SIGNER) baseline = await heapAfterGc(app, cdp);
    }
    const last = await heapAfterGc(app, cdp);
    if (baseline === null) throw new Error('no baseline heap was taken');
    const ratio = (last.renderer + last.main) / (baseline.renderer + baseline.main);
    console.log(
      `kiosk-heap-growth: after signer ${BASELINE_SIGNER} renderer ${mb(baseline.renderer)} + main ${mb(baseline.main)}; ` +
        `after signer ${SIGNERS} renderer ${mb(last.renderer)} + main ${mb(last.main)}`,
    );
    report('kiosk-heap-growth', ratio, 'ratio');
    const rtt = times.map((ms) => ms / RTT_MS);
    console.log(`kiosk-hand-over: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms at ${RTT_MS} ms per request`);
    console.log(`bench kiosk-hand-over: ${median(rtt).toFixed(2)} rtt (worst ${Math.max(...rtt).toFixed(2)})`);
    return ratio;
  } finally {
    await app.close();
  }
}
