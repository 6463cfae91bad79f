// index.ts and preload.ts are the only files that need a real Electron; here a stand-in `electron`
// module records what they do, so the wiring and the hardening are checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS } from '../../shared/hand-over-contract.js';
import { NOT_SENT } from '../../shared/transport-failure.js';

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  handled: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  windows: [] as {
    options: Record<string, unknown>;
    url?: string;
    webContents: object;
    servedWhenOpened: { ipc: number; protocol: boolean; permission: boolean };
  }[],
  menu: null as null | { template: { role?: string; submenu?: unknown }[] },
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  privileged: [] as unknown[],
  permission: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string, origin: string) => boolean),
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  theme: { shouldUseDarkColors: true, updated: null as null | (() => void), backgrounds: [] as string[] },
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => recorded.windows;
    readonly webContents = { id: recorded.windows.length + 1 };
    constructor(options: Record<string, unknown>) {
      // What was already served when this window opened: it must not open before the handlers exist.
      const servedWhenOpened = { ipc: recorded.handled.size, protocol: recorded.protocolHandlers.has('app'), permission: recorded.permission !== null };
      recorded.windows.push({ options, webContents: this.webContents, servedWhenOpened });
    }
    once() {}
    on() {}
    setBackgroundColor(colour: string) {
      recorded.theme.backgrounds.push(colour);
    }
    loadURL(url: string) {
      recorded.windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        recorded.invoked.push([channel, input]);
        // Electron rejects what structured clone cannot copy.
        if (typeof input === 'function') throw new Error('An object could not be cloned.');
        return { ok: true, value: null };
      },
    },
    Menu: { buildFromTemplate: (template: { role?: string }[]) => ({ template }), setApplicationMenu: (menu: typeof recorded.menu) => (recorded.menu = menu) },
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => recorded.handled.set(channel, fn) },
    BrowserWindow,
    nativeTheme: {
      get shouldUseDarkColors() {
        return recorded.theme.shouldUseDarkColors;
      },
      on: (name: string, fn: () => void) => {
        if (name === 'updated') recorded.theme.updated = fn;
      },
    },
    app: {
      isPackaged: true,
      enableSandbox: () => undefined,
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: (...args: unknown[]) => void) => recorded.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent/desk-signer-user-data',
      setPath: () => undefined,
      quit: () => undefined,
      exit: () => undefined,
      isReady: () => true,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => recorded.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof recorded.permission) => (recorded.permission = fn),
        setPermissionCheckHandler: (fn: typeof recorded.permissionCheck) => (recorded.permissionCheck = fn),
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => {
        throw new Error(`${title}: ${message}`);
      },
    },
  };
});

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
});

describe('main/index.ts', () => {
  it('hardens the window, denies navigation, popups and permissions, and serves the UI from app://', async () => {
    await import('../../main/index.js');
    // macOS may ask for a window (Dock click) before start-up has finished; none may open until it has.
    recorded.appEvents.get('activate')!();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
    expect(recorded.windows.map((w) => w.servedWhenOpened)).toEqual([{ ipc: CHANNELS.length + HAND_OVER_CHANNELS.length, protocol: true, permission: true }]);
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
      recorded.permission!({}, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
      expect(recorded.permissionCheck!({}, permission, 'app://desk-signer'), permission).toBe(false);
    }

    const serve = recorded.protocolHandlers.get('app')!;
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
