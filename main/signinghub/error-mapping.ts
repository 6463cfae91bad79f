import { HTTPError, RequestError, TimeoutError, ParseError } from 'got';
import type { ApiError, ErrorKind } from '../../shared/contract.js';
import { ApiFailure } from './api-failure.js';
import type { z } from 'zod';
import { certificateFailure, proxyRefusal } from './certificate-errors.js';
import { plainTextExcerpt } from './plain-text-excerpt.js';
import { SigningHubErrorBody } from './schemas.js';

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  // 408 and 429 are the server or a gateway saying "not now": temporary, never a refused request.
  408: 'timeout',
  409: 'invalid_input',
  422: 'invalid_input',
  429: 'server',
};

/** Statuses that mean "try again later": they never end a session or forget a remembered sign-in. */
export const TEMPORARY_STATUSES: readonly number[] = [408, 429];

const NETWORK_MESSAGE = 'Could not reach the SigningHub server. Check the server URL and your connection.';
const TIMEOUT_MESSAGE = 'The SigningHub server did not answer in time.';

/** Maps an HTTP status to an envelope kind. */
export function kindForStatus(status: number): ErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 || (status >= 300 && status < 400) ? 'server' : 'invalid_input');
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

/** True when a body is text that is not JSON (an HTML gateway page, a plain-text error). */
function isNonJsonText(body: unknown): body is string | Buffer {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return false;
  const text = body.toString().trim();
  if (text === '') return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * A 3xx is never success: a proxy or single sign-on page stands in front of the API. Says where it
 * pointed (the host only) without following it, so the token never leaves the server.
 */
export function redirectMessage(status: number, location: unknown, requestUrl: string): string {
  let host = '';
  try {
    if (typeof location === 'string' && location.trim() !== '') host = new URL(location, requestUrl).host;
  } catch {
    // An unreadable Location names no host.
  }
  const where = host ? `sent Desk Signer to ${host}` : 'did not say where to';
  return `The server answered ${status} and ${where}. A proxy or sign-on page may be in front of SigningHub.`;
}

/** The message for an HTTP error that carried no SigningHub Message. */
function statusMessage(error: HTTPError): string {
  const { statusCode: status, statusMessage: reason, body, headers, url } = error.response;
  if (status >= 300 && status < 400) return redirectMessage(status, headers.location, url);
  const answered = `The server answered ${status} ${reason ?? ''}`.trim();
  const excerpt = isNonJsonText(body) ? plainTextExcerpt(body.toString()) : '';
  if (excerpt) return `${answered}: ${excerpt}`;
  return TEMPORARY_STATUSES.includes(status) ? `${answered}. Please try again in a moment.` : answered;
}

/** The one place any thrown value becomes an envelope error; SigningHub's Message is kept verbatim. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  if (error instanceof HTTPError) {
    const status = error.response.statusCode;
    const redirect = status >= 300 && status < 400;
    const message = (redirect ? undefined : serverMessage(error.response.body)) ?? statusMessage(error);
    const code = redirect ? undefined : serverCode(error.response.body);
    return { kind: kindForStatus(status), status, message, ...(code ? { code } : {}) };
  }
  if (error instanceof TimeoutError) return { kind: 'timeout', message: TIMEOUT_MESSAGE };
  if (error instanceof ParseError) {
    return { kind: 'invalid_response', status: error.response.statusCode, message: 'The server sent a response that is not valid JSON.' };
  }
  if (error instanceof RequestError) return certificateFailure(error.code) ?? proxyRefusal(error.message) ?? { kind: 'network', message: NETWORK_MESSAGE };
  return { kind: 'server', message: 'Something went wrong in Desk Signer. Please try again.' };
}

/** The failure to throw where a request failed: an ApiFailure passes through, anything else is mapped once, here. */
export function toApiFailure(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : new ApiFailure(toApiError(error));
}

/** Awaits a request and throws any failure as an ApiFailure: the one point where a failed request is mapped. */
export async function mapFailure<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw toApiFailure(error);
  }
}
