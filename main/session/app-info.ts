import type { AppConfig } from '../config/app-config.js';
import type { SettingsFile } from '../config/settings-file.js';
import type { AppInfo } from '../../shared/contract.js';
import type { FallbackStore } from './fallback-store.js';

/** Facts for the connect screen: saved server and client id, what policy locks, keychain state, kiosk mode. */
export async function readAppInfo(config: AppConfig, store: FallbackStore, settings: SettingsFile): Promise<AppInfo> {
  const saved = await settings.read();
  const serverUrl = config.serverUrlLocked ? config.serverUrl : (saved.serverUrl ?? config.serverUrl);
  const remembered = saved.lastSession?.serverUrl === serverUrl ? saved.lastSession.email : undefined;
  return {
    serverUrl,
    clientId: config.clientLocked ? config.clientId : (saved.clientId ?? config.clientId),
    hasClientSecret: config.clientSecret !== '',
    apiVersion: config.apiVersion,
    serverUrlLocked: config.serverUrlLocked,
    clientLocked: config.clientLocked,
    clientSecretLocked: config.clientSecretLocked,
    keychainUnavailable: store.unavailable,
    kioskMode: config.kioskMode,
    idleTimeoutSeconds: config.idleTimeoutSeconds,
    ...(remembered === undefined ? {} : { rememberedEmail: remembered }),
  };
}
