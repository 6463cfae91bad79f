import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../main/window/app-menu.js';
import { isBlockedShortcut, type ShortcutInput } from '../../main/window/input-guard.js';

const key = (code: string, keyName: string, mods: Partial<ShortcutInput> = {}): ShortcutInput => ({
  type: 'keyDown',
  key: keyName,
  code,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

/** Every role in a menu template, submenus included. */
const rolesOf = (items: readonly { role?: string; submenu?: unknown }[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? rolesOf(item.submenu as { role?: string }[]) : [])]);

describe('application menu', () => {
  it('has no Reload, Force Reload or DevTools when packaged, and keeps the edit menu', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = rolesOf(appMenuTemplate(true, platform));
      expect(roles).toContain('editMenu');
      expect(roles.filter((role) => ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'].includes(role))).toEqual([]);
    }
    expect(rolesOf(appMenuTemplate(true, 'darwin'))[0]).toBe('appMenu');
  });

  it('offers reload and DevTools in dev builds', () => {
    expect(rolesOf(appMenuTemplate(false, 'linux'))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });
});

describe('shortcuts a packaged build swallows', () => {
  it('blocks reload and DevTools on every platform', () => {
    const blocked = [
      key('F5', 'F5'),
      key('KeyR', 'r', { control: true }),
      key('KeyR', 'R', { meta: true, shift: true }),
      key('F12', 'F12'),
      key('KeyI', 'I', { control: true, shift: true }),
      key('KeyJ', 'J', { control: true, shift: true }),
      // macOS Cmd+Option+I: Option turns `key` into another character; the physical key still counts.
      key('KeyI', 'ˆ', { meta: true, alt: true }),
    ];
    expect(blocked.filter((input) => !isBlockedShortcut(input))).toEqual([]);
  });

  it('lets typing, copy and paste, the viewer’s zoom keys, and key releases through', () => {
    const allowed = [
      key('KeyR', 'r'),
      key('KeyC', 'c', { control: true }),
      key('KeyV', 'v', { meta: true }),
      key('KeyI', 'i', { control: true }),
      key('Digit0', '0'),
      key('Equal', '='),
      // The document viewer zooms with these.
      key('Equal', '+', { control: true, shift: true }),
      key('Minus', '-', { meta: true }),
      key('Digit0', '0', { control: true }),
      key('NumpadAdd', '+', { control: true }),
      { ...key('KeyR', 'r', { control: true }), type: 'keyUp' },
    ];
    expect(allowed.filter((input) => isBlockedShortcut(input))).toEqual([]);
  });
});
