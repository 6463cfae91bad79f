import type { SettingRow } from '../../shared/contract.js';
import type { AppConfig, Policy } from './app-config.js';
import type { Settings } from './settings-file.js';

const onOff = (on: boolean) => (on ? 'On' : 'Off');

/**
 * The settings screen's rows. Policy wins over the user's saved choice wherever it sets a key; a
 * client secret's value never leaves main.
 */
export function settingsRows(config: AppConfig, saved: Settings): SettingRow[] {
  const set = (...keys: (keyof Policy)[]) => keys.some((key) => config.policyKeys.includes(key));
  const updates = config.update.enabled ? `On, channel “${config.update.channel}”` : 'Off';
  return [
    {
      key: 'serverUrl',
      label: 'Server',
      value: config.serverUrlLocked ? config.serverUrl : (saved.serverUrl ?? config.serverUrl),
      locked: config.serverUrlLocked,
    },
    { key: 'clientId', label: 'Client ID', value: config.clientLocked ? config.clientId : (saved.clientId ?? config.clientId), locked: config.clientLocked },
    { key: 'clientSecret', label: 'Client secret', value: config.clientSecret ? 'Set' : 'Not set', locked: config.clientSecretLocked },
    { key: 'apiVersion', label: 'API version', value: config.apiVersion, locked: set('apiVersion') },
    { key: 'serverTimeZone', label: 'Server time zone', value: config.serverTimeZone, locked: set('serverTimeZone') },
    { key: 'kioskMode', label: 'Kiosk mode', value: onOff(config.kioskMode), locked: set('kioskMode') },
    { key: 'idleTimeoutSeconds', label: 'Idle timeout', value: `${config.idleTimeoutSeconds} seconds`, locked: set('idleTimeoutSeconds') },
    { key: 'autoUpdate', label: 'Automatic updates', value: updates, locked: set('autoUpdate', 'updateUrl', 'updateChannel') },
    { key: 'proxy', label: 'Proxy', value: config.proxy ?? 'System settings', locked: set('proxy') },
    { key: 'extraCaFile', label: 'Extra CA certificates', value: config.extraCaFile ?? 'None', locked: set('extraCaFile') },
  ];
}
