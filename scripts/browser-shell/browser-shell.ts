import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadUiAsset } from '../../main/security/ui-assets.js';
import type { Channel } from '../../shared/contract.js';
import { startHost } from './host-connection.js';
import { BINDING_NAME, PRELOAD_BUNDLE, preloadInitScript } from './preload-script.js';
import { SHELL_ORIGIN } from './shell-origin.js';

const UI_DIR = fileURLToPath(new URL('../../app/dist/renderer', import.meta.url));

/** Flags that keep Debian's Chromium quiet and working on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium the shell drives: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Options for the browser shell. */
export interface BrowserShellOptions {
  /** Environment for the main-process twin (policy file, defaults, user data folder, D-Bus). */
  env: NodeJS.ProcessEnv;
  /** Command-line arguments for the main-process twin, as Electron's main would get them. */
  args?: string[];
  headless?: boolean;
  /** Receives the main twin's request log lines. */
  onLog?: (line: string) => void;
}

/** A running shell. */
export interface BrowserShell {
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the main-process twin and a Chromium page running the built preload against it, serving the built UI under the app's CSP. */
export async function launchBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  if (!existsSync(`${UI_DIR}/index.html`) || !existsSync(PRELOAD_BUNDLE)) throw new Error('The app is not built: run `npm run build` first.');
  if (!existsSync(chromiumPath()))
    throw new Error(`Chromium not found at ${chromiumPath()}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  const host = await startHost({ env: options.env, args: options.args ?? [], ...(options.onLog ? { onLog: options.onLog } : {}) });
  // NO_AT_BRIDGE keeps Chromium from starting an accessibility bus inside the test's private D-Bus.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, NO_AT_BRIDGE: '1' },
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(`${SHELL_ORIGIN}/**`, async (route) => {
      const asset = await loadUiAsset(UI_DIR, route.request().url(), SHELL_ORIGIN);
      await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    let mainPage: Page | null = null;
    // The transport under the preload's ipcRenderer.invoke: the page sends the structured clone of its input, encoded.
    await context.exposeBinding(BINDING_NAME, ({ frame, page }, channel: Channel, encodedInput: string) =>
      host.call({
        channel,
        encodedInput,
        sender: { url: frame.url(), isTopFrame: frame.parentFrame() === null, fromMainWindow: page === mainPage },
      }),
    );
    await context.addInitScript(await preloadInitScript());
    const page = await context.newPage();
    mainPage = page;
    await page.goto(`${SHELL_ORIGIN}/index.html`);
    return {
      page,
      browser,
      close: async () => {
        await browser.close().catch(() => undefined);
        await host.stop();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await host.stop();
    throw error;
  }
}
