import type { WebContents } from 'electron';
import { isBlockedShortcut } from './input-guard.js';

/** Locks down a webContents: no navigation, redirects, popups or webviews; in packaged builds no reload or DevTools keys. */
export function hardenContents(contents: WebContents, isPackaged: boolean): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (isPackaged) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
  }
}
