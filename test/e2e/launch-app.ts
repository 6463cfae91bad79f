import { _electron, type Page } from 'playwright-core';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowserShell } from '../../scripts/browser-shell/browser-shell.js';
import { electronBinary } from '../../scripts/electron-binary.js';
import { REQUEST_LOG_PREFIX } from '../../main/compose.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';

/** Options for launchApp; everything is optional. */
export interface LaunchOptions {
  /** Prefills the Server URL; without it a sandbox is started on a free port. */
  serverUrl?: string;
  /** Preconfigure the API client, as an admin policy would (locks the fields). */
  clientId?: string;
  clientSecret?: string;
  /** Kiosk mode, as policy `kioskMode` sets it. */
  kiosk?: boolean;
  /** Any policy keys, merged over the ones the options above set. */
  policy?: Record<string, unknown>;
  /** Pins the API version by policy (default v3). */
  apiVersion?: 'v3' | 'v4';
  /** Pins the server time zone by policy (IANA name; default UTC). */
  serverTimeZone?: string;
  /** Extra command-line arguments for the app. */
  args?: string[];
  /** Reuse a profile folder, to test a restart. Created (and removed on close) when absent. */
  userDataDir?: string;
  /** Extra environment for the main process, e.g. a D-Bus address that does not exist. */
  env?: Record<string, string>;
  /** `auto` (default) uses Electron when its binary exists; `browser` forces the Chromium shell. */
  shell?: 'auto' | 'browser';
  /** Browser shell only; default true. */
  headless?: boolean;
  /** Generated packages in the sandbox started for this launch (SandboxOptions.packages). */
  packages?: number;
}

/** A launched app. */
export interface LaunchedApp {
  page: Page;
  /** The server the app was pointed at. */
  serverUrl: string;
  /** The profile folder in use. */
  userDataDir: string;
  /** Which shell runs the app. */
  shell: 'electron' | 'browser';
  /** Lines the main process logged (request lines only). */
  logs: string[];
  /** The folder the browser shell's save dialog answers with (Electron shows the real dialog). */
  saveDir: string;
  /** The live hand-over window's page; waits for one to open. */
  handOver(): Promise<Page>;
  /** Browser shell only: sets the idle clock, as if nobody had touched keyboard or pointer for this long. */
  setIdleSeconds(seconds: number): void;
  /** Browser shell only: the next save dialog answers Cancel. */
  cancelNextSave(): void;
  /** Browser shell only: files main asked the system to open, in order. */
  openedPaths(): string[];
  /** Browser shell only: main's JS heap after a forced GC, in bytes; null unless `env` set EXPOSE_GC_ENV to 1. */
  mainHeapUsed(): Promise<number | null>;
  close(): Promise<void>;
}

const browserShellOnly = (what: string) => () => {
  throw new Error(`${what} works only in the browser shell.`);
};

const APP_DIR = fileURLToPath(new URL('../../app', import.meta.url));

/** Launches Desk Signer: real Electron where its binary exists, else the Chromium browser shell. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  let sandbox: Sandbox | null = null;
  const serverUrl = options.serverUrl ?? (sandbox = await startSandbox({ port: 0, packages: options.packages })).url;
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'desk-signer-profile-')));
  const policy: Record<string, unknown> = {};
  if (options.clientId !== undefined) policy.clientId = options.clientId;
  if (options.clientSecret !== undefined) policy.clientSecret = options.clientSecret;
  if (options.kiosk !== undefined) policy.kioskMode = options.kiosk;
  if (options.apiVersion !== undefined) policy.apiVersion = options.apiVersion;
  if (options.serverTimeZone !== undefined) policy.serverTimeZone = options.serverTimeZone;
  const saveDir = join(userDataDir, 'saved');
  await mkdir(saveDir, { recursive: true });
  const policyPath = join(userDataDir, 'test-policy.json');
  await writeFile(policyPath, JSON.stringify({ ...policy, ...options.policy }));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    DESK_SIGNER_SERVER_URL: serverUrl,
    DESK_SIGNER_POLICY: policyPath,
    DESK_SIGNER_USER_DATA: userDataDir,
    DESK_SIGNER_SAVE_DIR: saveDir,
    ...options.env,
  };
  const logs: string[] = [];
  const cleanup = async () => {
    await sandbox?.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  const binary = electronBinary();
  try {
    if (binary && options.shell !== 'browser') {
      const app = await _electron.launch({ executablePath: binary, args: [APP_DIR, ...(options.args ?? [])], env: { ...env, DESK_SIGNER_LOG_REQUESTS: '1' } });
      app.process().stdout?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.startsWith(REQUEST_LOG_PREFIX)) logs.push(line.slice(REQUEST_LOG_PREFIX.length));
      });
      const page = await app.firstWindow();
      return {
        page,
        serverUrl,
        userDataDir,
        shell: 'electron',
        logs,
        saveDir,
        // The first window is the main one; the next to open is a hand-over window.
        handOver: () => app.waitForEvent('window'),
        setIdleSeconds: browserShellOnly('setIdleSeconds'),
        cancelNextSave: browserShellOnly('cancelNextSave'),
        openedPaths: browserShellOnly('openedPaths'),
        mainHeapUsed: browserShellOnly('mainHeapUsed'),
        close: async () => {
          await app.close();
          await cleanup();
        },
      };
    }
    const shell = await launchBrowserShell({ env, args: options.args ?? [], headless: options.headless ?? true, onLog: (line) => logs.push(line) });
    return {
      page: shell.page,
      serverUrl,
      userDataDir,
      shell: 'browser',
      logs,
      saveDir,
      handOver: () => shell.handOver(),
      setIdleSeconds: (seconds) => shell.setIdleSeconds(seconds),
      cancelNextSave: () => shell.cancelNextSave(),
      openedPaths: () => [...shell.openedPaths],
      mainHeapUsed: () => shell.mainHeapUsed(),
      close: async () => {
        await shell.close();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
