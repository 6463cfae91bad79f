import type { IncomingHttpHeaders } from 'node:http';
import { HTTPError, type Got } from 'got';
import { ApiFailure } from './api-failure.js';
import { mapFailure, TEMPORARY_STATUSES, toApiFailure } from './error-mapping.js';
import { parseBody } from './parse-body.js';
import { temporaryRetryDelay } from './retry-after.js';
import { TokenResponse } from './schemas.js';
import type { ApiVersion } from '../../shared/contract.js';

/** The API client's own credentials. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** A password grant either succeeds or asks for the login second factor. */
export type PasswordGrantOutcome = { status: 'tokens'; tokens: TokenResponse } | { status: 'otp_required'; restrictedToken: string; mobileNumber: string };

/** Shown when `/authenticate` answers with `x-change-password`. */
export const CHANGE_PASSWORD_MESSAGE =
  'SigningHub asks you to change your password before you sign in. Change it in the SigningHub web app, then sign in here with the new password.';

function demandsPasswordChange(headers: IncomingHttpHeaders): boolean {
  const value = headers['x-change-password'];
  return value !== undefined && String(value).trim().toLowerCase() !== 'false';
}

const passwordChangeFailure = (status: number) => new ApiFailure({ kind: 'forbidden', status, message: CHANGE_PASSWORD_MESSAGE });

/** The token endpoints (no version prefix) and the login-OTP call. */
export class AuthClient {
  constructor(
    private readonly http: Got,
    private readonly client: ClientCredentials,
    private readonly apiVersion: ApiVersion,
  ) {}

  /** `grant_type=password`; with `otp` set, completes a login second factor. */
  async passwordGrant(username: string, password: string, otp?: string): Promise<PasswordGrantOutcome> {
    let response;
    try {
      response = await this.http.post('authenticate', {
        form: { grant_type: 'password', client_id: this.client.clientId, client_secret: this.client.clientSecret, username, password },
        headers: otp ? { 'x-otp': otp } : {},
      });
    } catch (error) {
      if (!(error instanceof HTTPError)) throw toApiFailure(error);
      if (demandsPasswordChange(error.response.headers)) throw passwordChangeFailure(error.response.statusCode);
      const restricted = error.response.statusCode === 403 ? error.response.headers['x-otp'] : undefined;
      if (typeof restricted !== 'string' || restricted === '' || otp) throw toApiFailure(error);
      const mobile = error.response.headers['x-mobile-number'];
      return { status: 'otp_required', restrictedToken: restricted, mobileNumber: typeof mobile === 'string' ? mobile : '' };
    }
    if (demandsPasswordChange(response.headers)) throw passwordChangeFailure(response.statusCode);
    return { status: 'tokens', tokens: parseBody(TokenResponse, response.body, response.statusCode) };
  }

  /**
   * `grant_type=refresh_token`: returns a new access token and a new refresh token. A 429 or 408 is
   * retried once after `Retry-After`: the server did not act, so the refresh token is not spent.
   * Nothing else is retried, since a lost answer may have spent it.
   */
  async refreshGrant(refreshToken: string): Promise<TokenResponse> {
    const response = await mapFailure(
      this.http.post('authenticate', {
        form: { grant_type: 'refresh_token', client_id: this.client.clientId, client_secret: this.client.clientSecret, refresh_token: refreshToken },
        retry: { limit: 1, methods: ['POST'], statusCodes: [...TEMPORARY_STATUSES], errorCodes: [], calculateDelay: (retry) => temporaryRetryDelay(retry) },
      }),
    );
    return parseBody(TokenResponse, response.body, response.statusCode);
  }

  /** Sends the login OTP by SMS, authorised by the restricted `x-otp` token. */
  async sendLoginOtp(restrictedToken: string, mobileNumber?: string): Promise<void> {
    await mapFailure(
      this.http.post(`${this.apiVersion}/authentication/otp`, {
        headers: { authorization: `Bearer ${restrictedToken}` },
        json: mobileNumber ? { mobile_number: mobileNumber } : {},
      }),
    );
  }

  /** `DELETE /tokens`: revokes a refresh token. */
  async revoke(refreshToken: string): Promise<void> {
    await mapFailure(this.http.delete('tokens', { form: { refresh_token: refreshToken, token_type_hint: 'refresh_token' } }));
  }
}
