// index.ts and preload.ts are the only files that need a real Electron; here a stand-in `electron`
// module records what they do, so the wiring and the hardening are checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS, HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';
import { NOT_SENT } from '../../shared/transport-failure.js';

const recorded = await vi.hoisted(async () => (await import('./electron-mock.js')).newRecording());
vi.mock('electron', async () => (await import('./electron-mock.js')).electronModule(recorded, { isPackaged: true }));

describe('preload', () => {
  beforeEach(() => recorded.invoked.splice(0));

  it('exposes window.signer with one named function per channel and nothing else', async () => {
    await import('../../main/preload.js');
    const signer = recorded.exposed.get('signer') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect([...recorded.exposed.keys()]).toEqual(['signer']);
    expect(Object.keys(signer).sort()).toEqual([...CHANNELS].sort());
    await signer.requestOtp!({ packageId: 1, documentId: 2, fieldName: 'f' });
    await signer.getAppInfo!();
    expect(recorded.invoked).toEqual([
      ['requestOtp', { packageId: 1, documentId: 2, fieldName: 'f' }],
      ['getAppInfo', undefined],
    ]);
  });

  it('passes any input on for main to judge, and turns a failure to send into an error result', async () => {
    await import('../../main/preload.js');
    const signer = recorded.exposed.get('signer') as Record<string, (input?: unknown) => Promise<unknown>>;
    // NaN reaches main as NaN (main answers invalid_input), not as "no input".
    await signer.signOut!(NaN);
    expect(recorded.invoked).toEqual([['signOut', NaN]]);
    expect(await signer.checkServer!(() => 'https://x.example')).toEqual({ ok: false, error: NOT_SENT });
  });

  it('in a hand-over window (main passed the argument) exposes only window.handOver', async () => {
    vi.resetModules();
    recorded.exposed.clear();
    process.argv.push(HAND_OVER_WINDOW_ARG);
    try {
      await import('../../main/preload.js');
    } finally {
      process.argv.pop();
    }
    expect([...recorded.exposed.keys()]).toEqual(['handOver']);
    const handOver = recorded.exposed.get('handOver') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(handOver).sort()).toEqual([...HAND_OVER_CHANNELS].sort());
    await handOver.stillHere!();
    expect(recorded.invoked).toEqual([['stillHere', undefined]]);
  });
});

describe('main/index.ts', () => {
  it('hardens the window, denies navigation, popups and permissions, and serves the UI from app://', async () => {
    await import('../../main/index.js');
    // macOS may ask for a window (Dock click) before start-up has finished; none may open until it has.
    recorded.appEvents.get('activate')!();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
    // Every channel main serves (host and hand-over) is registered before the window opens.
    expect(recorded.windows.map((w) => w.servedWhenOpened)).toEqual([{ ipc: recorded.handled.size, protocol: true, permission: true }]);
    for (const channel of CHANNELS) expect(recorded.handled.has(channel), channel).toBe(true);
    recorded.appEvents.get('activate')!();
    expect(recorded.windows).toHaveLength(1);
    const [win] = recorded.windows;
    expect(win!.url).toBe('app://desk-signer/index.html');
    // The OS theme is dark: the window opens dark, and turns light when the theme does.
    expect(win!.options.backgroundColor).toBe('#0f141a');
    recorded.theme.shouldUseDarkColors = false;
    recorded.theme.updated!();
    expect(recorded.theme.backgrounds).toEqual(['#f4f6f9']);
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(recorded.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);

    // Outside kiosk mode the window closes and the app quits as usual.
    expect(win!.options).not.toHaveProperty('kiosk');
    const closing = { prevented: false, preventDefault: () => (closing.prevented = true) };
    win!.listeners.get('close')!(closing);
    recorded.appEvents.get('before-quit')!(closing);
    expect(closing.prevented).toBe(false);

    const denied: string[] = [];
    const listeners = new Map<string, (event: { preventDefault: () => void }, input?: unknown) => void>();
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }, input?: unknown) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: () => { action: string }) => denied.push(`open:${fn().action}`),
    };
    recorded.appEvents.get('web-contents-created')!({}, contents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) listeners.get(name)!({ preventDefault: () => denied.push(name) });
    expect(denied.sort()).toEqual(['open:deny', 'will-attach-webview', 'will-navigate', 'will-redirect']);
    // A packaged build swallows reload and DevTools keys, and lets typing and the viewer's zoom keys through.
    const swallowed: string[] = [];
    const press = (input: Record<string, unknown>) =>
      listeners.get('before-input-event')!(
        { preventDefault: () => swallowed.push(String(input.code)) },
        { type: 'keyDown', control: false, meta: false, shift: false, alt: false, ...input },
      );
    press({ key: 'r', code: 'KeyR', control: true });
    press({ key: 'I', code: 'KeyI', control: true, shift: true });
    press({ key: '+', code: 'Equal', control: true, shift: true });
    press({ key: 'r', code: 'KeyR' });
    press({ key: 'c', code: 'KeyC', control: true });
    expect(swallowed).toEqual(['KeyR', 'KeyI']);

    // The application menu replaces the default and, packaged, has no Reload, Force Reload or DevTools.
    const roles = JSON.stringify(recorded.menu?.template);
    expect(roles).toContain('editMenu');
    expect(roles).not.toMatch(/reload|forceReload|toggleDevTools|viewMenu/i);

    // Both permission paths say no: the request (a prompt) and the check (a silent "may I?", e.g. the clipboard or notifications).
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      let granted: boolean | undefined;
      recorded.defaultSession.permission!({}, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
      expect(recorded.defaultSession.permissionCheck!({}, permission, 'app://desk-signer'), permission).toBe(false);
    }

    const serve = recorded.defaultSession.protocolHandlers.get('app')!;
    const response = await serve({ url: 'app://desk-signer/../../etc/passwd' });
    expect(response.status).toBeGreaterThanOrEqual(403);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    // The handler checks the host and answers a malformed escape instead of failing.
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(403);
    expect((await serve({ url: 'app://desk-signer/%E0%A4%A' })).status).toBe(400);
  });

  it('registers every channel on ipcMain and drops calls from a foreign frame', async () => {
    await vi.waitFor(() => expect(recorded.handled.size).toBe(CHANNELS.length + HAND_OVER_CHANNELS.length));
    const window = recorded.windows[0]!;
    const call = (sender: object, senderFrame: object) => recorded.handled.get('getAppInfo')!({ sender, senderFrame }, undefined);
    const top = { url: 'app://desk-signer/index.html', parent: null };
    expect(await call(window.webContents, { url: 'https://evil.example/', parent: null })).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await call(window.webContents, { url: top.url, parent: top })).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await call({ id: 99 }, top)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const info = await call(window.webContents, top);
    expect(info).toMatchObject({ ok: true, value: { serverUrl: 'https://api.signinghub.com', serverUrlLocked: false } });
  });
});
