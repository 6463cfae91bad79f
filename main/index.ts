// App lifecycle and windows: the only main-process file that needs a real Electron. What is more than
// wiring lives in main/window/ (window options, kiosk keys, the quit guard, the hand-over registry).
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, powerMonitor, protocol, session, shell, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../shared/contract.js';
import type { HandOverChannel } from '../shared/hand-over-contract.js';
import type { AppConfig } from './config/app-config.js';
import { boot, keychainFor, readConfig, type BootedApp } from './boot.js';
import { REQUEST_LOG_PREFIX } from './compose.js';
import type { Desktop } from './desktop.js';
import type { ServedHandler } from './ipc/serve-handlers.js';
import { APP_ORIGIN, electronSenderFacts } from './ipc/trusted-sender.js';
import { loadUiAsset } from './security/ui-assets.js';
import { appMenuTemplate } from './window/app-menu.js';
import { hardenContents } from './window/harden-contents.js';
import { HandOverWindowRegistry, type HandOverWindow } from './window/hand-over-windows.js';
import { guardKioskInput } from './window/kiosk-shortcuts.js';
import { handOverWindowOptions, mainWindowOptions, type WindowFacts } from './window/kiosk-window-options.js';
import { UpdateController } from './update/update-controller.js';
import { updateHost } from './update/update-host.js';
import { QuitGuard } from './window/quit-guard.js';
import { windowBackground } from './window/window-background.js';

const here = dirname(fileURLToPath(import.meta.url));
const UI_DIR = join(here, 'renderer');
const UI_URL = `${APP_ORIGIN}/index.html`;

// Dev runs and tests may point the profile elsewhere; a packaged app always uses the OS default.
if (!app.isPackaged && process.env.DESK_SIGNER_USER_DATA) app.setPath('userData', process.env.DESK_SIGNER_USER_DATA);

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, corsEnabled: true } }]);
app.enableSandbox();
// Every webContents, present and future.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, app.isPackaged));

let mainWindow: BrowserWindow | null = null;
// Set once the protocol, permission and IPC handlers are in place; no window opens before that.
let started = false;
let kioskMode = false;
let quitGuard = new QuitGuard(false);

const windowFacts = (): WindowFacts => ({
  preloadPath: join(here, 'preload.cjs'),
  isPackaged: app.isPackaged,
  darkTheme: nativeTheme.shouldUseDarkColors,
  kioskMode,
  platform: process.platform,
});

/** Serves the UI on app:// and says no to every permission, on one session (the default, or a hand-over's). */
function serveSession(target: Session): void {
  target.protocol.handle('app', async (request) => {
    const asset = await loadUiAsset(UI_DIR, request.url);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
  // Both paths say no: the request (a prompt, full screen included) and the check (a silent "may I?").
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(windowFacts()));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (quitGuard.blocksMainClose()) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
    // Its hand-overs go with it; the app is closing, so a failed wipe has no one to tell.
    handOvers.closeAll().catch(() => undefined);
  });
  if (kioskMode) {
    guardKioskInput(window.webContents, process.platform);
    window.on('leave-full-screen', () => {
      if (quitGuard.blocksMainClose()) window.setFullScreen(true);
    });
  }
  void window.loadURL(UI_URL);
}

/** A hand-over window on its own in-memory session, over the main window, content-protected, with the kiosk keys blocked. */
function createHandOverWindow(partition: string): HandOverWindow {
  const own = session.fromPartition(partition);
  serveSession(own);
  const window = new BrowserWindow({ ...handOverWindowOptions(windowFacts(), partition), ...(mainWindow ? { parent: mainWindow } : {}) });
  window.removeMenu();
  window.setContentProtection(true);
  guardKioskInput(window.webContents, process.platform);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (quitGuard.blocksHandOverClose()) event.preventDefault();
  });
  return {
    contents: window.webContents,
    load: () => window.loadURL(UI_URL),
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
      // The host's lock screen takes the keyboard back.
      mainWindow?.focus();
    },
    clearSession: async () => {
      await own.clearStorageData();
      await own.clearCache();
    },
  };
}

const handOvers = new HandOverWindowRegistry({
  createWindow: createHandOverWindow,
  protectMainWindow: (on) => mainWindow?.setContentProtection(on),
  randomId: randomUUID,
});

const desktop: Desktop = {
  handOverWindows: handOvers,
  idleSeconds: () => powerMonitor.getSystemIdleTime(),
  chooseSavePath: async (suggestedName, filters) => {
    // resolve: the name may carry the last folder used; Linux asks before overwriting only when told to.
    const options = { defaultPath: resolve(app.getPath('documents'), suggestedName), filters, properties: ['showOverwriteConfirmation' as const] };
    const answer = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  },
  openPath: (path) => shell.openPath(path),
  resolveProxy: (url) => session.defaultSession.resolveProxy(url),
  quit: () => {
    quitGuard.allowQuit();
    app.quit();
  },
};

/** Registers one checked channel, host or hand-over, on ipcMain; main names the sender's hand-over from its own registry. */
const register = (channel: Channel | HandOverChannel, handler: ServedHandler) =>
  ipcMain.handle(channel, (event, input: unknown) =>
    handler(
      electronSenderFacts(event, mainWindow?.webContents ?? null, (contents) => handOvers.idOf(contents)),
      input,
    ),
  );

async function start(): Promise<void> {
  // The config first: kiosk mode decides the menu and the window.
  const config = readConfig({
    argv: process.argv,
    env: process.env,
    isPackaged: app.isPackaged,
    platform: process.platform,
    userDataDir: app.getPath('userData'),
  });
  kioskMode = config.kioskMode;
  quitGuard = new QuitGuard(kioskMode);
  Menu.setApplicationMenu(kioskMode ? null : Menu.buildFromTemplate(appMenuTemplate(app.isPackaged, process.platform)));
  // A theme change while open: the window behind the page follows, so a resize never shows the old colour.
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)));
  serveSession(session.defaultSession);
  // Dev runs may print request lines (method, path, status: never headers or bodies) for tests to read.
  const logRequests = !app.isPackaged && process.env.DESK_SIGNER_LOG_REQUESTS === '1';
  const booted = await boot(config, keychainFor(app.isPackaged), {
    register,
    desktop,
    ...(logRequests ? { log: (line: string) => console.log(`${REQUEST_LOG_PREFIX}${line}`) } : {}),
  });
  started = true;
  createWindow();
  // Only an installed app updates itself; a dev run has no feed of its own.
  if (app.isPackaged) startUpdates(config, booted).catch((error: unknown) => console.error('Updates are off:', error));
}

/** Checks the admin's update feed and installs by the rules in main/update (a kiosk only when idle and locked). */
async function startUpdates(config: AppConfig, booted: BootedApp): Promise<void> {
  if (!config.update.enabled || config.update.url === null) return;
  // Loaded only when there is a feed: electron-updater reads Electron's app facts as it loads.
  const { default: electronUpdater } = await import('electron-updater');
  const host = updateHost({
    kioskMode: config.kioskMode,
    installFacts: () => booted.installFacts(),
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    ask: async ({ message, detail, buttons }) => {
      const options = { type: 'info' as const, message, detail, buttons, defaultId: 0, cancelId: 1 };
      return (mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options)).response;
    },
    log: (line) => console.log(line),
  });
  const updates = new UpdateController(electronUpdater.autoUpdater, config.update, host);
  updates.start();
  app.on('before-quit', () => updates.stop());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // Kiosk mode: no quit (menu, Dock, Cmd+Q, OS) until the host quits.
  app.on('before-quit', (event) => {
    if (quitGuard.blocksQuit()) event.preventDefault();
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
