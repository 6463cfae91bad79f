// The walk-up signer's signature: sent once with the host's session, never repeated by main. When its
// answer is lost the field is read again before anything is said, since the server may have signed.
import type { ApiError } from '../../shared/contract.js';
import type { HandOverContract } from '../../shared/hand-over-contract.js';
import type { SessionService } from '../session/session-service.js';
import { ApiFailure } from '../signinghub/api-failure.js';
import { fieldSigned } from './field-reads.js';
import type { HandOver } from './hand-over.js';

// A gateway's answer says nothing of whether SigningHub behind it signed.
const GATEWAY_STATUSES: readonly number[] = [502, 503, 504];

/** True when the request may have reached the server and been done: no answer, a gateway's, or one that could not be read. */
export function outcomeUnknown(error: Pick<ApiError, 'kind' | 'status'>): boolean {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'invalid_response') return true;
  return error.status !== undefined && GATEWAY_STATUSES.includes(error.status);
}

/** Signs the hand-over's field as the walk-up signer; resolves once it is signed, else throws the failure. */
export async function signWalkUp(session: SessionService, handOver: HandOver, input: HandOverContract['signHandOver']['input']): Promise<void> {
  const body = { field_name: handOver.fieldName, hand_signature_image: input.image, user_name: input.name };
  try {
    await session.api().sign(handOver.packageId, handOver.documentId, body, input.otp);
  } catch (error) {
    if (error instanceof ApiFailure && outcomeUnknown(error.error) && (await fieldSigned(session, handOver, handOver.pages)) === true) return;
    throw error;
  }
}
