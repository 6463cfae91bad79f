// A stand-in `electron` module that records what main/index.ts and main/preload.ts do with it, for the
// tests that check their wiring under Node. Each test file makes one recording (vi.hoisted) and mocks
// `electron` with electronModule(recording), so a re-imported module still reports to the same place.

type Listener = (...args: unknown[]) => unknown;

/** What a stand-in session recorded: its app:// handler, permission handlers and wipes. */
export interface RecordedSession {
  partition: string;
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  permission: null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void);
  permissionCheck: null | ((wc: unknown, permission: string, origin: string) => boolean);
  cleared: string[];
}

/** One stand-in window and what was done to it. */
export interface RecordedWindow {
  options: Record<string, unknown>;
  url?: string;
  webContents: { id: number; listeners: Map<string, Listener> };
  listeners: Map<string, Listener>;
  calls: string[];
  servedWhenOpened: { ipc: number; protocol: boolean; permission: boolean };
}

const newSession = (partition: string): RecordedSession => ({ partition, protocolHandlers: new Map(), permission: null, permissionCheck: null, cleared: [] });

/** A fresh, empty recording. */
export function newRecording() {
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as [string, unknown][],
    handled: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    windows: [] as RecordedWindow[],
    menu: undefined as undefined | null | { template: { role?: string; submenu?: unknown }[] },
    appEvents: new Map<string, Listener>(),
    appCalls: [] as string[],
    privileged: [] as unknown[],
    defaultSession: newSession(''),
    partitions: new Map<string, RecordedSession>(),
    theme: { shouldUseDarkColors: true, updated: null as null | (() => void), backgrounds: [] as string[] },
    idleSeconds: 0,
    saveDialogs: [] as { parent: unknown; options: unknown }[],
    saveAnswer: { canceled: false, filePath: '/home/host/audit.csv' } as { canceled: boolean; filePath?: string },
    opened: [] as string[],
  };
}

/** A recording, as newRecording makes it. */
export type Recording = ReturnType<typeof newRecording>;

const sessionApi = (recorded: RecordedSession) => ({
  protocol: { handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => recorded.protocolHandlers.set(scheme, fn) },
  setPermissionRequestHandler: (fn: RecordedSession['permission']) => (recorded.permission = fn),
  setPermissionCheckHandler: (fn: RecordedSession['permissionCheck']) => (recorded.permissionCheck = fn),
  clearStorageData: async () => void recorded.cleared.push('storage'),
  clearCache: async () => void recorded.cleared.push('cache'),
});

/** The stand-in `electron` module, reporting to `recorded`. */
export function electronModule(recorded: Recording, facts: { isPackaged: boolean }) {
  class BrowserWindow {
    static getAllWindows = () => recorded.windows;
    readonly record: RecordedWindow;
    readonly webContents: RecordedWindow['webContents'];
    constructor(options: Record<string, unknown>) {
      const listeners = new Map<string, Listener>();
      this.webContents = { id: recorded.windows.length + 1, listeners: new Map() };
      const contentsListeners = this.webContents.listeners;
      Object.assign(this.webContents, { on: (name: string, fn: Listener) => contentsListeners.set(name, fn) });
      // What was already served when this window opened: it must not open before the handlers exist.
      const served = recorded.defaultSession;
      const servedWhenOpened = { ipc: recorded.handled.size, protocol: served.protocolHandlers.has('app'), permission: served.permission !== null };
      this.record = { options, webContents: this.webContents, listeners, calls: [], servedWhenOpened };
      recorded.windows.push(this.record);
    }
    once(name: string, fn: Listener) {
      this.record.listeners.set(`once:${name}`, fn);
    }
    on(name: string, fn: Listener) {
      this.record.listeners.set(name, fn);
    }
    setBackgroundColor(colour: string) {
      recorded.theme.backgrounds.push(colour);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    removeMenu = () => this.record.calls.push('removeMenu');
    setContentProtection = (on: boolean) => this.record.calls.push(`contentProtection:${on}`);
    setFullScreen = (on: boolean) => this.record.calls.push(`fullScreen:${on}`);
    isDestroyed = () => this.record.calls.includes('destroy');
    destroy = () => this.record.calls.push('destroy');
    show = () => this.record.calls.push('show');
    focus = () => this.record.calls.push('focus');
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
    Menu: { buildFromTemplate: (template: { role?: string }[]) => ({ template }), setApplicationMenu: (menu: Recording['menu']) => (recorded.menu = menu) },
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
      isPackaged: facts.isPackaged,
      enableSandbox: () => undefined,
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: Listener) => recorded.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => `/nonexistent/desk-signer-${name}`,
      setPath: () => undefined,
      quit: () => void recorded.appCalls.push('quit'),
      exit: () => undefined,
      isReady: () => true,
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes) },
    session: {
      defaultSession: sessionApi(recorded.defaultSession),
      fromPartition: (partition: string) => {
        const own = recorded.partitions.get(partition) ?? newSession(partition);
        recorded.partitions.set(partition, own);
        return sessionApi(own);
      },
    },
    powerMonitor: { getSystemIdleTime: () => recorded.idleSeconds },
    shell: { openPath: async (path: string) => (recorded.opened.push(path), '') },
    dialog: {
      showErrorBox: (title: string, message: string) => {
        throw new Error(`${title}: ${message}`);
      },
      showSaveDialog: async (parent: unknown, options: unknown) => (recorded.saveDialogs.push({ parent, options }), recorded.saveAnswer),
    },
  };
}
