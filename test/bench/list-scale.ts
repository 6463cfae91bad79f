// The package list's time to first render with 100 vs 10,000 packages, in the browser shell:
// from pressing "Sign in" to the first rows on screen, with an empty cache each time.
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/launch-app.js';
import { DEMO } from '../sandbox/seed.js';
import { median, report } from './stats.js';

// In-page source as a string: tsx would wrap named inner functions in a helper the page lacks.
const MEASURE_SIGN_IN_TO_ROWS = `(async () => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Sign in');
  const started = performance.now();
  button.click();
  await new Promise((resolve) => {
    const tick = () => {
      const rows = document.querySelectorAll('[role=table] [role=row][aria-rowindex]');
      if (rows.length > 1 && /^1–\\d+ of \\d+$/.test(document.querySelector('.pager-range')?.textContent ?? '')) resolve();
      else requestAnimationFrame(tick);
    };
    tick();
  });
  return performance.now() - started;
})()`;

async function fillSignIn(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.users.alice.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.users.alice.password);
  await page.getByRole('checkbox', { name: 'Remember me' }).uncheck();
}

/** One sign-in to the first rendered rows, then sign out so the next run starts with an empty cache. */
async function measureOnce(page: Page): Promise<number> {
  await fillSignIn(page);
  const ms = (await page.evaluate(MEASURE_SIGN_IN_TO_ROWS)) as number;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  return ms;
}

/** Measures and prints the ratio of median first-render times, 10,000 packages over 100, runs interleaved. */
export async function benchListScale(runs = 9): Promise<number> {
  const options = { shell: 'browser' as const, clientId: DEMO.clientId, clientSecret: DEMO.clientSecret };
  const small = await launchApp({ ...options, packages: 100 });
  const large = await launchApp({ ...options, packages: 10_000 });
  try {
    const times = { small: [] as number[], large: [] as number[] };
    // One warm-up each, then alternate so machine noise falls on both sides alike.
    await measureOnce(small.page);
    await measureOnce(large.page);
    for (let i = 0; i < runs; i += 1) {
      times.small.push(await measureOnce(small.page));
      times.large.push(await measureOnce(large.page));
    }
    const [a, b] = [median(times.small), median(times.large)];
    console.log(`list-scale: median from Sign in to first rows: 100 packages ${a.toFixed(1)} ms, 10,000 packages ${b.toFixed(1)} ms, ${runs} runs each`);
    const ratio = b / a;
    report('list-scale', ratio, 'ratio');
    return ratio;
  } finally {
    await small.close();
    await large.close();
  }
}
