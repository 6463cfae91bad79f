import { describe, expect, it } from 'vitest';
import { HostPin, NO_PIN_MESSAGE, PIN_LOCKED_MESSAGE, PIN_TRIES } from '../../main/kiosk/host-pin.js';
import { failureOf } from '../support/main-harness.js';

describe('HostPin', () => {
  it('checks the PIN against a salted scrypt hash and never keeps the PIN itself', async () => {
    const pin = new HostPin();
    await pin.set('2468');
    await expect(pin.check('2468')).resolves.toBeUndefined();
    const kept = JSON.stringify(Object.values(pin), (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));
    expect(kept).not.toContain('2468');
    expect(kept).not.toContain(Buffer.from('2468').toString('hex'));
  });

  it('salts each PIN afresh: the same PIN twice gives two different hashes', async () => {
    const a = new HostPin();
    const b = new HostPin();
    await a.set('13579');
    await b.set('13579');
    const hashOf = (pin: HostPin) => (pin as unknown as { hash: Buffer }).hash.toString('hex');
    expect(hashOf(a)).not.toBe(hashOf(b));
  });

  it('counts wrong PINs down, then only the password unlocks; a right PIN or a password resets the count', async () => {
    const pin = new HostPin();
    await pin.set('2468');
    expect(pin.triesLeft).toBe(PIN_TRIES);
    expect((await failureOf(pin.check('1111'))).message).toBe('That PIN is not right. 4 tries left.');
    await pin.check('2468');
    expect(pin.triesLeft).toBe(PIN_TRIES);
    const messages: string[] = [];
    for (let i = 0; i < PIN_TRIES; i += 1) messages.push((await failureOf(pin.check('0000'))).message);
    expect(messages).toEqual([
      'That PIN is not right. 4 tries left.',
      'That PIN is not right. 3 tries left.',
      'That PIN is not right. 2 tries left.',
      'That PIN is not right. 1 try left.',
      PIN_LOCKED_MESSAGE,
    ]);
    // Even the right PIN is refused now.
    expect(await failureOf(pin.check('2468'))).toEqual({ kind: 'forbidden', message: PIN_LOCKED_MESSAGE });
    pin.resetTries();
    await expect(pin.check('2468')).resolves.toBeUndefined();
  });

  it('asks for the password when no PIN was chosen, and forgets the PIN when cleared', async () => {
    const pin = new HostPin();
    expect(pin.isSet).toBe(false);
    expect(pin.triesLeft).toBe(0);
    expect((await failureOf(pin.check('2468'))).message).toBe(NO_PIN_MESSAGE);
    await pin.set('2468');
    pin.clear();
    expect(pin.isSet).toBe(false);
    expect((await failureOf(pin.check('2468'))).message).toBe(NO_PIN_MESSAGE);
  });
});
