import type { AppConfig } from '../config/app-config.js';
import type { SettingsFile } from '../config/settings-file.js';
import { settingsRows } from '../config/settings-view.js';
import type { HandlerTable } from './handler-table.js';

/** The settings screen's read: the config (with policy) and the user's saved settings. */
export function createSettingsHandlers(config: AppConfig, settings: SettingsFile): Pick<HandlerTable, 'getSettings'> {
  return {
    getSettings: async () => settingsRows(config, await settings.read()),
  };
}
