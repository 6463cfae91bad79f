import { CHANNELS, type Channel, type InputOf, type OutputOf } from '../../shared/contract.js';
import type { AppConfig } from '../config/app-config.js';
import type { SettingsFile } from '../config/settings-file.js';
import type { KioskService } from '../kiosk/kiosk-service.js';
import type { DownloadService } from '../downloads/download-service.js';
import type { SessionService } from '../session/session-service.js';
import { toPackageSummary } from '../signinghub/mappers.js';
import { createDownloadHandlers } from './download-handlers.js';
import { createEvidenceHandlers } from './evidence-handlers.js';
import { createKioskHandlers } from './kiosk-handlers.js';
import { createSettingsHandlers } from './settings-handlers.js';
import { createPackageHandlers } from './package-handlers.js';
import { createSigningHandlers } from './signing-handlers.js';

/** One async function per channel; a failure is thrown as an ApiFailure, which the IPC wrapper returns as the Result's error. */
export type HandlerTable = { [C in Channel]: (input: InputOf<C>) => Promise<OutputOf<C>> };

/** Facts the handlers need from the config. */
export interface HandlerOptions {
  /** IANA zone that zone-less server timestamps are read in. */
  serverTimeZone: string;
  /** Saves files for the download channels. */
  downloads: DownloadService;
  /** The config and settings file, for the settings screen. */
  config: AppConfig;
  settings: SettingsFile;
}

/** Host channels the lock screen itself needs; every other host call is refused while the screen is locked or handed over. */
export const LOCK_SCREEN_CHANNELS: readonly Channel[] = [
  'getAppInfo',
  'checkServer',
  'restoreSession',
  'setHostPin',
  'startHandOver',
  'getHostState',
  'unlockHost',
  'lockHost',
  'stillHereHost',
  'exportAuditRecord',
  'quitApp',
];

/** Maps every channel to its service call. */
export function createHandlerTable(session: SessionService, options: HandlerOptions, kiosk: KioskService): HandlerTable {
  const table: HandlerTable = {
    getAppInfo: () => session.appInfo(),
    checkServer: async ({ serverUrl }) => {
      const about = await session.anonymousApi(serverUrl).about();
      return { installationName: about.installation_name, version: about.version, build: about.build };
    },
    restoreSession: () => session.restore(),
    signIn: (input) => session.signIn(input),
    sendLoginOtp: ({ mobileNumber }) => session.sendLoginOtp(mobileNumber),
    verifyLoginOtp: ({ otp }) => session.verifyLoginOtp(otp),
    signOut: () => session.signOut(),
    listPackages: async ({ status, page, pageSize, search }) => {
      const { items, total } = await session.api().listPackages(status, page, pageSize, search?.trim() ?? '');
      return { items: items.map((item) => toPackageSummary(item, options.serverTimeZone)), total, page, pageSize };
    },
    requestOtp: async ({ packageId, documentId, fieldName }) => {
      await session.api().requestOtp(packageId, documentId, fieldName);
      return null;
    },
    ...createPackageHandlers(session),
    ...createSigningHandlers(session),
    ...createKioskHandlers(kiosk),
    ...createDownloadHandlers(options.downloads),
    ...createEvidenceHandlers(session, options.serverTimeZone),
    ...createSettingsHandlers(options.config, options.settings),
  };
  for (const channel of CHANNELS) if (!LOCK_SCREEN_CHANNELS.includes(channel)) lockWith(table, channel, kiosk);
  return table;
}

/** Refuses `channel` while the host's screen is not open: a walk-up signer at the host's window reaches nothing. */
function lockWith<C extends Channel>(table: HandlerTable, channel: C, kiosk: KioskService): void {
  const handler: HandlerTable[C] = table[channel];
  const guarded = async (input: InputOf<C>): Promise<OutputOf<C>> => {
    kiosk.assertOpen();
    return handler(input);
  };
  table[channel] = guarded as HandlerTable[C];
}
