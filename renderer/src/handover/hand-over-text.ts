// What the walk-up signer's window says and checks about the code. Pure, so unit tests pin the words.
import { SIGNER_NAME } from '../../../shared/free-text';
import type { FreeTextRule } from '../../../shared/free-text';
import type { HandOverInfo } from '../../../shared/hand-over-contract';
import { ANY_CODE_LENGTH } from '../codes/code-check';
import type { CodeLength } from '../codes/code-check';
import { maskedNumber } from '../text/masked-number';

/** The window's code entry: none, an SMS code (asked for with Send OTP, or demanded by Sign), or an authenticator's. */
export type HandOverCode = HandOverInfo['code'];

/** The window's heading: "Sign as Customer". */
export function handOverTitle(role: string): string {
  return `Sign as ${role.trim() === '' ? 'Signer' : role.trim()}`;
}

/** The line above the code box: where the SMS goes (masked) before and after it is sent, or the authenticator. */
export function codeLine(code: HandOverCode, mobileNumber: string, sent: boolean): string {
  if (code === 'totp') return 'Enter the code from your authenticator app.';
  if (code === 'none') return '';
  const masked = maskedNumber(mobileNumber);
  if (sent) return masked === '' ? 'We sent a code by SMS. Enter it below.' : `We sent a code to ${masked}. Enter it below.`;
  return masked === '' ? 'This signature needs a code sent by SMS.' : `This signature needs a code sent by SMS to ${masked}.`;
}

/** The label of the code box. */
export function codeLabel(code: HandOverCode): string {
  return code === 'totp' ? 'Authenticator code' : 'One-time password';
}

/** The digits the code box takes: the field's SMS code length when known; 4 to 9 otherwise and for an authenticator. */
export function handOverCodeLength(code: HandOverCode, length: number): CodeLength {
  return code === 'sms' && length > 0 ? { min: length, max: length } : ANY_CODE_LENGTH;
}

/** Said when Sign is pressed before the SMS code was asked for. */
export const SEND_FIRST = 'Select Send OTP first, then enter the code from the SMS.';

/** Said when the signing server asked for a code the field did not announce. */
export const DEMANDED_NOTE = 'A one-time password is needed to sign. It was sent to you by SMS.';

/** Said after a Sign whose answer was lost: signing again could sign twice. */
export const LOST_SIGN_NOTE = 'The signature may have been saved. Do not sign again: hand the screen back so the host can check.';

/** The name box's rule: the signer's name rule, said to the signer themselves. */
export const WALK_UP_NAME: FreeTextRule = { ...SIGNER_NAME, name: 'Your full name', missing: 'Enter your full name.' };
