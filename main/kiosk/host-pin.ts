// The host PIN: chosen by the host for this session, kept only as a scrypt hash with a random salt, in
// memory. Five wrong PINs leave only the password.
import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';
import { ApiFailure } from '../signinghub/api-failure.js';

/** Wrong PINs allowed before only the password unlocks. */
export const PIN_TRIES = 5;

/** Said once the PIN tries are used up. */
export const PIN_LOCKED_MESSAGE = 'Too many wrong PINs. Unlock with your SigningHub password.';

/** Said when no PIN was chosen this session. */
export const NO_PIN_MESSAGE = 'No host PIN was chosen. Unlock with your SigningHub password.';

const KEY_LENGTH = 32;

const hashOf = (pin: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(pin as BinaryLike, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** The session's host PIN: a salted hash and the tries left. */
export class HostPin {
  private hash: Buffer | null = null;
  private salt: Buffer | null = null;
  private tries = PIN_TRIES;

  /** True once a PIN was chosen this session. */
  get isSet(): boolean {
    return this.hash !== null;
  }

  /** Wrong PINs still allowed. */
  get triesLeft(): number {
    return this.isSet ? this.tries : 0;
  }

  /** Keeps a new PIN's hash under a fresh salt and resets the tries. */
  async set(pin: string): Promise<void> {
    const salt = randomBytes(16);
    this.hash = await hashOf(pin, salt);
    this.salt = salt;
    this.tries = PIN_TRIES;
  }

  /** Checks a PIN; a wrong one costs a try and throws the words the lock screen shows. */
  async check(pin: string): Promise<void> {
    if (!this.hash || !this.salt) throw new ApiFailure({ kind: 'forbidden', message: NO_PIN_MESSAGE });
    if (this.tries <= 0) throw new ApiFailure({ kind: 'forbidden', message: PIN_LOCKED_MESSAGE });
    const candidate = await hashOf(pin, this.salt);
    if (timingSafeEqual(candidate, this.hash)) {
      this.tries = PIN_TRIES;
      return;
    }
    this.tries -= 1;
    if (this.tries <= 0) throw new ApiFailure({ kind: 'forbidden', message: PIN_LOCKED_MESSAGE });
    throw new ApiFailure({ kind: 'forbidden', message: `That PIN is not right. ${this.tries} ${this.tries === 1 ? 'try' : 'tries'} left.` });
  }

  /** A correct password unlocks the PIN again. */
  resetTries(): void {
    this.tries = PIN_TRIES;
  }

  /** Forgets the PIN (sign-out). */
  clear(): void {
    this.hash = null;
    this.salt = null;
    this.tries = PIN_TRIES;
  }
}
