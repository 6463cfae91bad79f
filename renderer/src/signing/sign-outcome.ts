// A sign that failed without an answer from the server may still have signed: how to tell, and what to say.
import type { ApiError } from '../../../main/ipc/contract';

/** The field as read again after such a failure: signed after all, still to do, or it could not be read. */
export type FieldCheck = 'signed' | 'todo' | 'unknown';

/** True when the request may have reached the server and signed: the connection failed or timed out before any answer. */
export function outcomeUnknown(error: Pick<ApiError, 'kind'>): boolean {
  return error.kind === 'network' || error.kind === 'timeout';
}

/** The sentence shown under the error after the field was read again (never called for 'signed', which closes the dialog). */
export function unknownOutcomeNote(check: Exclude<FieldCheck, 'signed'>): string {
  return check === 'todo'
    ? 'The signature may not have gone through. The field is still to do, so it is safe to sign again.'
    : 'The signature may or may not have gone through, and the field could not be checked. Close this dialog and look at the field before you sign again.';
}
