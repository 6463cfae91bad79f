import type { Input } from 'electron';
import type { ShortcutInput } from './input-guard.js';

// Physical keys (`code`), so that a layout or Option on macOS, which change `key`, change nothing here.
// Each set is the keys that, with the platform's command key (Cmd on macOS, Ctrl elsewhere), do something
// a walk-up signer must not: reload, new window or tab, close, quit, hide, minimise, print, view source.
const WITH_COMMAND: ReadonlySet<string> = new Set(['KeyR', 'KeyN', 'KeyT', 'KeyW', 'KeyQ', 'KeyP', 'KeyU', 'KeyS', 'KeyO', 'F4', 'F5']);
// Zoom in, out and reset; in kiosk mode the page does not zoom either (it would push the buttons off screen).
const ZOOM_CODES: ReadonlySet<string> = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const ZOOM_KEYS: ReadonlySet<string> = new Set(['+', '-', '=', '0', '_']);
// With the command key and Shift or Alt/Option: DevTools (I, J), inspect element (C).
const DEVTOOLS_CODES: ReadonlySet<string> = new Set(['KeyI', 'KeyJ', 'KeyC']);
// Alone or with any modifier: reload, full screen, DevTools, caret browsing.
const ALWAYS: ReadonlySet<string> = new Set(['F5', 'F7', 'F11', 'F12']);
// macOS only, with Cmd: hide (H), minimise (M).
const MAC_COMMAND: ReadonlySet<string> = new Set(['KeyH', 'KeyM']);

/**
 * True for a key the kiosk window and every hand-over window swallow: reload, DevTools, zoom, new window
 * or tab, close, quit, hide, minimise, print, view source and full-screen toggles (F11, Ctrl+Cmd+F).
 * Copy, paste, undo, select-all, Tab and Escape still reach the page: Escape closes its dialogs, and cannot
 * leave full screen, since the window is not in HTML full screen (the permission handler denies it).
 * Cmd+Tab, Ctrl+Alt+Del, the Windows key and Cmd+Option+Esc never reach an app: see README.
 */
export function blockedInKiosk(input: ShortcutInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown') return false;
  if (ALWAYS.has(input.code) || ALWAYS.has(input.key)) return true;
  if (input.alt && input.code === 'F4') return true;
  const mac = platform === 'darwin';
  const command = mac ? input.meta : input.control;
  if (mac && input.meta && input.control && input.code === 'KeyF') return true;
  // The page's viewer and DevTools answer Ctrl or Cmd on every platform, so these do too.
  const anyCommand = input.control || input.meta;
  if (anyCommand && (ZOOM_CODES.has(input.code) || ZOOM_KEYS.has(input.key))) return true;
  if (anyCommand && (input.shift || input.alt) && DEVTOOLS_CODES.has(input.code)) return true;
  if (!command) return false;
  return WITH_COMMAND.has(input.code) || (mac && MAC_COMMAND.has(input.code));
}

/** The part of a webContents the kiosk guard listens on. */
export interface InputEvents {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: Input) => void): unknown;
}

/** Swallows every blockedInKiosk key before the page or a menu sees it. */
export function guardKioskInput(contents: InputEvents, platform: NodeJS.Platform): void {
  contents.on('before-input-event', (event, input) => {
    if (blockedInKiosk(input, platform)) event.preventDefault();
  });
}
