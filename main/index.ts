// App lifecycle and windows: the only main-process file that needs a real Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boot, keychainFor, readConfig } from './boot.js';
import { REQUEST_LOG_PREFIX } from './compose.js';
import { APP_ORIGIN, electronSenderFacts } from './ipc/trusted-sender.js';
import { loadUiAsset } from './security/ui-assets.js';
import { appMenuTemplate } from './window/app-menu.js';
import { hardenContents } from './window/harden-contents.js';
import { secureWindowOptions } from './window/window-options.js';
import { windowBackground } from './window/window-background.js';

const here = dirname(fileURLToPath(import.meta.url));
const UI_DIR = join(here, 'renderer');

// Dev runs and tests may point the profile elsewhere; a packaged app always uses the OS default.
if (!app.isPackaged && process.env.DESK_SIGNER_USER_DATA) app.setPath('userData', process.env.DESK_SIGNER_USER_DATA);

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, corsEnabled: true } }]);
app.enableSandbox();
// Every webContents, present and future.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, app.isPackaged));

let mainWindow: BrowserWindow | null = null;
// Set once the protocol, permission and IPC handlers are in place; no window opens before that.
let started = false;

function createWindow(): void {
  mainWindow = new BrowserWindow(secureWindowOptions(join(here, 'preload.cjs'), app.isPackaged, nativeTheme.shouldUseDarkColors));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(app.isPackaged, process.platform)));
  // A theme change while open: the window behind the page follows, so a resize never shows the old colour.
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)));
  protocol.handle('app', async (request) => {
    const asset = await loadUiAsset(UI_DIR, request.url);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const config = readConfig({
    argv: process.argv,
    env: process.env,
    isPackaged: app.isPackaged,
    platform: process.platform,
    userDataDir: app.getPath('userData'),
  });
  // Dev runs may print request lines (method, path, status: never headers or bodies) for tests to read.
  const logRequests = !app.isPackaged && process.env.DESK_SIGNER_LOG_REQUESTS === '1';
  await boot(config, keychainFor(app.isPackaged), {
    register: (channel, handler) =>
      ipcMain.handle(channel, (event, input: unknown) => handler(electronSenderFacts(event, mainWindow?.webContents ?? null), input)),
    ...(logRequests ? { log: (line: string) => console.log(`${REQUEST_LOG_PREFIX}${line}`) } : {}),
  });
  started = true;
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
  // macOS reopens a window from the Dock; before start() has finished there is nothing to serve it.
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A bad policy or config must say what is wrong, not crash silently.
      dialog.showErrorBox('Desk Signer cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
