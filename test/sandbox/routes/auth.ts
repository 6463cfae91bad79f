// Token endpoints (OAuth-style errors), the login second factor, logout and the server check.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bodyObject, header, optionalString, requireGrant, requireUser } from '../access';
import { ApiFailure, fail, invalid, MESSAGES, oauthFail } from '../errors';
import { loginOtpKey } from '../otp-store';
import { DEMO } from '../seed';
import type { SandboxState } from '../state';

/** What `GET /v3/about` reports. */
export const ABOUT = { installation_name: 'SigningHub Sandbox', version: '7.7.9', build: '7.7.9.0-sandbox' } as const;

const LOGIN_OTP_LENGTH = 6;

/** The form body of a token request; the token endpoints take form encoding only. */
function formBody(request: FastifyRequest, onError: () => ApiFailure): Record<string, string> {
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) throw onError();
  const body = bodyObject(request.body);
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') form[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') form[key] = value[0];
  }
  return form;
}

/** `POST /authenticate`: password, refresh_token and client_credentials grants. */
function registerAuthenticate(app: FastifyInstance, state: SandboxState): void {
  app.post('/authenticate', async (request, reply) => {
    const form = formBody(request, () => oauthFail(400, 'invalid_request', 'The request must be application/x-www-form-urlencoded'));
    if (form['client_id'] !== DEMO.clientId || form['client_secret'] !== DEMO.clientSecret) {
      throw oauthFail(400, 'invalid_client', 'Invalid client credentials');
    }
    switch (form['grant_type']) {
      case 'password':
        return reply.send(passwordGrant(state, request, form));
      case 'refresh_token': {
        const redeemed = state.tokens.redeem(form['refresh_token'] ?? '');
        const user = redeemed?.email ? state.users.get(redeemed.email) : undefined;
        if (!redeemed || (redeemed.email !== null && !user?.active)) {
          throw oauthFail(400, 'invalid_grant', MESSAGES.invalidRefreshToken);
        }
        return reply.send(state.tokens.issue(redeemed.email, redeemed.scoped));
      }
      case 'client_credentials':
        return reply.send(state.tokens.issue(null, false, false));
      default:
        throw oauthFail(400, 'unsupported_grant_type', 'The authorization grant type is not supported');
    }
  });
}

/** The password grant, including the inactive-account and login-OTP answers. */
function passwordGrant(state: SandboxState, request: FastifyRequest, form: Record<string, string>): unknown {
  const user = state.users.get((form['username'] ?? '').trim().toLowerCase());
  if (!user || user.password !== form['password']) throw oauthFail(400, 'invalid_grant', 'Invalid username or password');
  if (!user.active) throw oauthFail(403, 'inactive_account', 'You must activate your account to access SigningHub.');
  let email = user.email;
  let scoped = false;
  const scope = form['scope']?.trim();
  if (scope) {
    const actAs = state.users.get(scope.toLowerCase());
    if (!actAs?.active) throw oauthFail(400, 'invalid_scope', 'The requested scope is invalid');
    email = actAs.email;
    scoped = true;
  }
  if (user.loginOtp) {
    const code = header(request, 'x-otp');
    if (code === undefined || code === '') {
      const restricted = state.tokens.issueLoginOtp(user.email);
      throw oauthFail(403, 'otp_required', MESSAGES.otpRequired, { 'x-otp': restricted, 'x-mobile-number': user.mobile });
    }
    if (!state.otp.matches(loginOtpKey(user.email), code.trim())) {
      throw oauthFail(403, 'invalid_credentials', MESSAGES.invalidCredentials);
    }
    state.otp.consume(loginOtpKey(user.email));
  }
  return state.tokens.issue(email, scoped);
}

/** `DELETE /tokens`: revokes a refresh token (or an access token with that hint). */
function registerRevoke(app: FastifyInstance, state: SandboxState): void {
  app.delete('/tokens', async (request, reply) => {
    const form = formBody(request, () => fail(400, MESSAGES.invalidRefreshToken));
    const token = form['refresh_token'] ?? '';
    const hint = form['token_type_hint'] ?? 'refresh_token';
    const revoked = hint === 'access_token' ? state.tokens.revokeAccess(token) : hint === 'refresh_token' && state.tokens.revokeRefresh(token);
    if (!revoked) throw fail(400, MESSAGES.invalidRefreshToken);
    return reply.code(200).send();
  });
}

/** The login second factor: send the SMS with the restricted token, and verify a code. */
function registerLoginOtp(app: FastifyInstance, state: SandboxState, prefix: string): void {
  app.post(`${prefix}/authentication/otp`, async (request, reply) => {
    const grant = requireGrant(state, request);
    if (grant.kind !== 'login_otp' || grant.email === null) throw fail(403, MESSAGES.notAuthorized);
    const user = state.users.get(grant.email);
    if (!user) throw fail(401, MESSAGES.authorizationDenied);
    const body = bodyObject(request.body);
    const to = optionalString(body, 'mobile_number')?.trim() || user.mobile;
    if (!to) throw fail(400, MESSAGES.mobileNotSet);
    state.otp.send(loginOtpKey(user.email), to, LOGIN_OTP_LENGTH, { package_id: null, document_id: null, field_name: null });
    return reply.code(200).send();
  });

  app.get(`${prefix}/authentication/otp/verify`, async (request, reply) => {
    const grant = requireGrant(state, request);
    if (grant.email === null) throw fail(401, MESSAGES.userAuthenticationRequired);
    const code = header(request, 'x-otp');
    if (!code) throw new ApiFailure(403, { Error: 'otp_required', Message: MESSAGES.otpRequired });
    if (!state.otp.matches(loginOtpKey(grant.email), code.trim())) {
      throw new ApiFailure(403, { Error: 'invalid_credentials', Message: MESSAGES.invalidCredentials });
    }
    return reply.code(200).send();
  });
}

/** Logout (ends the session's tokens), registered devices and the unauthenticated server check. */
function registerSession(app: FastifyInstance, state: SandboxState, prefix: string): void {
  app.post(`${prefix}/logout`, async (request, reply) => {
    const { grant } = requireUser(state, request);
    const body = bodyObject(request.body);
    if (body['device_token'] !== undefined && typeof body['device_token'] !== 'string') throw invalid();
    state.tokens.revokeAccess(grant.token);
    return reply.code(200).send();
  });
  app.get(`${prefix}/about`, async () => ({ ...ABOUT }));
  // No seeded user has a phone registered for remote authorised signing.
  app.get(`${prefix}/authorization/devices`, async (request) => {
    requireUser(state, request);
    return [];
  });
}

/** Registers the token endpoints (unversioned) and the versioned session routes. */
export function registerAuthRoutes(app: FastifyInstance, state: SandboxState): void {
  registerAuthenticate(app, state);
  registerRevoke(app, state);
  // The API guide shows the verify call without a version prefix too.
  registerLoginOtp(app, state, '');
  for (const prefix of ['/v3', '/v4']) {
    registerLoginOtp(app, state, prefix);
    registerSession(app, state, prefix);
  }
}
