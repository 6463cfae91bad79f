// The one boot sequence, shared by Electron's main process (main/index.ts) and the browser shell's
// host: read the config, compose the services, serve the checked handlers over the host's transport.
// Electron-free on purpose, so the app the tests run is the app that ships.
import { join } from 'node:path';
import { composeApp } from './compose.js';
import type { Desktop } from './desktop.js';
import { resolveConfig, type AppConfig } from './config/app-config.js';
import { readLaunchOptions } from './config/launch-options.js';
import { nodeMachineFacts } from './config/policy-sources/machine-facts.js';
import { serveHandlers, type Register } from './ipc/serve-handlers.js';
import { KEYCHAIN_SERVICE, type CredentialStore } from './session/credential-store.js';
import { KeytarStore } from './session/keytar-store.js';

/** What a host knows about this launch. */
export interface LaunchFacts {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The profile folder (settings.json lives there). */
  userDataDir: string;
}

/** How calls reach main: a way to register each checked channel, and the UI origin to trust. */
export interface Transport {
  register: Register;
  /** The origin the UI is served from; Electron's app:// origin when absent. */
  origin?: string;
  /** Receives one line per API request (method, path, status, time), never headers or bodies. */
  log?: (line: string) => void;
  /** Windows, idle time, save dialog and quit, from Electron or the browser shell. */
  desktop?: Desktop;
}

/** Reads the admin policy and dev defaults for this launch and resolves the config. */
export function readConfig(facts: LaunchFacts): AppConfig {
  const { policy, defaults, warnings } = readLaunchOptions({
    argv: facts.argv,
    env: facts.env,
    isPackaged: facts.isPackaged,
    platform: facts.platform,
    machine: nodeMachineFacts(),
  });
  // A planted policy file is ignored, not obeyed; the warning names it and says why.
  for (const warning of warnings) console.warn(warning);
  return resolveConfig(policy, defaults, { settingsPath: join(facts.userDataDir, 'settings.json') });
}

/** The OS keychain under this build's service name: dev and packaged builds never share entries. */
export function keychainFor(isPackaged: boolean): CredentialStore {
  return new KeytarStore(isPackaged ? KEYCHAIN_SERVICE.packaged : KEYCHAIN_SERVICE.dev);
}

/** What a host may ask the booted app: the facts the updater's install rules need. */
export interface BootedApp {
  installFacts(): { hostLocked: boolean; handOverOpen: boolean };
}

/** Composes every main-process service and serves the host's and the hand-over window's handlers over the transport. */
export async function boot(config: AppConfig, keychain: CredentialStore, transport: Transport): Promise<BootedApp> {
  const app = await composeApp(config, {
    keychain,
    ...(transport.log ? { log: transport.log } : {}),
    ...(transport.desktop ? { desktop: transport.desktop } : {}),
  });
  serveHandlers(app, app.handOver, transport.register, transport.origin);
  return { installFacts: () => app.kiosk.installFacts() };
}
