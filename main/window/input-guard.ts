import type { Input } from 'electron';

/** The parts of a keyboard event that decide whether it is a shortcut. */
export type ShortcutInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'shift' | 'alt'>;

// Physical keys (`code`), so that Option on macOS, which changes `key`, changes nothing here.
const RELOAD_CODES: ReadonlySet<string> = new Set(['KeyR']);
const DEVTOOLS_CODES: ReadonlySet<string> = new Set(['KeyI', 'KeyJ', 'KeyC']);

/**
 * True for the shortcuts a packaged build swallows before the page sees them: reload (F5, Ctrl/Cmd+R,
 * with Shift too) and DevTools (F12, Ctrl+Shift+I/J/C, Cmd+Option+I/J/C). Ctrl/Cmd with +, - and 0 reach the
 * page, whose document viewer zooms with them; the menu has no View roles, so Electron itself zooms nothing.
 */
export function isBlockedShortcut(input: ShortcutInput): boolean {
  if (input.type !== 'keyDown') return false;
  if (input.code === 'F5' || input.code === 'F12' || input.key === 'F5' || input.key === 'F12') return true;
  if (!input.control && !input.meta) return false;
  if (RELOAD_CODES.has(input.code)) return true;
  return (input.shift || input.alt) && DEVTOOLS_CODES.has(input.code);
}
