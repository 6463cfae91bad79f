import { ApiFailure } from '../signinghub/api-failure.js';
import { TEMPORARY_STATUSES } from '../signinghub/error-mapping.js';
import type { TokenResponse } from '../signinghub/schemas.js';

/** The message shown when a refresh is refused and the session ends. */
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

/** True when the server refused a refresh grant (as opposed to a network or server fault, or a 429/408 "not now"). */
export function isRefusedGrant(error: unknown): boolean {
  if (!(error instanceof ApiFailure)) return false;
  const { kind, status } = error.error;
  if (status !== undefined && TEMPORARY_STATUSES.includes(status)) return false;
  return kind === 'unauthorized' || kind === 'invalid_input' || kind === 'forbidden';
}

/** What the keeper needs from outside: the refresh call and a place to store rotated tokens. */
export interface TokenKeeperDeps {
  refresh: (refreshToken: string) => Promise<TokenResponse>;
  /** Called after every rotation so the new refresh token can be persisted. */
  onRotated: (refreshToken: string) => Promise<void>;
  /** Called once when a refresh is refused and the session is over; awaited before callers hear of it. */
  onEnded: () => Promise<void>;
}

/** Holds the access and refresh tokens in main's memory and refreshes them once for all callers. */
export class TokenKeeper {
  private access: string;
  private refreshToken: string | undefined;
  private inflight: Promise<string> | null = null;
  private ended = false;
  private disposed = false;

  constructor(tokens: TokenResponse, private readonly deps: TokenKeeperDeps) {
    this.access = tokens.access_token;
    this.refreshToken = tokens.refresh_token;
  }

  /** The current access token. */
  get accessToken(): string {
    return this.access;
  }

  /** The current refresh token, for revocation at sign-out. */
  get currentRefreshToken(): string | undefined {
    return this.refreshToken;
  }

  /**
   * Gets a fresh access token after `stale` was refused. Calls in flight share one refresh;
   * a caller whose token was already replaced gets the new one without another refresh.
   */
  async refreshAfter(stale: string): Promise<string> {
    if (this.ended) throw this.endedFailure();
    if (stale !== this.access) return this.access;
    this.inflight ??= this.runRefresh().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async runRefresh(): Promise<string> {
    if (!this.refreshToken) return this.end();
    let tokens: TokenResponse;
    try {
      tokens = await this.deps.refresh(this.refreshToken);
    } catch (error) {
      // Only a refused grant ends the session; a network fault leaves it for the next try.
      if (isRefusedGrant(error)) return this.end();
      throw error;
    }
    this.access = tokens.access_token;
    if (tokens.refresh_token) {
      this.refreshToken = tokens.refresh_token;
      // After sign-out a late refresh must not write the session back into the keychain.
      if (!this.disposed) await this.deps.onRotated(tokens.refresh_token);
    }
    return this.access;
  }

  /** Stops the keeper at sign-out: no more refreshes, and nothing rotated is persisted. */
  dispose(): void {
    this.disposed = true;
    this.ended = true;
  }

  private async end(): Promise<never> {
    if (!this.ended) {
      this.ended = true;
      await this.deps.onEnded().catch(() => undefined);
    }
    throw this.endedFailure();
  }

  private endedFailure(): ApiFailure {
    return new ApiFailure({ kind: 'unauthorized', status: 401, message: SESSION_EXPIRED_MESSAGE, sessionEnded: true });
  }
}
