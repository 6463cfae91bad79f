import { ApiFailure } from '../signinghub/api-failure.js';
import { TEMPORARY_STATUSES } from '../signinghub/error-mapping.js';
import type { TokenResponse } from '../signinghub/schemas.js';

/** The message shown when a refresh is refused and the session ends. */
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

/**
 * The message when a refresh is refused after an earlier refresh lost its answer: the server had most
 * likely rotated the token already, so the session did not expire; it could not be renewed.
 */
export const RENEWAL_LOST_MESSAGE = 'The connection was lost while your session was being renewed, so Desk Signer could not finish renewing it.';

/** Added for a remembered sign-in, whose keychain entry is spent too. */
export const REMEMBER_ME_LAPSED = '“Remember me” has to be renewed as well: keep it ticked when you sign in again.';

/** Failures after which the server may have rotated the token without our hearing of it. */
const LOST_ANSWER_KINDS: readonly string[] = ['network', 'timeout', 'invalid_response'];

/** True when a refresh failed in a way that leaves unknown whether the server rotated the token. */
function isLostAnswer(error: unknown): boolean {
  if (!(error instanceof ApiFailure)) return false;
  const { kind, status } = error.error;
  return LOST_ANSWER_KINDS.includes(kind) && !(status !== undefined && TEMPORARY_STATUSES.includes(status));
}

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
  /** True when the sign-in is remembered in the keychain, so the end message says to renew it. */
  remembered?: boolean;
}

/** Holds the access and refresh tokens in main's memory and refreshes them once for all callers. */
export class TokenKeeper {
  private access: string;
  private refreshToken: string | undefined;
  private inflight: Promise<string> | null = null;
  private ended = false;
  private disposed = false;
  /** Set while the last refresh lost its answer; a refusal then means "spent", not "expired". */
  private answerLost = false;
  private endMessage = SESSION_EXPIRED_MESSAGE;

  constructor(
    tokens: TokenResponse,
    private readonly deps: TokenKeeperDeps,
  ) {
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
      // Only a refused grant ends the session; a network fault leaves it (and the keychain) for the next try.
      if (isRefusedGrant(error)) return this.end();
      if (isLostAnswer(error)) this.answerLost = true;
      throw error;
    }
    this.answerLost = false;
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
      if (this.answerLost) this.endMessage = this.deps.remembered ? `${RENEWAL_LOST_MESSAGE} ${REMEMBER_ME_LAPSED}` : RENEWAL_LOST_MESSAGE;
      await this.deps.onEnded().catch(() => undefined);
    }
    throw this.endedFailure();
  }

  private endedFailure(): ApiFailure {
    // The lost-renewal message is Desk Signer's own account, so it carries no HTTP status.
    if (this.endMessage !== SESSION_EXPIRED_MESSAGE) return new ApiFailure({ kind: 'unauthorized', message: this.endMessage, sessionEnded: true });
    return new ApiFailure({ kind: 'unauthorized', status: 401, message: SESSION_EXPIRED_MESSAGE, sessionEnded: true });
  }
}
