import type { HandOverChannel, HandOverContract } from '../../shared/hand-over-contract.js';
import type { KioskService } from '../kiosk/kiosk-service.js';

/** One function per hand-over channel: the calling window's hand-over id and the checked input in, the answer out. */
export type HandOverTable = {
  [C in HandOverChannel]: (handOverId: string, input: HandOverContract[C]['input']) => Promise<HandOverContract[C]['output']>;
};

/** The hand-over window's calls; the kiosk service answers only the live hand-over's own id. */
export function createHandOverHandlers(kiosk: KioskService): HandOverTable {
  return {
    getHandOver: (id, { after }) => kiosk.handOver(id, after),
    getHandOverPage: (id, input) => kiosk.handOverPage(id, input),
    sendHandOverCode: (id) => kiosk.sendHandOverCode(id),
    signHandOver: (id, input) => kiosk.signHandOver(id, input),
    declineHandOver: (id) => kiosk.declineHandOver(id),
    stillHere: async (id) => kiosk.stillHere(id),
  };
}
