import type { HandlerTable } from './handler-table.js';
import type { KioskService } from '../kiosk/kiosk-service.js';

type KioskChannels = 'setHostPin' | 'startHandOver' | 'getHostState' | 'unlockHost' | 'lockHost' | 'stillHereHost' | 'exportAuditRecord' | 'quitApp';

/** The host's kiosk and hand-over calls. */
export function createKioskHandlers(kiosk: KioskService): Pick<HandlerTable, KioskChannels> {
  return {
    setHostPin: ({ pin }) => kiosk.setHostPin(pin),
    startHandOver: (ref) => kiosk.startHandOver(ref),
    getHostState: ({ after }) => kiosk.hostState(after),
    unlockHost: (input) => kiosk.unlockHost(input),
    lockHost: async () => kiosk.lockHost(),
    stillHereHost: async () => kiosk.stillHereHost(),
    exportAuditRecord: () => kiosk.exportAuditRecord(),
    quitApp: async () => kiosk.quitApp(),
  };
}
