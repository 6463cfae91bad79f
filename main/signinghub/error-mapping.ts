import { HTTPError, RequestError, TimeoutError, ParseError } from 'got';
import type { ApiError, ErrorKind } from '../ipc/contract.js';
import { ApiFailure } from './api-failure.js';
import type { z } from 'zod';
import { SigningHubErrorBody } from './schemas.js';

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'invalid_input',
  422: 'invalid_input',
};

const NETWORK_MESSAGE = 'Could not reach the SigningHub server. Check the server URL and your connection.';
const TIMEOUT_MESSAGE = 'The SigningHub server did not answer in time.';

/** Maps an HTTP status to an envelope kind. */
export function kindForStatus(status: number): ErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'invalid_input');
}

/** Pulls SigningHub's message out of an error body: `Message`, or OAuth's `error_description`. */
export function serverMessage(body: unknown): string | undefined {
  const result = parseErrorBody(body);
  return result?.Message ?? result?.error_description ?? result?.error;
}

/** SigningHub's machine key (`Error`, or OAuth's `error`), e.g. `otp_required`. */
export function serverCode(body: unknown): string | undefined {
  const result = parseErrorBody(body);
  return result?.Error ?? result?.error;
}

function parseErrorBody(body: unknown): z.infer<typeof SigningHubErrorBody> | undefined {
  let parsed = body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const text = body.toString();
    if (text.trim() === '') return undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const result = SigningHubErrorBody.safeParse(parsed);
  return result.success ? result.data : undefined;
}

/** The one place any thrown value becomes an envelope error; SigningHub's Message is kept verbatim. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  if (error instanceof HTTPError) {
    const status = error.response.statusCode;
    const message = serverMessage(error.response.body) ?? `The server answered ${status} ${error.response.statusMessage ?? ''}`.trim();
    const code = serverCode(error.response.body);
    return { kind: kindForStatus(status), status, message, ...(code ? { code } : {}) };
  }
  if (error instanceof TimeoutError) return { kind: 'timeout', message: TIMEOUT_MESSAGE };
  if (error instanceof ParseError) {
    return { kind: 'invalid_response', status: error.response.statusCode, message: 'The server sent a response that is not valid JSON.' };
  }
  if (error instanceof RequestError) return { kind: 'network', message: NETWORK_MESSAGE };
  return { kind: 'server', message: 'Something went wrong in Desk Signer. Please try again.' };
}
