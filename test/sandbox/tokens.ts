// Access and refresh tokens. Refresh tokens rotate: redeeming one spends it.
import { randomBytes } from 'node:crypto';

/** `access` is a normal token; `login_otp` is the restricted token from a login second factor. */
export type GrantKind = 'access' | 'login_otp';

/** What an access token stands for. `email` is null for client_credentials tokens. */
export interface AccessGrant {
  token: string;
  kind: GrantKind;
  email: string | null;
  /** Issued with a `scope` (acting as another user): may do almost anything but sign. */
  scoped: boolean;
  expiresAt: number;
  expired: boolean;
  refreshToken: string | null;
}

/** The body of a successful token response. */
export interface TokenReply {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  refresh_token?: string;
}

/** The outcome of checking a bearer token. */
export type TokenCheck = { state: 'valid'; grant: AccessGrant } | { state: 'expired' } | { state: 'unknown' };

interface RefreshGrant {
  email: string | null;
  scoped: boolean;
  accessToken: string;
}

const newToken = (): string => randomBytes(24).toString('base64url');

/** Every token the sandbox has issued, in memory. */
export class TokenStore {
  private readonly access = new Map<string, AccessGrant>();
  private readonly refresh = new Map<string, RefreshGrant>();

  constructor(private readonly lifetimeSeconds: number) {}

  /** Issues an access token, and a refresh token unless `withRefresh` is false. */
  issue(email: string | null, scoped: boolean, withRefresh = true): TokenReply {
    const grant = this.addAccess('access', email, scoped);
    const reply: TokenReply = { access_token: grant.token, token_type: 'bearer', expires_in: this.lifetimeSeconds };
    if (withRefresh) {
      const refreshToken = newToken();
      this.refresh.set(refreshToken, { email, scoped, accessToken: grant.token });
      grant.refreshToken = refreshToken;
      reply.refresh_token = refreshToken;
    }
    return reply;
  }

  /** Issues the restricted token that may only request and verify a login OTP. */
  issueLoginOtp(email: string): string {
    return this.addAccess('login_otp', email, false).token;
  }

  /** Looks a bearer token up; expiry is checked against the clock and the expire-tokens flag. */
  check(token: string): TokenCheck {
    const grant = this.access.get(token);
    if (!grant) return { state: 'unknown' };
    if (grant.expired || Date.now() >= grant.expiresAt) return { state: 'expired' };
    return { state: 'valid', grant };
  }

  /** Spends a refresh token; null when it is unknown or already spent. */
  redeem(refreshToken: string): { email: string | null; scoped: boolean } | null {
    const grant = this.refresh.get(refreshToken);
    if (!grant) return null;
    this.refresh.delete(refreshToken);
    return { email: grant.email, scoped: grant.scoped };
  }

  /** Revokes a refresh token and the access token issued with it. */
  revokeRefresh(refreshToken: string): boolean {
    const grant = this.refresh.get(refreshToken);
    if (!grant) return false;
    this.refresh.delete(refreshToken);
    this.access.delete(grant.accessToken);
    return true;
  }

  /** Revokes an access token and the refresh token issued with it. */
  revokeAccess(accessToken: string): boolean {
    const grant = this.access.get(accessToken);
    if (!grant) return false;
    this.access.delete(accessToken);
    if (grant.refreshToken) this.refresh.delete(grant.refreshToken);
    return true;
  }

  /** Marks every current access token expired; refresh tokens stay valid. Returns how many. */
  expireAll(): number {
    let count = 0;
    for (const grant of this.access.values()) {
      if (!grant.expired) count++;
      grant.expired = true;
    }
    return count;
  }

  private addAccess(kind: GrantKind, email: string | null, scoped: boolean): AccessGrant {
    const grant: AccessGrant = {
      token: newToken(),
      kind,
      email,
      scoped,
      expiresAt: Date.now() + this.lifetimeSeconds * 1000,
      expired: false,
      refreshToken: null,
    };
    this.access.set(grant.token, grant);
    return grant;
  }
}
