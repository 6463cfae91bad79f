import { describe, expect, it } from 'vitest';
import { countdownLeft, endedHandOver, idleWarningText, lockStatusText } from '../../renderer/src/kiosk/kiosk-text';
import { checkHostPin, checkUnlockPin } from '../../renderer/src/kiosk/host-pin';

describe('the hand-back screen’s status line', () => {
  it('says how the hand-over ended, naming the signer’s role', () => {
    expect(lockStatusText({ lockReason: 'signed', signerRole: 'Customer' })).toBe('Customer signed.');
    expect(lockStatusText({ lockReason: 'declined', signerRole: 'Customer' })).toBe('Customer declined to sign.');
    expect(lockStatusText({ lockReason: 'timed_out', signerRole: 'Customer' })).toBe('The signing timed out.');
  });

  it('says the screen was locked for an idle or host lock, and names no one without a role', () => {
    expect(lockStatusText({ lockReason: 'idle' })).toBe('The screen was locked.');
    expect(lockStatusText({ lockReason: 'host', signerRole: 'Customer' })).toBe('The screen was locked.');
    expect(lockStatusText({ lockReason: 'signed', signerRole: '  ' })).toBe('The signer signed.');
  });

  it('tells a lock that ended a hand-over from an idle or host lock', () => {
    expect(endedHandOver({ lockReason: 'signed' })).toBe(true);
    expect(endedHandOver({ lockReason: 'timed_out' })).toBe(true);
    expect(endedHandOver({ lockReason: 'idle' })).toBe(false);
    expect(endedHandOver({ lockReason: 'host' })).toBe(false);
  });
});

describe('the idle warning', () => {
  it('counts down locally from the seconds main sent, in whole seconds, never below zero', () => {
    expect(countdownLeft(30, 1_000, 1_000)).toBe(30);
    expect(countdownLeft(30, 1_000, 1_999)).toBe(30);
    expect(countdownLeft(30, 1_000, 2_000)).toBe(29);
    expect(countdownLeft(30, 1_000, 60_000)).toBe(0);
    // A clock read before the answer arrived does not count up.
    expect(countdownLeft(30, 1_000, 500)).toBe(30);
  });

  it('says when the screen will be cleared', () => {
    expect(idleWarningText(30)).toBe('The screen will be cleared in 30 seconds.');
    expect(idleWarningText(1)).toBe('The screen will be cleared in 1 second.');
  });
});

describe('the host PIN', () => {
  it('takes 4 to 8 digits typed the same twice', () => {
    expect(checkHostPin('1234', '1234')).toEqual({ pin: null, repeat: null });
    expect(checkHostPin('12345678', '12345678')).toEqual({ pin: null, repeat: null });
  });

  it('says what is wrong with the PIN before looking at its repetition', () => {
    expect(checkHostPin('', '')).toEqual({ pin: 'Choose a PIN of 4 to 8 digits.', repeat: null });
    expect(checkHostPin('12a4', '12a4').pin).toBe('Use digits only: the PIN is 4 to 8 digits long.');
    expect(checkHostPin('123', '123').pin).toBe('The PIN is 4 to 8 digits long.');
    expect(checkHostPin('123456789', '123456789').pin).toBe('The PIN is 4 to 8 digits long.');
  });

  it('asks for the repetition, and refuses one that differs', () => {
    expect(checkHostPin('1234', '')).toEqual({ pin: null, repeat: 'Type the PIN again.' });
    expect(checkHostPin('1234', '1243')).toEqual({ pin: null, repeat: 'The two PINs are not the same.' });
  });

  it('checks an unlock PIN only for being there and being digits (main says whether it is right)', () => {
    expect(checkUnlockPin('')).toBe('Enter your host PIN.');
    expect(checkUnlockPin('12 4')).toBe('Use digits only: the PIN is 4 to 8 digits long.');
    expect(checkUnlockPin('0000')).toBeNull();
  });
});
