import got, { HTTPError, type Got } from 'got';
import { ProxyAgents, type ProxyChooser } from '../network/proxy-agents.js';

/** Options for the one configured got instance. */
export interface HttpClientOptions {
  /** Server base URL, already validated (https, or http on loopback). */
  baseUrl: string;
  /** Whole-request timeout in ms; connect and response phases get shorter limits. */
  requestTimeoutMs?: number;
  /** Retries for GETs on network errors and 5xx. */
  retryLimit?: number;
  /** Called once per finished request; gets no headers or bodies, so it cannot leak secrets. */
  onResponse?: (line: { method: string; path: string; status: number | 'error'; ms: number }) => void;
  /** Every CA to trust (the system's plus any extraCaFile); Node's defaults when absent. Verification is never off. */
  certificateAuthority?: string[];
  /** Picks the proxy for each request; direct connections when absent. */
  chooseProxy?: ProxyChooser;
}

/** Thrown before sending a request whose URL is not under the server's base URL. */
export const OFF_SERVER_MESSAGE = 'Desk Signer refused to send a request outside the configured server.';

/**
 * Builds the got instance every API call goes through.
 * got 14 lets an absolute URL bypass `prefixUrl`, and got 15's `allowAbsoluteUrls: false` needs
 * Node 22, so a beforeRequest hook enforces the same rule: nothing leaves the configured server.
 */
export function createHttpClient(options: HttpClientOptions): Got {
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const started = new WeakMap<object, number>();
  const prefixUrl = options.baseUrl.replace(/\/+$/, '') + '/';
  const agents = new ProxyAgents();
  const { chooseProxy } = options;
  return got.extend({
    ...(options.certificateAuthority ? { https: { certificateAuthority: options.certificateAuthority } } : {}),
    prefixUrl,
    headers: { accept: 'application/json', 'user-agent': 'DeskSigner' },
    timeout: { lookup: 5_000, connect: 10_000, secureConnect: 10_000, response: requestTimeout, request: requestTimeout },
    // Only GETs are retried: a POST may send an SMS or sign a document.
    retry: {
      limit: options.retryLimit ?? 2,
      methods: ['GET'],
      statusCodes: [500, 502, 503, 504],
      errorCodes: ['ETIMEDOUT', 'ECONNRESET', 'EADDRINUSE', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'ENETUNREACH', 'EAI_AGAIN'],
      backoffLimit: 2_000,
    },
    followRedirect: false,
    responseType: 'text',
    hooks: {
      beforeRequest: [
        (opts) => {
          if (!String(opts.url).startsWith(prefixUrl)) throw new Error(OFF_SERVER_MESSAGE);
          started.set(opts, Date.now());
        },
        // Asked per request: a PAC script may send each server through a different proxy.
        async (opts) => {
          if (!chooseProxy) return;
          const proxy = await chooseProxy(String(opts.url));
          opts.agent = proxy === null ? {} : agents.for(proxy);
        },
      ],
      afterResponse: [
        (response) => {
          const opts = response.request.options;
          options.onResponse?.({
            method: opts.method,
            path: new URL(response.url).pathname,
            status: response.statusCode,
            ms: Date.now() - (started.get(opts) ?? Date.now()),
          });
          // With redirects off got resolves a 3xx as success; it is a proxy or sign-on page, so an error.
          if (response.statusCode >= 300 && response.statusCode < 400) throw new HTTPError(response);
          return response;
        },
      ],
      // Answers are logged above; this logs the requests that got none (refused, dropped, timed out).
      beforeError: [
        (error) => {
          if (!error.response) {
            const opts = error.options;
            options.onResponse?.({
              method: opts.method,
              path: opts.url ? new URL(String(opts.url)).pathname : '',
              status: 'error',
              ms: Date.now() - (started.get(opts) ?? Date.now()),
            });
          }
          return error;
        },
      ],
    },
  });
}
