// The words of the kiosk screens: why the screen is locked, and the idle warning's countdown. Pure.
import type { HostState } from '../../../shared/hand-over-contract';

/** The title of the idle warning, in both windows. */
export const IDLE_WARNING_TITLE = 'Are you still there?';

/** "The screen will be cleared in 30 seconds." */
export function idleWarningText(seconds: number): string {
  return `The screen will be cleared in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

/** The status line of the hand-back screen: how the last hand-over ended, or that the screen was locked. */
export function lockStatusText(state: Pick<HostState, 'lockReason' | 'signerRole'>): string {
  const role = state.signerRole?.trim() || 'The signer';
  switch (state.lockReason) {
    case 'signed':
      return `${role} signed.`;
    case 'declined':
      return `${role} declined to sign.`;
    case 'timed_out':
      return 'The signing timed out.';
    case 'failed':
      return 'The signing could not be completed.';
    default:
      return 'The screen was locked.';
  }
}

/** True when a lock ended a hand-over, so unlocking returns the host to that package with its fields read again. */
export function endedHandOver(state: Pick<HostState, 'lockReason'>): boolean {
  return state.lockReason === 'signed' || state.lockReason === 'declined' || state.lockReason === 'timed_out' || state.lockReason === 'failed';
}

/** Seconds left of a countdown that stood at `start` when it arrived at `arrivedAt`: whole seconds, never negative. */
export function countdownLeft(start: number, arrivedAt: number, now: number): number {
  return Math.max(0, start - Math.floor(Math.max(0, now - arrivedAt) / 1000));
}
