// Which one-time code the sign dialog asks for, and how it reads: none, an SMS code the field announced,
// an authenticator-app code, or an SMS code SigningHub demanded when Sign was pressed.
import type { ApiError, FieldInfo } from '../../../shared/contract';
import { usesAuthenticator } from '../document/field-state';
import { ANY_CODE_LENGTH } from '../codes/code-check';
import type { CodeLength } from '../codes/code-check';

/** The sign dialog's code entry: none, 'sms' (texted on request), 'totp' (authenticator app) or 'demanded' (texted after Sign asked for it). */
export type CodeEntry = 'none' | 'sms' | 'totp' | 'demanded';

/** The entry a sign dialog opens with: SMS once a code was texted, the authenticator for a TOTP-only field, else none. */
export function openingCodeEntry(field: Pick<FieldInfo, 'otp'>, smsSent: boolean): CodeEntry {
  if (smsSent) return 'sms';
  return usesAuthenticator(field) ? 'totp' : 'none';
}

/** True when a failed Sign asks for a code the dialog did not ask for: text one (once) and show code entry. */
export function demandsCode(entry: CodeEntry, error: Pick<ApiError, 'code'>): boolean {
  return entry === 'none' && error.code === 'otp_required';
}

// SigningHub's refusals of a code carry no machine key but name it: "The One Time Password (OTP) does not match".
const NAMES_THE_CODE = /\bOTP\b|one[- ]time (password|code)/i;

/** True when a failed Sign refused the code itself (wrong, expired or missing): said beside the code field. */
export function refusesCode(error: Pick<ApiError, 'status' | 'code' | 'message'>): boolean {
  if (error.status === undefined) return false;
  return error.code === 'otp_required' || NAMES_THE_CODE.test(error.message);
}

/** How a code entry reads and behaves. */
export interface CodeEntryText {
  /** The input's label, which is also its accessible name. */
  label: string;
  hint?: string;
  /** The message when Sign is pressed with the input empty. */
  missing: string;
  /** True when a new code can be asked for (an SMS); an authenticator makes its own. */
  resend: boolean;
}

const SMS_ENTRY: CodeEntryText = { label: 'One-time password', missing: 'Enter the code from the SMS.', resend: true };

const ENTRY_TEXT: Record<Exclude<CodeEntry, 'none'>, CodeEntryText> = {
  sms: SMS_ENTRY,
  demanded: SMS_ENTRY,
  totp: {
    label: 'Authenticator code',
    hint: 'The code from your authenticator app.',
    missing: 'Enter the code from your authenticator app.',
    resend: false,
  },
};

/** The label, hint, empty-input message and resend of a code entry; null when the dialog asks for no code. */
export function codeEntryText(entry: CodeEntry): CodeEntryText | null {
  return entry === 'none' ? null : ENTRY_TEXT[entry];
}

/** The line said when SigningHub demanded a code that the field did not announce. */
export const DEMANDED_CODE_NOTE = 'SigningHub asked for a one-time password to sign this field. It was sent to you by SMS.';

/**
 * The digits the code box takes: for a texted code (announced or demanded), the field's SMS code length (4, 6 or 9);
 * 4 to 9 when the field gives none, and for an authenticator's code, which the SMS settings do not describe.
 */
export function codeLength(field: Pick<FieldInfo, 'otp'>, entry: CodeEntry): CodeLength {
  const length = field.otp?.length ?? 0;
  return entry !== 'totp' && length > 0 ? { min: length, max: length } : ANY_CODE_LENGTH;
}
