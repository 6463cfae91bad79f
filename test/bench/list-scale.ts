// The package list's time to first render with 100 vs 10,000 packages, in the browser shell.
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/launch-app.js';
import { DEMO } from '../sandbox/seed.js';
import { median, report } from './stats.js';

async function signIn(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.users.alice.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.users.alice.password);
  await page.getByRole('checkbox', { name: 'Remember me' }).uncheck();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('table', { name: 'Packages' }).getByRole('button').first().waitFor();
}

/** Time from choosing a filter to its first row on screen, median of `runs`, with `packages` packages. */
async function timeToFirstRender(packages: number, runs: number): Promise<number> {
  const app = await launchApp({ shell: 'browser', clientId: DEMO.clientId, clientSecret: DEMO.clientSecret, packages });
  try {
    await signIn(app.page);
    const status = app.page.getByRole('combobox', { name: 'Status' });
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      // Alternate so each run loads the ALL list afresh, as a user switching filters would.
      await status.selectOption('PENDING');
      await app.page.getByRole('table', { name: 'Packages' }).getByRole('button').first().waitFor();
      times.push(
        await app.page.evaluate(async () => {
          const select = document.querySelector('select') as HTMLSelectElement;
          const started = performance.now();
          select.value = 'ALL';
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise<void>((resolve) => {
            const done = () => /^1–\d+ of \d+$/.test(document.querySelector('.pager-range')?.textContent ?? '') && document.querySelector('select')?.value === 'ALL' && !document.querySelector('[aria-busy="true"]');
            const tick = () => (done() ? resolve() : requestAnimationFrame(tick));
            tick();
          });
          return performance.now() - started;
        }),
      );
    }
    const result = median(times);
    console.log(`list-scale: ${packages} packages: median ${result.toFixed(1)} ms over ${runs} runs`);
    return result;
  } finally {
    await app.close();
  }
}

/** Measures and prints the ratio of first-render times, 10,000 packages over 100. */
export async function benchListScale(runs = 9): Promise<number> {
  const small = await timeToFirstRender(100, runs);
  const large = await timeToFirstRender(10_000, runs);
  const ratio = large / small;
  report('list-scale', ratio, 'ratio');
  return ratio;
}
