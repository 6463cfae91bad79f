import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHost } from './host-connection.js';
import { PRELOAD_BUNDLE } from './preload-script.js';
import type { DesktopRequest } from './shell-messages.js';
import { openShellWindow, UI_DIR, type ShellWindow } from './shell-windows.js';

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
  /** Environment for the main-process twin (policy file, defaults, user data folder, save folder, D-Bus). */
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
  /** The live hand-over window's page; waits for one to open. */
  handOver(): Promise<Page>;
  /** Sets the idle clock, as if nobody had touched keyboard or pointer for this many seconds. */
  setIdleSeconds(seconds: number): void;
  /** Makes the next save dialog answer Cancel. */
  cancelNextSave(): void;
  /** Files main asked the system to open, in order. */
  openedPaths: string[];
  /** The host's JS heap after a forced GC, in bytes; null unless its environment sets EXPOSE_GC_ENV. */
  mainHeapUsed(): Promise<number | null>;
  close(): Promise<void>;
}

/** Starts the main-process twin and a Chromium page running the built preload against it, serving the built UI under the app's CSP. */
export async function launchBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  if (!existsSync(`${UI_DIR}/index.html`) || !existsSync(PRELOAD_BUNDLE)) throw new Error('The app is not built: run `npm run build` first.');
  if (!existsSync(chromiumPath()))
    throw new Error(`Chromium not found at ${chromiumPath()}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  const handOvers = new Map<string, ShellWindow>();
  const handOverWaiters: ((page: Page) => void)[] = [];
  const openedPaths: string[] = [];
  let browser: Browser | null = null;
  const onDesktop = async (request: DesktopRequest): Promise<void> => {
    if (request.op === 'opened') openedPaths.push(request.path);
    else if (request.op === 'quit') await browser?.close();
    else if (request.op === 'closeHandOver') {
      await handOvers.get(request.id)?.context.close();
      handOvers.delete(request.id);
    } else if (browser) {
      const window = await openShellWindow(browser, host, request.id);
      handOvers.set(request.id, window);
      for (const waiter of handOverWaiters.splice(0)) waiter(window.page);
    }
  };
  const host = await startHost({ env: options.env, args: options.args ?? [], onDesktop, ...(options.onLog ? { onLog: options.onLog } : {}) });
  // NO_AT_BRIDGE keeps Chromium from starting an accessibility bus inside the test's private D-Bus.
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, NO_AT_BRIDGE: '1' },
  });
  try {
    const { page } = await openShellWindow(browser, host);
    const shellBrowser = browser;
    return {
      page,
      browser: shellBrowser,
      handOver: () => {
        const live = [...handOvers.values()].at(-1);
        return live ? Promise.resolve(live.page) : new Promise((resolve) => handOverWaiters.push(resolve));
      },
      setIdleSeconds: (seconds) => host.control({ control: 'setIdle', seconds }),
      cancelNextSave: () => host.control({ control: 'cancelNextSave' }),
      openedPaths,
      mainHeapUsed: () => host.heapUsed(),
      close: async () => {
        await shellBrowser.close().catch(() => undefined);
        await host.stop();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await host.stop();
    throw error;
  }
}
