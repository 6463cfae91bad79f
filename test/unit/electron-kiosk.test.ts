// main/index.ts in kiosk mode (a dev build started with --kiosk), and the Desktop it hands to boot:
// hand-over windows, idle time, the save dialog, opening a file and quitting.
import { describe, expect, it, vi } from 'vitest';
import type * as BootModule from '../../main/boot.js';
import type { Transport } from '../../main/boot.js';
import type { Desktop } from '../../main/desktop.js';
import { HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';

const recorded = await vi.hoisted(async () => (await import('./electron-mock.js')).newRecording());
const transports = vi.hoisted(() => [] as Transport[]);
vi.mock('electron', async () => (await import('./electron-mock.js')).electronModule(recorded, { isPackaged: false }));
vi.mock('../../main/boot.js', async (importOriginal) => {
  const real = await importOriginal<typeof BootModule>();
  return { ...real, boot: (...args: Parameters<typeof real.boot>) => (transports.push(args[2]), real.boot(...args)) };
});

const TOP = { url: 'app://desk-signer/index.html', parent: null };

async function startInKiosk(): Promise<Desktop> {
  process.argv.push('--kiosk');
  try {
    await import('../../main/index.js');
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
  } finally {
    process.argv.pop();
  }
  return transports[0]!.desktop!;
}

describe('main/index.ts in kiosk mode', () => {
  it('has no application menu and a kiosk window that neither closes nor quits until the host quits', async () => {
    const desktop = await startInKiosk();
    expect(recorded.menu).toBeNull();
    const main = recorded.windows[0]!;
    expect(main.options).toMatchObject({ kiosk: true, fullscreen: true, closable: false, minimizable: false, maximizable: false });

    const attempt = (fire: (event: { preventDefault(): void }) => void) => {
      let prevented = false;
      fire({ preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(attempt((event) => main.listeners.get('close')!(event))).toBe(true);
    expect(attempt((event) => recorded.appEvents.get('before-quit')!(event))).toBe(true);
    // The kiosk keys are blocked on the main window, whatever the build.
    const key = {
      type: 'keyDown',
      key: 'w',
      code: 'KeyW',
      control: process.platform !== 'darwin',
      meta: process.platform === 'darwin',
      shift: false,
      alt: false,
    };
    expect(attempt((event) => main.webContents.listeners.get('before-input-event')!(event, key))).toBe(true);
    // Leaving full screen puts it back.
    main.listeners.get('leave-full-screen')!();
    expect(main.calls).toContain('fullScreen:true');

    desktop.quit();
    expect(recorded.appCalls).toEqual(['quit']);
    expect(attempt((event) => recorded.appEvents.get('before-quit')!(event))).toBe(false);
    expect(attempt((event) => main.listeners.get('close')!(event))).toBe(false);
  });

  it('opens a hand-over window over the main one, on its own in-memory session, and wipes it on close', async () => {
    const desktop = transports[0]!.desktop!;
    const main = recorded.windows[0]!;
    await desktop.handOverWindows.open('h1');
    const handOver = recorded.windows[1]!;
    const prefs = handOver.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, additionalArguments: [HAND_OVER_WINDOW_ARG] });
    expect(prefs.partition).toMatch(/^kiosk-[0-9a-f-]{36}$/);
    expect(handOver.options).toMatchObject({ modal: process.platform !== 'darwin', kiosk: true, fullscreen: true, closable: false });
    expect((handOver.options.parent as { webContents: unknown }).webContents).toBe(main.webContents);
    expect(handOver.url).toBe('app://desk-signer/index.html');
    expect(handOver.calls).toEqual(expect.arrayContaining(['removeMenu', 'contentProtection:true']));
    expect(main.calls).toContain('contentProtection:true');
    expect(handOver.webContents.listeners.has('before-input-event')).toBe(true);

    // The partition's own session serves the UI and denies every permission.
    const own = recorded.partitions.get(prefs.partition as string)!;
    expect(own.protocolHandlers.has('app')).toBe(true);
    let granted: boolean | undefined;
    own.permission!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(own.permissionCheck!({}, 'clipboard-read', 'app://desk-signer')).toBe(false);

    // A call from the hand-over window is not the host's: host channels refuse it.
    const answer = await recorded.handled.get('getAppInfo')!({ sender: handOver.webContents, senderFrame: TOP }, undefined);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden' } });

    await desktop.handOverWindows.close('h1');
    expect(handOver.calls).toContain('destroy');
    expect(own.cleared).toEqual(['storage', 'cache']);
    // The host's window gets the keyboard back, unprotected once no hand-over is left.
    expect(main.calls.slice(-2)).toEqual(['focus', 'contentProtection:false']);

    // The next signer's window gets a session of its own.
    await desktop.handOverWindows.open('h2');
    const next = recorded.windows[2]!.options.webPreferences as Record<string, unknown>;
    expect(next.partition).not.toBe(prefs.partition);
    await desktop.handOverWindows.close('h2');
  });

  it('answers idle time, the save dialog and opening a file from Electron', async () => {
    const desktop = transports[0]!.desktop!;
    recorded.idleSeconds = 42;
    expect(desktop.idleSeconds()).toBe(42);
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    expect(await desktop.chooseSavePath('desk-signer-audit-2026-11-30.csv', filters)).toBe('/home/host/audit.csv');
    const [dialog] = recorded.saveDialogs;
    expect((dialog!.parent as { webContents: unknown }).webContents).toBe(recorded.windows[0]!.webContents);
    expect(dialog!.options).toEqual({
      defaultPath: '/nonexistent/desk-signer-documents/desk-signer-audit-2026-11-30.csv',
      filters,
      properties: ['showOverwriteConfirmation'],
    });
    recorded.saveAnswer = { canceled: true };
    expect(await desktop.chooseSavePath('a.csv', filters)).toBeNull();
    expect(await desktop.openPath('/home/host/audit.csv')).toBe('');
    expect(recorded.opened).toEqual(['/home/host/audit.csv']);
  });

  it('wipes any hand-over still open when the main window goes', async () => {
    const desktop = transports[0]!.desktop!;
    await desktop.handOverWindows.open('h3');
    const handOver = recorded.windows.at(-1)!;
    const own = recorded.partitions.get((handOver.options.webPreferences as { partition: string }).partition)!;
    recorded.windows[0]!.listeners.get('closed')!();
    await vi.waitFor(() => expect(own.cleared).toEqual(['storage', 'cache']));
    expect(handOver.calls).toContain('destroy');
  });
});
