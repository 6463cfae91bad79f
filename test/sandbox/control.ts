// The /_sandbox control API: outbox, request log, faults, signatures, downloads, settings, TOTP codes, token expiry and reset.
// Never SigningHub.
import type { FastifyInstance } from 'fastify';
import { fail } from './errors';
import { parseFaultSpec } from './faults';
import { parseSettingsPatch } from './settings';
import type { SandboxState } from './state';
import { currentTotpCodes } from './totp';

/** Path prefix of the control API; its calls are neither logged nor faulted. */
export const CONTROL_PREFIX = '/_sandbox';

/**
 * True for a path of the control API, judged on the decoded path: the router decodes escapes before
 * it matches, so `/%5Fsandbox/outbox` reaches the same route as `/_sandbox/outbox`.
 */
export function isControlPath(path: string): boolean {
  const decoded = decodedPath(path);
  return decoded === CONTROL_PREFIX || decoded.startsWith(`${CONTROL_PREFIX}/`);
}

/** The path with its ASCII escapes decoded, each on its own, so a malformed one elsewhere cannot hide the prefix. */
function decodedPath(path: string): string {
  return path.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/;

/** True when a Host or Origin names this machine; anything else may be DNS rebinding or a cross-site page. */
export function isLoopbackRequest(host: string | undefined, origin: string | undefined): boolean {
  if (!host || !LOOPBACK_HOST.test(host)) return false;
  if (origin === undefined) return true;
  try {
    return LOOPBACK_HOST.test(new URL(origin).host);
  } catch {
    return false;
  }
}

/**
 * Registers the control API. It needs no auth because the sandbox listens on loopback, and it
 * refuses requests whose Host or Origin is not loopback, so a web page cannot read codes or reset it.
 * Every answer is 200 with a JSON body, so callers can always `.json()` it.
 */
export function registerControlRoutes(app: FastifyInstance, state: SandboxState): void {
  const p = CONTROL_PREFIX;

  app.addHook('onRequest', async (request, reply) => {
    if (!isControlPath(request.url.split('?')[0] ?? '')) return;
    const origin = request.headers.origin;
    if (!isLoopbackRequest(request.headers.host, typeof origin === 'string' ? origin : undefined)) {
      return reply.code(403).send({ Message: 'The sandbox control API answers only this computer.' });
    }
  });

  app.get(`${p}/outbox`, async () => state.otp.outbox);
  app.delete(`${p}/outbox`, async () => {
    const cleared = state.otp.outbox.length;
    state.otp.clearOutbox();
    return { cleared };
  });

  app.get(`${p}/log`, async () => state.log.entries);
  app.delete(`${p}/log`, async () => {
    const cleared = state.log.entries.length;
    state.log.clear();
    return { cleared };
  });

  app.get(`${p}/faults`, async () => state.faults.list());
  app.post(`${p}/faults`, async (request) => ({ id: state.faults.add(parseFaultSpec(request.body)).id }));
  app.delete(`${p}/faults`, async () => {
    const cleared = state.faults.list().length;
    state.faults.clear();
    return { cleared };
  });
  app.delete<{ Params: { id: string } }>(`${p}/faults/:id`, async (request) => {
    if (!state.faults.remove(Number(request.params.id))) throw fail(404, 'No such fault');
    return { cleared: 1 };
  });

  // What each sign and initials call did, as the server understood the body.
  app.get(`${p}/signatures`, async () => state.signatures);
  app.get(`${p}/downloads`, async () => state.downloads.entries);

  app.get(`${p}/settings`, async () => state.settings);
  for (const method of ['PATCH', 'POST'] as const) {
    app.route({
      method,
      url: `${p}/settings`,
      handler: async (request) => {
        Object.assign(state.settings, parseSettingsPatch(request.body));
        return state.settings;
      },
    });
  }

  // The current code of every authenticator-app (TOTP) field, as the signer's app would show it.
  app.get(`${p}/totp`, async () => currentTotpCodes(state));

  app.post(`${p}/expire-tokens`, async () => ({ expired: state.tokens.expireAll() }));

  app.post(`${p}/reset`, async () => {
    state.reset();
    return { reset: true };
  });
}
