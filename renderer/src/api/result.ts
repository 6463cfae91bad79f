// Bridge Results for reads (react-query expects thrown errors) and the texts of a failure.
import type { ApiError, Result } from '../../../shared/contract';

/** An ApiError carried as a thrown value, so react-query sees the failure. */
export class BridgeError extends Error {
  /** The error exactly as main reported it. */
  readonly apiError: ApiError;

  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = 'BridgeError';
    this.apiError = apiError;
  }
}

/** Runs a bridge call and returns its value, or throws its error as a BridgeError. */
export async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call();
  } catch (cause) {
    // The contract says calls never throw; if one does, the bridge itself is broken.
    throw new BridgeError(bridgeFailure(cause));
  }
  if (result.ok) return result.value;
  throw new BridgeError(result.error);
}

/** Turns whatever react-query caught back into an ApiError, ready for a dialog. */
export function toApiError(caught: unknown): ApiError {
  if (caught instanceof BridgeError) return caught.apiError;
  return bridgeFailure(caught);
}

const NO_DETAILS = 'The request failed and no details were given.';

/** The text to show for a failed call: the server's Message verbatim, or a stand-in when it sent none. */
export function errorMessage(error: ApiError): string {
  return error.message === '' ? NO_DETAILS : error.message;
}

/** True when the error is the server's answer (it has an HTTP status): its message is the server's words, or holds them. */
export function fromServer(error: Pick<ApiError, 'status'>): boolean {
  return error.status !== undefined;
}

/** Describes a failure that did not come back as a Result (a renderer bug or a missing preload). */
export function bridgeFailure(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'invalid_response', message: `The app could not complete the request: ${detail}` };
}
