import type { Got } from 'got';
import type { AppConfig } from '../config/app-config.js';
import { normalizeServerUrl } from '../config/server-url.js';
import type { SettingsFile } from '../config/settings-file.js';
import type { ApiError, AppInfo, InputOf, PackageDetail, SessionInfo, SignInOutcome, SigningPreferences } from '../../shared/contract.js';
import { ApiFailure } from '../signinghub/api-failure.js';
import { SigningHubApi, type DocumentAccess } from '../signinghub/api-client.js';
import { AuthClient, type ClientCredentials } from '../signinghub/auth-client.js';
import type { TokenResponse } from '../signinghub/schemas.js';
import { readAppInfo } from './app-info.js';
import { chooseClient } from './client-choice.js';
import { keychainAccount } from './credential-store.js';
import { KEYCHAIN_WARNING, type FallbackStore } from './fallback-store.js';
import { rememberedClient, rememberedServer } from './remembered-session.js';
import { parseStoredCredentials } from './stored-credentials.js';
import { isRefusedGrant, TokenKeeper } from './token-keeper.js';

/** What the session service is built from. */
export interface SessionDeps {
  config: AppConfig;
  store: FallbackStore;
  settings: SettingsFile;
  /** Builds the configured got instance for a server. */
  makeHttp: (baseUrl: string) => Got;
}

interface ActiveSession {
  serverUrl: string;
  email: string;
  /** Codes and passwords that unlocked protected packages, for their image calls. Memory only. */
  documentAccess: Map<number, DocumentAccess>;
  /** Workflows read this session: recipient orders for the unlock and code calls, page counts for paged fields. */
  packages: Map<number, PackageDetail>;
  auth: AuthClient;
  tokens: TokenKeeper;
  api: SigningHubApi;
  info: SessionInfo;
}

interface PendingLogin {
  serverUrl: string;
  email: string;
  password: string;
  remember: boolean;
  client: ClientCredentials;
  auth: AuthClient;
  restrictedToken: string;
}

/** Sign-in state: owns the tokens (never handed out), the keychain entry and the API client. */
export class SessionService {
  private active: ActiveSession | null = null;
  private pending: PendingLogin | null = null;
  private restoring: Promise<SessionInfo | null> | null = null;
  private readonly signedOutListeners: (() => void)[] = [];

  constructor(private readonly deps: SessionDeps) {}

  /** Facts for the connect screen: saved server and client id, what policy locks, keychain state. */
  appInfo(): Promise<AppInfo> {
    return readAppInfo(this.deps.config, this.deps.store, this.deps.settings);
  }

  /** An API client that needs no session, for `GET /about` on any server. */
  anonymousApi(serverUrl: string): SigningHubApi {
    return new SigningHubApi(this.deps.makeHttp(this.serverFor(serverUrl)), this.deps.config.apiVersion, null);
  }

  /** The signed-in user's API client, or an `unauthorized` failure. */
  api(): SigningHubApi {
    return this.requireActive().api;
  }

  /** Who is signed in, and where. */
  signedIn(): { serverUrl: string; email: string } {
    const { serverUrl, email } = this.requireActive();
    return { serverUrl, email };
  }

  /** True while someone is signed in. */
  isSignedIn(): boolean {
    return this.active !== null;
  }

  /** Calls `listener` whenever the session ends: sign-out, or a refused renewal. */
  onSignedOut(listener: () => void): void {
    this.signedOutListeners.push(listener);
  }

  /** Checks the signed-in user's password with a fresh password grant (a login code asked for means it was right); the server's Message when refused. */
  async verifyPassword(password: string): Promise<void> {
    const { auth, email } = this.requireActive();
    const outcome = await auth.passwordGrant(email, password);
    if (outcome.status === 'tokens' && outcome.tokens.refresh_token) await auth.revoke(outcome.tokens.refresh_token).catch(() => undefined);
  }

  /** A package's workflow as last read this session, if it was. */
  knownPackage(packageId: number): PackageDetail | undefined {
    return this.requireActive().packages.get(packageId);
  }

  /** Keeps a package's workflow for later calls on it. */
  rememberPackage(detail: PackageDetail): void {
    this.requireActive().packages.set(detail.id, detail);
  }

