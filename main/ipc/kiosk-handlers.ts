import type { HandlerTable } from './handler-table.js';
import { ApiFailure } from '../signinghub/api-failure.js';

type KioskChannels = 'setHostPin' | 'startHandOver' | 'getHostState' | 'unlockHost' | 'lockHost' | 'stillHereHost' | 'exportAuditRecord' | 'quitApp';

// SCAFFOLD: replaced by the kiosk service's handlers (issue 10); every call fails until then.
const notYet = (): Promise<never> => Promise.reject(new ApiFailure({ kind: 'server', message: 'Kiosk mode is not built yet.' }));

/** The host's kiosk and hand-over calls. */
export function createKioskHandlers(): Pick<HandlerTable, KioskChannels> {
  return {
    setHostPin: notYet,
    startHandOver: notYet,
    getHostState: notYet,
    unlockHost: notYet,
    lockHost: notYet,
    stillHereHost: notYet,
    exportAuditRecord: notYet,
    quitApp: notYet,
  };
}
