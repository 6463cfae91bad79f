// What the kiosk gate does when the kiosk state changes: wipe the host's screen (an idle lock in kiosk mode), or
// give it back after a lock (reading again the package a hand-over changed). Pure.
import type { HostState } from '../../../shared/hand-over-contract';
import { endedHandOver } from './kiosk-text';

/** The gate's step for one new state. */
export type GateStep =
  | { do: 'none' }
  /** Drop the host's data and show the list once unlocked: nothing of the host's work stays behind the lock. */
  | { do: 'wipe' }
  /** Unlocked: back to the same screen; `refreshPackageId` is the package a hand-over just changed, if any. */
  | { do: 'return'; refreshPackageId: number | null };

/** True while an idle lock in kiosk mode holds the screen: the host's screens are not even mounted. */
export function isWiped(state: Pick<HostState, 'phase' | 'lockReason'> | null, kioskMode: boolean): boolean {
  return kioskMode && state?.phase === 'locked' && state.lockReason === 'idle';
}

/** The step for `state`, given the lock it follows (null when the screen was not locked). */
export function gateStep(lastLock: HostState | null, state: HostState, kioskMode: boolean): GateStep {
  if (state.phase === 'locked') return isWiped(state, kioskMode) ? { do: 'wipe' } : { do: 'none' };
  if (state.phase !== 'open' || lastLock === null) return { do: 'none' };
  const refresh = endedHandOver(lastLock) && lastLock.packageId !== undefined ? lastLock.packageId : null;
  return { do: 'return', refreshPackageId: refresh };
}
