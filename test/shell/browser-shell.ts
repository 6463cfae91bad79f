import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Result } from '../../main/ipc/contract.js';
import { loadUiAsset } from '../../main/security/ui-assets.js';
import { BINDING_NAME, bridgeInitScript } from './bridge-init-script.js';
import type { HostRequest } from './host-process.js';
import { SHELL_ORIGIN } from './shell-origin.js';

const UI_DIR = fileURLToPath(new URL('../../app/dist/renderer', import.meta.url));
const HOST = fileURLToPath(new URL('./host-process.ts', import.meta.url));

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

/** Starts the main-process twin and a Chromium page bound to it, serving the built UI under the app's CSP. */
export async function launchBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  if (!existsSync(`${UI_DIR}/index.html`)) throw new Error('The UI is not built: run `npm run build` first.');
  if (!existsSync(chromiumPath())) throw new Error(`Chromium not found at ${chromiumPath()}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  const host = await startHost(options);
  // NO_AT_BRIDGE keeps Chromium from starting an accessibility bus inside the test's private D-Bus.
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: options.headless ?? true, args: CHROMIUM_ARGS, env: { ...process.env, NO_AT_BRIDGE: '1' } });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(`${SHELL_ORIGIN}/**`, async (route) => {
      const asset = await loadUiAsset(UI_DIR, route.request().url());
      await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    await context.exposeBinding(BINDING_NAME, ({ frame, page }, channel: unknown, input: unknown) =>
      host.call({ channel: channel as HostRequest['channel'], input, sender: { url: frame.url(), isTopFrame: frame === page.mainFrame() } }),
    );
    await context.addInitScript(bridgeInitScript());
    const page = await context.newPage();
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

interface Host {
  call(request: Omit<HostRequest, 'id'>): Promise<Result<unknown>>;
  stop(): Promise<void>;
}

async function startHost(options: BrowserShellOptions): Promise<Host> {
  const child: ChildProcess = fork(HOST, options.args ?? [], { execArgv: ['--import', 'tsx'], env: options.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The main-process twin exited with code ${code} before it was ready.`)));
    child.on('message', (message: { ready?: true; id?: number; result?: Result<unknown>; log?: string }) => {
      if (message.ready) resolve();
      if (message.log) options.onLog?.(message.log);
      if (message.id !== undefined && message.result) {
        waiting.get(message.id)?.(message.result);
        waiting.delete(message.id);
      }
    });
  });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    call: (request) =>
      new Promise((resolve) => {
        if (!child.connected) return resolve({ ok: false, error: { kind: 'network', message: 'Desk Signer’s main process has stopped.' } });
        const id = nextId++;
        waiting.set(id, resolve);
        child.send({ ...request, id });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      await gone;
    },
  };
}
