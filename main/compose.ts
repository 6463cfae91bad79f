import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from './config/app-config.js';
import { proxyChooser } from './network/proxy-agents.js';
import { trustedCertificates } from './network/trusted-certificates.js';
import { SettingsFile } from './config/settings-file.js';
import type { Desktop } from './desktop.js';
import { DownloadService } from './downloads/download-service.js';
import { createHandOverHandlers, type HandOverTable } from './ipc/hand-over-handlers.js';
import { createHandlerTable, type HandlerTable } from './ipc/handler-table.js';
import { AuditLog, auditLogPath } from './kiosk/audit-log.js';
import type { KioskClock } from './kiosk/kiosk-clock.js';
import { KioskService } from './kiosk/kiosk-service.js';
import type { CredentialStore } from './session/credential-store.js';
import { FallbackStore } from './session/fallback-store.js';
import { SessionService } from './session/session-service.js';
import { createHttpClient, type HttpClientOptions } from './signinghub/http-client.js';

/** Marks request lines on a dev build's stdout, so a test harness can pick them out. */
export const REQUEST_LOG_PREFIX = '[desk-signer request] ';

/** What composition takes besides the config: the keychain store, and optionally a log sink and a retry count. */
export interface ComposeOptions {
  keychain: CredentialStore;
  /** Receives one line per request: method, path, status, time. Never headers or bodies. */
  log?: (line: string) => void;
  /** Override retry count (tests of the retry policy). */
  retryLimit?: number;
  /** Hand-over windows, idle time, the save dialog and quit; absent where no desktop host runs (hand-overs then say so). */
  desktop?: Desktop;
  /** The kiosk's clock (tests drive it). */
  clock?: KioskClock;
}

/** The composed main process: the host window's handlers, the hand-over window's, and the kiosk service behind both. */
export interface ComposedApp extends HandlerTable {
  /** The hand-over window's handlers (not channels of the host's table). */
  readonly handOver: HandOverTable;
  readonly kiosk: KioskService;
}

/** Builds every main-process service from a config and returns the handler tables. */
export async function composeApp(config: AppConfig, options: ComposeOptions): Promise<ComposedApp> {
  const store = new FallbackStore(options.keychain);
  await store.probe();
  const log = options.log;
  const chooseProxy = proxyChooser(config.proxy, options.desktop?.resolveProxy?.bind(options.desktop));
  // A policy's extraCaFile that cannot be used stops start-up here, with a message naming it.
  const ca = trustedCertificates(config.extraCaFile, (path) => readFileSync(path, 'utf8'));
  const httpOptions: Omit<HttpClientOptions, 'baseUrl'> = {
    ...(ca ? { certificateAuthority: ca } : {}),
    ...(chooseProxy ? { chooseProxy } : {}),
    ...(options.retryLimit === undefined ? {} : { retryLimit: options.retryLimit }),
    ...(log ? { onResponse: (l) => log(`${l.method} ${l.path} -> ${l.status} in ${l.ms} ms`) } : {}),
  };
  const settings = new SettingsFile(config.settingsPath);
  const session = new SessionService({
    config,
    store,
    settings,
    makeHttp: (baseUrl) => createHttpClient({ baseUrl, ...httpOptions }),
  });
  const kiosk = new KioskService({
    config,
    session,
    // The audit record lives in the app's data folder, beside settings.json.
    auditLog: new AuditLog(auditLogPath(dirname(config.settingsPath))),
    ...(options.desktop ? { desktop: options.desktop } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const downloads = new DownloadService({ session, desktop: options.desktop, settings });
  const table = createHandlerTable(session, { serverTimeZone: config.serverTimeZone, downloads, config, settings }, kiosk);
  return Object.assign(table, { handOver: createHandOverHandlers(kiosk), kiosk });
}
