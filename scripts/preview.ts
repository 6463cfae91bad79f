// `npm run preview`: the same app in the Chromium browser shell, on the bundled sandbox.
// `--screenshot FILE` runs headless, signs in as the demo user and saves the package list as a PNG;
// `--skip-build` reuses app/dist.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildApp } from './build-app.js';
import { launchApp } from '../test/e2e/launch-app.js';
import { DEMO } from '../test/sandbox/seed.js';

function fail(message: string): never {
  console.error(`preview: ${message}`);
  process.exit(2);
}

let values: { screenshot?: string | undefined; 'server-url'?: string | undefined; 'skip-build'?: boolean | undefined };
try {
  ({ values } = parseArgs({ options: { screenshot: { type: 'string' }, 'server-url': { type: 'string' }, 'skip-build': { type: 'boolean' } }, strict: true }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}. Usage: npm run preview [-- --screenshot FILE] [--server-url URL] [--skip-build]`);
}
const screenshot = values.screenshot;
if (screenshot !== undefined && !/\.png$/i.test(screenshot)) fail(`--screenshot needs a .png file name, got “${screenshot}”.`);
if (!screenshot && !process.env.DISPLAY && process.platform === 'linux') fail('there is no display; use --screenshot FILE to run headless.');

if (!values['skip-build']) await buildApp();
const app = await launchApp({
  shell: 'browser',
  headless: Boolean(screenshot),
  clientId: DEMO.clientId,
  clientSecret: DEMO.clientSecret,
  ...(values['server-url'] ? { serverUrl: values['server-url'] } : {}),
});
console.log(`Desk Signer preview on ${app.serverUrl} (sign in as ${DEMO.users.alice.email} / ${DEMO.users.alice.password})`);

if (screenshot) {
  try {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.users.alice.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO.users.alice.password);
    // Not remembered: a preview should leave nothing in the keychain.
    await page.getByRole('checkbox', { name: 'Remember me' }).uncheck();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table').getByRole('button').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(screenshot) });
    console.log(`wrote ${resolve(screenshot)}`);
  } catch (error) {
    console.error(`preview: could not capture the package list: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
} else {
  console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  app.page.on('close', stop);
}
