// The resend countdown: how long until another SMS may be asked for, and how the button says it.
import type { FieldOtp } from '../../../shared/contract';

/** SigningHub's default wait before a code may be sent again, in seconds. */
export const DEFAULT_RETRY_SECONDS = 60;

/** The field's retry duration in seconds (main fills in SigningHub's default); the default for a field without code settings. */
export function retrySeconds(otp: Pick<FieldOtp, 'retryDuration'> | null): number {
  return otp?.retryDuration ?? DEFAULT_RETRY_SECONDS;
}

/** Whole seconds left before a resend is allowed: rounded up, never negative, never more than `retry` (a clock read before the send). */
export function secondsLeft(sentAt: number, retry: number, now: number): number {
  return Math.min(Math.ceil(retry), Math.max(0, Math.ceil((sentAt + retry * 1000 - now) / 1000)));
}

/** The Resend button's text: "Resend in 42 s" while waiting, then "Resend code". */
export function resendLabel(left: number): string {
  return left > 0 ? `Resend in ${left} s` : 'Resend code';
}

/** The line said after a resend: the code texted before no longer works. */
export const RESENT_CODE_NOTE = 'A new code was sent by SMS. Only the newest code works.';
