// The host PIN's check before it is sent: digits only, of the allowed length, typed the same twice. Pure.
import { HOST_PIN_LENGTH } from '../../../shared/hand-over-contract';

/** The inline messages of the two PIN inputs; null where the input is fine. */
export interface HostPinProblems {
  pin: string | null;
  repeat: string | null;
}

const LENGTH_TEXT = `${HOST_PIN_LENGTH.min} to ${HOST_PIN_LENGTH.max} digits`;

/** Checks a new PIN and its repetition. */
export function checkHostPin(pin: string, repeat: string): HostPinProblems {
  let pinProblem: string | null = null;
  if (pin === '') pinProblem = `Choose a PIN of ${LENGTH_TEXT}.`;
  else if (!/^[0-9]+$/.test(pin)) pinProblem = `Use digits only: the PIN is ${LENGTH_TEXT} long.`;
  else if (pin.length < HOST_PIN_LENGTH.min || pin.length > HOST_PIN_LENGTH.max) pinProblem = `The PIN is ${LENGTH_TEXT} long.`;
  let repeatProblem: string | null = null;
  if (pinProblem === null) {
    if (repeat === '') repeatProblem = 'Type the PIN again.';
    else if (repeat !== pin) repeatProblem = 'The two PINs are not the same.';
  }
  return { pin: pinProblem, repeat: repeatProblem };
}

/** The inline message of the unlock PIN input before it is sent; null when it may be sent. */
export function checkUnlockPin(pin: string): string | null {
  if (pin === '') return 'Enter your host PIN.';
  return /^[0-9]+$/.test(pin) ? null : `Use digits only: the PIN is ${LENGTH_TEXT} long.`;
}
