// Whether a failed call may still have been carried out: its answer, not the request, may be what was lost.
import type { ApiError } from '../../../shared/contract';

/**
 * True when the request may have reached the server and been done although no usable answer came back:
 * the connection failed, it timed out, or the answer could not be read. A refusal says for sure it was not.
 */
export function answerMayBeLost(error: Pick<ApiError, 'kind'>): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'invalid_response';
}
