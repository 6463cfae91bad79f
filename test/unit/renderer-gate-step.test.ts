import { describe, expect, it } from 'vitest';
import type { HostState } from '../../shared/hand-over-contract';
import { gateStep, isWiped } from '../../renderer/src/kiosk/gate-step';

const base: HostState = { version: 1, phase: 'open', hasPin: true, pinTriesLeft: 5, idle: { warning: false } };
const at = (patch: Partial<HostState>): HostState => ({ ...base, ...patch });

describe('the kiosk gate’s step', () => {
  it('wipes the host’s screen on an idle lock in kiosk mode only', () => {
    const idleLock = at({ phase: 'locked', lockReason: 'idle' });
    expect(gateStep(null, idleLock, true)).toEqual({ do: 'wipe' });
    expect(isWiped(idleLock, true)).toBe(true);
    expect(gateStep(null, idleLock, false)).toEqual({ do: 'none' });
    expect(isWiped(idleLock, false)).toBe(false);
    // The host's own Lock screen and a hand-over's end keep the host's work behind the lock.
    expect(gateStep(null, at({ phase: 'locked', lockReason: 'host' }), true)).toEqual({ do: 'none' });
    expect(isWiped(at({ phase: 'locked', lockReason: 'signed' }), true)).toBe(false);
    expect(isWiped(null, true)).toBe(false);
  });

  it('after a hand-over, unlocking returns to its package and reads it again', () => {
    for (const lockReason of ['signed', 'declined', 'timed_out', 'failed'] as const) {
      const lock = at({ phase: 'locked', lockReason, packageId: 42 });
      expect(gateStep(lock, at({ version: 9 }), false)).toEqual({ do: 'return', refreshPackageId: 42 });
    }
  });

  it('after a lock that ended no hand-over, unlocking returns with nothing to read again', () => {
    expect(gateStep(at({ phase: 'locked', lockReason: 'host', packageId: 42 }), at({}), true)).toEqual({ do: 'return', refreshPackageId: null });
    expect(gateStep(at({ phase: 'locked', lockReason: 'signed' }), at({}), false)).toEqual({ do: 'return', refreshPackageId: null });
  });

  it('does nothing while open without a lock before, or while a hand-over runs', () => {
    expect(gateStep(null, at({}), true)).toEqual({ do: 'none' });
    expect(gateStep(null, at({ phase: 'handing_over', packageId: 42 }), true)).toEqual({ do: 'none' });
  });
});
