// Starts the SigningHub sandbox: a fastify server following signinghub-api.md, plus /_sandbox.
import type { AddressInfo } from 'node:net';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { isControlPath, registerControlRoutes } from './control';
import { ApiFailure, MESSAGES, noResourceFor } from './errors';
import { actsMidBody, applyFault, midBodyStream } from './faults';
import type { Fault } from './faults';
import type { LogEntry } from './request-log';
import { registerAuthRoutes } from './routes/auth';
import { registerDocumentRoutes } from './routes/documents';
import { registerDownloadRoutes } from './routes/downloads';
import { registerFormFillingRoutes } from './routes/form-filling';
import { registerPackageAccessRoutes } from './routes/package-access';
import { registerPackageRoutes } from './routes/packages';
import { registerSigningRoutes } from './routes/signing';
import { registerWorkflowActionRoutes } from './routes/workflow-actions';
import { DEFAULT_PACKAGE_COUNT } from './seed';
import { checkApprovalDelay, DEFAULT_SETTINGS } from './settings';
import { SandboxState } from './state';

/** Options for startSandbox. */
export interface SandboxOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** Generated packages for alice. Default 60. */
  packages?: number;
  /** `expires_in` of access tokens. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** How long a remote approval answers PENDING before its seeded outcome. Default 1500. */
  remoteApprovalDelayMs?: number;
  /** Serve HTTPS with this key and certificate (see tls.ts); plain HTTP when absent. */
  tls?: { key: string; cert: string };
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:PORT (https with `tls`). */
  url: string;
  close(): Promise<void>;
}

/** Headers a browser-based client may read (the list total, login OTP and page size). */
const EXPOSED_HEADERS = 'x-total-records, x-otp, x-mobile-number, x-page-width, x-page-height, content-disposition';

/** Hand-signature images arrive as base64 PNGs, so allow large bodies. */
const BODY_LIMIT = 16 * 1024 * 1024;

const pathOf = (url: string): string => url.split('?', 1)[0] ?? url;

/** Routes with OAuth-style errors. */
const isTokenEndpoint = (path: string): boolean => path === '/authenticate';

/** Parses JSON bodies; an empty body is no body, and bad JSON is SigningHub's 400. */
function useLenientJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new ApiFailure(400, { Message: MESSAGES.validationFailed }), undefined);
    }
  });
}

/** Writes every error in SigningHub's shape. */
function useSigningHubErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiFailure, request, reply) => {
    if (error instanceof ApiFailure) {
      return reply.code(error.status).headers(error.headers).send(error.body);
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      console.error(`sandbox: ${request.method} ${pathOf(request.url)} failed:`, error);
      return reply.code(500).send({ Message: MESSAGES.internalError });
    }
    if (isTokenEndpoint(pathOf(request.url))) {
      return reply.code(400).send({ error: 'invalid_request', error_description: error.message });
    }
    const message =
      status === 415
        ? "The request entity's media type is not supported for this resource."
        : status === 413
          ? 'Request entity too large'
          : MESSAGES.validationFailed;
    return reply.code(status).send({ Message: message });
  });
  app.setNotFoundHandler((request, reply) => {
    const failure = noResourceFor(request.url);
    reply.code(failure.status).send(failure.body);
  });
}

/** Logs SigningHub requests and applies faults; /_sandbox calls are neither logged nor faulted. */
function useLogAndFaults(app: FastifyInstance, state: SandboxState): void {
  const entries = new WeakMap<object, LogEntry>();
  const dropAfterHandling = new WeakSet<object>();
  const midBody = new WeakMap<object, Fault>();
  app.addHook('onRequest', async (request) => {
    const path = pathOf(request.url);
    if (isControlPath(path)) return;
    const query = { ...(request.query as Record<string, unknown>) };
    entries.set(request.raw, state.log.start(request.method, path, query, { ...request.headers }));
  });
  app.addHook('preHandler', async (request, reply) => {
    const entry = entries.get(request.raw);
    if (!entry) return;
    entry.body = request.body === undefined ? null : request.body;
    const fault = state.faults.take(request.method, entry.path);
    if (fault?.dropAfter) dropAfterHandling.add(request.raw);
    else if (fault && actsMidBody(fault)) {
      midBody.set(request.raw, fault);
      await applyFault(fault, request, reply);
    } else if (fault && (await applyFault(fault, request, reply))) return reply;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isControlPath(pathOf(request.url))) reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    // The route has done its work; the client never hears of it (a connection lost on the way back).
    if (dropAfterHandling.has(request.raw)) request.raw.socket.destroy();
    const cut = midBody.get(request.raw);
    if (cut && (Buffer.isBuffer(payload) || typeof payload === 'string')) {
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      reply.header('content-length', String(body.length));
      return midBodyStream(cut, body, request.raw.socket);
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const entry = entries.get(request.raw);
    if (entry) entry.status = reply.statusCode;
  });
}

/** Builds the fastify app over a state, without listening. */
export async function buildSandboxApp(state: SandboxState, tls?: { key: string; cert: string }): Promise<FastifyInstance> {
  // fastify types an HTTPS instance apart; the routes never see the difference.
  const app = (tls
    ? Fastify({ logger: false, bodyLimit: BODY_LIMIT, forceCloseConnections: true, https: tls })
    : Fastify({ logger: false, bodyLimit: BODY_LIMIT, forceCloseConnections: true })) as unknown as FastifyInstance;
  await app.register(formbody);
  useLenientJson(app);
  useSigningHubErrors(app);
  useLogAndFaults(app, state);
  registerAuthRoutes(app, state);
  for (const version of ['v3', 'v4'] as const) {
    registerPackageRoutes(app, state, version);
    registerPackageAccessRoutes(app, state, version);
    registerWorkflowActionRoutes(app, state, version);
    registerDocumentRoutes(app, state, version);
    registerDownloadRoutes(app, state, version);
    registerSigningRoutes(app, state, version);
    registerFormFillingRoutes(app, state, version);
  }
  registerControlRoutes(app, state);
  return app;
}

/** Starts a sandbox with fresh seed data; resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  const packages = options.packages ?? DEFAULT_PACKAGE_COUNT;
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be 0..65535, got ${port}`);
  if (!Number.isInteger(packages) || packages < 0) throw new RangeError(`packages must be a non-negative integer, got ${packages}`);
  if (!(lifetime > 0)) throw new RangeError(`tokenLifetimeSeconds must be positive, got ${lifetime}`);
  const remoteApprovalDelayMs = checkApprovalDelay(options.remoteApprovalDelayMs ?? DEFAULT_SETTINGS.remoteApprovalDelayMs);

  const state = new SandboxState(packages, lifetime, { ...DEFAULT_SETTINGS, remoteApprovalDelayMs });
  const app = await buildSandboxApp(state, options.tls);
  await app.listen({ port, host });
  const address = app.server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `${options.tls ? 'https' : 'http'}://${hostPart}:${address.port}`,
    close: async () => {
      await app.close();
    },
  };
}
