// How a request for a texted code ended. An answer that never came does not mean no SMS went out: the code is
// then taken as sent, so code entry opens and the resend countdown runs, and no second SMS goes out by itself.
import type { ApiError, Result } from '../../../shared/contract';
import { answerMayBeLost } from '../api/lost-answer';

/** Said when the SMS may have gone out although no answer said so. */
export const MAYBE_SENT_NOTE = 'No answer came from SigningHub, but the code may already have been sent. Wait for the SMS before you ask for a new one.';

/** Sent, maybe sent (its answer was lost), or refused by the server with its error. */
export type OtpSend = { status: 'sent' } | { status: 'maybe' } | { status: 'refused'; error: ApiError };

/** Reads the result of an OTP request. */
export function otpSendOutcome(result: Result<null>): OtpSend {
  if (result.ok) return { status: 'sent' };
  return answerMayBeLost(result.error) ? { status: 'maybe' } : { status: 'refused', error: result.error };
}
