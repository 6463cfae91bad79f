import type { BrowserWindowConstructorOptions } from 'electron';
import { HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';
import { secureWindowOptions } from './window-options.js';

/** What a window's options depend on besides its role. */
export interface WindowFacts {
  preloadPath: string;
  isPackaged: boolean;
  /** nativeTheme.shouldUseDarkColors, for the first frame's background. */
  darkTheme: boolean;
  kioskMode: boolean;
  platform: NodeJS.Platform;
}

// Full screen and kiosk, with no way to close, minimise or resize it from the window frame.
const LOCKED_DOWN: BrowserWindowConstructorOptions = {
  kiosk: true,
  fullscreen: true,
  closable: false,
  minimizable: false,
  maximizable: false,
  autoHideMenuBar: true,
};

/** The main window: the hardened defaults, and in kiosk mode full screen, kiosk and not closable or minimisable. */
export function mainWindowOptions(facts: WindowFacts): BrowserWindowConstructorOptions {
  const options = secureWindowOptions(facts.preloadPath, facts.isPackaged, facts.darkTheme);
  return facts.kioskMode ? { ...options, ...LOCKED_DOWN } : options;
}

/** A hand-over partition name: no `persist:` prefix, so the session lives in memory only. */
export function handOverPartition(randomId: string): string {
  return `kiosk-${randomId}`;
}

/**
 * A hand-over window on its own in-memory partition, with the hand-over preload argument. The signer
 * leaves it only by signing or declining, so it is never closable or minimisable; in kiosk mode it is
 * full screen and kiosk too. The caller adds `parent` (modal needs one). On macOS a modal window is a
 * sheet hanging off the parent's title bar, which a full-screen kiosk window cannot be: there it is only a child.
 */
export function handOverWindowOptions(facts: WindowFacts, partition: string): BrowserWindowConstructorOptions {
  const options = secureWindowOptions(facts.preloadPath, facts.isPackaged, facts.darkTheme);
  if (partition.startsWith('persist:')) throw new Error('A hand-over session must not be persistent.');
  return {
    ...options,
    modal: facts.platform !== 'darwin',
    closable: false,
    minimizable: false,
    autoHideMenuBar: true,
    ...(facts.kioskMode ? LOCKED_DOWN : {}),
    webPreferences: { ...options.webPreferences, partition, additionalArguments: [HAND_OVER_WINDOW_ARG] },
  };
}
