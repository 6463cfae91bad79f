import { ApiFailure } from '../signinghub/api-failure.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The message for a server URL that is not https (or http on loopback). */
export const SERVER_URL_RULE = 'Server URL must start with https:// (http:// is allowed only for this computer, such as http://127.0.0.1).';

/** Validates a server URL and returns it without a trailing slash, or throws `invalid_input`. */
export function normalizeServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new ApiFailure({ kind: 'invalid_input', message: `“${input}” is not a valid URL. ${SERVER_URL_RULE}` });
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    throw new ApiFailure({ kind: 'invalid_input', message: SERVER_URL_RULE });
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ApiFailure({ kind: 'invalid_input', message: 'Server URL must not contain a user name, password, query or fragment.' });
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
