// A sign that failed without an answer from the server may still have signed: how to tell, and what to say.
import type { ApiError } from '../../../shared/contract';
import { answerMayBeLost } from '../api/lost-answer';

/** The field as read again after such a failure: signed after all, still to do, or it could not be read. */
export type FieldCheck = 'signed' | 'todo' | 'unknown';

// A gateway's answer says nothing of whether SigningHub behind it signed.
const GATEWAY_STATUSES: readonly number[] = [502, 503, 504];

/** True when the request may have reached the server and signed: no answer, a gateway's answer, or one that could not be read. */
export function outcomeUnknown(error: Pick<ApiError, 'kind' | 'status'>): boolean {
  return answerMayBeLost(error) || (error.status !== undefined && GATEWAY_STATUSES.includes(error.status));
}

/** The sentence shown under the error after the field was read again (never called for 'signed', which closes the dialog). */
export function unknownOutcomeNote(check: Exclude<FieldCheck, 'signed'>): string {
  return check === 'todo'
    ? 'The signature may not have gone through. The field is still to do, so it is safe to sign again.'
    : 'The signature may or may not have gone through, and the field could not be checked. Close this dialog and look at the field before you sign again.';
}
