// What the signed-in screens need from the kiosk gate around them: the mode, and how to hand a field over.
import { createContext, useContext } from 'react';
import type { StartHandOver } from '../signing/use-start-hand-over';

/** The kiosk facts and actions of the signed-in shell. */
export interface Kiosk {
  kioskMode: boolean;
  /** Asks for a host PIN when one is due, then starts the hand-over; failures are reported. */
  startHandOver: StartHandOver;
}

/** Holds the gate's Kiosk; null outside it. */
export const KioskContext = createContext<Kiosk | null>(null);

/** Returns the gate's Kiosk; throws outside a KioskGate, which is a wiring bug. */
export function useKiosk(): Kiosk {
  const kiosk = useContext(KioskContext);
  if (kiosk === null) throw new Error('useKiosk() needs a KioskGate above it');
  return kiosk;
}
