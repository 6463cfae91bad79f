// index.ts and preload.ts are the only files that need a real Electron; here a stand-in `electron`
// module records what they do, so the wiring and the hardening are checked under Node.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../main/ipc/contract.js';

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  handled: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  privileged: [] as unknown[],
  permission: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      recorded.windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
    ipcRenderer: { invoke: async (channel: string, input: unknown) => void recorded.invoked.push([channel, input]) },
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => recorded.handled.set(channel, fn) },
    BrowserWindow,
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
        setPermissionCheckHandler: () => undefined,
      },
    },
    dialog: { showErrorBox: (title: string, message: string) => { throw new Error(`${title}: ${message}`); } },
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
    expect(recorded.invoked).toEqual([['requestOtp', { packageId: 1, documentId: 2, fieldName: 'f' }], ['getAppInfo', undefined]]);
  });
});

describe('main/index.ts', () => {
  it('hardens the window, denies navigation, popups and permissions, and serves the UI from app://', async () => {
    await import('../../main/index.js');
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
    const [win] = recorded.windows;
    expect(win!.url).toBe('app://desk-signer/index.html');
    expect(win!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, devTools: false });
    expect(recorded.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);

    const denied: string[] = [];
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }) => void) => fn({ preventDefault: () => denied.push(name) }),
      setWindowOpenHandler: (fn: () => { action: string }) => denied.push(`open:${fn().action}`),
    };
    recorded.appEvents.get('web-contents-created')!({}, contents);
    expect(denied.sort()).toEqual(['open:deny', 'will-attach-webview', 'will-navigate', 'will-redirect']);

    let granted: boolean | undefined;
    recorded.permission!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    const response = await recorded.protocolHandlers.get('app')!({ url: 'app://desk-signer/../../etc/passwd' });
    expect(response.status).toBeGreaterThanOrEqual(403);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('registers every channel on ipcMain and drops calls from a foreign frame', async () => {
    await vi.waitFor(() => expect(recorded.handled.size).toBe(CHANNELS.length));
    const mainFrame = { url: 'https://evil.example/' };
    const result = await recorded.handled.get('getAppInfo')!({ senderFrame: mainFrame, sender: { mainFrame } }, undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const ours = { url: 'app://desk-signer/index.html' };
    const info = await recorded.handled.get('getAppInfo')!({ senderFrame: ours, sender: { mainFrame: ours } }, undefined);
    expect(info).toMatchObject({ ok: true, value: { serverUrl: 'https://api.signinghub.com', serverUrlLocked: false } });
  });
});
