// The shell's windows: each is its own Chromium browser context (own storage, cache and cookies), serving
// the built UI under the app's CSP and running the built preload. The main window is one; each hand-over
// window is another, closed (and so wiped) when its hand-over ends, as Electron's throwaway sessions are.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadUiAsset } from '../../main/security/ui-assets.js';
import type { Channel } from '../../shared/contract.js';
import { HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';
import type { HostConnection } from './host-connection.js';
import { ACTIVITY_BINDING_NAME, activityInitScript, BINDING_NAME, preloadInitScript } from './preload-script.js';
import { SHELL_ORIGIN } from './shell-origin.js';

/** The built UI the shell serves. */
export const UI_DIR = fileURLToPath(new URL('../../app/dist/renderer', import.meta.url));

/** One open window: its context and page. */
export interface ShellWindow {
  context: BrowserContext;
  page: Page;
}

/** Opens a window: the main one when `handOverId` is absent, else that hand-over's. */
export async function openShellWindow(browser: Browser, host: HostConnection, handOverId?: string): Promise<ShellWindow> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.route(`${SHELL_ORIGIN}/**`, async (route) => {
      const asset = await loadUiAsset(UI_DIR, route.request().url(), SHELL_ORIGIN);
      await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    let own: Page | null = null;
    // The transport under the preload's ipcRenderer.invoke: the page sends the structured clone of its input, encoded.
    await context.exposeBinding(BINDING_NAME, ({ frame, page }, channel: Channel, encodedInput: string) => {
      const fromOwnPage = page === own;
      return host.call({
        channel,
        encodedInput,
        sender: {
          url: frame.url(),
          isTopFrame: frame.parentFrame() === null,
          fromMainWindow: fromOwnPage && handOverId === undefined,
          ...(fromOwnPage && handOverId !== undefined ? { handOverId } : {}),
        },
      });
    });
    await context.exposeBinding(ACTIVITY_BINDING_NAME, () => host.control({ control: 'activity' }));
    await context.addInitScript(await preloadInitScript(handOverId === undefined ? [] : [HAND_OVER_WINDOW_ARG]));
    await context.addInitScript(activityInitScript());
    const page = await context.newPage();
    own = page;
    await page.goto(`${SHELL_ORIGIN}/index.html`);
    return { context, page };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
