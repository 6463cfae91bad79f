import { describe, expect, it } from 'vitest';
import { blockedInKiosk, guardKioskInput } from '../../main/window/kiosk-shortcuts.js';
import type { ShortcutInput } from '../../main/window/input-guard.js';

type Mods = Partial<Pick<ShortcutInput, 'control' | 'meta' | 'shift' | 'alt'>>;
const press = (code: string, key: string, mods: Mods = {}): ShortcutInput => ({
  type: 'keyDown',
  code,
  key,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

const ctrl = { control: true };
const cmd = { meta: true };
const PLATFORMS = ['win32', 'linux', 'darwin'] as const;

// [what, the key as Windows and Linux send it, the key as macOS sends it]
const BLOCKED: [string, ShortcutInput, ShortcutInput][] = [
  ['reload', press('KeyR', 'r', ctrl), press('KeyR', 'r', cmd)],
  ['force reload', press('KeyR', 'R', { ...ctrl, shift: true }), press('KeyR', 'R', { ...cmd, shift: true })],
  ['F5', press('F5', 'F5'), press('F5', 'F5')],
  ['Ctrl+F5', press('F5', 'F5', ctrl), press('F5', 'F5', cmd)],
  ['DevTools F12', press('F12', 'F12'), press('F12', 'F12')],
  ['DevTools I', press('KeyI', 'I', { ...ctrl, shift: true }), press('KeyI', 'ˆ', { ...cmd, alt: true })],
  ['DevTools J', press('KeyJ', 'J', { ...ctrl, shift: true }), press('KeyJ', '∆', { ...cmd, alt: true })],
  ['inspect element', press('KeyC', 'C', { ...ctrl, shift: true }), press('KeyC', 'C', { ...cmd, shift: true })],
  ['zoom in', press('Equal', '+', { ...ctrl, shift: true }), press('Equal', '=', cmd)],
  ['zoom in, keypad', press('NumpadAdd', '+', ctrl), press('NumpadAdd', '+', cmd)],
  ['zoom out', press('Minus', '-', ctrl), press('Minus', '-', cmd)],
  ['zoom reset', press('Digit0', '0', ctrl), press('Digit0', '0', cmd)],
  // A layout where + has a key of its own: `key` counts too.
  ['zoom in, other layout', press('BracketRight', '+', ctrl), press('BracketRight', '+', cmd)],
  ['new window', press('KeyN', 'n', ctrl), press('KeyN', 'n', cmd)],
  ['new private window', press('KeyN', 'N', { ...ctrl, shift: true }), press('KeyN', 'N', { ...cmd, shift: true })],
  ['new tab', press('KeyT', 't', ctrl), press('KeyT', 't', cmd)],
  ['close window', press('KeyW', 'w', ctrl), press('KeyW', 'w', cmd)],
  ['close all', press('KeyW', 'W', { ...ctrl, shift: true }), press('KeyW', 'W', { ...cmd, shift: true })],
  ['quit', press('KeyQ', 'q', ctrl), press('KeyQ', 'q', cmd)],
  ['Alt+F4', press('F4', 'F4', { alt: true }), press('F4', 'F4', { alt: true })],
  ['Ctrl+F4', press('F4', 'F4', ctrl), press('F4', 'F4', cmd)],
  ['print', press('KeyP', 'p', ctrl), press('KeyP', 'p', cmd)],
  ['view source', press('KeyU', 'u', ctrl), press('KeyU', 'u', cmd)],
  ['save page', press('KeyS', 's', ctrl), press('KeyS', 's', cmd)],
  ['open file', press('KeyO', 'o', ctrl), press('KeyO', 'o', cmd)],
  ['full screen F11', press('F11', 'F11'), press('F11', 'F11')],
  ['caret browsing F7', press('F7', 'F7'), press('F7', 'F7')],
  ['full screen Ctrl+Cmd+F', press('F11', 'F11', ctrl), press('KeyF', 'f', { ...cmd, control: true })],
];

// Keys the page needs: typing, editing, moving focus, closing its own dialogs.
const ALLOWED: [string, ShortcutInput, ShortcutInput][] = [
  ['a letter', press('KeyR', 'r'), press('KeyR', 'r')],
  ['a capital', press('KeyQ', 'Q', { shift: true }), press('KeyQ', 'Q', { shift: true })],
  ['a digit', press('Digit0', '0'), press('Digit0', '0')],
  ['copy', press('KeyC', 'c', ctrl), press('KeyC', 'c', cmd)],
  ['paste', press('KeyV', 'v', ctrl), press('KeyV', 'v', cmd)],
  ['cut', press('KeyX', 'x', ctrl), press('KeyX', 'x', cmd)],
  ['undo', press('KeyZ', 'z', ctrl), press('KeyZ', 'z', cmd)],
  ['redo', press('KeyZ', 'Z', { ...ctrl, shift: true }), press('KeyZ', 'Z', { ...cmd, shift: true })],
  ['select all', press('KeyA', 'a', ctrl), press('KeyA', 'a', cmd)],
  ['Tab', press('Tab', 'Tab'), press('Tab', 'Tab')],
  ['Shift+Tab', press('Tab', 'Tab', { shift: true }), press('Tab', 'Tab', { shift: true })],
  // Escape closes the page's dialogs; it cannot leave the window's full screen.
  ['Escape', press('Escape', 'Escape'), press('Escape', 'Escape')],
  ['Enter', press('Enter', 'Enter'), press('Enter', 'Enter')],
  ['arrow', press('ArrowLeft', 'ArrowLeft', { shift: true }), press('ArrowLeft', 'ArrowLeft', { alt: true })],
  ['F4 alone', press('F4', 'F4'), press('F4', 'F4')],
];

describe('blockedInKiosk', () => {
  it.each(BLOCKED)('blocks %s', (_what, other, mac) => {
    for (const platform of ['win32', 'linux'] as const) expect(blockedInKiosk(other, platform), platform).toBe(true);
    expect(blockedInKiosk(mac, 'darwin')).toBe(true);
  });

  it.each(ALLOWED)('lets %s through', (_what, other, mac) => {
    for (const platform of ['win32', 'linux'] as const) expect(blockedInKiosk(other, platform), platform).toBe(false);
    expect(blockedInKiosk(mac, 'darwin')).toBe(false);
  });

  it('blocks macOS hide and minimise with Cmd, and leaves Ctrl letters to macOS text editing', () => {
    expect(blockedInKiosk(press('KeyH', 'h', cmd), 'darwin')).toBe(true);
    expect(blockedInKiosk(press('KeyH', '˙', { ...cmd, alt: true }), 'darwin')).toBe(true);
    expect(blockedInKiosk(press('KeyM', 'm', cmd), 'darwin')).toBe(true);
    // Ctrl+N, Ctrl+P and Ctrl+H move the caret or delete in macOS text fields.
    for (const code of ['KeyN', 'KeyP', 'KeyH', 'KeyW']) expect(blockedInKiosk(press(code, code.at(-1)!.toLowerCase(), ctrl), 'darwin'), code).toBe(false);
    // The Windows key is the OS's: Win+N, Win+M never reach the app, and mean nothing to it.
    expect(blockedInKiosk(press('KeyM', 'm', cmd), 'win32')).toBe(false);
  });

  it('zoom and DevTools keys are blocked with Ctrl or Cmd on every platform, since the page answers both', () => {
    for (const platform of PLATFORMS) {
      expect(blockedInKiosk(press('Equal', '=', ctrl), platform), platform).toBe(true);
      expect(blockedInKiosk(press('Minus', '-', cmd), platform), platform).toBe(true);
      expect(blockedInKiosk(press('KeyI', 'I', { ...cmd, shift: true }), platform), platform).toBe(true);
    }
  });

  it('ignores key releases (only a key press triggers anything)', () => {
    for (const [, other, mac] of BLOCKED) {
      expect(blockedInKiosk({ ...other, type: 'keyUp' }, 'win32')).toBe(false);
      expect(blockedInKiosk({ ...mac, type: 'keyUp' }, 'darwin')).toBe(false);
    }
  });
});

describe('guardKioskInput', () => {
  it('prevents a blocked key before the page or a menu sees it, and leaves others alone', () => {
    let listener: ((event: { preventDefault(): void }, input: ShortcutInput) => void) | undefined;
    guardKioskInput({ on: (_name, fn) => (listener = fn as typeof listener) }, 'linux');
    const prevented: string[] = [];
    for (const input of [press('KeyW', 'w', ctrl), press('KeyV', 'v', ctrl), press('F4', 'F4', { alt: true })])
      listener!({ preventDefault: () => prevented.push(input.code) }, input);
    expect(prevented).toEqual(['KeyW', 'F4']);
  });
});
