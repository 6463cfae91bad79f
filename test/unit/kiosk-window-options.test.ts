import { describe, expect, it } from 'vitest';
import { handOverPartition, handOverWindowOptions, mainWindowOptions, type WindowFacts } from '../../main/window/kiosk-window-options.js';
import { QuitGuard } from '../../main/window/quit-guard.js';
import { HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';
import { isHandOverWindow } from '../../main/window/window-role.js';
import { secureWindowOptions } from '../../main/window/window-options.js';

const facts = (kioskMode: boolean, platform: NodeJS.Platform = 'win32'): WindowFacts => ({
  preloadPath: '/app/preload.cjs',
  isPackaged: true,
  darkTheme: false,
  kioskMode,
  platform,
});
// Every hardened web preference, exactly as every window has them (tested in electron-shell.test.ts).
const SECURE = secureWindowOptions('/app/preload.cjs', true, false).webPreferences!;
const LOCKED = { kiosk: true, fullscreen: true, closable: false, minimizable: false, maximizable: false };

describe('main window options', () => {
  it('outside kiosk mode are the hardened defaults, unchanged', () => {
    expect(mainWindowOptions(facts(false))).toEqual(secureWindowOptions('/app/preload.cjs', true, false));
    expect(mainWindowOptions(facts(false))).not.toHaveProperty('kiosk');
  });

  it('in kiosk mode are kiosk and full screen, not closable, minimisable or maximisable, and still hardened', () => {
    const options = mainWindowOptions(facts(true));
    expect(options).toMatchObject({ ...LOCKED, autoHideMenuBar: true, show: false });
    expect(options.webPreferences).toMatchObject(SECURE);
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });
});

describe('hand-over window options', () => {
  it('run on the given in-memory partition, with the hand-over argument and the hardened web preferences', () => {
    const options = handOverWindowOptions(facts(false), 'kiosk-1234');
    expect(options.webPreferences).toMatchObject({ ...SECURE, partition: 'kiosk-1234', additionalArguments: [HAND_OVER_WINDOW_ARG] });
    expect(options).toMatchObject({ modal: true, closable: false, minimizable: false, show: false });
    // Outside kiosk mode a hand-over is a window over the host's, not full screen.
    expect(options).not.toHaveProperty('kiosk');
  });

  it('are kiosk and full screen in kiosk mode', () => {
    expect(handOverWindowOptions(facts(true), 'kiosk-1')).toMatchObject({ ...LOCKED, modal: true });
  });

  it('are not modal on macOS, where a modal window is a sheet and cannot be full screen', () => {
    expect(handOverWindowOptions(facts(true, 'darwin'), 'kiosk-1')).toMatchObject({ ...LOCKED, modal: false });
    expect(handOverWindowOptions(facts(false, 'darwin'), 'kiosk-1')).toMatchObject({ modal: false, closable: false });
  });

  it('refuse a persistent partition', () => {
    expect(() => handOverWindowOptions(facts(true), 'persist:kiosk-1')).toThrow(/must not be persistent/);
  });

  it('partition names are kiosk-<id>, never persist:', () => {
    expect(handOverPartition('0b0f')).toBe('kiosk-0b0f');
  });
});

describe('window role', () => {
  it('is a hand-over window only with the argument main passes', () => {
    expect(isHandOverWindow(['/opt/desk-signer', '--type=renderer', HAND_OVER_WINDOW_ARG])).toBe(true);
    expect(isHandOverWindow(['/opt/desk-signer', '--type=renderer'])).toBe(false);
    expect(isHandOverWindow([`${HAND_OVER_WINDOW_ARG}x`])).toBe(false);
    expect(isHandOverWindow(undefined)).toBe(false);
  });
});

describe('quit guard', () => {
  it('outside kiosk mode lets the window close and the app quit', () => {
    const guard = new QuitGuard(false);
    expect(guard.blocksMainClose()).toBe(false);
    expect(guard.blocksQuit()).toBe(false);
  });

  it('in kiosk mode blocks both until the host quits', () => {
    const guard = new QuitGuard(true);
    expect(guard.blocksMainClose()).toBe(true);
    expect(guard.blocksQuit()).toBe(true);
    guard.allowQuit();
    expect(guard.blocksMainClose()).toBe(false);
    expect(guard.blocksQuit()).toBe(false);
  });

  it('lets a hand-over window close only while the app quits', () => {
    for (const kioskMode of [false, true]) {
      const guard = new QuitGuard(kioskMode);
      expect(guard.blocksHandOverClose()).toBe(true);
      // A quit the kiosk blocked is no quit: the hand-over stays.
      guard.blocksQuit();
      expect(guard.blocksHandOverClose()).toBe(kioskMode);
      guard.allowQuit();
      guard.blocksQuit();
      expect(guard.blocksHandOverClose()).toBe(false);
    }
  });
});
