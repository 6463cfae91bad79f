import type { BrowserWindowConstructorOptions } from 'electron';
import { windowBackground } from './window-background.js';

/**
 * Hardened defaults for every window: isolated, sandboxed, no Node, no webviews, no DevTools when packaged.
 * `darkTheme` is nativeTheme.shouldUseDarkColors, so the window's first frame matches the OS theme.
 */
export function secureWindowOptions(preloadPath: string, isPackaged: boolean, darkTheme = false): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Desk Signer',
    backgroundColor: windowBackground(darkTheme),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}