  /** What unlocks a protected package, if the user gave it this session. */
  documentAccess(packageId: number): DocumentAccess | undefined {
    return this.requireActive().documentAccess.get(packageId);
  }

  /** Remembers a code or password that opened a protected package. */
  rememberDocumentAccess(packageId: number, access: DocumentAccess): void {
    this.requireActive().documentAccess.set(packageId, access);
  }

  /** The reason, location and contact the user last signed with. */
  async signingPreferences(): Promise<SigningPreferences> {
    const account = this.currentAccount();
    const saved = (await this.deps.settings.read()).signingPreferences?.[account];
    return saved ?? { reason: '', location: '', contact: '' };
  }

  /** Remembers the sign-dialog details for this user. */
  async saveSigningPreferences(preferences: SigningPreferences): Promise<void> {
    const account = this.currentAccount();
    // Read and write in one queued step, so two saves never drop each other's change.
    await this.deps.settings.update((current) => ({ signingPreferences: { ...current.signingPreferences, [account]: preferences } }));
  }

  private currentAccount(): string {
    const session = this.requireActive();
    return keychainAccount(session.serverUrl, session.email);
  }

  private requireActive(): ActiveSession {
    if (!this.active) throw new ApiFailure({ kind: 'unauthorized', message: 'You are not signed in. Please sign in.', sessionEnded: true });
    return this.active;
  }

  /** Password sign-in; may stop at the login second factor. */
  async signIn(input: InputOf<'signIn'>): Promise<SignInOutcome> {
    const serverUrl = this.serverFor(input.serverUrl);
    const client = chooseClient(this.deps.config, input.clientId, input.clientSecret);
    const auth = new AuthClient(this.deps.makeHttp(serverUrl), client, this.deps.config.apiVersion);
    const email = input.email.trim();
    this.pending = null;
    const outcome = await auth.passwordGrant(email, input.password);
    if (outcome.status === 'otp_required') {
      this.pending = { serverUrl, email, password: input.password, remember: input.remember, client, auth, restrictedToken: outcome.restrictedToken };
      return { status: 'otp_required', mobileNumber: outcome.mobileNumber };
    }
    return { status: 'signed_in', session: await this.establish(serverUrl, email, client, auth, outcome.tokens, input.remember) };
  }

  /** Sends the login OTP for the pending sign-in. */
  async sendLoginOtp(mobileNumber?: string): Promise<null> {
    const pending = this.requirePending();
    await pending.auth.sendLoginOtp(pending.restrictedToken, mobileNumber);
    return null;
  }

  /** Completes the pending sign-in with the code from the SMS. */
  async verifyLoginOtp(otp: string): Promise<SignInOutcome> {
    const pending = this.requirePending();
    const outcome = await pending.auth.passwordGrant(pending.email, pending.password, otp);
    if (outcome.status !== 'tokens') throw new ApiFailure({ kind: 'forbidden', status: 403, message: 'One time password is required' });
    this.pending = null;
    return {
      status: 'signed_in',
      session: await this.establish(pending.serverUrl, pending.email, pending.client, pending.auth, outcome.tokens, pending.remember),
    };
  }

  /** Restores the last remembered session from the keychain, or returns null. Calls at once share one restore. */
  restore(): Promise<SessionInfo | null> {
    // Two restores would redeem one refresh token twice, and the loser would forget the winner's entry.
    this.restoring ??= this.restoreOnce().finally(() => {
      this.restoring = null;
    });
    return this.restoring;
  }

  private async restoreOnce(): Promise<SessionInfo | null> {
    if (this.active) return this.active.info;
    if (this.deps.config.kioskMode && !this.deps.config.kioskRememberHost) return null;
    const last = (await this.deps.settings.read()).lastSession;
    if (!last) return null;
    const server = rememberedServer(last.serverUrl, this.deps.config);
    if (!server.ok) return this.forgetRemembered(last, server.error);
    const serverUrl = server.value;
    const account = keychainAccount(serverUrl, last.email);
    const stored = parseStoredCredentials(await this.deps.store.get(account));
    if (!stored) return null;
    const remembered = rememberedClient(stored, this.deps.config);
    if (!remembered.ok) return this.forgetRemembered(last, remembered.error);
    const client = remembered.value;
    const auth = new AuthClient(this.deps.makeHttp(serverUrl), client, this.deps.config.apiVersion);
    let tokens: TokenResponse;
    try {
      tokens = await auth.refreshGrant(stored.refreshToken);
    } catch (error) {
      // Only a refused grant drops the saved token; faults and odd answers leave it for next time.
      if (!isRefusedGrant(error)) throw error;
      // The email stays, so the sign-in form can offer it again.
      await this.deps.store.delete(account);
      return null;
    }
    return this.establish(serverUrl, last.email, client, auth, tokens, true);
  }

