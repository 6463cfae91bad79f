// App lifecycle and windows: the only main-process file that needs a real Electron.
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from './config/app-config.js';
import { readLaunchOptions } from './config/launch-options.js';
import { composeApp, REQUEST_LOG_PREFIX } from './compose.js';
import { serveHandlers } from './ipc/serve-handlers.js';
import { APP_ORIGIN } from './ipc/trusted-sender.js';
import { KEYCHAIN_SERVICE } from './session/credential-store.js';
import { KeytarStore } from './session/keytar-store.js';
import { loadUiAsset } from './security/ui-assets.js';
import { secureWindowOptions } from './window/window-options.js';

const here = dirname(fileURLToPath(import.meta.url));
const UI_DIR = join(here, 'renderer');

// Dev runs and tests may point the profile elsewhere; a packaged app always uses the OS default.
if (!app.isPackaged && process.env.DESK_SIGNER_USER_DATA) app.setPath('userData', process.env.DESK_SIGNER_USER_DATA);

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, corsEnabled: true } }]);
app.enableSandbox();

// Every webContents, present and future: no navigation, no popups, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(secureWindowOptions(join(here, 'preload.cjs'), app.isPackaged));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  const { policy, defaults } = readLaunchOptions({
    argv: process.argv,
    env: process.env,
    isPackaged: app.isPackaged,
    platform: process.platform,
    readFile: (p) => readFileSync(p, 'utf8'),
    exists: existsSync,
  });
  const keychainService = app.isPackaged ? KEYCHAIN_SERVICE.packaged : KEYCHAIN_SERVICE.dev;
  const config = resolveConfig(policy, defaults, { keychainService, settingsPath: join(app.getPath('userData'), 'settings.json') });
  // Dev runs may print request lines (method, path, status: never headers or bodies) for tests to read.
  const logRequests = !app.isPackaged && process.env.DESK_SIGNER_LOG_REQUESTS === '1';
  const table = await composeApp(config, {
    keychain: new KeytarStore(keychainService),
    ...(logRequests ? { log: (line: string) => console.log(`${REQUEST_LOG_PREFIX}${line}`) } : {}),
  });

  protocol.handle('app', async (request) => {
    const asset = await loadUiAsset(UI_DIR, request.url);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  serveHandlers(table, (channel, handler) =>
    ipcMain.handle(channel, (event, input: unknown) =>
      handler({ url: event.senderFrame?.url ?? '', isTopFrame: event.senderFrame === event.sender.mainFrame }, input),
    ),
  );
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) createWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    // A bad policy or config must say what is wrong, not crash silently.
    dialog.showErrorBox('Desk Signer cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
