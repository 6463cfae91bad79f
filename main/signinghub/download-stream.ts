// Opens a download as a stream: got sends the request, and the body is handed over unread once the
// headers say it is the file. Never retried: a file the server has begun to send is not asked for twice.
import type { Got } from 'got';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { ApiFailure } from './api-failure.js';
import { kindForStatus, redirectMessage, serverCode, serverMessage, toApiFailure } from './error-mapping.js';

/** A download whose headers have arrived; `body` is still to be read (or destroyed). */
export interface OpenDownload {
  body: Readable;
  headers: IncomingHttpHeaders;
  /** From Content-Length, or null. */
  size: number | null;
}

/** How long the server may take to start answering; the body itself may take as long as it needs. */
const HEADERS_TIMEOUT_MS = 60_000;
/** The most of an error body read for its Message. */
const ERROR_BODY_LIMIT = 64 * 1024;

/** Reads a small error body, at most ERROR_BODY_LIMIT bytes. */
async function readErrorBody(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= ERROR_BODY_LIMIT) break;
  }
  body.destroy();
  return Buffer.concat(chunks).toString('utf8');
}

/** The failure for a non-2xx answer, with SigningHub's Message and key when it sent them. */
async function answerFailure(status: number, headers: IncomingHttpHeaders, body: Readable, url: string): Promise<ApiFailure> {
  if (status >= 300 && status < 400) {
    body.destroy();
    return new ApiFailure({ kind: 'server', status, message: redirectMessage(status, headers.location, url) });
  }
  const text = await readErrorBody(body).catch(() => '');
  const message = serverMessage(text) ?? `The server answered ${status}.`;
  const code = serverCode(text);
  return new ApiFailure({ kind: kindForStatus(status), status, message, ...(code ? { code } : {}) });
}

/**
 * Sends a GET for a file with the bearer token and resolves once its headers arrive. A non-2xx
 * answer rejects with an ApiFailure; a 401 is reported as `unauthorized` so the caller can refresh once.
 */
export function openDownloadStream(http: Got, url: string, headers: Record<string, string>): Promise<OpenDownload> {
  const stream = http.stream(url, {
    method: 'GET',
    // The file as the server stores it: no transfer compression, so Content-Length counts the bytes written.
    headers: { accept: 'application/octet-stream', 'accept-encoding': 'identity', ...headers },
    decompress: false,
    retry: { limit: 0 },
    throwHttpErrors: false,
    // The whole-request limit would cut a large file short; only the wait for headers is bounded.
    timeout: { request: undefined, response: HEADERS_TIMEOUT_MS },
  });
  return new Promise<OpenDownload>((resolve, reject) => {
    const onError = (error: unknown) => reject(toApiFailure(error));
    stream.once('error', onError);
    stream.once('response', (response: { statusCode: number; headers: IncomingHttpHeaders; url: string }) => {
      stream.off('error', onError);
      if (response.statusCode < 200 || response.statusCode >= 300) {
        // Keep the stream's errors handled while its small body is read.
        stream.on('error', () => undefined);
        answerFailure(response.statusCode, response.headers, stream, response.url).then(reject, reject);
        return;
      }
      // Until a reader takes the body (after the save dialog), a dropped connection must not be an unhandled
      // 'error': the stream keeps the error, and the reader's pipeline rejects with it.
      stream.on('error', () => undefined);
      const length = Number(response.headers['content-length']);
      resolve({ body: stream, headers: response.headers, size: Number.isSafeInteger(length) && length >= 0 ? length : null });
    });
  });
}