  /** Forgets a remembered session that may not be restored (keychain entry and saved email), then says why. */
  private async forgetRemembered(last: { serverUrl: string; email: string }, error: ApiError): Promise<never> {
    // An unreadable URL names no keychain entry; anything the URL parser reads does.
    if (URL.canParse(last.serverUrl)) await this.deps.store.delete(keychainAccount(last.serverUrl, last.email));
    await this.deps.settings.update({ lastSession: null });
    throw new ApiFailure(error);
  }

  /** Revokes the tokens (best effort), deletes the keychain entry and ends the session. */
  async signOut(): Promise<null> {
    const session = this.active;
    this.active = null;
    this.pending = null;
    if (!session) return null;
    this.signedOutListeners.forEach((listener) => listener());
    session.tokens.dispose();
    const refreshToken = session.tokens.currentRefreshToken;
    // The local sign-out must happen even when the server cannot be reached.
    await Promise.allSettled([session.api.logout(), refreshToken ? session.auth.revoke(refreshToken) : Promise.resolve()]);
    await this.forget(keychainAccount(session.serverUrl, session.email));
    return null;
  }

  private async establish(
    serverUrl: string,
    email: string,
    client: ClientCredentials,
    auth: AuthClient,
    tokens: TokenResponse,
    asked: boolean,
  ): Promise<SessionInfo> {
    const { store, settings, config } = this.deps;
    // A kiosk host is kept only in memory unless the policy allows remembering them.
    const remember = asked && (!config.kioskMode || config.kioskRememberHost);
    const account = keychainAccount(serverUrl, email);
    const save = (refreshToken: string) => store.set(account, JSON.stringify({ refreshToken, ...client }));
    const keeper = new TokenKeeper(tokens, {
      refresh: (token) => auth.refreshGrant(token),
      onRotated: (token) => (remember ? save(token) : Promise.resolve()),
      onEnded: async () => {
        if (this.active?.tokens === keeper) {
          this.active = null;
          this.signedOutListeners.forEach((listener) => listener());
        }
        // The refused token is of no use any more; the remembered email stays for the sign-in form.
        await store.delete(account);
      },
      remembered: remember,
    });
    if (remember && tokens.refresh_token) {
      await save(tokens.refresh_token);
      await settings.update({ lastSession: { serverUrl, email } });
    } else {
      await this.forget(account);
    }
    await settings.update({ serverUrl, ...(config.clientLocked ? {} : { clientId: client.clientId }) });
    const persisted = remember && Boolean(tokens.refresh_token) && !store.unavailable;
    const info: SessionInfo = { email, serverUrl, persisted, ...(remember && store.unavailable ? { keychainWarning: KEYCHAIN_WARNING } : {}) };
    // A new sign-in over an old one ends the old one for the kiosk too (its PIN was the old host's).
    if (this.active) this.signedOutListeners.forEach((listener) => listener());
    this.active = {
      serverUrl,
      email,
      documentAccess: new Map(),
      packages: new Map(),
      auth,
      tokens: keeper,
      api: new SigningHubApi(this.deps.makeHttp(serverUrl), config.apiVersion, keeper),
      info,
    };
    return info;
  }

  private async forget(account: string): Promise<void> {
    await this.deps.store.delete(account);
    const last = (await this.deps.settings.read()).lastSession;
    if (last && keychainAccount(last.serverUrl, last.email) === account) await this.deps.settings.update({ lastSession: null });
  }

  private requirePending(): PendingLogin {
    if (!this.pending) throw new ApiFailure({ kind: 'invalid_input', message: 'There is no sign-in waiting for a one-time code. Please sign in again.' });
    return this.pending;
  }

  private serverFor(requested: string): string {
    return this.deps.config.serverUrlLocked ? this.deps.config.serverUrl : normalizeServerUrl(requested);
  }
}
