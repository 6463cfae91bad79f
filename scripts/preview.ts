// `npm run preview`: the same app in the Chromium browser shell, on the bundled sandbox.
// `--screenshot FILE` runs headless, signs in as the demo user and saves the package list as a PNG;
// `--skip-build` reuses app/dist.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowserShell } from './browser-shell/browser-shell.js';
import { buildApp } from './build-app.js';
import { startDevSandbox, type DevSandbox } from './dev-sandbox.js';

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
// The sandbox is started only when no server was named; its demo client prefills Advanced either way.
const sandbox: DevSandbox | null = values['server-url'] ? null : await startDevSandbox();
const serverUrl = values['server-url'] ?? sandbox?.url ?? '';
const demo = sandbox ?? { clientId: 'desk-signer', clientSecret: 'sandbox-secret', user: { email: 'alice@example.com', password: 'alice-password' } };
// A throwaway profile: a preview leaves nothing behind.
const profile = await mkdtemp(join(tmpdir(), 'desk-signer-preview-'));
const shell = await launchBrowserShell({
  headless: Boolean(screenshot),
  env: {
    ...process.env,
    DESK_SIGNER_USER_DATA: profile,
    DESK_SIGNER_SERVER_URL: serverUrl,
    DESK_SIGNER_CLIENT_ID: demo.clientId,
    DESK_SIGNER_CLIENT_SECRET: demo.clientSecret,
  },
});
const app = {
  page: shell.page,
  close: async () => {
    await shell.close();
    await sandbox?.close();
    await rm(profile, { recursive: true, force: true });
  },
};
console.log(`Desk Signer preview on ${serverUrl} (sign in as ${demo.user.email} / ${demo.user.password})`);

if (screenshot) {
  try {
    const { page } = app;
    await page.getByRole('textbox', { name: 'Email' }).fill(demo.user.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(demo.user.password);
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
